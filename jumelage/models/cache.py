"""What the page cache must not lose when the shared cache is unreachable."""

from django.db import models
from django.db.models import F


class PublicationCounter(models.Model):
    """One row, counting every change that starts a new page-cache generation.

    The generation itself lives in the shared cache (Redis): a change saved while Redis does not
    answer could not start a new one there, and the pages cached before it would be served
    again, for up to an hour, once Redis came back. The count is written in the database, in
    the transaction of the change itself, so it cannot be lost; every process reads it again
    after a few seconds (`jumelage.pagecache.published_count`) and never serves a page cached
    under an older count."""

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "publication counter"

    @classmethod
    def increment(cls):
        if not cls.objects.filter(pk=1).update(value=F("value") + 1):
            cls.objects.get_or_create(pk=1, defaults={"value": 1})

    @classmethod
    def current(cls):
        return cls.objects.filter(pk=1).values_list("value", flat=True).first() or 0
