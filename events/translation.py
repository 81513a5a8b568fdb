"""Fields of the events stored in French and English."""

from modeltranslation.translator import TranslationOptions, register

from .models import EventIndexPage, EventOccurrence, EventPage


@register(EventIndexPage)
class EventIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(EventOccurrence)
class EventOccurrenceTR(TranslationOptions):
    fields = ("note",)
