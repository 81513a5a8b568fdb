"""Site search in the visitor's language only.

Each live page keeps one `SearchText` row per language it exists in, refreshed when it is
published and removed when it is unpublished or deleted. A search reads only the rows of the
visitor's language, in a lower-cased copy without accents: PostgreSQL's full-text search with
that language's configuration (stemming: "jumelles" finds "jumelle"), or, on SQLite, every word
of the query found in that text."""

import re
import unicodedata

from django.db import connection
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.html import strip_tags
from wagtail.fields import StreamValue
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.signals import page_published, page_unpublished

from .i18n import language_codes, localized_value
from .models import BasePage, SearchText

POSTGRES_CONFIGS = {"fr": "french", "en": "english"}


def fold(text):
    """Lower-case words without accents or punctuation, each preceded by a space, so that
    "Fête" and "fete" match and a search can ask for the start of a word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " " + " ".join(re.findall(r"\w+", bare))


def plain_text(value):
    """The readable words of a field: rich text without tags, every string of a StreamField."""
    if isinstance(value, StreamValue):
        value = list(value.raw_data)
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, dict):
        return " ".join(plain_text(item) for item in value.values())
    if isinstance(value, list | tuple):
        return " ".join(plain_text(item) for item in value)
    if isinstance(value, str):
        return " ".join(strip_tags(value).split())
    return ""


def index_page(page):
    """Store the page's text in each language it exists in; forget the others."""
    page = page.specific
    kept = []
    if page.live and isinstance(page, BasePage):
        for code in page.available_languages:
            fields = ["search_description", *page.search_text_fields]
            text = " ".join(plain_text(localized_value(page, name, code)) for name in fields)
            title = localized_value(page, "title", code) or page.title
            SearchText.objects.update_or_create(
                page=page,
                language=code,
                defaults={"title": title, "text": text, "folded": fold(f"{title} {text}")},
            )
            kept.append(code)
    SearchText.objects.filter(page_id=page.pk).exclude(language__in=kept).delete()


@receiver(page_published)
def index_published_page(sender, instance, **kwargs):
    index_page(instance)


@receiver(page_unpublished)
def forget_unpublished_page(sender, instance, **kwargs):
    SearchText.objects.filter(page_id=instance.pk).delete()


@receiver(post_delete, sender=Page)
def forget_deleted_page(sender, instance, **kwargs):
    SearchText.objects.filter(page_id=instance.pk).delete()


def search_pages(query, language):
    """Live, public pages whose text in `language` matches `query`, best first."""
    query = " ".join(query.split())
    if not query or language not in language_codes():
        return Page.objects.none()
    entries = SearchText.objects.filter(language=language)
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector

        config = POSTGRES_CONFIGS[language]
        # The accent-free text, so that "fete" finds "Fête" without the unaccent extension.
        vector = SearchVector("folded", config=config)
        search_query = SearchQuery(fold(query), config=config, search_type="websearch")
        entries = (
            entries.annotate(document=vector, rank=SearchRank(vector, search_query))
            .filter(document=search_query)
            .order_by("-rank", "page__path")
        )
    else:
        # Each word of the query must start a word of the text ("marche" finds "marchés",
        # not "démarche").
        for word in fold(query).split():
            entries = entries.filter(folded__contains=" " + word)
        entries = entries.order_by("page__path")
    page_ids = list(entries.values_list("page_id", flat=True)[:200])
    pages = Page.objects.live().public().filter(pk__in=page_ids).specific()
    order = {page_id: position for position, page_id in enumerate(page_ids)}
    return sorted(pages, key=lambda page: order[page.pk])
