"""News posts (Actualités / News) and their index, with an Atom feed per language and city."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.search import index

from jumelage.models import BasePage, body_field, picture_field
from partners.models import public_cities, twin_city_by_slug

PER_PAGE = 12


def local_today():
    from django.utils import timezone

    return timezone.localdate()


class NewsIndexPage(RoutablePageMixin, BasePage):
    """Every news post, newest first, with the Atom feeds (all, or one twin city's)."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences at the top of the page, above the list."),
    )

    search_text_fields = ("intro",)
    browse_from_search = True
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["jumelage.HomePage"]
    subpage_types = ["news.NewsPage"]
    max_count = 1
    page_description = _("The list of news posts and their feed. There is only one.")

    class Meta:
        verbose_name = _("News index")

    @path("")
    def listing(self, request):
        from . import queries

        slug = request.GET.get("city", "")
        city = twin_city_by_slug(slug)
        posts = queries.posts(self, city=city)
        page = Paginator(posts, PER_PAGE).get_page(request.GET.get("page"))
        context = {
            "posts": page,
            "selected_city": city,
            "filter_ignored": bool(slug and city is None),
            "keep": f"city={city.slug}" if city else "",
        }
        return self.render(request, context_overrides=context)

    # Wagtail serves only paths of words and hyphens: the feed is `feed/`, a city's
    # `feed/<its slug>/`; the response says application/atom+xml.
    @path("feed/")
    def feed(self, request):
        from .feeds import NewsFeed

        return NewsFeed()(request, index=self)

    @path("feed/<slug:city>/")
    def city_feed(self, request, city):
        from .feeds import NewsFeed

        return NewsFeed()(request, index=self, city_slug=city)


class NewsPage(BasePage):
    """A dated news post: what happened or what is coming, with the twin cities it concerns."""

    date = models.DateField(
        _("Date"), default=local_today, help_text=_("The date the news is dated, shown above it.")
    )
    image = picture_field(_("Lead picture"))
    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences shown in the listings and the feed."),
    )
    body = body_field()
    twin_cities = ParentalManyToManyField(
        "partners.TwinCityPage",
        verbose_name=_("Twin cities"),
        blank=True,
        related_name="+",
        help_text=_("The post is then listed on each of these cities’ pages and in their feeds."),
    )
    related_event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("Related event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The event this post tells of, if any: linked from the post."),
    )
    related_project = models.ForeignKey(
        "projects.ProjectPage",
        verbose_name=_("Related project"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The project this post tells of, if any: linked from the post."),
    )

    search_text_fields = ("intro", "body")
    search_kind = "news"
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        FieldPanel("image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("twin_cities"),
                FieldRowPanel([FieldPanel("related_event"), FieldPanel("related_project")]),
            ],
            heading=_("What this news is about"),
        ),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_description = _("A dated news post: what the association did or will do.")

    class Meta:
        verbose_name = _("News post")
        verbose_name_plural = _("News posts")

    def search_texts(self, language):
        """The twin cities and the related event or project, as the post names them."""
        from jumelage.i18n import localized_value
        from jumelage.queries import restricted_paths

        related = [self.related_event, self.related_project]
        pages = [*public_cities().filter(pk__in=self.twin_cities.all())]
        pages += [p for p in related if p is not None and p.live]
        hidden = restricted_paths()
        shown = [p for p in pages if not any(p.path.startswith(path) for path in hidden)]
        return [localized_value(p, "title", language) or p.title for p in shown]

    def get_context(self, request, *args, **kwargs):
        from jumelage.queries import public, restricted_paths

        context = super().get_context(request, *args, **kwargs)
        context["cities"] = public(self.twin_cities.live()).order_by("title")
        related = [self.related_event, self.related_project]
        hidden = restricted_paths()
        context["related_pages"] = [
            page
            for page in related
            if page is not None
            and page.live
            and not any(page.path.startswith(path) for path in hidden)
        ]
        return context
