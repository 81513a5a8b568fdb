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
from .models import EventPage


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


@hooks.register("partners_city_activities")
def events_with_city(city, request):
    editions = queries.chronological(queries.upcoming(queries.occurrences(city=city)))
    return Section(
        title=_("Events with this city"),
        template="events/includes/edition_section.html",
        items=list(editions[:10]),
        id="city-events-heading",
    )


@hooks.register("jumelage_demo_content")
def events_demo_content(builder, home):
    from .demo import build_demo

    build_demo(builder, home)


@hooks.register("construct_homepage_panels")
def calendar_panel(request, panels):
    panels.append(CalendarPanel(request.user))
