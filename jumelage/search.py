"""Site search in the visitor's language only.

Each live page keeps one `SearchText` row per language it exists in, refreshed when it is
published and removed when it is unpublished or deleted. A search reads only the rows of the
visitor's language:

- on PostgreSQL, full-text search with that language's configuration, `jumelage_french` or
  `jumelage_english` (migration 0012): the `unaccent` dictionary, then the language's Snowball
  stemmer, so that "jumelles" finds "jumelle" and "volunteering" finds "volunteers". Wagtail's
  PostgreSQL backend cannot do this: it gives one configuration to its whole index
  (`SEARCH_CONFIG`), so either the French or the English text would be stemmed with the wrong
  language's rules;
- elsewhere (SQLite), Wagtail's own database backend (SQLite's FTS5) over `folded`: the same
  words stemmed here in Python by the same Snowball rules (the `snowballstemmer` package),
  after their accents are removed, so both databases find the same pages.

Accents are removed before stemming (a visitor types "organisee" as often as "organisée"), and
the Snowball French rules then see "organisee" where they expect "organisée": a French word
ending in "ée"/"ées" loses one "e" first (`FEMININE`), on both sides of the search, so that
"organisée", "organisee", "Organisées" and "organisé" all stem to "organis".

Both ask for every word of the query, the last one possibly the beginning of a word, as one
types it ("Assog" finds "Assogora", "marche" finds "marchés" but not "démarche"); the other
words must appear whole (or, on PostgreSQL, with the same stem).

Each result carries its kind (event, twin city, project or other page: the page class's
`search_kind`) and, for the results shown, the passage of its text where the words first
appear, with those words marked."""

import re
import unicodedata

import snowballstemmer
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks, hooks
from wagtail.fields import StreamValue
from wagtail.models import Page, get_page_models
from wagtail.rich_text import RichText, get_text_for_indexing
from wagtail.search.backends import get_search_backend
from wagtail.signals import page_published, page_unpublished

from .i18n import language_codes, localized_value, register_query_words
from .models import BasePage, SearchText
from .queries import public, restricted_paths

POSTGRES_CONFIGS = {"fr": "jumelage_french", "en": "jumelage_english"}
STEMMERS = {"fr": "french", "en": "english"}
# The feminine of a French past participle, with or without its accent: "ée", "ées", "ee".
FEMININE = re.compile(r"(?<=\w)([ée])e(s?)\b", re.IGNORECASE)
# What a result is, as shown beside it, and the filters' names, in the order of the filters.
KINDS = {
    "event": _("Event"),
    "city": _("Twin city"),
    "project": _("Project"),
    "news": _("News"),
    "page": _("Page"),
}
KIND_FILTERS = {
    "event": _("Events"),
    "city": _("Twin cities"),
    "project": _("Projects"),
    "news": _("News"),
    "page": _("Pages"),
}
# The words of `?type=` in each language's URLs (the stored kind is the English word), understood
# in either language like the events' categories.
register_query_words(
    "type",
    {
        "event": {"fr": "evenement"},
        "city": {"fr": "ville"},
        "project": {"fr": "projet"},
        "news": {"fr": "actualite"},
        "page": {"fr": "page"},
    },
)
MAX_QUERY_LENGTH = 200
MAX_TERMS = 10
# Results read for one search (their counts by kind included): enough for any real question
# on a site of a few hundred pages; more only means the words are too common.
MAX_MATCHES = 500
EXCERPT_LENGTH = 240
WORD = re.compile(r"[^\W_]+")


def fold(text):
    """Lower-case words without accents or punctuation, each preceded by a space, so that
    "Fête" and "fete" match and a search can ask for the start of a word."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " " + " ".join(WORD.findall(bare))


def prepare(text, language):
    """The text as the stemmer should read it: in French, "organisée" as "organisé"."""
    if language == "fr":
        return FEMININE.sub(r"\1\2", text)
    return text


_stemmers = {}


def stem_words(text, language):
    """The stems of the words of `text` (accents removed first), space-separated: what SQLite
    indexes and searches, as PostgreSQL's configurations do."""
    stemmer = _stemmers.get(language)
    if stemmer is None:
        stemmer = _stemmers[language] = snowballstemmer.stemmer(STEMMERS.get(language, "english"))
    words = fold(prepare(fold(text), language)).split()
    return " ".join(stemmer.stemWords(words))


def clean_query(raw):
    """The visitor's words as typed, without control characters (NUL...) and extra spaces,
    cut to a reasonable length: what the page shows back."""
    printable = "".join(" " if unicodedata.category(char)[0] == "C" else char for char in raw)
    return " ".join(printable.split())[:MAX_QUERY_LENGTH].strip()


def search_terms(query):
    """The words a search looks for: folded, without punctuation (no query syntax reaches
    the database, so no input can make the query invalid), without single letters (the "l"
    of "l’Europe" would ask every word starting with l)."""
    return [term for term in fold(query).split() if len(term) > 1][:MAX_TERMS]


def plain_text(value):
    """The readable words of a field: rich text without tags, the text of every block of a
    StreamField (not the blocks' names, ids or settings)."""
    if isinstance(value, StreamValue):
        return " ".join(_block_text(value.stream_block, value))
    if isinstance(value, RichText):
        value = value.source
    if isinstance(value, str):
        # Spaces between paragraphs, "&amp;" read as "&".
        return " ".join(get_text_for_indexing(value).split())
    return ""


def _block_text(block, value):
    """The strings a visitor reads in a block's value, as Wagtail indexes them, without the
    choices (a heading's level would add "Section (H2)" to every page)."""
    if value is None or isinstance(block, blocks.ChoiceBlock | blocks.MultipleChoiceBlock):
        return []
    if isinstance(block, blocks.StreamBlock):
        return [text for child in value for text in _block_text(child.block, child.value)]
    if isinstance(block, blocks.StructBlock):
        return [
            text
            for name, child_block in block.child_blocks.items()
            for text in _block_text(child_block, value.get(name))
        ]
    if isinstance(block, blocks.ListBlock):
        return [text for item in value for text in _block_text(block.child_block, item)]
    return [" ".join(text.split()) for text in block.get_searchable_content(value)]


def index_page(page):
    """Store the page's text in each language it exists in; forget the others."""
    page = page.specific
    kept = []
    if page.live and isinstance(page, BasePage):
        for code in page.available_languages:
            fields = ["search_description", *page.search_text_fields]
            texts = [plain_text(localized_value(page, name, code)) for name in fields]
            # What the page shows besides its fields: a city's timeline and partners, an
            # event's editions' notes...
            texts += [plain_text(text) for text in page.search_texts(code)]
            text = " ".join(text for text in texts if text)
            title = localized_value(page, "title", code) or page.title
            if connection.vendor == "postgresql":
                folded = prepare(f"{title} {text}", code)  # PostgreSQL removes the accents
            else:
                folded = stem_words(f"{title} {text}", code)
            SearchText.objects.update_or_create(
                page=page,
                language=code,
                defaults={"title": title, "text": text, "folded": folded},
            )
            if connection.vendor == "postgresql":
                from django.contrib.postgres.search import SearchVector

                vector = SearchVector("folded", config=POSTGRES_CONFIGS[code])
                SearchText.objects.filter(page=page, language=code).update(vector=vector)
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


def update_wagtail_index():
    """Put every search text row in Wagtail's index (SQLite), as `manage.py update_index`
    would: for a database whose rows were written before the search read that index."""
    if connection.vendor != "postgresql":
        get_search_backend().add_bulk(SearchText, SearchText.get_indexed_objects())


def page_kind(page):
    """What a page is for the search: its class's `search_kind`, "page" by default."""
    model = ContentType.objects.get_for_id(page.content_type_id).model_class()
    kind = getattr(model, "search_kind", "page")
    return kind if kind in KINDS else "page"


def find(query, language):
    """The search text rows of live, public pages in `language` that match `query`, best
    first, each with its page (`entry.page`, not specific) and its kind (`entry.kind`), at
    most `MAX_MATCHES`. The text itself is not read: see `add_excerpts`."""
    terms = search_terms(query)
    if not terms or language not in language_codes():
        return []
    entries = (
        SearchText.objects.filter(language=language)
        .select_related("page")
        .defer("text", "folded", "vector")
    )
    if connection.vendor == "postgresql":
        from django.contrib.postgres.search import SearchQuery, SearchRank

        # The vector of the accent-free text ("fete" finds "Fête" without the unaccent
        # extension). Every word, the last one as a beginning ('fete' & 'europ':*); the terms
        # hold only letters and digits, so no input can make this an invalid tsquery.
        terms = prepare(" ".join(terms), language).split()
        tsquery = " & ".join(f"'{term}'" for term in terms) + ":*"
        config = POSTGRES_CONFIGS[language]
        search_query = SearchQuery(tsquery, config=config, search_type="raw")
        entries = (
            entries.filter(vector=search_query)
            .annotate(rank=SearchRank(F("vector"), search_query))
            .order_by("-rank", "page__path")
        )
    else:
        stems = stem_words(" ".join(terms), language)
        entries = get_search_backend().autocomplete(stems, entries)
    hidden = restricted_paths()
    found = []
    for entry in entries[:MAX_MATCHES]:
        page = entry.page
        if page.live and not any(page.path.startswith(path) for path in hidden):
            entry.kind = page_kind(page)
            entry.kind_label = KINDS[entry.kind]
            found.append(entry)
    return found


def search_pages(query, language):
    """Live, public pages (specific) whose text in `language` matches `query`, best first."""
    order = {entry.page_id: position for position, entry in enumerate(find(query, language))}
    pages = Page.objects.filter(pk__in=order).specific()
    return sorted(pages, key=lambda page: order[page.pk])


def _matches(word, terms):
    """Whether a folded word of the text is one the search looked for: a word starting with
    a term, or (stemming on PostgreSQL) a term's word without its last letter or two."""
    for term in terms:
        if len(term) < 3:
            if word == term:
                return True
        elif word.startswith(term) or (term.startswith(word) and len(word) >= len(term) - 2):
            return True
    return False


def excerpt(text, query, length=EXCERPT_LENGTH):
    """About `length` characters of `text` around the first word of `query` found in it,
    each word found in a <mark>, everything else escaped; the start of the text when no
    word is found in it (the title matched)."""
    terms = search_terms(query)
    words = [word for word in WORD.finditer(text) if _matches(fold(word.group()).strip(), terms)]
    start = 0
    if words and words[0].start() > length // 3:
        # Begin a few words before the first match, on a word boundary.
        start = text.rfind(" ", 0, words[0].start() - length // 4) + 1
    end = len(text)
    if end - start > length:
        end = text.rfind(" ", start, start + length)
        if end <= start:
            end = start + length
    parts = ["… "] if start else []
    position = start
    for word in words:
        if word.start() < start or word.end() > end:
            continue
        parts.append(escape(text[position : word.start()]))
        parts.append(f"<mark>{escape(word.group())}</mark>")
        position = word.end()
    parts.append(escape(text[position:end]))
    if end < len(text):
        parts.append(" …")
    return mark_safe("".join(parts))  # noqa: S308 (every piece of the text is escaped)


def add_excerpts(entries, query):
    """Set `entry.excerpt` on each entry (one query for all their texts)."""
    texts = dict(
        SearchText.objects.filter(pk__in=[entry.pk for entry in entries]).values_list("pk", "text")
    )
    for entry in entries:
        entry.excerpt = excerpt(texts.get(entry.pk, ""), query)


def browse_pages():
    """The live public listings offered when a search finds nothing (events, twin cities,
    projects): the page classes that set `browse_from_search`, in the order of the tree."""
    models = [model for model in get_page_models() if getattr(model, "browse_from_search", False)]
    if not models:
        return []
    return list(public(Page.objects.live().exact_type(*models)).order_by("path"))


def search_sections(request):
    """Sections that other apps add to the search page when it has no results (the next
    events): the `jumelage_search_sections` hooks, functions (request) -> Section or None."""
    sections = (hook(request) for hook in hooks.get_hooks("jumelage_search_sections"))
    return [section for section in sections if section and section.items]
