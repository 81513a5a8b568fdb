"""Events in the admin (the “add next year’s edition” action), on the home page, on each twin
city's page, on the search page when nothing matches, and in the demo site."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button

from jumelage.models import Section

from . import queries
from .admin_panels import CalendarPanel
from .admin_views import add_next_edition
from .models import EventPage, sub_view_path


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path(
            "events/<int:page_id>/add-next-edition/",
            add_next_edition,
            name="events_add_next_edition",
        )
    ]


@hooks.register("register_page_header_buttons")
def next_edition_header_button(page, user, view_name=None, next_url=None):
    if isinstance(page.specific_deferred, EventPage) and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Add next year’s edition"),
            reverse("events_add_next_edition", args=[page.pk]),
            icon_name="date",
            priority=5,
        )


@hooks.register("register_page_listing_more_buttons")
def next_edition_listing_button(page, user, next_url=None):
    yield from next_edition_header_button(page, user)


@hooks.register("jumelage_home_sections")
def next_events_on_home(page, request):
    editions = queries.chronological(queries.upcoming(queries.occurrences()))
    return Section(
        title=_("Coming up"),
        template="events/includes/edition_section.html",
        items=list(editions[:3]),
        id="home-events-heading",
    )


@hooks.register("jumelage_search_sections")
def next_events_on_search(request):
    """When a search finds nothing, the next few events are something to go to."""
    editions = queries.chronological(queries.upcoming(queries.occurrences()))
    return Section(
        title=_("Coming up"),
        template="events/includes/edition_section.html",
        items=list(editions[:3]),
        id="search-events-heading",
    )


CITY_UPCOMING = 10
CITY_PAST = 20


@hooks.register("partners_city_activities")
def events_with_city(city, request):
    """The city's coming editions, then its series whose next edition is to be announced."""
    editions = queries.upcoming(queries.occurrences(city=city, with_cities=False))
    series = queries.series_to_announce(city=city, with_cities=False)
    section = Section(
        title=_("Events with this city"),
        template="events/includes/edition_section.html",
        items=[*queries.chronological(editions)[:CITY_UPCOMING], *queries.with_period(series)],
        id="city-events-heading",
    )
    section.on_city_page = True  # the rows do not repeat the city
    return section


@hooks.register("partners_city_activities")
def events_done_with_city(city, request):
    """What Aix and the city have done together: the latest past editions, newest first, and
    the way to the whole archive of the city's events."""
    past = queries.past(queries.occurrences(city=city, with_cities=False))
    section = Section(
        title=_("What we have done together"),
        template="events/includes/edition_section.html",
        items=list(past.order_by("-start_date", "page_id", "pk")[:CITY_PAST]),
        id="city-past-events-heading",
    )
    section.on_city_page = True
    if section.items:
        # The events index is the parent of every event: its URL is an event's, one step up
        # (no query); its archive, filtered on the city, holds the whole story.
        index_url = parent_url(section.items[0].page.get_url(request))
        section.more_url = f"{index_url}{sub_view_path('archive')}?city={city.slug}"
        section.more_label = _("All the events held with this city")
    return section


def parent_url(url):
    """The URL of a page's parent: the page's own without its last segment."""
    return url.rstrip("/").rsplit("/", 1)[0] + "/"


@hooks.register("jumelage_demo_content")
def events_demo_content(builder, home):
    from .demo import build_demo

    build_demo(builder, home)


@hooks.register("construct_homepage_panels")
def calendar_panel(request, panels):
    panels.append(CalendarPanel(request.user))
