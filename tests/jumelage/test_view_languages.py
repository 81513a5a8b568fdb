"""The switcher keeps the visitor's place: on every view the crawler finds (pages, sub-views
with their query, filtered lists, search results, thank-you pages), in both languages, the
link to the other language leads to the same view with the equivalent query, and the
hreflang alternates and the canonical URL agree with it."""

from urllib.parse import parse_qsl, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.crawl import Crawled, crawl_once, internal, post_form, sample_values

pytestmark = pytest.mark.django_db


def head_links(soup):
    canonical = soup.find("link", rel="canonical")
    alternates = {
        link["hreflang"]: internal(link["href"], "/")
        for link in soup.find_all("link", rel="alternate", hreflang=True)
    }
    robots = soup.find("meta", attrs={"name": "robots"})
    return (
        internal(canonical["href"], "/") if canonical else None,
        alternates,
        robots["content"] if robots else "",
    )


def switcher(soup):
    return {
        link["hreflang"]: internal(link["href"], "/")
        for link in soup.select("a.language-switcher__link[hreflang]")
    }


def normal(url):
    """A URL as the site writes it: no empty value, no `page=1`."""
    parts = urlsplit(url)
    pairs = [
        (key, value)
        for key, value in parse_qsl(parts.query, keep_blank_values=True)
        if value and not (key == "page" and value == "1")
    ]
    return parts.path, sorted(pairs)


def thank_you_pages(client, pages):
    """Each form posted as a visitor would, and the page it leads to (`?sent=1`)."""
    found = []
    for page in pages:
        for form in page.forms:
            if form.method != "post":
                continue
            response = post_form(client, form, sample_values(form, text="Bonjour"))
            if response.status_code == 302:
                url = internal(response["Location"], form.action)
                html = client.get(url).content.decode()
                found.append(Crawled(url, html, "thanks", page.language, [], []))
    return found


def test_the_switcher_leads_to_the_same_view_in_the_other_language(client):
    pages = crawl_once(client)
    views = pages + thank_you_pages(client, pages)
    assert any("sent=1" in view.url for view in views)
    assert any("calendrier/?month=" in view.url for view in views)
    assert any("/projects/?" in view.url for view in views)
    losses = []
    for view in views:
        soup = BeautifulSoup(view.html, "html.parser")
        canonical, alternates, robots = head_links(soup)
        fallback = soup.select_one(".notice--fallback") is not None
        if not fallback:
            assert normal(canonical) == normal(view.url), view.url
        for code, target in switcher(soup).items():
            response = client.get(target)
            if response.status_code != 200:
                losses.append((view.url, target, response.status_code))
                continue
            other = BeautifulSoup(response.content.decode(), "html.parser")
            back = switcher(other).get(view.language)
            if normal(back) != normal(view.url):
                losses.append((view.url, target, back))
            keys = {key for key, _v in normal(view.url)[1]}
            if {key for key, _v in normal(target)[1]} != keys:
                losses.append((view.url, target, "query"))
            if code in alternates and normal(alternates[code]) != normal(target):
                losses.append((view.url, target, alternates[code]))
            target_canonical = head_links(other)[0]
            if other.select_one(".notice--fallback") is None and normal(target_canonical) != normal(
                target
            ):
                losses.append((view.url, target, target_canonical))
    print(f"{len(views)} views checked, {len(losses)} losses")
    assert losses == []


def test_robots_and_canonical_follow_the_rule(client):
    """Calendar months and archive years are indexed with themselves as canonical; filtered
    lists, page 2, searches and thanks say noindex (their canonical still themselves)."""
    for url, indexed in [
        ("/fr/evenements/calendrier/?month=2026-12", True),
        ("/en/events/archive/?year=2024", True),
        ("/fr/evenements/?category=marche", False),
        ("/fr/projets/?status=termine", False),
        ("/fr/recherche/?q=Masis", False),
        ("/fr/nous-contacter/?sent=1", False),
        ("/fr/evenements/archives/?year=10000", False),
    ]:
        soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
        canonical, _alternates, robots = head_links(soup)
        assert ("noindex" not in robots) is indexed, url
        assert normal(canonical)[0] == urlsplit(url).path, url


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/fr/evenements/calendar/?month=2026-12", "/fr/evenements/calendrier/?month=2026-12"),
        ("/fr/evenements/archive/?year=2024", "/fr/evenements/archives/?year=2024"),
        ("/fr/evenements/feed/?category=market", "/fr/evenements/flux/?category=marche"),
        ("/en/events/calendrier/", "/en/events/calendar/"),
    ],
)
def test_old_sub_view_addresses_redirect_for_good(client, old, new):
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == new


def test_words_of_either_language_are_understood(client):
    french = client.get("/fr/evenements/?category=market&city=perugia").content.decode()
    assert "n’existe pas" not in french
    soup = BeautifulSoup(french, "html.parser")
    assert head_links(soup)[0] == "/fr/evenements/?category=marche&city=perouse"
    assert switcher(soup)["en"] == "/en/events/?category=market&city=perugia"


@pytest.mark.parametrize(
    ("url", "canonical", "english", "indexed"),
    [
        (
            "/fr/evenements/?utm_source=lettre&utm_medium=email&fbclid=abc",
            "/fr/evenements/",
            "/en/events/",
            True,
        ),
        (
            "/fr/evenements/calendrier/?month=2026-12&gclid=x&mc_cid=1&mc_eid=2",
            "/fr/evenements/calendrier/?month=2026-12",
            "/en/events/calendar/?month=2026-12",
            True,
        ),
        (
            "/fr/evenements/calendrier/?month=2026-9",
            "/fr/evenements/calendrier/?month=2026-09",
            "/en/events/calendar/?month=2026-09",
            False,
        ),
        (
            "/fr/evenements/calendrier/?month=2026-01&month=2026-12",
            "/fr/evenements/calendrier/?month=2026-12",
            "/en/events/calendar/?month=2026-12",
            False,
        ),
        (
            "/fr/evenements/archives/?year=2024&year=2025",
            "/fr/evenements/archives/?year=2025",
            "/en/events/archive/?year=2025",
            False,
        ),
    ],
)
def test_tracking_is_ignored_and_other_spellings_point_to_the_one_address(
    client, url, canonical, english, indexed
):
    soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
    found_canonical, alternates, robots = head_links(soup)
    assert found_canonical == canonical
    assert alternates["en"] == english and switcher(soup)["en"] == english
    assert ("noindex" not in robots) is indexed


def test_a_month_and_a_year_each_have_their_own_description(client):
    def description(url):
        soup = BeautifulSoup(client.get(url).content.decode(), "html.parser")
        return soup.find("meta", attrs={"name": "description"})["content"]

    index = description("/en/events/")
    november = description("/en/events/calendar/?month=2026-11")
    assert november.startswith("Events in November 2026") and november != index
    assert description("/en/events/calendar/?month=2026-12") != november
    assert "2024" in description("/en/events/archive/?year=2024") != index
    assert "novembre 2026" in description("/fr/evenements/calendrier/?month=2026-11")
