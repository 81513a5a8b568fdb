"""The project listings: the index (with its filters), the home page, each twin city."""

from django.db.models import Prefetch

from jumelage.images import prefetch_renditions
from jumelage.queries import public
from partners.models import naming_city, public_cities

from .models import ProjectPage


def projects(index=None, field=None, city=None, year=None, status=None, with_cities=True):
    """Live public projects, newest first, with their picture and (unless listed on a twin
    city's own page) their twin cities."""
    listed = public(ProjectPage.objects.live())
    if index is not None:
        listed = listed.child_of(index)
    if field:
        listed = listed.filter(field=field)
    if status:
        listed = listed.filter(status=status)
    if year:
        listed = listed.filter(start_date__year=year)
    if city is not None:
        listed = naming_city(listed, city)
    listed = listed.select_related("image").prefetch_related(prefetch_renditions("image", "card"))
    if with_cities:
        cities = public_cities().order_by("title")
        listed = listed.prefetch_related(Prefetch("twin_cities", queryset=cities))
    return listed.order_by("-start_date", "-pk")
