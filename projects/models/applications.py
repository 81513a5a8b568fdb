"""Project applications: the public form "Propose a project" (a Wagtail page volunteers can
introduce) and the private record it stores, which only the board reads."""

import os

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField

from jumelage.models import BasePage

from .pages import Field, ProjectPage


class PrivateStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, outside MEDIA_ROOT: they have no public URL, and
    nothing serves them but the board's admin view. The place is read from the settings each
    time (tests move it). Readable by the site's user only (files 0600, folders 0700), whether
    an applicant sent them or `manage.py restore` brought them back."""

    def __init__(self, **options):
        options.setdefault("file_permissions_mode", 0o600)
        options.setdefault("directory_permissions_mode", 0o700)
        super().__init__(**options)

    @property
    def base_location(self):
        return str(settings.PRIVATE_MEDIA_ROOT)

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    def url(self, name):
        raise ValueError("A private file has no public URL.")


def private_storage():
    """PRIVATE_MEDIA_ROOT, or the private bucket of STORAGES["private"] when production names
    one (several app servers)."""
    if "private" in settings.STORAGES:
        from django.core.files.storage import storages

        return storages["private"]
    return PrivateStorage()


class ProjectApplicationPage(BasePage):
    """The public form "Propose a project"; volunteers write its introduction and thanks."""

    intro = models.TextField(
        _("Introduction"), blank=True, help_text=_("One or two sentences under the title.")
    )
    body = RichTextField(
        _("Before applying"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ul", "ol"],
        help_text=_("What the association supports and how the board examines a proposal."),
    )
    thanks = RichTextField(
        _("Thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown once the form is sent."),
    )

    search_text_fields = ("intro", "body")
    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("thanks"),
    ]
    parent_page_types = ["projects.ProjectIndexPage"]
    subpage_types = []
    max_count = 1
    page_description = _("The public form to propose a project. There is only one.")
    # Never from the page cache: each form carries its own CSRF and one-time tokens.
    page_cache = False

    class Meta:
        verbose_name = _("Project application form")

    def serve(self, request, *args, **kwargs):
        from ..applications import serve_application_form

        return serve_application_form(self, request, *args, **kwargs)


class ApplicationStatus(models.TextChoices):
    RECEIVED = "received", _("Received")
    EXAMINED = "examined", _("Under examination")
    DECIDED = "decided", _("Decided")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class ProjectApplication(models.Model):
    """A proposal sent through the public form. Personal data: the board only."""

    submitted_at = models.DateTimeField(_("Received on"), auto_now_add=True)
    language = models.CharField(
        _("Language of the form"), max_length=2, choices=settings.LANGUAGES, editable=False
    )
    # One per form shown: a second post of the same form is recognised, not stored twice.
    submission_token = models.UUIDField(unique=True, editable=False)
    status = models.CharField(
        _("Status"),
        max_length=12,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.RECEIVED,
    )
    project = models.ForeignKey(
        ProjectPage,
        verbose_name=_("Public project page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="applications",
        help_text=_("Once the board supports it, the project’s public page."),
    )

    applicant_name = models.CharField(_("Applicant"), max_length=120)
    organisation = models.CharField(
        _("Organisation"),
        max_length=160,
        blank=True,
        help_text=_("Club, school, association… Leave empty if you apply in your own name."),
    )
    email = models.EmailField(_("E-mail address"))
    phone = models.CharField(_("Telephone"), max_length=40, blank=True)
    twin_city = models.ForeignKey(
        "partners.TwinCityPage",
        verbose_name=_("Twin city"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    field = models.CharField(_("Field"), max_length=20, choices=Field.choices)
    title = models.CharField(_("Title of the project"), max_length=160)
    aims = models.TextField(
        _("Aims and prospects"),
        help_text=_("What the exchange wants to achieve, with whom, and what comes next."),
    )
    start_date = models.DateField(_("Start"))
    end_date = models.DateField(_("End"), null=True, blank=True)
    participants = models.PositiveIntegerField(
        _("Expected participants"), validators=[MinValueValidator(1)]
    )
    total_budget = models.DecimalField(
        _("Total budget (€)"), max_digits=10, decimal_places=2, validators=[MinValueValidator(0)]
    )
    amount_requested = models.DecimalField(
        _("Amount asked of the association (€)"),
        max_digits=10,
        decimal_places=2,
        validators=[MinValueValidator(0)],
    )
    other_funding = models.TextField(
        _("Other funding"),
        blank=True,
        help_text=_("Other funders and their amounts, asked or obtained."),
    )
    attachment = models.FileField(
        _("Attachment"),
        upload_to="applications/%Y/",
        storage=private_storage,
        blank=True,
        help_text=_("Optional: a PDF or a picture."),
    )
    consent_at = models.DateTimeField(_("Consent given on"))
    # The board's decision, e-mailed once after the closing is committed (retried by
    # `manage.py send_decisions` until it goes).
    decision_sent_at = models.DateTimeField(_("Decision e-mailed on"), null=True, editable=False)
    # The closing whose decision was e-mailed: a correcting deliberation is a new closing, so
    # the applicant hears again; the same closing never twice.
    decision_sent_for = models.ForeignKey(
        "projects.Deliberation",
        verbose_name=_("Decision e-mailed"),
        null=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_send_error = models.CharField(
        _("Last failed sending of the decision"), max_length=300, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("Project application")
        verbose_name_plural = _("Project applications")
        ordering = ["-submitted_at"]

    def __str__(self):
        return self.title

    def clean(self):
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end is before the start.")
        if (
            self.amount_requested is not None
            and self.total_budget is not None
            and self.amount_requested > self.total_budget
        ):
            errors["amount_requested"] = _("The amount asked is more than the total budget.")
        if errors:
            raise ValidationError(errors)
