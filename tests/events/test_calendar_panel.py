"""Keeping the calendar alive: the dashboard lists the recurring events with no edition in the
coming twelve months, and “add next year’s edition” takes one of them off the list."""

import datetime

import pytest

from events.models import EventOccurrence, EventPage, Recurrence, local_today
from events.queries import series_without_next_edition

pytestmark = pytest.mark.django_db


@pytest.fixture
def lapsed(db):
    """A yearly event whose last edition was two months ago."""
    event = EventPage.objects.exclude(recurrence="").first()
    event.occurrences.all().delete()
    last = local_today() - datetime.timedelta(days=60)
    EventOccurrence.objects.create(page=event, start_date=last)
    event.recurrence = Recurrence.YEARLY_DATE
    event.save()
    return event


def test_a_recurring_event_without_an_edition_in_the_next_twelve_months_is_listed(lapsed):
    listed = list(series_without_next_edition())
    assert lapsed in listed
    assert all(event.recurrence for event in listed)
    for event in listed:
        soon = [
            o
            for o in event.occurrences.all()
            if local_today() <= o.start_date <= local_today() + datetime.timedelta(days=365)
        ]
        assert not soon, event


def test_an_edition_in_eleven_months_takes_it_off_the_list(lapsed):
    EventOccurrence.objects.create(
        page=lapsed, start_date=local_today() + datetime.timedelta(days=330)
    )
    assert lapsed not in series_without_next_edition()


def test_a_one_off_event_is_never_listed(lapsed):
    lapsed.recurrence = Recurrence.NONE
    lapsed.save()
    assert lapsed not in series_without_next_edition()


def test_the_dashboard_offers_to_add_the_next_edition_until_it_is_published(
    client, volunteer, lapsed
):
    html = client.get("/admin/").content.decode()
    assert "Événements à programmer" in html
    assert f'data-series="{lapsed.pk}"' in html
    assert f"/admin/events/{lapsed.pk}/add-next-edition/" in html
    response = client.post(f"/admin/events/{lapsed.pk}/add-next-edition/")
    assert response.status_code == 302
    html = client.get("/admin/").content.decode()
    assert "en attente de relecture" in html  # the edition waits in a draft
    lapsed.refresh_from_db()
    lapsed.get_latest_revision().publish()
    html = client.get("/admin/").content.decode()
    assert f'data-series="{lapsed.pk}"' not in html
