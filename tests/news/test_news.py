"""News: the index and its posts in both languages, the Atom feeds (per language, per city),
the home page and each twin city's page, the search, the sitemap and the translation report;
a twin city's whole story; the cost of both pages with 200 posts and 50 past events."""

import datetime

import pytest
from defusedxml import ElementTree as ET
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from events.models import EventIndexPage, EventOccurrence, EventPage
from jumelage import completeness
from jumelage.models import TranslationState
from jumelage.search import find
from news.models import NewsIndexPage, NewsPage
from partners.models import TwinCityPage

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"
SIGNING_FR = "Aix et Masis signent leur accord de jumelage"
SIGNING_EN = "Aix and Masis sign their twinning agreement"


@pytest.fixture
def index(db):
    return NewsIndexPage.objects.get()


@pytest.fixture
def masis(db):
    return TwinCityPage.objects.get(slug_fr="masis")


def html_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_the_news_index_lists_the_posts_newest_first_in_both_languages(client):
    fr = html_of(client, "/fr/actualites/")
    assert fr.index("Santé mentale : Aix lauréate") < fr.index(SIGNING_FR)
    assert '<time datetime="2024-09-30">30 septembre 2024</time>' in fr
    en = html_of(client, "/en/news/")
    assert SIGNING_EN in en and "30 September 2024" in en
    assert SIGNING_FR not in en


def test_a_post_shows_its_date_cities_and_related_pages(client):
    html = html_of(client, "/en/news/aix-masis-twinning-signed/")
    assert '<time datetime="2024-09-30">30 September 2024</time>' in html
    assert 'href="/en/twin-cities/masis/"' in html
    assert 'href="/en/events/armenian-fortnight/"' in html


def test_the_index_filters_by_city_and_says_when_a_city_does_not_exist(client):
    html = html_of(client, "/fr/actualites/", city="masis")
    assert "Actualités de Masis" in html and SIGNING_FR in html
    assert (
        html_of(client, "/fr/actualites/", city="tubingen").count('class="city-card news-card"')
        == 0
    )
    unknown = html_of(client, "/fr/actualites/", city="<script>")
    assert "Cette ville jumelle n’existe pas" in unknown and SIGNING_FR in unknown
    assert "<script>" not in unknown.split("<main", 1)[1].split("</main>")[0]


def feed_entries(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    assert root.tag == f"{ATOM}feed"
    return root, [entry.findtext(f"{ATOM}title") for entry in root.iter(f"{ATOM}entry")]


def test_atom_feeds_per_language_and_per_city(client, index, masis):
    root, titles = feed_entries(client, "/fr/actualites/feed/")
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "fr"
    assert titles[-1] == SIGNING_FR and len(titles) == 3
    root, titles = feed_entries(client, "/en/news/feed/")
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "en"
    assert SIGNING_EN in titles
    links = [e.find(f"{ATOM}link").get("href") for e in root.iter(f"{ATOM}entry")]
    assert links and all(link.startswith("http") and "/en/news/" in link for link in links)
    _root, masis_titles = feed_entries(client, "/en/news/feed/masis/")
    assert masis_titles == titles
    tubingen = TwinCityPage.objects.get(slug_fr="tubingen")
    _root, none = feed_entries(client, "/fr/actualites/feed/tubingen/")
    assert none == [] and tubingen.live
    assert client.get("/fr/actualites/feed/atlantide/").status_code == 404


def test_the_index_announces_its_feed(client):
    html = html_of(client, "/en/news/")
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/en/news/feed/"' in html


def test_home_and_city_pages_list_the_news(client):
    home = html_of(client, "/en/")
    assert 'id="home-news-heading"' in home and SIGNING_EN in home
    assert '<a href="/en/news/">All the news</a>' in home
    city = html_of(client, "/fr/villes-jumelles/masis/")
    news = city.split('id="city-news-heading"')[1].split("</section>")[0]
    assert SIGNING_FR in news
    assert 'href="/fr/actualites/?city=masis"' in news
    assert 'href="/fr/actualites/feed/masis/"' in news


def test_news_is_searched_in_its_language_mapped_and_followed_for_translation(client, index):
    post = NewsPage.objects.get(slug_fr="livres-echanges-aix-masis")
    assert post.pk in [entry.page_id for entry in find("bibliothèques", "fr")]
    assert post.pk not in [entry.page_id for entry in find("bibliothèques", "en")]
    assert post.pk in [entry.page_id for entry in find("libraries", "en")]
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "/fr/actualites/livres-echanges-aix-masis/" in sitemap
    assert "/en/news/books-exchanged-aix-masis/" in sitemap
    completeness.record_unseen()
    states = TranslationState.objects.filter(
        content_type=completeness.content_type_of(post), object_id=post.pk
    )
    assert {state.language: state.status for state in states} == {
        "fr": TranslationState.Status.UP_TO_DATE,
        "en": TranslationState.Status.UP_TO_DATE,
    }


def test_a_french_volunteer_adds_a_news_post_in_the_admin(client, volunteer, index):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(volunteer)
    profile.preferred_language = "fr"
    profile.save()
    html = html_of(client, f"/admin/pages/add/news/newspage/{index.pk}/")
    assert "Date" in html and "Villes jumelles" in html and "Événement lié" in html


def test_the_demo_news_is_loaded_once(index):
    from django.core.management import call_command

    before = NewsPage.objects.count()
    call_command("load_demo_content", "--no-accounts", verbosity=0)
    assert NewsPage.objects.count() == before == 3


# A twin city's whole story -----------------------------------------------------------------


def test_the_city_tells_what_was_done_together_and_links_its_milestones(client, masis):
    html = html_of(client, "/fr/villes-jumelles/masis/")
    past = html.split('id="city-past-events-heading"')[1].split("</section>")[0]
    assert "Quinzaine de l’Arménie" in past
    assert 'href="/fr/evenements/archives/?city=masis"' in past
    timeline = html.split('id="timeline-heading"')[1].split("</section>")[0]
    assert 'href="/fr/actualites/signature-du-jumelage-aix-masis/"' in timeline
    assert 'href="/fr/projets/echange-de-livres-aix-masis/"' in timeline


def add_posts_and_past_events(masis, posts, events):
    image = get_image_model().objects.first()
    index = NewsIndexPage.objects.get()
    for n in range(posts):
        post = NewsPage(
            title_fr=f"Nouvelle {n}",
            slug_fr=f"nouvelle-{n}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n),
            image=image,
            intro_fr="Une nouvelle de Masis.",
        )
        post.twin_cities = [masis]
        index.add_child(instance=post)
        post.save_revision().publish()
    events_index = EventIndexPage.objects.get()
    for n in range(events):
        event = EventPage(
            title_fr=f"Rencontre passée {n}",
            slug_fr=f"rencontre-passee-{n}",
            category="other",
            image=image,
            recurrence="yearly_date" if n % 2 else "",
        )
        event.twin_cities = [masis]
        events_index.add_child(instance=event)
        event.save_revision().publish()
        EventOccurrence.objects.create(page=event, start_date=datetime.date(2023, 1, 1 + n % 28))


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


URLS = ["/fr/villes-jumelles/masis/", "/en/news/", "/fr/actualites/?city=masis", "/fr/"]


def test_city_and_news_pages_cost_the_same_few_queries_with_200_posts_and_50_past_events(
    client, masis
):
    add_posts_and_past_events(masis, 2, 2)
    small = {url: query_count(client, url) for url in URLS}
    add_posts_and_past_events_more(masis)
    large = {url: query_count(client, url) for url in URLS}
    assert NewsPage.objects.count() > 200
    assert large == small
    assert max(large.values()) <= 15, large


def add_posts_and_past_events_more(masis):
    """198 more posts and 48 more past events: 200 and 50 with the first ones."""
    NewsPage.objects.filter(slug_fr__startswith="nouvelle-").delete()
    EventPage.objects.filter(slug_fr__startswith="rencontre-passee-").delete()
    add_posts_and_past_events(masis, 200, 50)
