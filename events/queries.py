"""The occurrence queries behind the listings, the calendar and the feeds: each one costs the
same few queries whatever the number of events and editions."""

import datetime

from django.db.models import Exists, F, Max, OuterRef, Prefetch, Q
from django.utils.translation import gettext

from jumelage.queries import public
from partners.models import naming_city, public_cities

from .models import Category, EventOccurrence, EventPage, local_today


def live_events(index=None):
    events = public(EventPage.objects.live())
    if index is not None:
        events = events.child_of(index)
    return events


def occurrences(index=None, category=None, city=None, with_cities=True):
    """Editions of live public events, with their event, its picture and (unless listed on a
    twin city's own page) its twin cities."""
    events = live_events(index)
    if category:
        events = events.filter(category=category)
    if city is not None:
        events = naming_city(events, city)
    editions = EventOccurrence.objects.filter(page__in=events.values("pk")).select_related(
        "page", "page__image"
    )
    if not with_cities:
        return editions
    cities = public_cities().order_by("title")
    return editions.prefetch_related(Prefetch("page__twin_cities", queryset=cities))


def feed_editions(index=None, category=None, city=None):
    """Every edition for a feed, each with its event attached: two queries, and one event
    object per event rather than one per edition (a feed may hold thousands of editions)."""
    events = live_events(index)
    if category:
        events = events.filter(category=category)
    if city is not None:
        events = naming_city(events, city)
    pages = {page.pk: page for page in events.defer_streamfields()}
    editions = chronological(EventOccurrence.objects.filter(page__in=events.values("pk")))
    result = []
    for edition in editions:
        edition.page = pages[edition.page_id]
        result.append(edition)
    return result


def series_to_announce(index=None, category=None, city=None, today=None, with_cities=True):
    """Live recurring events none of whose editions is still to come, each with the date of
    its last edition (`last_edition`, None for a series with no edition entered yet): a series
    never vanishes from the upcoming list, it waits there for its next edition to be
    announced. One query (two with the cities)."""
    today = today or local_today()
    events = live_events(index)
    if category:
        events = events.filter(category=category)
    if city is not None:
        events = naming_city(events, city)
    to_come = upcoming(EventOccurrence.objects.filter(page=OuterRef("pk")), today)
    series = (
        events.exclude(recurrence="")
        .filter(~Exists(to_come))
        .annotate(last_edition=Max("occurrences__start_date"))
        .defer_streamfields()
        .order_by("title")
    )
    if not with_cities:
        return series
    cities = public_cities().order_by("title")
    return series.prefetch_related(Prefetch("twin_cities", queryset=cities))


def with_period(events):
    """The events of `series_to_announce`, each with its usual period in words (`period`):
    from its rule and last edition, or only its rule ("every year") when it has none yet."""
    events = list(events)
    for event in events:
        event.period = event.usual_period(event.last_edition) or gettext("every year")
    return events


def upcoming(queryset, today=None):
    today = today or local_today()
    return queryset.filter(Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today))


def past(queryset, today=None):
    today = today or local_today()
    return queryset.filter(Q(end_date__lt=today) | Q(end_date__isnull=True, start_date__lt=today))


def in_month(queryset, first_day):
    """Editions that overlap the month starting on `first_day`."""
    next_month = (first_day + datetime.timedelta(days=32)).replace(day=1)
    return queryset.filter(start_date__lt=next_month).filter(
        Q(end_date__gte=first_day) | Q(end_date__isnull=True, start_date__gte=first_day)
    )


def chronological(queryset):
    return queryset.order_by("start_date", "start_time", "page_id", "pk")


def valid_category(value):
    return value if value in Category.values else None


def series_without_next_edition(today=None, horizon=365):
    """Recurring events (live or not) with no edition starting in the coming `horizon` days,
    the last edition first found: the calendar panel of the editors' dashboard."""
    today = today or local_today()
    soon = EventOccurrence.objects.filter(
        page=OuterRef("pk"),
        start_date__gte=today,
        start_date__lte=today + datetime.timedelta(days=horizon),
    )
    return (
        EventPage.objects.exclude(recurrence="")
        .annotate(last_edition=Max("occurrences__start_date"))
        .filter(~Exists(soon))
        .prefetch_related("occurrences")
        .defer_streamfields()
        .order_by(F("last_edition").asc(nulls_first=True), "title")
    )
