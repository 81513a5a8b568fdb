"""The news listings: the index, the home page, a twin city's page, the feeds. Each costs the
same few queries whatever the number of posts."""

from django.db.models import Prefetch

from jumelage.images import prefetch_renditions
from jumelage.queries import public
from partners.models import naming_city, public_cities

from .models import NewsPage


def posts(index=None, city=None, with_cities=True):
    """Live public news posts, newest first, with their picture and their twin cities."""
    listed = public(NewsPage.objects.live())
    if index is not None:
        listed = listed.child_of(index)
    if city is not None:
        listed = naming_city(listed, city)
    listed = listed.select_related("image").prefetch_related(prefetch_renditions("image", "card"))
    if with_cities:
        cities = public_cities().order_by("title")
        listed = listed.prefetch_related(Prefetch("twin_cities", queryset=cities))
    return listed.order_by("-date", "-pk")


def news_index():
    from .models import NewsIndexPage

    return public(NewsIndexPage.objects.live()).order_by("path").first()
