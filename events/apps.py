from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events and their yearly editions (filled by the events issue)."""

    name = "events"
    verbose_name = _("Events")
