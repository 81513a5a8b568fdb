from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events and their yearly editions (filled by the events issue)."""

    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from jumelage.pagecache import invalidate_on_change

        from .models import EventOccurrence

        # Editions are saved with their page, but also alone (scripts, the admin's shortcuts).
        invalidate_on_change(EventOccurrence)
