"""News on the home page, on each twin city's page, and in the demo site."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from jumelage.models import Section

from . import queries
from .models import NewsIndexPage

HOME_POSTS = 3
CITY_POSTS = 6


def index_url(post, request):
    """The news index is every post's parent: its URL is a post's, one step up (no query)."""
    return post.get_url(request).rstrip("/").rsplit("/", 1)[0] + "/"


@hooks.register("jumelage_home_sections")
def news_on_home(page, request):
    section = Section(
        title=_("News"),
        template="news/includes/news_section.html",
        items=list(queries.posts()[:HOME_POSTS]),
        id="home-news-heading",
    )
    if section.items:
        section.more_url = index_url(section.items[0], request)
        section.more_label = _("All the news")
    return section


@hooks.register("partners_city_activities")
def news_of_city(city, request):
    section = Section(
        title=_("News from this city"),
        template="news/includes/news_section.html",
        items=list(queries.posts(city=city, with_cities=False)[:CITY_POSTS]),
        id="city-news-heading",
    )
    if section.items:
        # The city's whole news and its feed, for those who follow one city only.
        url = index_url(section.items[0], request)
        section.more_url = f"{url}?city={city.slug}"
        section.more_label = _("All the news of this city")
        section.on_city_page = True
        section.feed_url = url + NewsIndexPage.get_resolver().reverse("city_feed", city.slug)
    return section


@hooks.register("jumelage_demo_content")
def news_demo_content(builder, home):
    from .demo import build_demo

    build_demo(builder, home)
