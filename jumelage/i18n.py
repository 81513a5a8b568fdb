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
    query = translate_query(request.GET, language)
    return url + ("?" + query if query else "")


def page_url(page, language, request=None):
    """The page's URL in `language` (its translated slugs and language prefix)."""
    with translation.override(language):
        return page.get_url(request=request)


# The same view in another language ----------------------------------------------------------
#
# A view is a page, plus what follows the page's URL (a sub-view's path segment such as
# `calendrier/`) and its query (`?category=marche&page=2`). Apps register the path segments and
# the query values that are words, each in every language; the switcher, the hreflang
# alternates and the canonical URL then give the same view in each language.

PATH_SEGMENTS = {}  # any language's segment -> {language: segment}
QUERY_WORDS = {}  # parameter -> {any language's word -> {language: word}}
QUERY_TRANSLATORS = {}  # parameter -> function(value, language) -> value or None
QUERY_NORMALISERS = {}  # parameter -> function(value) -> its one spelling (`2024-9` -> `2024-09`)

# What newsletters, ads and social networks add to a link: it changes nothing on the page, so
# canonical, hreflang and the switcher leave it out and it does not make a page noindex.
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"}


def is_tracking(parameter):
    return parameter in TRACKING_PARAMETERS or parameter.startswith("utm_")


def register_path_segments(*segments):
    """Each argument is {language: segment} for one sub-view, e.g. {"fr": "calendrier", "en":
    "calendar"}: the switcher turns each into the other."""
    for names in segments:
        for segment in names.values():
            PATH_SEGMENTS[segment] = {
                code: names.get(code, names["en"]) for code in language_codes()
            }


def register_query_words(parameter, words):
    """`words` maps each stored value to its word in each language: {"market": {"fr":
    "marche", "en": "market"}}. A visitor's value is understood in any language."""
    table = QUERY_WORDS.setdefault(parameter, {})
    for value, names in words.items():
        names = {code: names.get(code, value) for code in language_codes()}
        names["value"] = value
        for word in (value, *names.values()):
            table[word] = names


def register_query_translator(parameter, translate):
    """For values found in the database (a twin city's slug in each language)."""
    QUERY_TRANSLATORS[parameter] = translate


def register_query_normaliser(parameter, normalise):
    """A parameter the view reads once (`request.GET.get`, the last value) and whose value has
    one spelling: its canonical query keeps that value only, normalised."""
    QUERY_NORMALISERS[parameter] = normalise


def query_value(request, parameter):
    """The stored value named by the query's word in any language, "" when absent, None when
    not understood."""
    word = request.GET.get(parameter, "")
    if not word:
        return ""
    names = QUERY_WORDS.get(parameter, {}).get(word)
    return names["value"] if names else None


def query_word(parameter, value, language=None):
    """The word for a stored value in the URLs of `language` (the active one by default)."""
    language = language or translation.get_language() or DEFAULT_LANGUAGE
    names = QUERY_WORDS.get(parameter, {}).get(value)
    return names[language] if names else value


def translate_query(query, language):
    """The query (a QueryDict) in `language`: words translated, empty values and `page=1`
    dropped, a word nobody knows left out (the view ignored it anyway), tracking parameters
    dropped, a normalised parameter once in its one spelling."""
    from urllib.parse import urlencode

    pairs = []
    for key, values in query.lists():
        if is_tracking(key):
            continue
        if key in QUERY_NORMALISERS:
            values = [QUERY_NORMALISERS[key](values[-1])]
        for value in values:
            if value == "" or (key == "page" and value == "1"):
                continue
            if key in QUERY_WORDS:
                names = QUERY_WORDS[key].get(value)
                value = names[language] if names else None
            elif key in QUERY_TRANSLATORS:
                value = QUERY_TRANSLATORS[key](value, language)
            if value is not None:
                pairs.append((key, value))
    return urlencode(pairs)


def view_url(request, page, language):
    """The view the visitor is on (page, sub-view, query) in `language`, as a path."""
    from urllib.parse import urlsplit

    current = translation.get_language()
    base = urlsplit(page_url(page, language, request) or "").path
    here = urlsplit(page_url(page, current, request) or "").path
    rest = request.path[len(here) :] if here and request.path.startswith(here) else ""
    rest = "/".join(PATH_SEGMENTS.get(part, {}).get(language, part) for part in rest.split("/"))
    query = translate_query(request.GET, language)
    return base + rest + ("?" + query if query else "")


def is_normal_query(query, language):
    """True when the query (tracking aside) is already written as its canonical form: the
    other spellings of a view (`?month=2024-9`, `month` twice) are duplicates, not indexed."""
    from urllib.parse import parse_qsl

    written = [(key, value) for key, values in query.lists() for value in values]
    written = [(key, value) for key, value in written if not is_tracking(key)]
    return written == parse_qsl(translate_query(query, language), keep_blank_values=True)
