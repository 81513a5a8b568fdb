"""The event index's views (upcoming, archive, month, feed) and an event's .ics file.

Filters come from the query string (`?category=market&city=masis&page=2`); a value that does
not exist is ignored (the visitor sees the unfiltered list, told so), and a page number past
the end shows the last page: bad input never ends in a 500."""

import calendar
import datetime
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.utils import dateformat, translation
from django.utils.translation import gettext

from jumelage.i18n import query_value, query_word, register_query_normaliser
from jumelage.queries import public
from partners.models import twin_city_by_slug

from . import queries
from .calendar_links import build_calendar
from .models import Category, local_today

PER_PAGE = 20


# The months and years a visitor may ask for; beyond, the view says it does not understand.
FIRST_YEAR, LAST_YEAR = 1900, 2199


def filters_from(request):
    """The category and twin city asked for (in either language's words), and whether one of
    them was not understood."""
    category = query_value(request, "category")
    city_value = request.GET.get("city", "")
    city = twin_city_by_slug(city_value)
    ignored = category is None or bool(city_value and not city)
    return category or None, city, ignored


def filter_context(request):
    """The filters asked for, and what the templates need to show and keep them."""
    from partners.models import TwinCityPage

    category, city, ignored = filters_from(request)
    params = {}
    if category:
        params["category"] = query_word("category", category)
    if city:
        params["city"] = city.slug
    context = {
        "categories": [(query_word("category", value), label) for value, label in Category.choices],
        "selected_category_word": query_word("category", category) if category else "",
        "filter_cities": public(TwinCityPage.objects.live()).order_by("title"),
        "selected_category": category,
        "selected_city": city,
        "filter_query": urlencode(params),
        "filter_ignored": ignored,
    }
    return category, city, context


def upcoming(request, index):
    category, city, context = filter_context(request)
    editions = queries.chronological(queries.upcoming(queries.occurrences(index, category, city)))
    paginator = Paginator(editions, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    # The series waiting for their next edition close the list, on its last page.
    series = queries.with_period(queries.series_to_announce(index, category, city))
    context.update(
        editions=page,
        paginator=paginator,
        series=series if not page.has_next() else [],
        view_name="upcoming",
        keep=context["filter_query"],
    )
    return index.render(request, context_overrides=context)


def archive(request, index):
    category, city, context = filter_context(request)
    past = queries.past(queries.occurrences(index, category, city))
    years = sorted({d.year for d in past.dates("start_date", "year")}, reverse=True)
    default = years[0] if years else local_today().year
    year = parse_year(request.GET.get("year", ""))
    if year is None:
        context["view_notice"] = bool(request.GET.get("year"))
        year = default
    editions = past.filter(start_date__year=year).order_by("-start_date", "page_id", "pk")
    paginator = Paginator(editions, PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    keep = "&".join(part for part in (f"year={year}", context["filter_query"]) if part)
    context.update(
        editions=page,
        paginator=paginator,
        years=years,
        year=year,
        view_name="archive",
        keep=keep,
        indexable_params=("year",),
        view_description=gettext(
            "The events the twinning association of Aix-en-Provence held in %(year)s, "
            "with Aix's twin cities."
        )
        % {"year": year},
    )
    return index.render(request, context_overrides=context, template="events/event_archive.html")


def parse_year(value):
    """`2024` -> 2024; anything else, or a year out of the calendar's range -> None."""
    if not (isinstance(value, str) and value.isascii() and value.isdigit() and len(value) == 4):
        return None
    year = int(value)
    return year if FIRST_YEAR <= year <= LAST_YEAR else None


def parse_month(value):
    """`2026-12` -> 1 December 2026; anything else, or out of range -> None."""
    year, _dash, month = (value or "").partition("-")
    year = parse_year(year)
    if year is None or not (month.isascii() and month.isdigit() and len(month) <= 2):
        return None
    if not 1 <= int(month) <= 12:
        return None
    return datetime.date(year, int(month), 1)


def month_name(first):
    """ "novembre 2026" / "November 2026", the month as it stands alone (Babel's LLLL)."""
    from babel import dates

    from jumelage.formats import locale

    return dates.format_date(first, "LLLL y", locale=locale())


def normal_year(value):
    """`?year=` as the canonical address writes it; a value not understood is left as it is."""
    year = parse_year(value)
    return value if year is None else str(year)


def normal_month(value):
    """`?month=2024-9` -> `2024-09`, the month view's one address."""
    first = parse_month(value)
    return value if first is None else f"{first:%Y-%m}"


register_query_normaliser("year", normal_year)
register_query_normaliser("month", normal_month)


def month(request, index):
    category, city, context = filter_context(request)
    today = local_today()
    first = parse_month(request.GET.get("month", ""))
    if first is None:
        context["view_notice"] = bool(request.GET.get("month"))
        first = today.replace(day=1)
    editions = queries.chronological(
        queries.in_month(queries.occurrences(index, category, city), first)
    )
    by_day = {}
    for edition in editions:
        day = max(edition.start_date, first)
        last = edition.last_date
        while day <= last and day.month == first.month:
            by_day.setdefault(day, []).append(edition)
            day += datetime.timedelta(days=1)
    weeks = [
        [
            {"date": day, "in_month": day.month == first.month, "editions": by_day.get(day, [])}
            for day in week
        ]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(first.year, first.month)
    ]
    previous_month = (first - datetime.timedelta(days=1)).replace(day=1)
    next_month = (first + datetime.timedelta(days=32)).replace(day=1)
    context.update(
        month=first,
        weeks=weeks,
        days_with_editions=sorted(by_day.items()),
        previous_month=previous_month,
        next_month=next_month,
        today=today,
        # 1 January 2024 was a Monday: the names of the week's days, in the language.
        weekday_names=[dateformat.format(datetime.date(2024, 1, day), "l") for day in range(1, 8)],
        view_name="month",
        indexable_params=("month",),
        view_description=gettext(
            "Events in %(month)s: the calendar of the twinning association of "
            "Aix-en-Provence and its twin cities, day by day."
        )
        % {"month": month_name(first)},
    )
    return index.render(request, context_overrides=context, template="events/event_month.html")


def feed(request, index):
    """The subscribable feed: every edition (no cap), in the language of the URL."""
    category, city, _unused = filter_context(request)
    editions = queries.feed_editions(index, category, city)
    name = index.title
    if category:
        name += f" — {Category(category).label}"
    if city:
        name += f" — {city.title}"
    filename = "evenements.ics" if translation.get_language() == "fr" else "events.ics"
    return ics_response(build_calendar(editions, request, name), filename)


def event_ics(request, page):
    if not page.live:
        raise Http404
    editions = queries.chronological(page.occurrences.all())
    filename = f"{page.slug}.ics"
    return ics_response(build_calendar(editions, request, page.title), filename)


def ics_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
