from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events and their yearly editions (filled by the events issue)."""

    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published

        from jumelage.pagecache import invalidate_on_change

        from .models import EventOccurrence, EventPage

        # Editions are saved with their page, but also alone (scripts, the admin's shortcuts).
        invalidate_on_change(EventOccurrence)
        page_published.connect(
            series_collection, sender=EventPage, dispatch_uid="events-series-collection"
        )


def series_collection(sender, instance, **kwargs):
    """Each recurring event (a series) gets its collection in the image library when
    published: the pictures of every edition go there."""
    from jumelage.collections import EVENT_SERIES, collection_for

    if instance.recurrence:
        collection_for(EVENT_SERIES, instance.title_fr)
