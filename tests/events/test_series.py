"""A series never vanishes: a recurring event whose next edition is not entered yet stays in
the upcoming list, and on its twin cities' pages, as “next edition to be announced”."""

import datetime

import pytest
from django.utils import translation

from events.models import EventPage, usual_period

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 21)


@pytest.fixture(autouse=True)
def frozen_today(monkeypatch):
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *args, **kwargs: TODAY)


@pytest.fixture
def gemelle(db):
    """Gemelle in Piazza without its 2027 edition: every edition is past."""
    event = EventPage.objects.get(slug_fr="gemelle-in-piazza-perouse")
    event.occurrences.filter(start_date__year=2027).delete()
    return event


def upcoming_section(html):
    return html.split('id="upcoming-heading"')[1].split("</section>")[0]


def test_a_series_without_a_next_edition_stays_in_the_upcoming_list(client, gemelle):
    html = upcoming_section(client.get("/en/events/").content.decode())
    assert "Gemelle in Piazza" in html
    row = html.split("edition--to-announce")[1].split("</li>")[0]
    assert "Next edition to be announced" in row
    assert "every year, the third Saturday of May" in row
    assert 'href="/en/events/gemelle-in-piazza-perugia/"' in row


def test_a_series_without_any_edition_stays_announced_with_its_rule(client, member_of):
    """The admin keeps at least one edition ("Veuillez soumettre au moins 1 formulaire"), but
    a series loaded by a script, or whose editions were deleted otherwise, has none: it waits
    in the upcoming lists with its rule only ("every year") rather than vanishing."""
    from tests.html_forms import admin_form_data

    client.force_login(member_of("Bénévoles", "Éditeurs"))
    gemelle = EventPage.objects.get(slug_fr="gemelle-in-piazza-perouse")
    edit_url = f"/admin/pages/{gemelle.pk}/edit/"
    data = admin_form_data(client.get(edit_url).content.decode())
    total = int(data["occurrences-TOTAL_FORMS"])
    data.update({f"occurrences-{n}-DELETE": "1" for n in range(total)})
    data["action-publish"] = "action-publish"
    response = client.post(edit_url, data)
    assert response.status_code == 200 and "au moins 1 formulaire" in response.content.decode()
    assert gemelle.occurrences.count() == total > 0
    client.logout()
    gemelle.occurrences.all().delete()
    for url, announced, period in [
        ("/en/events/", "Next edition to be announced", "every year"),
        ("/fr/evenements/", "Prochaine édition à annoncer", "tous les ans"),
        ("/en/twin-cities/perugia/", "Next edition to be announced", "every year"),
    ]:
        html = client.get(url).content.decode()
        row = html.split("edition--to-announce")[1].split("</li>")[0]
        assert announced in row and f"· {period}</p>" in row and "Gemelle in Piazza" in row, url


def test_the_series_is_on_its_city_page_and_a_one_off_event_is_not(client, gemelle):
    html = client.get("/en/twin-cities/perugia/").content.decode()
    coming = html.split('id="city-events-heading"')[1].split("</section>")[0]
    assert "Gemelle in Piazza" in coming and "Next edition to be announced" in coming
    masis = client.get("/en/events/").content.decode()
    # The Armenian Fortnight (2024) was not a series: it is past, not "to be announced".
    assert "Armenian Fortnight" not in upcoming_section(masis)


def test_a_series_with_a_next_edition_is_listed_on_its_date_only(client):
    html = upcoming_section(client.get("/en/events/").content.decode())
    assert (
        "edition--to-announce" not in html
        or "Gemelle in Piazza" not in html.split("edition--to-announce")[1]
    )


@pytest.mark.parametrize(
    ("rule", "date", "expected_en", "expected_fr"),
    [
        ("yearly_date", datetime.date(2026, 5, 9), "every year on 9 May", "tous les ans le 9 mai"),
        (
            "yearly_weekday",
            datetime.date(2026, 12, 5),
            "every year, the first Saturday of December",
            "tous les ans, le premier samedi de décembre",
        ),
        (
            "yearly_weekday",
            datetime.date(2026, 4, 30),
            "every year, the last Thursday of April",
            "tous les ans, le dernier jeudi d’avril",
        ),
    ],
)
def test_the_usual_period_says_the_rule_in_each_language(rule, date, expected_en, expected_fr):
    with translation.override("en"):
        assert usual_period(rule, date) == expected_en
    with translation.override("fr"):
        assert usual_period(rule, date) == expected_fr
