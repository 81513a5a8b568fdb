"""Template tags of the page chrome: menu, language switcher, hreflang, fallback language."""

from django import template
from django.conf import settings
from django.utils import formats, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail import hooks
from wagtail.models import Page, Site

from jumelage.i18n import (
    DEFAULT_LANGUAGE,
    is_normal_query,
    language_codes,
    shown_language,
    translate_query,
    translated_url,
    view_url,
)
from jumelage.queries import public

register = template.Library()

LANGUAGE_NAMES = {"fr": "Français", "en": "English"}


@register.simple_tag(takes_context=True)
def menu_pages(context):
    """The home page's live children marked "show in menus", in tree order."""
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    return public(site.root_page.get_children().live().in_menu()).order_by("path")


@register.simple_tag
def legal_pages(site_settings):
    """The legal notice and privacy pages of the footer, in one query (live ones only)."""
    ids = [site_settings.legal_notice_page_id, site_settings.privacy_page_id]
    pages = {page.pk: page for page in Page.objects.live().filter(pk__in=[i for i in ids if i])}
    return [pages[i] for i in ids if i in pages]


@register.simple_tag(takes_context=True)
def footer_sections(context):
    """What other apps show in the footer (the main funders' logos...), through the
    `jumelage_footer_sections` hook: a function (request) -> Section or None."""
    sections = (
        hook(context.get("request")) for hook in hooks.get_hooks("jumelage_footer_sections")
    )
    return [section for section in sections if section and section.items]


@register.simple_tag
def fragment_cache():
    """How long, and under which generation, to keep a fragment that is the same on every page
    (the footer): any change that empties the page cache empties it too."""
    from jumelage.pagecache import generation

    return {"seconds": settings.FRAGMENT_CACHE_SECONDS, "generation": generation()}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per language to the same page (or the same non-page view)."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    links = []
    for code in language_codes():
        if page is not None and getattr(page, "pk", None):
            url = view_url(request, page, code)
        else:
            url = translated_url(request, code)
        links.append(
            {
                "code": code,
                "name": LANGUAGE_NAMES.get(code, code),
                "url": url,
                "is_current": code == current,
            }
        )
    return links


def indexable_view(context):
    """The rule (README, "What search engines index"): a page, a calendar month and an archive
    year are indexed, each with itself as canonical; a view with any other query (filters,
    page 2 and beyond, a search, a thank-you, a value the view did not understand) says
    noindex, its canonical still itself, so that canonical and robots never disagree."""
    request = context["request"]
    if context.get("noindex") or context.get("filter_ignored") or context.get("view_notice"):
        return False
    allowed = set(context.get("indexable_params", ()))
    query = translate_query(request.GET, translation.get_language())
    if not is_normal_query(request.GET, translation.get_language()):
        return False
    from urllib.parse import parse_qsl

    return all(key in allowed for key, _value in parse_qsl(query, keep_blank_values=True))


@register.simple_tag(takes_context=True)
def page_meta(context):
    """What the <head> says about the view in this language: canonical URL, hreflang
    alternates (the same view with the equivalent query in each language), and whether search
    engines may index it."""
    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    absolute = request.build_absolute_uri
    if page is None or not getattr(page, "pk", None):
        alternates = [(code, absolute(translated_url(request, code))) for code in language_codes()]
        return {
            "canonical": absolute(translated_url(request, current)),
            "alternates": _with_x_default(alternates),
            "noindex": not indexable_view(context),
        }
    languages = getattr(page, "available_languages", [DEFAULT_LANGUAGE])
    alternates = [(code, absolute(view_url(request, page, code))) for code in languages]
    fallback = current not in languages
    canonical_language = DEFAULT_LANGUAGE if fallback else current
    return {
        "canonical": absolute(view_url(request, page, canonical_language)),
        "alternates": _with_x_default(alternates),
        "noindex": fallback or not indexable_view(context),
    }


def _with_x_default(alternates):
    """x-default is the French URL without its prefix: `/` picks the browser's language."""
    by_code = dict(alternates)
    if DEFAULT_LANGUAGE in by_code:
        french = by_code[DEFAULT_LANGUAGE]
        x_default = french.replace(f"/{DEFAULT_LANGUAGE}/", "/", 1)
        return [*alternates, ("x-default", x_default)]
    return alternates


@register.simple_tag
def lang_attr(obj, field_name):
    """` lang="fr"` on a passage shown in French because it has no text in the visitor's
    language yet; nothing when the passage is in the visitor's language."""
    current = translation.get_language()
    shown = shown_language(obj, field_name, current)
    if shown != current:
        return format_html(' lang="{}"', shown)
    return ""


@register.simple_tag
def content_lang_attr(page):
    """` lang="fr"` on a whole page's content when it has no version in the visitor's
    language."""
    if page is not None and getattr(page, "is_fallback", False):
        return format_html(' lang="{}"', settings.LANGUAGE_CODE)
    return ""


@register.filter
def grouped(number):
    """A whole number with the language's thousands separator: 100 000, 100,000."""
    if number in (None, ""):
        return ""
    return formats.number_format(number, force_grouping=True)


@register.simple_tag
def form_control(field):
    """A form field's control, tied to its hint and errors (aria-describedby) and marked
    invalid when it has errors, so that screen readers announce them with the field."""
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    attrs = {}
    if field.errors:
        described_by.append(f"{field.auto_id}-errors")
        attrs["aria-invalid"] = "true"
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(attrs=attrs)


@register.filter
def fields_in_error(form):
    """The visible fields of `form` with errors, for the summary at the top of a form."""
    return [field for field in form.visible_fields() if field.errors]


def shorten(text, length):
    """`text` cut at a word before `length` characters, with an ellipsis when cut."""
    if len(text) <= length:
        return text
    return text[: length - 1].rsplit(" ", 1)[0] + "…"


# Open Graph wants a territory with the language.
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB"}


@register.simple_tag(takes_context=True)
def sharing_meta(context):
    """What a social network shows when the page is shared (Open Graph, Twitter card): its
    title and description in this language, and its own picture cropped to 1200 x 630, or the
    site's picture (static/img/og-default.png) when it has none."""
    from django.templatetags.static import static

    from jumelage.images import PICTURES

    request = context["request"]
    page = context.get("page")
    current = translation.get_language()
    title = description = ""
    image = getattr(page, "social_image", None) if page is not None else None
    if page is not None and getattr(page, "pk", None):
        title = page.seo_title or page.title
        description = page.search_description or getattr(page, "intro", "") or ""
        if not str(description).strip() and getattr(page, "body", None):
            from jumelage.search import plain_text

            description = plain_text(page.body)
    # A sub-view (a calendar month, an archive year) says what it alone shows.
    description = context.get("view_description") or description
    if image is not None:
        rendition = image.get_rendition(PICTURES["social"].filters[0])
        picture = {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": image.default_alt_text or "",
        }
    else:
        picture = {
            "url": request.build_absolute_uri(static("img/og-default.png")),
            "width": 1200,
            "height": 630,
            "alt": translation.gettext("The twinning association of Aix-en-Provence"),
        }
    return {
        "type": "website" if page is None or page.depth <= 2 else "article",
        "title": title,
        "description": shorten(" ".join(str(description).split()), 300),
        "image": picture,
        "locale": OPEN_GRAPH_LOCALES.get(current, current),
        "alternate_locales": [
            OPEN_GRAPH_LOCALES.get(code, code)
            for code in getattr(page, "available_languages", language_codes())
            if code != current
        ],
    }


@register.filter
def money(amount):
    """ "3 000 €" / "€3,000", cents only when there are some (jumelage.formats, Babel)."""
    from jumelage import formats

    return formats.money(amount)


@register.filter
def figure(amount):
    """An amount without currency for a table headed "(€)": "3 000", "3 000,50"."""
    from jumelage import formats

    return formats.figure(amount)


@register.filter
def long_date(date):
    """ "1er novembre 2026" / "1 November 2026"."""
    from jumelage import formats

    return formats.day(date) if date else ""


@register.filter
def weekday_day(date):
    """ "dimanche 1er novembre" / "Sunday 1 November", for a day within a month's page."""
    from jumelage import formats

    return formats.day(date, year=False, weekday=True) if date else ""


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The association as schema.org sees it (an NGO): name, logo, address, contacts and its
    accounts elsewhere (`sameAs`), from the site settings."""
    import json

    from django.templatetags.static import static

    from jumelage.models import SiteSettings

    request = context["request"]
    site_settings = SiteSettings.for_request(request)
    data = {
        "@context": "https://schema.org",
        "@type": "NGO",
        "name": site_settings.legal_name or "Association des Jumelages d'Aix-en-Provence",
        "url": request.build_absolute_uri(f"/{translation.get_language()}/"),
        "logo": request.build_absolute_uri(static("img/icon-512.png")),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "Aix-en-Provence",
            "addressCountry": "FR",
        },
    }
    street = ", ".join(line.strip() for line in site_settings.address.splitlines() if line.strip())
    if street:
        data["address"]["streetAddress"] = street
    if site_settings.email:
        data["email"] = site_settings.email
    if site_settings.phone:
        data["telephone"] = site_settings.phone
    same_as = [
        url
        for url in (
            site_settings.facebook_url,
            site_settings.instagram_url,
            site_settings.youtube_url,
        )
        if url
    ]
    if same_as:
        data["sameAs"] = same_as
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    # JSON whose `</` is escaped cannot leave the script element.
    safe_json = mark_safe(text)  # noqa: S308
    return format_html('<script type="application/ld+json">{}</script>', safe_json)
