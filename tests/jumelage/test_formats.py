"""Amounts, dates and times as each language writes them (jumelage.formats, on Babel)."""

import datetime

import pytest
from django.utils import translation

from jumelage import formats

NNBSP, NBSP = "\u202f", "\u00a0"


@pytest.mark.parametrize(
    ("language", "amount", "text"),
    [
        ("fr", 3000, f"3{NNBSP}000{NBSP}€"),
        ("fr", "3000.50", f"3{NNBSP}000,50{NBSP}€"),
        ("en", 3000, "€3,000"),
        ("en", "3000.50", "€3,000.50"),
    ],
)
def test_amounts_have_cents_only_when_there_are_some(language, amount, text):
    assert formats.money(amount, language=language) == text


def test_dates_and_times_read_as_each_language_writes_them():
    first = datetime.date(2026, 11, 1)
    assert formats.day(first, language="fr") == "1er novembre 2026"
    assert formats.day(first, language="en") == "1 November 2026"
    assert formats.time(datetime.time(10), "fr") == "10 h"
    assert formats.time(datetime.time(10, 30), "fr") == "10 h 30"
    assert formats.time(datetime.time(15), "en") == "3 pm"
    assert formats.time(datetime.time(15, 30), "en") == "3:30 pm"


@pytest.mark.django_db
def test_an_edition_abroad_names_the_venue_s_time():
    from events.models import EventOccurrence, EventPage

    event = EventPage(title="Concert", timezone="Asia/Yerevan", city="Masis")
    edition = EventOccurrence(
        page=event,
        start_date=datetime.date(2026, 11, 1),
        all_day=False,
        start_time=datetime.time(15),
        end_time=datetime.time(18, 30),
    )
    with translation.override("fr"):
        assert edition.date_display == "1er novembre 2026, 15 h – 18 h 30, heure d’Erevan"
    with translation.override("en"):
        assert edition.date_display == "1 November 2026, 3 pm – 6:30 pm Yerevan time"
    event.timezone = "Europe/Paris"
    with translation.override("fr"):
        assert edition.date_display == "1er novembre 2026, 15 h – 18 h 30"
