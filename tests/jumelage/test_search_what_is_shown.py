"""The search finds what a visitor sees (timelines, partners, editions' notes, news) in its
language, whatever the accents and endings typed, on SQLite as on PostgreSQL."""

import datetime

import pytest

from events.models import EventOccurrence, EventPage
from jumelage.search import find
from partners.models import PartnerOrganisation, TwinCityPage
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def titles(query, language):
    return [entry.title for entry in find(query, language)]


@pytest.mark.parametrize(
    ("query", "language"),
    [("Karabagh", "fr"), ("Haut-Karabagh", "fr"), ("Karabakh", "en"), ("Nagorno", "en")],
)
def test_the_timeline_of_masis_is_searched(query, language):
    assert "Masis" in titles(query, language)


def test_partners_and_edition_notes_are_searched_in_their_language(
    home, django_capture_on_commit_callbacks
):
    masis = TwinCityPage.objects.get(slug_fr="masis")
    # The city's search text is rebuilt once the partner's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        PartnerOrganisation.objects.create(
            name_fr="Fondation Ornithorynque",
            name_en="Platypus Foundation",
            kind="ngo",
            twin_city=masis,
        )
    assert "Masis" in titles("ornithorynque", "fr")
    assert "Masis" in titles("platypus", "en")
    assert "Masis" not in titles("platypus", "fr")
    # Médecins du Monde is a partner of a Masis project only: the city page lists it.
    assert "Masis" in titles("Médecins du Monde", "fr")
    europe = EventPage.objects.get(slug_fr="fete-de-l-europe")
    europe.occurrences = [
        *europe.occurrences.all(),
        EventOccurrence(
            start_date=datetime.date(2028, 5, 9),
            note_fr="édition zanzibarienne",
            note_en="wombat edition",
        ),
    ]
    europe.save_revision().publish()
    assert "Fête de l’Europe" in titles("zanzibarienne", "fr")
    assert "Europe Festival" in titles("wombat", "en")


@pytest.mark.parametrize("query", ["organisé", "organisee", "organisée", "Organisées", "ORGANISE"])
def test_accents_and_endings_do_not_matter(home, query):
    page = StandardPageFactory(parent=home, intro_fr="Un voyage organisé par les bénévoles.")
    page.save_revision().publish()
    assert page.title in titles(query, "fr")


@pytest.mark.parametrize(
    ("query", "text"),
    [
        ("réfugiées", "des populations réfugiées"),
        ("refugiees", "des populations réfugiées"),
        ("réfugiés", "des populations réfugiées"),
        ("jumelée", "une ville jumelée"),
        ("jumelee", "une ville jumelée"),
    ],
)
def test_french_feminine_and_plural_find_each_other(home, query, text):
    page = StandardPageFactory(parent=home, intro_fr=text)
    page.save_revision().publish()
    assert page.title in titles(query, "fr")


def test_english_is_stemmed_with_english_rules(home):
    page = StandardPageFactory(
        parent=home, title_en="Volunteers", intro_en="Our volunteers organised it."
    )
    page.save_revision().publish()
    assert "Volunteers" in titles("volunteering", "en")
    assert "Volunteers" in titles("organise", "en")
