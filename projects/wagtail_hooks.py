"""Projects on the home page, on each twin city's page, and in the demo site."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from jumelage.models import Section

from .models import ProjectStatus
from .queries import projects

SUPPORTED = [ProjectStatus.APPROVED, ProjectStatus.COMPLETED]


@hooks.register("jumelage_home_sections")
def projects_on_home(page, request):
    return Section(
        title=_("Projects we support"),
        template="projects/includes/project_cards.html",
        items=list(projects().filter(status__in=SUPPORTED)[:3]),
        id="home-projects-heading",
    )


@hooks.register("partners_city_activities")
def projects_with_city(city, request):
    return Section(
        title=_("Projects with this city"),
        template="projects/includes/city_projects.html",
        items=list(projects(city=city, with_cities=False)[:12]),
        id="city-projects-heading",
    )


@hooks.register("jumelage_demo_content")
def projects_demo_content(builder, home):
    from .demo import build_demo

    build_demo(builder, home)


@hooks.register("partners_city_partners")
def partners_of_city_projects(city):
    """The partners of the live projects held with this city (a subquery, no query of its
    own): the city's page lists them with its own."""
    from jumelage.queries import public
    from partners.models import naming_city

    from .models import ProjectPage

    # A restricted project (password, login) is not shown: neither are its partners.
    listed = naming_city(public(ProjectPage.objects.live()), city).values("pk")
    return ProjectPage.partners.through.objects.filter(projectpage__in=listed).values(
        "partnerorganisation_id"
    )


@hooks.register("partners_pages_naming_partner")
def pages_naming_partner(partner):
    """The projects naming this partner and their twin cities (which list their projects'
    partners): their search text changes with the partner."""
    from partners.models import TwinCityPage

    from .models import ProjectPage

    projects = list(ProjectPage.objects.filter(partners=partner))
    through = ProjectPage.twin_cities.through.objects.filter(projectpage__in=projects)
    cities = TwinCityPage.objects.filter(pk__in=through.values("twincitypage_id"))
    return [*projects, *cities]
