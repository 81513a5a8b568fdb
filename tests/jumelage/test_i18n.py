"""The gaps wagtail-modeltranslation leaves open, closed: redirects in every language,
previews per language, the fallback page, the sitemap, search, language prefixes."""

import re

import defusedxml.ElementTree as ET
import pytest
from django.test import RequestFactory
from django.utils import translation
from wagtail.models import Page

from jumelage.i18n import page_url
from jumelage.models import StandardPage
from jumelage.search import search_pages
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def publish(page):
    page.save_revision().publish()


@pytest.fixture
def about(db):
    return StandardPage.objects.get(slug_fr="a-propos")


def test_changing_the_english_slug_redirects_the_old_english_url(
    client, about, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about.slug_en = "who-we-are"
        publish(about)
    assert client.get("/en/who-we-are/").status_code == 200
    response = client.get("/en/about-us/")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/who-we-are/")
    # The French URL did not change, so it still answers directly.
    assert client.get("/fr/a-propos/").status_code == 200


def test_changing_the_french_slug_redirects_the_old_french_url(
    client, about, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        about.slug_fr = "qui-sommes-nous"
        publish(about)
    response = client.get("/fr/a-propos/")
    assert response.status_code == 301
    assert response["Location"].endswith("/fr/qui-sommes-nous/")


def test_moving_a_page_redirects_its_old_urls_in_both_languages(
    client, home, about, django_capture_on_commit_callbacks
):
    funding = StandardPage.objects.get(slug_fr="financement-des-projets")
    with django_capture_on_commit_callbacks(execute=True):
        funding.move(about, pos="last-child")
    for old, new in [
        ("/fr/financement-des-projets/", "/fr/a-propos/financement-des-projets/"),
        ("/en/projects-funding/", "/en/about-us/projects-funding/"),
    ]:
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"].endswith(new)
        assert client.get(new).status_code == 200


def test_preview_shows_each_language(about, rf):
    assert [code for code, _label in about.preview_modes] == ["fr", "en"]
    about.title_en = "About us (draft)"
    french = about.make_preview_request(rf.get("/"), "fr").render().content.decode()
    english = about.make_preview_request(rf.get("/"), "en").render().content.decode()
    assert '<html lang="fr">' in french and "Notre rôle et nos engagements" in french
    assert '<html lang="en">' in english and "About us (draft)" in english


@pytest.fixture
def french_only(home):
    page = StandardPageFactory(
        parent=home, title="Compte rendu de l’assemblée générale", slug="assemblee-generale"
    )
    publish(page)
    return page


def test_page_without_english_shows_french_marked_as_such(client, french_only):
    url = page_url(french_only, "en")
    assert url == "/en/assemblee-generale/"
    html = client.get(url).content.decode()
    assert '<html lang="en">' in html
    assert re.search(r'<div class="content" lang="fr">', html)
    assert "no English version yet" in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'hreflang="en"' not in html.split("</head>")[0]
    assert 'hreflang="fr"' in html


def test_translated_page_is_indexable_and_has_no_fallback_marks(client, about):
    html = client.get("/en/about-us/").content.decode()
    assert "noindex" not in html
    assert 'class="content">' in html
    assert 'hreflang="en" href="http://testserver/en/about-us/"' in html
    assert 'hreflang="x-default" href="http://testserver/a-propos/"' in html


def test_untranslated_field_carries_its_own_lang(client, about):
    about.intro_en = ""
    publish(about)
    html = client.get("/en/about-us/").content.decode()
    assert re.search(r'<p class="article__intro" lang="fr">', html)


def sitemap_entries(client):
    root = ET.fromstring(client.get("/sitemap.xml").content)
    entries = {}
    for url in root.findall("s:url", SITEMAP_NS):
        loc = url.find("s:loc", SITEMAP_NS).text
        entries[loc] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", SITEMAP_NS)
        }
    return entries


def test_sitemap_lists_both_languages_with_alternates(client):
    entries = sitemap_entries(client)
    about_fr, about_en = "http://testserver/fr/a-propos/", "http://testserver/en/about-us/"
    assert about_fr in entries and about_en in entries
    assert entries[about_fr] == {
        "fr": about_fr,
        "en": about_en,
        "x-default": "http://testserver/a-propos/",
    }
    live_pages = Page.objects.live().filter(depth__gte=2).count()
    assert len(entries) == 2 * live_pages  # every demo page exists in both languages


def test_sitemap_leaves_out_the_missing_english_version(client, french_only):
    entries = sitemap_entries(client)
    assert "http://testserver/fr/assemblee-generale/" in entries
    assert "http://testserver/en/assemblee-generale/" not in entries
    assert "en" not in entries["http://testserver/fr/assemblee-generale/"]


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_search_finds_pages_in_the_visitors_language_only(db):
    assert search_pages("bénévoles", "fr")
    assert search_pages("bénévoles", "en") == []
    assert search_pages("volunteers", "en")
    assert search_pages("volunteers", "fr") == []


def test_search_ignores_accents_and_case(db):
    assert search_pages("FETE", "fr") == search_pages("fête", "fr") != []


def test_search_matches_whole_words_not_their_middle(french_only):
    french_only.intro_fr = "Une démarche collective."
    publish(french_only)
    assert french_only.pk in [page.pk for page in search_pages("démarche", "fr")]
    assert french_only.pk not in [page.pk for page in search_pages("marche", "fr")]


@pytest.mark.parametrize(
    "params",
    [
        {"q": "x" * 5000},
        {"q": "europe", "page": "abc"},
        {"q": "europe", "page": "999"},
        {"q": "<script>"},
    ],
)
def test_search_survives_odd_input(client, params):
    response = client.get("/fr/recherche/", params)
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main")[1]


def test_search_page_shows_results_in_the_visitors_language(client):
    html = client.get("/en/search/", {"q": "funding"}).content.decode()
    assert 'href="/en/projects-funding/"' in html
    html = client.get("/en/search/", {"q": "subventionnée"}).content.decode()
    assert "0 results" in html and "Nothing matches" in html


def test_french_only_page_is_not_found_by_an_english_search(french_only):
    assert search_pages("assemblée", "fr") == [french_only.page_ptr.specific]
    assert search_pages("assemblée", "en") == []


def test_unpublished_page_leaves_the_search(about):
    about.unpublish()
    assert about.pk not in [p.pk for p in search_pages("Assogora", "fr")]


@pytest.mark.parametrize(
    ("accept", "target"), [("en-GB,en;q=0.9", "/en/"), ("fr-FR", "/fr/"), ("de-DE", "/fr/")]
)
def test_root_sends_the_visitor_to_the_browsers_language(client, accept, target):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == target


def test_unknown_language_prefix_is_a_french_404(client):
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    html = response.content.decode()
    assert '<html lang="fr">' in html and "Page introuvable" in html


def test_unprefixed_page_path_goes_to_french_but_admin_404_stays_a_404(client):
    response = client.get("/a-propos/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 302 and response["Location"] == "/fr/a-propos/"
    admin = client.get("/django-admin/nowhere/")
    assert not admin.get("Location", "").startswith("/fr/")
    assert client.get("/documents/nowhere/").status_code == 404
    assert client.get("/static/nowhere.css").status_code == 404


def test_wrong_languages_slug_is_a_404_in_that_language(client):
    response = client.get("/en/a-propos/")
    assert response.status_code == 404
    assert '<html lang="en">' in response.content.decode()


def test_error_pages_do_not_touch_the_database(django_assert_num_queries):
    from jumelage.views import page_not_found, server_error

    request = RequestFactory().get("/fr/nope/")
    with django_assert_num_queries(0), translation.override("fr"):
        assert page_not_found(request).status_code == 404
        response = server_error(request)
    assert response.status_code == 500
    html = response.content.decode()
    assert "Une erreur est survenue" in html and "Something went wrong" in html


def test_rebuild_search_text_restores_every_language_entry(db):
    from django.core.management import call_command

    from jumelage.models import SearchText

    SearchText.objects.all().delete()
    call_command("rebuild_search_text", verbosity=0)
    live_pages = Page.objects.live().filter(depth__gte=2).count()
    assert SearchText.objects.filter(language="fr").count() == live_pages
    assert SearchText.objects.filter(language="en").count() == live_pages
    assert search_pages("volunteers", "en")
