"""Exchange projects the association supports, as the public sees them."""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from jumelage.blocks import BaseStreamBlock
from jumelage.i18n import query_value, query_word, register_query_words
from jumelage.models import BasePage, picture_field
from jumelage.queries import public
from partners.models import TwinCityPage, twin_city_by_slug


class Field(models.TextChoices):
    CULTURE = "culture", _("Culture")
    SCHOOL = "school", _("School")
    UNIVERSITY = "university", _("University")
    SPORT = "sport", _("Sport")
    LANGUAGE = "language", _("Language")
    ECONOMY = "economy", _("Economy")
    YOUTH = "youth", _("Youth")
    SENIORS = "seniors", _("Seniors")
    HEALTH = "health", _("Health")
    SOLIDARITY = "solidarity", _("Solidarity")
    OTHER = "other", _("Other")


class ProjectStatus(models.TextChoices):
    PROPOSED = "proposed", _("Under examination")
    APPROVED = "approved", _("Approved by the board")
    REJECTED = "rejected", _("Not approved")
    COMPLETED = "completed", _("Completed")


# The words of `?field=` and `?status=` in each language's URLs (stored values are English).
register_query_words(
    "field",
    {
        "culture": {"fr": "culture"},
        "school": {"fr": "ecole"},
        "university": {"fr": "universite"},
        "sport": {"fr": "sport"},
        "language": {"fr": "langue"},
        "economy": {"fr": "economie"},
        "youth": {"fr": "jeunesse"},
        "seniors": {"fr": "seniors"},
        "health": {"fr": "sante"},
        "solidarity": {"fr": "solidarite"},
        "other": {"fr": "autre"},
    },
)
register_query_words(
    "status",
    {
        "proposed": {"fr": "en-examen"},
        "approved": {"fr": "approuve"},
        "rejected": {"fr": "non-retenu"},
        "completed": {"fr": "termine"},
    },
)


class ProjectIndexPage(BasePage):
    """The projects the association supports, filterable by field, twin city, year, status."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences at the top of the page, above the list."),
    )

    search_text_fields = ("intro",)
    browse_from_search = True
    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["jumelage.HomePage"]
    subpage_types = ["projects.ProjectPage", "projects.ProjectApplicationPage"]
    max_count = 1
    page_description = _("The list of supported projects. There is only one.")

    class Meta:
        verbose_name = _("Projects index")

    def get_context(self, request, *args, **kwargs):
        from ..queries import projects
        from .applications import ProjectApplicationPage

        context = super().get_context(request, *args, **kwargs)
        filters, ignored = read_filters(request)
        listed = projects(self, **filters)
        paginator = Paginator(listed, 12)
        context.update(
            projects=paginator.get_page(request.GET.get("page")),
            fields=[(query_word("field", value), label) for value, label in Field.choices],
            statuses=[
                (query_word("status", value), label) for value, label in ProjectStatus.choices
            ],
            filter_cities=public(TwinCityPage.objects.live()).order_by("title"),
            year_choices=[
                (d.year, d.year)
                for d in ProjectPage.objects.live().dates("start_date", "year", "DESC")
            ],
            selected=filters,
            selected_words={
                key: query_word(key, filters[key]) for key in ("field", "status") if key in filters
            },
            filter_ignored=ignored,
            application_page=public(
                self.get_children().live().type(ProjectApplicationPage)
            ).first(),
            keep=urlencode(
                {
                    key: value.slug if key == "city" else query_word(key, value)
                    for key, value in filters.items()
                    if value
                }
            ),
        )
        return context


def read_filters(request):
    """The filters of the query string; a value that does not exist is dropped (and said)."""
    filters, ignored = {}, False
    for key in ("field", "status"):
        value = query_value(request, key)
        if value != "":
            filters[key] = value
            ignored |= value is None
    year = request.GET.get("year", "")
    if year:
        valid = year.isascii() and year.isdigit() and len(year) == 4
        filters["year"] = int(year) if valid and 1900 < int(year) < 2200 else None
        ignored |= filters["year"] is None
    slug = request.GET.get("city", "")
    if slug:
        filters["city"] = twin_city_by_slug(slug)
        ignored |= filters["city"] is None
    return {key: value for key, value in filters.items() if value is not None}, ignored


class ProjectPage(BasePage):
    """A project with a twin city: aims and prospects, the board's decision, its report."""

    field = models.CharField(
        _("Field"),
        max_length=20,
        choices=Field.choices,
        help_text=_("Visitors filter the projects by it; the board's overview counts by it."),
    )
    twin_cities = ParentalManyToManyField(
        "partners.TwinCityPage",
        verbose_name=_("Twin cities"),
        blank=True,
        related_name="+",
        help_text=_("The project is then shown on each of these cities’ pages."),
    )
    partners = ParentalManyToManyField(
        "partners.PartnerOrganisation",
        verbose_name=_("Partners"),
        blank=True,
        related_name="+",
        help_text=_("The organisations that carry the project with the association."),
    )
    start_date = models.DateField(
        _("Start"), null=True, blank=True, help_text=_("Leave empty while it is not known.")
    )
    end_date = models.DateField(
        _("End"), null=True, blank=True, help_text=_("Leave empty for an ongoing project.")
    )
    intro = models.TextField(
        _("Summary"), blank=True, help_text=_("One or two sentences shown in the listings.")
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Aims and prospects"),
        blank=True,
        help_text=_("What the project wants to achieve with the twin city, and what comes next."),
    )
    image = picture_field()
    status = models.CharField(
        _("Status"),
        max_length=12,
        choices=ProjectStatus.choices,
        default=ProjectStatus.PROPOSED,
        help_text=_(
            "Set by the board's decision when it closes its vote; change it by hand "
            "only for a project funded before the site."
        ),
    )
    amount_granted = models.DecimalField(
        _("Amount granted (€)"),
        max_digits=10,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("Set by the board's decision, like the status."),
    )
    report = StreamField(
        BaseStreamBlock(),
        verbose_name=_("Report"),
        blank=True,
        help_text=_("Once the project is over: what was done, with whom, what it brought."),
    )

    search_text_fields = ("intro", "body", "report")
    search_kind = "project"
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("field"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("field"), FieldPanel("status")]),
        FieldPanel("twin_cities"),
        FieldPanel("partners"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
                FieldPanel("amount_granted"),
            ],
            heading=_("Dates and funding"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("report"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    page_description = _("An exchange project with a twin city, supported by the association.")

    class Meta:
        verbose_name = _("Project")
        verbose_name_plural = _("Projects")

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end is before the start.")})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["cities"] = public(self.twin_cities.live()).order_by("title")
        context["project_partners"] = self.partners.order_by("name")
        context["decision"] = self.decision()
        return context

    def search_texts(self, language):
        """The partners' names, as the page lists them."""
        from jumelage.i18n import localized_value

        return [localized_value(p, "name", language) or p.name for p in self.partners.all()]

    def decision(self):
        """The board's last closed deliberation on this project that reached a decision."""
        from .board import Deliberation

        return (
            Deliberation.objects.filter(project=self, closed_at__isnull=False)
            .exclude(outcome="no_quorum")
            .select_related("meeting")
            .order_by("-closed_at")
            .first()
        )
