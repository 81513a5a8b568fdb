"""Query helpers every app's listings share."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "jumelage:restricted-page-paths"
# Bounds how long another process's local cache may lag behind a new restriction (with a
# shared cache such as Redis, the signals below clear it everywhere at once).
RESTRICTED_PATHS_TIMEOUT = 60


def restricted_paths():
    """Tree paths of the pages with a view restriction (password, login, groups), cached:
    Wagtail's `.public()` asks the database again in every listing of every request."""
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = list(PageViewRestriction.objects.values_list("page__path", flat=True))
        cache.set(RESTRICTED_PATHS_KEY, paths, RESTRICTED_PATHS_TIMEOUT)
    return paths


def public(queryset, prefix=""):
    """`queryset` without the restricted pages and their descendants; `prefix` reaches the
    page through a relation (`"page__"` for an event's editions)."""
    for path in restricted_paths():
        queryset = queryset.exclude(**{f"{prefix}path__startswith": path})
    return queryset


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
@receiver(post_page_move)
def forget_restricted_paths(**kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)
