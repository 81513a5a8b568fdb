"""The page cache: anonymous visitors get whole pages from the cache without a query, every
change that a page shows is seen on the next request, and whoever is logged in, has a form in
front of them or a message waiting never gets a cached page."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction, Site

from events.models import EventOccurrence, EventPage
from jumelage.models import HomePage, SiteSettings, StandardPage
from partners.models import PartnerOrganisation, TwinCityIndexPage, TwinCityPage
from projects import voting
from projects.models import Attendance, BoardMember, Deliberation, Meeting, ProjectPage, Vote
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

ABOUT = "/fr/a-propos/"


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600


def served_twice(client, url):
    """The second of two anonymous requests, which the cache must answer."""
    first = client.get(url)
    assert first.status_code == 200 and first["X-Cache"] == "MISS", url
    return client.get(url)


def html(client, url):
    return client.get(url).content.decode()


@pytest.mark.parametrize(
    "url",
    [
        "/fr/",
        "/en/",
        ABOUT,
        "/fr/evenements/",
        "/fr/evenements/calendrier/?month=2027-01",
        "/fr/evenements/flux/",
        "/fr/evenements/fete-de-l-europe/",
        "/fr/villes-jumelles/",
        "/en/twin-cities/masis/",
        "/fr/partenaires/",
        "/fr/projets/",
        "/fr/projets/centre-de-la-jeunesse-masis/",
        "/fr/recherche/?q=Masis",
        "/sitemap.xml",
    ],
)
def test_a_second_anonymous_request_is_served_without_a_query(
    client, url, django_assert_num_queries
):
    first = client.get(url)
    assert first.status_code == 200 and first["X-Cache"] == "MISS"
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200 and second["X-Cache"] == "HIT"
    assert second.content == first.content
    # With the headers the other middlewares gave the page (type, language, security).
    for header in ("Content-Type", "Content-Language", "X-Frame-Options", "Vary"):
        assert second[header] == first[header], header


def test_each_language_and_query_string_has_its_own_entry(client):
    served_twice(client, "/fr/")
    english = client.get("/en/")
    assert english["X-Cache"] == "MISS" and '<html lang="en">' in english.content.decode()
    assert client.get("/fr/")["X-Cache"] == "HIT"
    assert client.get("/fr/evenements/archives/?year=2024")["X-Cache"] == "MISS"
    assert client.get("/fr/evenements/archives/?year=2025")["X-Cache"] == "MISS"


def test_each_host_has_its_own_entry(client):
    served_twice(client, ABOUT)
    assert client.get(ABOUT, HTTP_HOST="localhost")["X-Cache"] == "MISS"


def test_a_logged_in_editor_always_gets_the_page_fresh(client):
    served_twice(client, ABOUT)
    StandardPage.objects.filter(slug_fr="a-propos").update(title_fr="Titre changé sans signal")
    # The anonymous visitor still gets the cached copy (nothing said the page changed)...
    assert "Titre changé sans signal" not in html(client, ABOUT)
    editor = get_user_model().objects.create_user("marie", password="x")  # noqa: S106
    editor.groups.add(Group.objects.get(name="Bénévoles"))
    client.force_login(editor)
    response = client.get(ABOUT)
    # ...the editor gets what the database holds, and nothing is kept of their page.
    assert "X-Cache" not in response and "Titre changé sans signal" in response.content.decode()
    client.logout()
    client.cookies.clear()
    assert "Titre changé sans signal" not in html(client, ABOUT)


def test_the_application_form_is_never_cached(client):
    url = "/fr/projets/proposer-un-projet/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200 and response["X-Cache"] == "MISS"
        assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_a_page_with_a_csrf_token_is_not_cached(client, home):
    PageViewRestriction.objects.create(
        page=StandardPageFactory(parent=home, title="Privée", slug="privee"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",  # noqa: S106
    )
    for _ in range(2):
        response = client.get("/fr/privee/")
        assert 'name="password"' in response.content.decode()
        assert response.get("X-Cache") != "HIT"


def test_a_restriction_set_on_a_cached_page_applies_at_once(client):
    served_twice(client, ABOUT)
    PageViewRestriction.objects.create(
        page=StandardPage.objects.get(slug_fr="a-propos"),
        restriction_type=PageViewRestriction.PASSWORD,
        password="secret",  # noqa: S106
    )
    assert 'name="password"' in html(client, ABOUT)


def test_a_visitor_with_a_session_or_a_message_waiting_is_not_served_from_the_cache(client):
    served_twice(client, ABOUT)
    client.cookies["messages"] = "pending"
    assert "X-Cache" not in client.get(ABOUT)
    del client.cookies["messages"]
    client.cookies["sessionid"] = "abc"
    assert "X-Cache" not in client.get(ABOUT)


def test_not_found_and_posts_are_not_cached(client):
    for _ in range(2):
        assert client.get("/fr/nulle-part/").status_code == 404
        assert client.get("/fr/nulle-part/").get("X-Cache") != "HIT"
    assert client.post(ABOUT).get("X-Cache") is None


# Each change a public page shows, and where it shows.


def publish_title(page, title):
    page.title_fr = title
    page.save_revision().publish()


def test_publishing_a_page_shows_it_at_once_in_every_listing(client):
    served_twice(client, ABOUT)
    served_twice(client, "/fr/")
    publish_title(StandardPage.objects.get(slug_fr="a-propos"), "Qui nous sommes")
    assert "Qui nous sommes" in html(client, ABOUT)
    # The menu of every page lists it too.
    assert "Qui nous sommes" in html(client, "/fr/")


def test_unpublishing_a_page_removes_it(client):
    served_twice(client, "/fr/")
    StandardPage.objects.get(slug_fr="a-propos").unpublish()
    assert client.get(ABOUT).status_code == 404
    assert "Notre rôle et nos engagements" not in html(client, "/fr/")


def test_moving_a_page_moves_it_at_once(client, home):
    served_twice(client, ABOUT)
    target = StandardPageFactory(parent=home, title="Rubrique", slug="rubrique")
    StandardPage.objects.get(slug_fr="a-propos").move(target, pos="last-child")
    assert client.get(ABOUT).status_code in (301, 302, 404)
    assert client.get("/fr/rubrique/a-propos/").status_code == 200


def test_deleting_a_page_removes_it(client):
    served_twice(client, ABOUT)
    StandardPage.objects.get(slug_fr="a-propos").delete()
    assert client.get(ABOUT).status_code == 404


def test_a_new_event_edition_shows_on_the_event_and_the_index(client):
    event = EventPage.objects.get(slug_fr="fete-de-l-europe")
    url = "/fr/evenements/fete-de-l-europe/"
    month = "/fr/evenements/calendrier/?month=2031-05"
    assert "2031" not in served_twice(client, url).content.decode()
    assert "fete-de-l-europe" not in served_twice(client, month).content.decode()
    EventOccurrence.objects.create(
        page=event, start_date=datetime.date(2031, 5, 9), venue="Parc Jourdan de test"
    )
    assert "fete-de-l-europe" in html(client, month)
    assert "2031" in html(client, url)


def test_an_edition_deleted_disappears(client):
    url = "/fr/evenements/calendrier/?month=2027-05"
    link = 'href="/fr/evenements/fete-de-l-europe/"'
    assert link in served_twice(client, url).content.decode()
    EventOccurrence.objects.filter(page__slug_fr="fete-de-l-europe", start_date__year=2027).delete()
    assert link not in html(client, url)


def test_a_twin_city_published_shows_on_the_cities_page(client):
    served_twice(client, "/fr/villes-jumelles/")
    index = TwinCityIndexPage.objects.get()
    city = TwinCityPage(title="Ville d’essai", slug="ville-essai", country="Testland")
    index.add_child(instance=city)
    city.save_revision().publish()
    assert "Ville d’essai" in html(client, "/fr/villes-jumelles/")


def test_a_partner_saved_shows_on_the_partners_page_and_in_every_footer(client):
    served_twice(client, "/fr/partenaires/")
    served_twice(client, ABOUT)
    PartnerOrganisation.objects.create(
        name_fr="Fondation d’essai", kind="association", main_funder=True
    )
    assert "Fondation d’essai" in html(client, "/fr/partenaires/")
    assert "Fondation d’essai" in html(client, ABOUT)


def test_the_site_settings_saved_show_in_every_footer(client):
    served_twice(client, ABOUT)
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.phone = "04 42 00 00 00"
    site_settings.save()
    assert "04 42 00 00 00" in html(client, ABOUT)


def test_a_deliberation_closed_shows_its_decision_on_the_project_page(client):
    project = ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025")
    url = project.get_url()
    BoardMember.objects.update(mandate_end=datetime.date(2025, 12, 31))
    members = [
        BoardMember.objects.create(
            first_name=f"M{n}",
            last_name="Test",
            role="president" if n == 0 else "member",
            mandate_start=datetime.date(2025, 1, 1),
        )
        for n in range(3)
    ]
    meeting = Meeting.objects.create(date=datetime.date(2026, 3, 12), place="Aix")
    deliberation = Deliberation.objects.create(
        meeting=meeting, project=project, question="Soutenir ?", amount_proposed=Decimal("1500")
    )
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
        Vote.objects.create(deliberation=deliberation, member=member, choice=voting.FOR)
    before = served_twice(client, url).content.decode()
    assert "3 pour" not in before
    deliberation.close(get_user_model().objects.create_user("sec"))
    assert "3 pour" in html(client, url)


def test_an_image_changed_is_seen_at_once(client, home):
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    page = HomePage.objects.get()
    page.hero_image = image
    page.save_revision().publish()
    served_twice(client, "/fr/")
    image.title = "Une autre image"
    image.save()
    assert client.get("/fr/")["X-Cache"] == "MISS"


def test_pages_expire_with_the_day(client, monkeypatch):
    served_twice(client, "/fr/evenements/")
    tomorrow = datetime.date.today() + datetime.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a, **k: tomorrow)
    assert client.get("/fr/evenements/")["X-Cache"] == "MISS"


def test_without_a_page_cache_setting_nothing_is_cached(client, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(ABOUT)
    assert "X-Cache" not in client.get(ABOUT)
