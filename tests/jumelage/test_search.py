"""The site search: the visitor's language only, on SQLite (Wagtail's database backend, FTS5)
as on PostgreSQL (full-text search with the French and English configurations); results by
kind, the passage that matched, a useful page when nothing does, and no input that breaks it."""

import datetime
import re

import pytest
from django.db import connection
from wagtail.models import PageViewRestriction
from wagtail.rich_text import RichText

from events.models import EventOccurrence, EventPage, local_today
from jumelage import views
from jumelage.models import SearchText
from jumelage.search import KINDS, excerpt, find, plain_text, update_wagtail_index
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

ON_POSTGRESQL = connection.vendor == "postgresql"
FILTER = re.compile(
    r'<a class="search-filters__link" href="\?([^"]+)"( aria-current="page")?>(.+?) '
    r'<span class="search-filters__count">\((\d+)\)</span>'
)


def publish(page):
    page.save_revision().publish()
    return page


def titles(query, language):
    return [entry.title for entry in find(query, language)]


def main_of(response):
    assert response.status_code == 200
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


@pytest.fixture
def bilingual(home):
    """A page in both languages, with a word of its own in each."""
    return publish(
        StandardPageFactory(
            parent=home,
            title="Le quokka de Rottnest",
            intro_fr="Un marsupial zanzibarien, souriant et curieux.",
            title_en="The Rottnest quokka",
            intro_en="A smiling, curious marsupial from wallabyland.",
        )
    )


def test_a_search_finds_only_the_text_of_the_visitors_language(bilingual):
    assert titles("zanzibarien", "fr") == ["Le quokka de Rottnest"]
    assert titles("zanzibarien", "en") == []
    assert titles("wallabyland", "en") == ["The Rottnest quokka"]
    assert titles("wallabyland", "fr") == []


def test_a_french_only_page_is_not_found_in_english(home):
    publish(StandardPageFactory(parent=home, title="Assemblée des ornithorynques"))
    assert titles("ornithorynques", "fr") == ["Assemblée des ornithorynques"]
    assert titles("ornithorynques", "en") == []


def test_accents_and_case_do_not_matter(db):
    found = titles("fete", "fr")
    assert "Fête de l’Europe" in found
    assert titles("FÊTE", "fr") == titles("Fête", "fr") == found
    assert "Tübingen" in titles("tubingen", "en")


def test_every_word_must_appear(bilingual):
    assert titles("quokka marsupial", "fr") == ["Le quokka de Rottnest"]
    assert titles("quokka ornithorynque", "fr") == []


def test_the_last_word_may_be_the_beginning_of_a_word(bilingual):
    assert "Assogora" in titles("Assog", "fr")
    assert titles("marsupial zanzib", "fr") == ["Le quokka de Rottnest"]


def test_a_word_is_not_found_in_the_middle_of_another(home):
    page = publish(StandardPageFactory(parent=home, intro_fr="Une démarche collective."))
    assert page.title in titles("démarche", "fr")
    assert page.title not in titles("marche", "fr")


@pytest.mark.skipif(not ON_POSTGRESQL, reason="stemming is PostgreSQL's (SQLite has none)")
def test_postgresql_stems_each_language_with_its_own_rules(bilingual):
    assert titles("zanzibariens", "fr") == ["Le quokka de Rottnest"]
    assert titles("smile", "en") == ["The Rottnest quokka"]


@pytest.mark.skipif(ON_POSTGRESQL, reason="SQLite reads Wagtail's index; PostgreSQL does not")
def test_sqlite_reads_wagtails_index_of_the_search_text(bilingual):
    from wagtail.search.backends.database.sqlite.sqlite import SQLiteSearchBackend
    from wagtail.search.models import IndexEntry

    from jumelage.search import get_search_backend

    assert isinstance(get_search_backend(), SQLiteSearchBackend)
    entries = IndexEntry.objects.filter(content_type__model="searchtext")
    assert entries.count() == SearchText.objects.count()
    entries.delete()
    assert titles("zanzibarien", "fr") == []
    # What `load_demo_content` (so `make run`) does for a database indexed before.
    update_wagtail_index()
    assert titles("zanzibarien", "fr") == ["Le quokka de Rottnest"]


@pytest.mark.skipif(not ON_POSTGRESQL, reason="only PostgreSQL leaves Wagtail's index aside")
def test_postgresql_keeps_no_wagtail_index_of_the_search_text(bilingual):
    from wagtail.search.models import IndexEntry

    assert not IndexEntry.objects.filter(content_type__model="searchtext").exists()
    update_wagtail_index()
    assert not IndexEntry.objects.filter(content_type__model="searchtext").exists()


@pytest.mark.skipif(not ON_POSTGRESQL, reason="the stored vector is PostgreSQL's")
def test_postgresql_reads_a_stored_vector_under_a_gin_index(bilingual):
    assert not SearchText.objects.filter(vector__isnull=True).exists()
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'jumelage_searchtext_vector_gin'"
        )
        assert "USING gin (vector)" in cursor.fetchone()[0]
    entry = SearchText.objects.get(page=bilingual, language="en")
    assert "'smile':" in str(SearchText.objects.values_list("vector", flat=True).get(pk=entry.pk))


def test_pages_under_a_view_restriction_are_not_found(bilingual):
    PageViewRestriction.objects.create(
        page=bilingual, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    assert titles("zanzibarien", "fr") == []


def test_unpublished_and_deleted_pages_leave_the_search(bilingual):
    bilingual.unpublish()
    assert titles("zanzibarien", "fr") == []
    publish(bilingual)
    assert titles("zanzibarien", "fr") == ["Le quokka de Rottnest"]
    bilingual.delete()
    assert titles("zanzibarien", "fr") == []
    assert not SearchText.objects.filter(title="Le quokka de Rottnest").exists()


def test_the_text_holds_what_visitors_read_not_the_blocks_settings(home):
    page = StandardPageFactory(parent=home)
    page.body_fr = [
        ("heading", {"text": "Un titre", "size": "h2"}),
        ("paragraph", RichText("<p>Premier.</p><p>Second &amp; dernier.</p>")),
    ]
    text = plain_text(page.body_fr)
    assert text == "Un titre Premier. Second & dernier."


def test_each_result_says_what_it_is(client):
    html = main_of(client.get("/en/search/", {"q": "market"}))
    kinds = re.findall(r'<p class="search-results__type">([^<]+)</p>', html)
    assert "Event" in kinds and "Twin city" in kinds and "Page" in kinds
    html = main_of(client.get("/fr/recherche/", {"q": "Masis"}))
    kinds = re.findall(r'<p class="search-results__type">([^<]+)</p>', html)
    assert {"Projet", "Ville jumelle"} <= set(kinds)


def test_filters_count_the_results_of_each_kind_and_keep_the_query(client):
    html = main_of(client.get("/en/search/", {"q": "market"}))
    assert '<nav class="search-filters" aria-label="Kinds of results">' in html
    filters = {
        label: (query, bool(current), int(count))
        for query, current, label, count in FILTER.findall(html)
    }
    expected = {kind: 0 for kind in KINDS}
    for entry in find("market", "en"):
        expected[entry.kind] += 1
    assert filters["All"] == ("q=market", True, sum(expected.values()))
    assert filters["Events"] == ("q=market&amp;type=event", False, expected["event"])
    assert filters["Twin cities"][2] == expected["city"]
    # A kind with no result is not a link.
    assert "Projects" not in filters
    assert '<span class="search-filters__empty">Projects' in html


def test_a_filter_shows_only_its_kind(client):
    html = main_of(client.get("/en/search/", {"q": "market", "type": "event"}))
    kinds = re.findall(r'<p class="search-results__type">([^<]+)</p>', html)
    assert kinds and set(kinds) == {"Event"}
    assert 'href="?q=market&amp;type=event" aria-current="page">Events' in html


@pytest.mark.parametrize("word", ["projet", "project"])
def test_french_search_names_its_kinds_in_french_and_understands_both(client, word):
    response = client.get("/fr/recherche/", {"q": "Masis", "type": word})
    html = main_of(response)
    kinds = re.findall(r'<p class="search-results__type">([^<]+)</p>', html)
    assert kinds and set(kinds) == {"Projet"}
    assert 'href="?q=Masis&amp;type=projet" aria-current="page">Projets' in html
    assert "type=ville" in html and "type=city" not in html
    page = response.content.decode()
    assert 'href="/en/search/?q=Masis&amp;type=project"' in page  # the switcher


def test_pagination_keeps_the_query_and_the_kind(client, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)
    html = main_of(client.get("/en/search/", {"q": "market", "type": "event"}))
    assert 'href="?q=market&amp;type=event&amp;page=2"' in html
    second = main_of(client.get("/en/search/", {"q": "market", "type": "event", "page": "2"}))
    assert '<ol class="search-results" start="3">' in second


def test_the_passage_that_matched_is_shown_with_its_words_marked(client, bilingual):
    html = main_of(client.get("/fr/recherche/", {"q": "zanzibarien"}))
    assert (
        '<p class="search-results__excerpt">Un marsupial <mark>zanzibarien</mark>, '
        "souriant et curieux.</p>"
    ) in html


def test_the_passage_is_cut_around_the_first_word_found():
    text = " ".join(["avant"] * 100) + " la Fête de l’Europe " + " ".join(["après"] * 100)
    passage = excerpt(text, "fete europe", length=120)
    assert passage.startswith("… avant") and passage.endswith(" …")
    assert "<mark>Fête</mark> de l’<mark>Europe</mark>" in passage
    assert len(re.sub("<[^>]+>", "", passage)) <= 130


def test_the_passage_is_the_start_of_the_text_when_only_the_title_matched():
    assert excerpt("Une page sans le mot.", "quokka") == "Une page sans le mot."


def test_the_passage_escapes_everything_but_its_marks():
    passage = excerpt('Tom & <b>Jerry</b> "fêtent" <script>alert(1)</script>', "fete script")
    assert passage == (
        "Tom &amp; &lt;b&gt;Jerry&lt;/b&gt; &quot;<mark>fêtent</mark>&quot; "
        "&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;"
    )


def test_html_written_in_a_page_is_shown_as_text_in_its_passage(client, home):
    page = StandardPageFactory(parent=home)
    page.body_fr = [
        ("paragraph", RichText("<p>Le code &lt;script&gt;alert(1)&lt;/script&gt; du wombat.</p>"))
    ]
    publish(page)
    html = main_of(client.get("/fr/recherche/", {"q": "wombat"}))
    assert "&lt;script&gt;alert(1)&lt;/script&gt; du <mark>wombat</mark>" in html
    assert "<script>alert" not in html


def test_nothing_found_says_so_and_offers_ways_on(client, home):
    assogora = EventPage.objects.get(slug_fr="assogora")
    EventOccurrence.objects.create(
        page=assogora, start_date=local_today() + datetime.timedelta(days=1)
    )
    html = main_of(client.get("/en/search/", {"q": "ornithorynque"}))
    status = re.search(r'<div class="search-page__status" role="status">(.*?)</div>', html, re.S)
    assert "0 results for “ornithorynque”." in status.group(1)
    assert "Nothing matches these words" in status.group(1)
    assert "Check the spelling" in html
    assert '<a href="/fr/recherche/?q=ornithorynque" hreflang="fr">' in html
    browse = re.search(r'<section class="search-browse".*?</section>', html, re.S).group(0)
    links = re.findall(r'<a href="([^"]+)">([^<]+)</a>', browse)
    assert links == [
        ("/en/twin-cities/", "Our twin cities"),
        ("/en/events/", "Events"),
        ("/en/projects/", "Supported projects"),
        ("/en/news/", "News"),
    ]
    assert '<h2 id="search-events-heading">Coming up</h2>' in html
    assert 'href="/en/events/assogora/"' in html.split("search-events-heading")[-1]


def test_an_empty_search_invites_one(client):
    html = main_of(client.get("/fr/recherche/"))
    assert "Tapez un ou plusieurs mots" in html
    assert 'role="status"' not in html
    assert 'href="/fr/evenements/"' in html
    assert html.count("<h1") == 1


def test_result_pages_are_kept_out_of_search_engines(client):
    html = client.get("/fr/recherche/", {"q": "Masis"}).content.decode()
    assert '<meta name="robots" content="noindex">' in html


def test_headings_are_in_order_on_every_state_of_the_page(client):
    for params in [{}, {"q": "Masis"}, {"q": "ornithorynque"}]:
        html = main_of(client.get("/fr/recherche/", params))
        levels = [int(level) for level in re.findall(r"<h(\d)", html)]
        assert levels[0] == 1 and levels.count(1) == 1
        assert all(b - a <= 1 for a, b in zip(levels, levels[1:], strict=False)), (params, levels)


BAD_QUERIES = [
    "x" * 5000,
    "?!… — ;",
    "'\"&<>",
    "a\x00b",
    "\x00",
    '"unclosed',
    "-masis",
    "masis | (",
    "masis:* & !",
    "or",
    "NEAR(masis",
    "* ^ {title}: masis",
    "\\",
    "l’ d’ à",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_no_query_breaks_the_search(client, query):
    for language in ("fr", "en"):
        find(query, language)
    response = client.get("/fr/recherche/", {"q": query})
    if "\x00" in query:  # refused before any view reads it (PostgreSQL would refuse it)
        assert response.status_code == 400 and "Demande incomprise" in response.content.decode()
        return
    html = main_of(response)
    assert "<script>" not in html and "<b>" not in html


@pytest.mark.parametrize(
    "params",
    [
        {"q": "europe", "type": "nonsense"},
        {"q": "europe", "type": "<b>"},
        {"q": "europe", "page": "abc"},
        {"q": "europe", "page": "9999"},
        {"q": "europe", "page": "-1"},
        {"q": "europe", "type": "event", "page": "0"},
    ],
)
def test_odd_parameters_give_a_sensible_page(client, params):
    html = main_of(client.get("/en/search/", params))
    assert '<ol class="search-results"' in html
    if params.get("type") != "event":
        assert 'href="?q=europe" aria-current="page">All' in html


def test_punctuation_alone_finds_nothing_and_says_so(client):
    html = main_of(client.get("/en/search/", {"q": "?!…"}))
    assert "0 results for “?!…”." in html
