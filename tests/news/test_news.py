"""News: the index and its posts in both languages, the Atom feeds (per language, per city),
the home page and each twin city's page, the search, the sitemap and the translation report;
a twin city's whole story; the cost of both pages with 200 posts and 50 past events."""

import datetime

import pytest
from bs4 import BeautifulSoup
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
from tests.html_forms import admin_form_data

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


def test_a_french_volunteer_adds_a_news_post_in_the_admin(client, volunteer, index, masis):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(volunteer)
    profile.preferred_language = "fr"
    profile.save()
    add_url = f"/admin/pages/add/news/newspage/{index.pk}/"
    html = html_of(client, add_url)
    assert "Date" in html and "Villes jumelles" in html and "Événement lié" in html
    data = admin_form_data(html)
    data.update(title_fr="Retrouvailles des seniors", slug_fr="retrouvailles-des-seniors")
    data.update(intro_fr="Les seniors d’Aix retrouvent ceux de Masis.", twin_cities=[masis.pk])
    response = client.post(add_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    draft = NewsPage.objects.get(slug_fr="retrouvailles-des-seniors")
    assert not draft.live and draft.get_parent().pk == index.pk
    assert list(draft.twin_cities.all()) == [masis]


def publish_from_the_admin(client, page, **changes):
    """Post the page's edit form as the editor's browser does, with `changes`, and publish."""
    edit_url = f"/admin/pages/{page.pk}/edit/"
    data = admin_form_data(html_of(client, edit_url))
    data.update(changes, **{"action-publish": "action-publish"})
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]


CONTROLS = "\x0b\x0c\x1f\x01\x7f"


def test_control_characters_typed_in_the_admin_never_break_the_feeds(client, member_of, index):
    """Word's Shift+Enter pastes a vertical tab; XML forbids it: the feed answered 500."""
    client.force_login(member_of("Bénévoles", "Éditeurs"))
    post = NewsPage.objects.get(title_fr=SIGNING_FR)
    masis = TwinCityPage.objects.get(slug_fr="masis")
    publish_from_the_admin(
        client,
        post,
        title_fr=f"Aix et Masis\x0bsignent{CONTROLS}",
        title_en=f"Aix and Masis\x0bsign{CONTROLS}",
        intro_fr="Un accord\x0bsigné\x1f.",
        intro_en="An agreement\x0bsigned\x1f.",
    )
    publish_from_the_admin(client, masis, title_fr="Ma\x0bsis", title_en="Ma\x1fsis")
    publish_from_the_admin(
        client, index, intro_fr="Nos\x0bnouvelles", intro_en="Our news\x1f today"
    )
    post.refresh_from_db()
    assert post.title_fr == "Aix et Masis signent  " and post.intro_en == "An agreement signed."
    for url in ("/fr/actualites/feed/", "/fr/actualites/feed/masis/", "/en/news/feed/"):
        root, titles = feed_entries(client, url)
        assert not any(c in client.get(url).content.decode() for c in CONTROLS), url
    assert "Aix and Masis sign  " in titles and root.findtext(f"{ATOM}subtitle") == "Our news today"


def test_control_characters_saved_before_the_fix_are_left_out_of_the_feed(client, index):
    post = NewsPage.objects.get(title_fr=SIGNING_FR)
    NewsPage.objects.filter(pk=post.pk).update(title_fr="Aix\x0bMasis", intro_fr="Un\x1f accord")
    root, titles = feed_entries(client, "/fr/actualites/feed/")
    assert "Aix Masis" in titles


def test_feed_summaries_are_plain_text_not_markup(client, index):
    """An intro is plain text: declared as HTML, `<img onerror>` was live in feed readers."""
    post = NewsPage.objects.get(title_fr=SIGNING_FR)
    intro = "R&D, a < b et <img src=x onerror=alert(1)>"
    NewsPage.objects.filter(pk=post.pk).update(intro_fr=intro)
    root, _titles = feed_entries(client, "/fr/actualites/feed/")
    summaries = [e.find(f"{ATOM}summary") for e in root.iter(f"{ATOM}entry")]
    mine = [s for s in summaries if s is not None and s.text == intro]
    assert len(mine) == 1 and mine[0].get("type") == "text"
    assert all(s.get("type") == "text" for s in summaries if s is not None)


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


@pytest.mark.parametrize("url", ["/fr/actualites/", "/fr/evenements/", "/en/projects/"])
def test_a_nul_in_the_city_filter_answers_400_not_500(client, url):
    """PostgreSQL refuses a NUL in any text it compares: the listings' city filter is guarded."""
    client.raise_request_exception = False
    for query in ("city=%00", "city=a%00b", "city=masis&page=%00"):
        assert client.get(f"{url}?{query}").status_code == 400, query


def test_a_french_only_post_is_marked_french_on_the_english_listings(client, index):
    post = NewsPage.objects.get(title_fr=SIGNING_FR)
    NewsPage.objects.filter(pk=post.pk).update(title_en="", intro_en="")
    html = html_of(client, "/en/news/")
    card = html.split(SIGNING_FR)[0].rsplit("<li", 1)[1] + html.split(SIGNING_FR, 1)[1]
    card = card.split("</li>")[0]
    assert 'lang="fr">' + SIGNING_FR in html
    assert '<p class="city-card__since" lang="fr">' in card


def test_a_restricted_twin_city_or_project_is_never_named_on_public_pages(client, index, masis):
    """A password-protected city or project is not named, linked or fed to anyone."""
    from wagtail.models import PageViewRestriction

    from projects.models import ProjectPage

    masis_en = masis.title_en
    assert f"· {masis_en}</p>" in html_of(client, "/en/news/")
    assert f"News from {masis_en}" in html_of(client, "/en/news/", city="masis")
    project = ProjectPage.objects.filter(twin_cities=masis, partners__isnull=False).first()
    partner = project.partners.exclude(twin_city=masis).first()
    milestone = masis.milestones.first()
    milestone.related_page = project
    milestone.save()
    link = f'{project.slug_fr}/">'
    before = html_of(client, "/fr/villes-jumelles/masis/")
    assert link in before and partner.name in before
    PageViewRestriction.objects.create(page=project, restriction_type="password", password="x")
    city = html_of(client, "/fr/villes-jumelles/masis/")
    assert link not in city and partner.name not in city
    PageViewRestriction.objects.create(page=masis, restriction_type="password", password="x")
    listing = html_of(client, "/en/news/")
    assert f"· {masis_en}</p>" not in listing and f", {masis_en}</p>" not in listing
    filtered = html_of(client, "/en/news/", city="masis")
    assert f"News from {masis_en}" not in filtered
    assert client.get("/en/news/feed/masis/").status_code == 404


def found(query, language="fr"):
    return {entry.page_id for entry in find(query, language)}


def test_search_follows_a_partner_renamed_moved_or_deleted_in_the_admin(
    client, member_of, masis, django_capture_on_commit_callbacks
):
    """The city and project pages list partners: the search text follows the snippet."""
    from partners.models import PartnerOrganisation
    from projects.models import ProjectPage

    client.force_login(member_of("Bénévoles", "Éditeurs"))
    project = ProjectPage.objects.filter(twin_cities=masis, partners__isnull=False).first()
    partner = project.partners.exclude(twin_city=masis).first()
    url = f"/admin/snippets/partners/partnerorganisation/edit/{partner.pk}/"
    data = admin_form_data(html_of(client, url))
    data.update(name="Zorglubienne", name_fr="Zorglubienne")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    assert {project.pk, masis.pk} <= found("Zorglubienne")
    tubingen = TwinCityPage.objects.get(slug_fr="tubingen")
    masis_own = PartnerOrganisation.objects.filter(twin_city=masis).first()
    data = admin_form_data(
        html_of(client, f"/admin/snippets/partners/partnerorganisation/edit/{masis_own.pk}/")
    )
    data.update(name="Xylophonique", name_fr="Xylophonique", twin_city=str(tubingen.pk))
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/snippets/partners/partnerorganisation/edit/{masis_own.pk}/", data
        )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert tubingen.pk in found("Xylophonique") and masis.pk not in found("Xylophonique")
    delete_url = f"/admin/snippets/partners/partnerorganisation/delete/{partner.pk}/"
    confirm = BeautifulSoup(client.get(delete_url).content, "html.parser")
    token = confirm.find("input", attrs={"name": "csrfmiddlewaretoken"})["value"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(delete_url, {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert not found("Zorglubienne")


def test_a_milestone_links_only_to_an_event_project_or_news_post(client, member_of, masis):
    """Linked to the root, a milestone rendered href="None": the admin refuses it now."""
    from wagtail.models import Page

    client.force_login(member_of("Bénévoles", "Éditeurs"))
    url = f"/admin/pages/{masis.pk}/edit/"
    data = admin_form_data(html_of(client, url))
    data["milestones-0-related_page"] = str(Page.get_first_root_node().pk)
    response = client.post(url, data)
    assert response.status_code == 200
    assert "Choisissez un événement, un projet ou une actualité." in response.content.decode()
    masis.milestones.filter(pk=masis.milestones.first().pk).update(
        related_page=Page.get_first_root_node()
    )
    assert 'href="None"' not in html_of(client, "/fr/villes-jumelles/masis/")
