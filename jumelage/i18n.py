"""The bilingual plumbing shared by every app: which language a text is really in, and where a
page lives in each language."""

from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.fields import StreamValue
from wagtail.rich_text import RichText

DEFAULT_LANGUAGE = settings.MODELTRANSLATION_DEFAULT_LANGUAGE


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def is_filled(value):
    """True when a translated value holds something a visitor could read."""
    if isinstance(value, StreamValue):
        return len(value) > 0
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, str):
        return bool(value.strip())
    return value is not None


def localized_value(obj, field_name, language):
    """The value stored for `language`, without django-modeltranslation's fallback."""
    return getattr(obj, build_localized_fieldname(field_name, language))


def shown_language(obj, field_name, language=None):
    """The language of the text a visitor sees for `field_name`: the requested one when it is
    filled, else the fallback (French)."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    if is_filled(localized_value(obj, field_name, language)):
        return language
    return DEFAULT_LANGUAGE


def translated_url(request, language):
    """The current non-page URL (search, 404...) in another language, query string kept."""
    url = translate_url(request.path, language)
    if request.META.get("QUERY_STRING"):
        url += "?" + request.META["QUERY_STRING"]
    return url


def page_url(page, language, request=None):
    """The page's URL in `language` (its translated slugs and language prefix)."""
    with translation.override(language):
        return page.get_url(request=request)
