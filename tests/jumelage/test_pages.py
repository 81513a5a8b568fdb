"""Page types of the shared core: where they go, what they show, what they cost."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from jumelage.models import HomePage, StandardPage
from jumelage.search import plain_text

pytestmark = pytest.mark.django_db

SWITCHER_LINK = re.compile(r'class="language-switcher__link" href="([^"]+)" hreflang="(\w+)"')


class TestPageTree(WagtailPageTestCase):
    def test_home_page_sits_at_the_root_only(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertEqual(HomePage.max_count, 1)

    def test_standard_pages_go_under_home_or_another_standard_page(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)


def french_and_english_urls(page):
    from jumelage.i18n import page_url

    return page_url(page, "fr"), page_url(page, "en")


def test_every_demo_page_answers_in_both_languages(client, demo_pages):
    assert len(demo_pages) >= 5
    for page in demo_pages:
        for language, url in zip(("fr", "en"), french_and_english_urls(page), strict=True):
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert f'<html lang="{language}">' in html
            assert "<title>" in html and 'name="description"' in html
            assert 'rel="canonical"' in html


def test_demo_pages_carry_the_seed_texts(client):
    french = client.get("/fr/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Marché International des Villes" in french
    assert "Twin Cities’ International" in english
    about_fr = client.get("/fr/a-propos/").content.decode()
    about_en = client.get("/en/about-us/").content.decode()
    assert "bénévoles" in about_fr and "Assogora" in about_fr
    assert "volunteers" in about_en and "Assogora" in about_en
    funding_fr = client.get("/fr/financement-des-projets/").content.decode()
    funding_en = client.get("/en/projects-funding/").content.decode()
    assert "Conseil d’administration" in funding_fr or "Conseil d’Administration" in funding_fr
    assert "board" in funding_en


def test_language_switcher_round_trip_on_every_demo_page(client, demo_pages):
    """From each French page the switcher reaches its English twin, and from there back."""
    for page in demo_pages:
        french_url, english_url = french_and_english_urls(page)
        html = client.get(french_url).content.decode()
        links = dict((code, url) for url, code in SWITCHER_LINK.findall(html))
        assert links["en"] == english_url
        english = client.get(links["en"])
        assert english.status_code == 200
        back = dict((code, url) for url, code in SWITCHER_LINK.findall(english.content.decode()))
        assert back["fr"] == french_url


def test_switcher_on_search_keeps_the_query(client):
    html = client.get("/fr/recherche/", {"q": "europe"}).content.decode()
    links = dict((code, url) for url, code in SWITCHER_LINK.findall(html))
    assert links["en"] == "/en/search/?q=europe"


def test_menu_lists_pages_shown_in_menus_only(client):
    html = client.get("/fr/").content.decode()
    nav = html.split('class="site-nav__list"')[1].split("</ul>")[0]
    assert "Notre rôle et nos engagements" in nav
    assert "Financement des projets" in nav
    assert "Mentions légales" not in nav


def test_footer_links_the_legal_pages_in_the_visitors_language(client):
    html = client.get("/en/").content.decode()
    footer = html.split('class="site-footer"')[1]
    assert 'href="/en/legal-notice/"' in footer
    assert 'href="/en/privacy-policy/"' in footer


@pytest.mark.parametrize("url", ["/fr/", "/en/about-us/"])
def test_page_costs_a_bounded_number_of_queries(client, url):
    client.get(url)  # warm caches (site root paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) <= 15, [q["sql"] for q in queries.captured_queries]


def test_plain_text_reads_every_string_of_a_stream(home):
    about = StandardPage.objects.get(slug_fr="a-propos")
    text = plain_text(about.body_fr)
    assert "Assogora" in text
    assert "<p>" not in text
