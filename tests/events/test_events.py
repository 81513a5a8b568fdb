"""Events: page rules, listings in both languages, recurring editions, the calendar, feeds,
JSON-LD, bad input, editor validation, query counts, and the next-edition action."""

import datetime
import json
import re

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventOccurrence, EventPage, next_year_date
from jumelage.models import HomePage

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 21)


@pytest.fixture(autouse=True)
def frozen_today(monkeypatch):
    """The demo editions span 2024-2027: the tests read them as on 21 November 2026."""
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)


@pytest.fixture
def index(db):
    return EventIndexPage.objects.get()


@pytest.fixture
def europe(db):
    return EventPage.objects.get(slug_fr="fete-de-l-europe")


class TestEventPageTree(WagtailPageTestCase):
    def test_index_under_home_once_events_under_the_index(self):
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertEqual(EventIndexPage.max_count, 1)


def html_of(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def test_recurring_event_whose_first_edition_is_past_is_listed_on_its_next_date(client):
    html = html_of(client, "/fr/evenements/")
    assert "Fête de l’Europe" in html
    assert '<time datetime="2027-05-09">9 mai 2027</time>' in html
    assert "2024-05-09" not in html  # past editions are not upcoming
    english = html_of(client, "/en/events/")
    assert '<time datetime="2027-05-09">9 May 2027</time>' in english
    assert "Europe Festival" in english


def test_upcoming_list_is_in_date_order(client):
    html = html_of(client, "/fr/evenements/")
    dates = re.findall(r'class="edition__date"><time datetime="([\d-]+)"', html)
    assert dates == sorted(dates) and dates[0] == "2026-12-05"


def test_filters_combine_and_survive_pagination(client, index):
    html = html_of(client, "/en/events/", category="market", city="perugia")
    titles = set(re.findall(r'class="edition__title"><a href="[^"]+">([^<]+)</a>', html))
    # The MIVJ welcomes Perugia's craftsmen in Aix: it involves Perugia too.
    assert titles == {"Gemelle in Piazza", "Fiera dei morti", "Twin Cities’ International Market"}
    add_event(index, "Marché de test", 30, category="market")
    page_two = html_of(client, "/fr/evenements/", category="market", page=2)
    # The French address names the category in French ("market" is still understood).
    assert "category=marche&amp;page=" in page_two
    listed = page_two.split('<ol class="editions">')[1].split("</ol>")[0]
    assert "Assogora" not in listed and "Marché de test" in listed


@pytest.mark.parametrize(
    "params",
    [
        {"category": "nope"},
        {"city": "atlantis"},
        {"page": "99999"},
        {"page": "abc"},
        {"month": "2026-13"},
        {"year": "deux-mille"},
    ],
)
def test_bad_filters_show_the_unfiltered_page_never_a_500(client, params):
    for url in ("/fr/evenements/", "/fr/evenements/calendrier/", "/fr/evenements/archives/"):
        response = client.get(url, params)
        assert response.status_code == 200, (url, params)
    if "category" in params or "city" in params:
        html = html_of(client, "/fr/evenements/", **params)
        assert "n’existe pas" in html and "Assogora" in html


def test_archive_by_year_in_both_languages(client):
    html = html_of(client, "/fr/evenements/archives/", year="2024")
    assert "Quinzaine de l’Arménie" in html and "14–29 septembre 2024" in html
    assert re.search(r'href="[^"]*\?year=2025', html)
    english = html_of(client, "/en/events/archive/", year="2024")
    assert "Armenian Fortnight" in english and "14–29 September 2024" in english


def test_month_view_is_a_grid_with_links_and_month_navigation(client):
    html = html_of(client, "/fr/evenements/calendrier/", month="2026-12")
    assert '<table class="calendar">' in html
    assert "décembre 2026" in html
    assert "month=2027-01" in html and "month=2026-11" in html
    assert html.count("Marché International des Villes Jumelles</a>") >= 2  # 5 and 6 December
    english = html_of(client, "/en/events/calendar/", month="2026-12", city="tubingen")
    assert "December 2026" in english and "Twin Cities’ International Market" in english


def test_month_list_writes_the_first_of_the_month_as_each_language_does(client, europe):
    EventOccurrence.objects.create(
        page=europe, start_date=datetime.date(2026, 11, 1), all_day=True, sort_order=99
    )
    html = html_of(client, "/fr/evenements/calendrier/", month="2026-11")
    assert '<time datetime="2026-11-01">dimanche 1er novembre</time>' in html
    english = html_of(client, "/en/events/calendar/", month="2026-11")
    assert '<time datetime="2026-11-01">Sunday 1 November</time>' in english


def test_event_page_shows_next_edition_and_the_others(client):
    html = html_of(client, "/fr/evenements/fete-de-l-europe/")
    next_block = html.split('id="next-heading"')[1].split("</aside>")[0]
    assert "9 mai 2027" in next_block
    assert "Tübingen" in next_block and "Pérouse" in next_block
    assert "9 mai 2024" in html.split('id="past-editions"')[1]
    assert "calendar.google.com" in html and "outlook.live.com" in html
    assert 'href="/fr/evenements/fete-de-l-europe/ics/"' in html


def test_json_ld_lists_each_upcoming_edition_with_its_status_and_language(client, europe):
    europe.occurrences.filter(start_date__year=2027).update(status="cancelled")
    europe.save_revision().publish()
    for language, name in (("fr", "Fête de l’Europe"), ("en", "Europe Festival")):
        url = (
            f"/{language}/evenements/fete-de-l-europe/"
            if language == "fr"
            else "/en/events/europe-festival/"
        )
        html = html_of(client, url)
        scripts = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        # The events' list; the other is the association's (NGO), on every page.
        data = next(d for d in map(json.loads, scripts) if isinstance(d, list))
        assert [entry["startDate"] for entry in data] == ["2027-05-09"]
        assert data[0]["eventStatus"] == "https://schema.org/EventCancelled"
        assert data[0]["inLanguage"] == language and data[0]["name"] == name


def parse_feed(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_feeds_validate_with_stable_uids_timezones_and_the_feeds_language(client):
    french = parse_feed(client, "/fr/evenements/flux/")
    english = parse_feed(client, "/en/events/feed/")
    fr_events = {str(e["uid"]): e for e in french.walk("VEVENT")}
    en_events = {str(e["uid"]): e for e in english.walk("VEVENT")}
    assert set(fr_events) == set(en_events) and len(fr_events) == EventOccurrence.objects.count()
    summaries_fr = {str(e["summary"]) for e in fr_events.values()}
    summaries_en = {str(e["summary"]) for e in en_events.values()}
    assert "Fête de l’Europe" in summaries_fr and "Europe Festival" in summaries_en
    assogora = next(e for e in fr_events.values() if str(e["summary"]) == "Assogora")
    assert assogora["dtstart"].params["TZID"] == "Europe/Paris"
    assert assogora["dtstart"].dt.tzinfo is not None
    assert "Europe/Paris" in {str(tz["tzid"]) for tz in french.walk("VTIMEZONE")}
    market = next(e for e in en_events.values() if str(e["summary"]) == "Gemelle in Piazza")
    assert isinstance(market["dtstart"].dt, datetime.date)  # all-day: a DATE value


def test_feed_per_category_and_per_twin_city(client):
    markets = parse_feed(client, "/fr/evenements/flux/", category="market")
    assert {str(e["categories"].cats[0]) for e in markets.walk("VEVENT")} == {"Marché"}
    masis = parse_feed(client, "/en/events/feed/", city="masis")
    assert {str(e["summary"]) for e in masis.walk("VEVENT")} == {"Armenian Fortnight"}


def add_event(index, title, editions, category="other", start=datetime.date(2027, 1, 1)):
    slug = re.sub(r"\W+", "-", title.lower())
    event = EventPage(title_fr=title, slug_fr=slug, category=category)
    index.add_child(instance=event)
    event.save_revision().publish()
    EventOccurrence.objects.bulk_create(
        EventOccurrence(
            page=event, start_date=start + datetime.timedelta(days=n), all_day=True, sort_order=n
        )
        for n in range(editions)
    )
    return event


def test_a_feed_with_more_than_a_hundred_editions_is_kept_whole(client, index):
    add_event(index, "Permanence", 150)
    feed = parse_feed(client, "/fr/evenements/flux/")
    assert len(feed.walk("VEVENT")) == EventOccurrence.objects.count() >= 150 + 20


def test_event_ics_download_holds_every_edition(client, europe):
    calendar = parse_feed(client, "/en/events/europe-festival/ics/")
    assert [e["dtstart"].dt for e in calendar.walk("VEVENT")] == [
        datetime.date(year, 5, 9) for year in range(2024, 2028)
    ]


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


URLS = [
    "/fr/evenements/",
    "/fr/evenements/calendrier/?month=2027-01",
    "/fr/evenements/archives/?year=2024",
    "/fr/evenements/fete-de-l-europe/",
    "/fr/",
]


def test_query_counts_do_not_grow_from_5_to_500_editions(client, index):
    add_event(index, "Petit", 5)
    small = [query_count(client, url) for url in URLS]
    for n in range(5):
        add_event(index, f"Grand {n}", 100)
    large = [query_count(client, url) for url in URLS]
    assert small == large
    # At most 15 on every page, the archive included (it also lists its years).
    assert max(large) <= 15, dict(zip(URLS, large, strict=True))


@pytest.mark.parametrize(
    ("fields", "error_field"),
    [
        ({"end_date": datetime.date(2026, 5, 8)}, "end_date"),
        ({"all_day": False}, "start_time"),
        (
            {"all_day": False, "start_time": datetime.time(18), "end_time": datetime.time(10)},
            "end_time",
        ),
        ({"start_time": datetime.time(10)}, "all_day"),
    ],
)
def test_impossible_editions_are_refused_on_their_field(europe, fields, error_field):
    edition = EventOccurrence(page=europe, start_date=datetime.date(2026, 5, 9), **fields)
    with pytest.raises(ValidationError) as error:
        edition.full_clean()
    assert error_field in error.value.message_dict


@pytest.mark.parametrize(
    ("date", "rule", "expected"),
    [
        (datetime.date(2026, 12, 5), "yearly_weekday", datetime.date(2027, 12, 4)),
        (datetime.date(2026, 5, 9), "yearly_date", datetime.date(2027, 5, 9)),
        (datetime.date(2026, 9, 13), "yearly_weekday", datetime.date(2027, 9, 12)),
        (datetime.date(2026, 5, 29), "yearly_weekday", datetime.date(2027, 5, 28)),
        (datetime.date(2024, 2, 29), "yearly_date", datetime.date(2025, 2, 28)),
    ],
)
def test_next_year_date_follows_the_rule(date, rule, expected):
    assert next_year_date(date, rule) == expected


def test_home_shows_the_next_three_editions_and_cities_their_events(client):
    html = html_of(client, "/fr/")
    home_events = html.split('id="home-events-heading"')[1].split("</section>")[0]
    assert home_events.count('class="edition__title"') == 3
    city = html_of(client, "/en/twin-cities/masis/")
    perugia = html_of(client, "/en/twin-cities/perugia/")
    assert "Gemelle in Piazza" in perugia.split('id="city-events-heading"')[1]
    assert 'id="city-events-heading"' not in city  # the Armenian Fortnight is past


def test_volunteer_adds_next_years_edition_in_one_action(client, europe):
    volunteer = get_user_model().objects.create_user("paul", password="x")  # noqa: S106
    volunteer.groups.add(Group.objects.get(name="Bénévoles"))
    client.force_login(volunteer)
    url = f"/admin/events/{europe.pk}/add-next-edition/"
    confirm = client.get(url)
    assert confirm.status_code == 200 and "9 mai 2028" in confirm.content.decode()
    response = client.post(url)
    assert response.status_code == 302
    europe.refresh_from_db()
    draft = europe.get_latest_revision_as_object()
    assert datetime.date(2028, 5, 9) in [o.start_date for o in draft.occurrences.all()]
    assert not europe.occurrences.filter(start_date=datetime.date(2028, 5, 9)).exists()
    draft.get_latest_revision().publish()
    assert europe.occurrences.filter(start_date=datetime.date(2028, 5, 9)).exists()


def test_a_stranger_cannot_add_editions(client, europe):
    client.force_login(get_user_model().objects.create_user("x", password="x"))  # noqa: S106
    assert client.post(f"/admin/events/{europe.pk}/add-next-edition/").status_code in (302, 403)
    assert europe.occurrences.count() == 4


@pytest.mark.parametrize(
    ("venue", "city", "expected"),
    [
        ("Aix-en-Provence", "Aix-en-Provence", "Aix-en-Provence"),
        ("aix-en-provence ", "Aix-en-Provence", "Aix-en-Provence"),
        ("Cours Mirabeau", "Aix-en-Provence", "Cours Mirabeau, Aix-en-Provence"),
        ("", "Perugia", "Pérouse"),  # the twin city's name in the page's language
    ],
)
def test_a_venue_that_is_only_the_towns_name_is_not_said_twice(europe, venue, city, expected):
    europe.venue = europe.city = ""  # the edition's own place, not the event's
    edition = EventOccurrence(page=europe, start_date=TODAY, venue=venue, city=city)
    assert edition.place == expected
