"""Twin cities, their cooperation timeline, and the association's partner organisations."""

import math

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.dispatch import receiver
from django.utils import dateformat
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import hooks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.models import Orderable, Page
from wagtail.search import index

from jumelage.i18n import register_query_translator
from jumelage.images import prefetch_renditions
from jumelage.models import BasePage, CoordinatesMixin, body_field, picture_field
from jumelage.queries import public

# Aix-en-Provence, Cours Mirabeau: where distances are measured from.
AIX_COORDINATES = (43.5263, 5.4454)


class DatePrecision(models.TextChoices):
    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")


def format_partial_date(date, precision, end_year=None):
    """A date as precise as its source: "26 septembre 2024", "juin 2024", "2023/2024"."""
    if precision == DatePrecision.DAY:
        return dateformat.format(date, "j F Y")
    if precision == DatePrecision.MONTH:
        return dateformat.format(date, "F Y")
    if end_year:
        return f"{date.year}/{end_year}"
    return str(date.year)


def machine_partial_date(date, precision):
    """The value of a <time datetime> attribute at the same precision."""
    if precision == DatePrecision.DAY:
        return date.isoformat()
    if precision == DatePrecision.MONTH:
        return date.strftime("%Y-%m")
    return str(date.year)


def distance_km(latitude, longitude, origin=AIX_COORDINATES):
    """Great-circle distance in kilometres (haversine), rounded to ten kilometres."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*origin, float(latitude), float(longitude)))
    a = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return round(2 * 6371 * math.asin(math.sqrt(a)), -1)


def naming_city(queryset, city, relation="twin_cities"):
    """The objects of `queryset` that name `city` through `relation`: the events held with or
    in a twin city, the projects funded with it. The events and projects apps call this, so the
    link between them and the twin cities is written once."""
    return queryset.filter(**{relation: city}).distinct()


def public_cities():
    """The live twin cities a visitor may see (no view restriction): the only ones named on
    cards, in filters and feeds."""
    return public(TwinCityPage.objects.live())


def twin_city_by_slug(slug):
    """The live twin city with this slug in either language (a filter's `?city=`), or None."""
    if not slug:
        return None
    return (
        public_cities()
        .filter(models.Q(slug_fr=slug) | models.Q(slug_en=slug))
        .order_by("pk")
        .first()
    )


def city_name(name, language=None):
    """A twin city's name as the page's language writes it ("Perugia" -> "Pérouse" on a
    French page), from the cities' own titles; any other place name as it is."""
    from django.core.cache import cache
    from django.utils import translation

    from jumelage.pagecache import generation

    if not name:
        return name
    language = language or translation.get_language() or "fr"
    key = f"twin-city-names:{generation()}"
    names = cache.get(key)
    if names is None:
        names = {}
        for city in TwinCityPage.objects.live().values("title_fr", "title_en"):
            for title in city.values():
                if title:
                    names[title.casefold()] = city
        cache.set(key, names, 3600)
    city = names.get(name.strip().casefold())
    if city is None:
        return name
    return city.get(f"title_{language}") or city["title_fr"]


def city_slug_in(slug, language):
    """`?city=` in another language's URLs: the same city's slug there (None if unknown).
    The slugs are read once per cache generation: the head asks for each language."""
    from django.core.cache import cache

    from jumelage.pagecache import generation

    key = f"twin-city-slugs:{generation()}"
    slugs = cache.get(key)
    if slugs is None:
        slugs = {}
        for city in TwinCityPage.objects.live().values("slug_fr", "slug_en"):
            for value in city.values():
                if value:
                    slugs[value] = city
        cache.set(key, slugs, 3600)
    city = slugs.get(slug)
    if city is None:
        return None
    return city.get(f"slug_{language}") or city["slug_fr"]


register_query_translator("city", city_slug_in)


class TwinCityIndexPage(BasePage):
    """Every twin city of Aix, as cards and on a map."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences at the top of the page, above the list."),
    )

    search_text_fields = ("intro",)
    browse_from_search = True
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["jumelage.HomePage"]
    subpage_types = ["partners.TwinCityPage"]
    max_count = 1
    page_description = _("The list and map of the twin cities. There is only one.")

    class Meta:
        verbose_name = _("Twin cities index")

    def cities(self):
        return (
            public(TwinCityPage.objects.child_of(self).live())
            .select_related("image")
            .prefetch_related(prefetch_renditions("image", "card"))
            .order_by("title")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        cities = list(self.cities())
        context["cities"] = cities
        context["map_points"] = [
            {
                "name": city.title,
                "country": city.country,
                "url": city.get_url(request),
                "lat": float(city.latitude),
                "lon": float(city.longitude),
            }
            for city in cities
            if city.latitude is not None and city.longitude is not None
        ]
        return context


class TwinCityPage(CoordinatesMixin, BasePage):
    """One twin city: its facts, what Aix and it have done together, its partners."""

    country = models.CharField(
        _("Country"),
        max_length=80,
        help_text=_("In the language of the tab, e.g. Allemagne / Germany."),
    )
    region = models.CharField(
        _("Region"), max_length=120, blank=True, help_text=_("E.g. Baden-Württemberg, Umbria.")
    )
    population = models.PositiveIntegerField(
        _("Population"),
        null=True,
        blank=True,
        help_text=_("Leave empty if unknown."),
    )
    population_approximate = models.BooleanField(
        _("Approximate population"),
        default=False,
        help_text=_("Tick when the source says “about” or “nearly”."),
    )
    agreement_kind = models.CharField(
        _("Kind of agreement"),
        max_length=20,
        choices=[("twinning", _("Twinning")), ("partnership", _("Partnership"))],
        default="twinning",
        help_text=_("A twinning is the formal charter; a partnership a lighter agreement."),
    )
    agreement_date = models.DateField(
        _("Date of the agreement"),
        null=True,
        blank=True,
        help_text=_("For a month or a year only, choose its first day and set the precision."),
    )
    agreement_precision = models.CharField(
        _("Precision of the date"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
        help_text=_("How much of the date is known: the day, the month or only the year."),
    )
    intro = models.TextField(
        _("Introduction"), blank=True, help_text=_("One or two sentences shown on the city’s card.")
    )
    economic_sectors = models.TextField(
        _("Main economic sectors"),
        blank=True,
        help_text=_("A few words each, separated by commas: wine, universities, tourism."),
    )
    schools_and_institutions = models.TextField(
        _("Schools and institutions"),
        blank=True,
        help_text=_("The schools, universities and bodies that take part in exchanges."),
    )
    image = picture_field()
    website = models.URLField(
        _("Official website"),
        blank=True,
        help_text=_("The city’s own site, starting with https://."),
    )
    body = body_field()

    search_text_fields = (
        "country",
        "region",
        "intro",
        "economic_sectors",
        "schools_and_institutions",
        "body",
    )
    search_kind = "city"
    search_fields = BasePage.search_fields + [
        index.SearchField("country"),
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
                FieldRowPanel([FieldPanel("population"), FieldPanel("population_approximate")]),
                FieldRowPanel(
                    [
                        FieldPanel("agreement_kind"),
                        FieldPanel("agreement_date"),
                        FieldPanel("agreement_precision"),
                    ]
                ),
                FieldPanel("economic_sectors"),
                FieldPanel("schools_and_institutions"),
                FieldPanel("website"),
            ],
            heading=_("Facts"),
        ),
        MultiFieldPanel([CoordinatesMixin.coordinates_panel], heading=_("Position on the map")),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("milestones", label=_("Cooperation timeline"), heading=_("Timeline")),
    ]
    parent_page_types = ["partners.TwinCityIndexPage"]
    subpage_types = []
    page_description = _("A twin city: its facts, the cooperation timeline and its partners.")

    class Meta:
        verbose_name = _("Twin city")
        verbose_name_plural = _("Twin cities")

    @property
    def agreement_display(self):
        if self.agreement_date is None:
            return ""
        return format_partial_date(self.agreement_date, self.agreement_precision)

    @property
    def agreement_machine(self):
        if self.agreement_date is None:
            return ""
        return machine_partial_date(self.agreement_date, self.agreement_precision)

    def all_partners(self):
        """Its own partners and those of what is done with it (a project's partners): the
        other apps give theirs through the `partners_city_partners` hook, a function
        (city) -> a queryset of partner ids. One query whatever their number."""
        wanted = models.Q(twin_city=self)
        for hook in hooks.get_hooks("partners_city_partners"):
            ids = hook(self)
            if ids is not None:
                wanted |= models.Q(pk__in=ids)
        return PartnerOrganisation.objects.filter(wanted).order_by("kind", "name")

    def search_texts(self, language):
        """What the page shows besides its fields, in `language`: the timeline and the
        partners (names and descriptions)."""
        from jumelage.i18n import localized_value

        texts = [localized_value(m, "text", language) or m.text for m in self.milestones.all()]
        for partner in self.all_partners():
            texts.append(localized_value(partner, "name", language) or partner.name)
            texts.append(localized_value(partner, "description", language) or "")
        return texts

    @property
    def distance_from_aix(self):
        if not self.has_coordinates:
            return None
        return int(distance_km(self.latitude, self.longitude))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        milestones = self.milestones.select_related("related_page").order_by("date", "sort_order")
        context["milestones"] = [with_link(milestone, request) for milestone in milestones]
        partners = list(self.all_partners())
        context["partners"] = [p for p in partners if p.twin_city_id == self.pk]
        context["project_partners"] = [p for p in partners if p.twin_city_id != self.pk]
        # The events and projects apps each add what they did with this city through the
        # `partners_city_activities` hook: a function (city, request) -> Section or None.
        sections = (hook(self, request) for hook in hooks.get_hooks("partners_city_activities"))
        context["together"] = [section for section in sections if section and section.items]
        return context


def with_link(milestone, request):
    """The milestone with `link` (the URL of the page that tells of it) when a visitor may
    open that page: live, without a view restriction, with a URL; else `link` is None."""
    from jumelage.queries import restricted_paths

    page, milestone.link = milestone.related_page, None
    hidden = restricted_paths()
    if page is not None and page.live and not any(page.path.startswith(p) for p in hidden):
        milestone.link = page.get_url(request)
    return milestone


# The pages a milestone may link to: what tells of a step (not the root, not a city).
MILESTONE_PAGE_TYPES = ["events.EventPage", "projects.ProjectPage", "news.NewsPage"]


class CityMilestone(Orderable):
    """A dated step of the cooperation between Aix and a twin city."""

    page = ParentalKey(TwinCityPage, on_delete=models.CASCADE, related_name="milestones")
    date = models.DateField(
        _("Date"),
        help_text=_("For a month or a year only, choose its first day and set the precision."),
    )
    precision = models.CharField(
        _("Precision"), max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    end_year = models.PositiveSmallIntegerField(
        _("Until the year"),
        null=True,
        blank=True,
        help_text=_("For a span of years such as “2023/2024” (with the precision “Year”)."),
    )
    text = models.TextField(_("What happened"))
    related_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Page that tells of it"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The event, project or news post that tells of this milestone: linked under it."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("precision"), FieldPanel("end_year")]),
        FieldPanel("text"),
        PageChooserPanel("related_page", MILESTONE_PAGE_TYPES),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("Milestone")
        verbose_name_plural = _("Milestones")

    def __str__(self):
        return f"{self.date_display} — {self.text[:40]}"

    def clean(self):
        super().clean()
        page = self.related_page
        if page is not None:
            kind = f"{page.content_type.app_label}.{page.content_type.model_class().__name__}"
            if kind not in MILESTONE_PAGE_TYPES:
                raise ValidationError(
                    {"related_page": _("Choose an event, a project or a news post.")}
                )
        if self.end_year is not None:
            if self.precision != DatePrecision.YEAR:
                raise ValidationError(
                    {"end_year": _("A span of years needs the precision “Year”.")}
                )
            if self.date and self.end_year <= self.date.year:
                raise ValidationError(
                    {"end_year": _("The last year must come after the first one.")}
                )

    @property
    def date_display(self):
        return format_partial_date(self.date, self.precision, self.end_year)

    @property
    def date_machine(self):
        return machine_partial_date(self.date, self.precision)


class PartnerKind(models.TextChoices):
    FUNDER = "funder", _("Public funders")
    INSTITUTION = "institution", _("Institutions")
    ASSOCIATION = "association", _("Associations in our twin cities")
    NGO = "ngo", _("Non-governmental organisations")
    SCHOOL = "school", _("Schools")
    COMPANY = "company", _("Companies")


class PartnerOrganisation(index.Indexed, models.Model):
    """An organisation the association works with or is funded by (a Wagtail snippet)."""

    name = models.CharField(_("Name"), max_length=160)
    kind = models.CharField(_("Kind"), max_length=20, choices=PartnerKind.choices)
    logo = picture_field(_("Logo"))
    website = models.URLField(
        _("Website"), blank=True, help_text=_("Its own site, starting with https://.")
    )
    twin_city = models.ForeignKey(
        TwinCityPage,
        verbose_name=_("Twin city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="partners",
        help_text=_("The twin city this organisation belongs to, if any."),
    )
    description = models.TextField(_("Short description"), blank=True)
    main_funder = models.BooleanField(
        _("Main funder"), default=False, help_text=_("Show its logo in the footer of every page.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("website"),
        FieldPanel("twin_city"),
        FieldPanel("description"),
        FieldPanel("main_funder"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("Partner organisation")
        verbose_name_plural = _("Partner organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class PartnersPage(BasePage):
    """The association's partners, grouped by kind."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences at the top of the page, above the list."),
    )
    body = body_field()

    search_text_fields = ("intro", "body")
    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["jumelage.HomePage"]
    subpage_types = []
    max_count = 1
    page_description = _("The list of partner organisations, by kind. There is only one.")

    class Meta:
        verbose_name = _("Partners page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        partners = PartnerOrganisation.objects.select_related("logo").prefetch_related(
            prefetch_renditions("logo", "partner_logo"),
            Prefetch("twin_city", queryset=public_cities()),
        )
        by_kind = {kind: [] for kind in PartnerKind}
        for partner in partners:
            by_kind[partner.kind].append(partner)
        context["partner_groups"] = [
            (PartnerKind(kind).label, items) for kind, items in by_kind.items() if items
        ]
        return context


def pages_showing_partner(partner):
    """The pages that show `partner`: its twin city, and what the other apps give through the
    `partners_pages_naming_partner` hook, a function (partner) -> pages (a project naming it,
    and that project's cities, which list their projects' partners)."""
    pages = list(TwinCityPage.objects.filter(pk=partner.twin_city_id)) if partner.pk else []
    if partner.pk:
        for hook in hooks.get_hooks("partners_pages_naming_partner"):
            pages += hook(partner)
    return pages


def reindex_after_commit(pages):
    """Index `pages` again once the change is committed (their search text names partners)."""
    from django.db import transaction

    from jumelage.search import index_page

    def reindex():
        for pk in {page.pk for page in pages}:
            page = Page.objects.filter(pk=pk).first()
            if page is not None:
                index_page(page)

    transaction.on_commit(reindex)


@receiver(pre_save, sender=PartnerOrganisation)
@receiver(pre_delete, sender=PartnerOrganisation)
def remember_pages_showing_partner(sender, instance, raw=False, **kwargs):
    """Before a rename, a move to another city or a deletion: the pages showing it now."""
    if not raw and instance.pk:
        old = PartnerOrganisation.objects.filter(pk=instance.pk).first()
        instance._pages_before = pages_showing_partner(old) if old else []


@receiver(post_save, sender=PartnerOrganisation)
@receiver(post_delete, sender=PartnerOrganisation)
def reindex_pages_showing_partner(sender, instance, raw=False, **kwargs):
    """The search finds what pages show: those that showed the partner and those that show
    it now are indexed again (its old city loses its name, the projects' cities follow)."""
    if raw:
        return
    pages = getattr(instance, "_pages_before", [])
    if kwargs.get("signal") is post_save:
        pages = pages + pages_showing_partner(instance)
    reindex_after_commit(pages)
