"""The public form "Propose a project": checks what is sent, stores a private application,
acknowledges it to the applicant and tells the association."""

import logging
import uuid
import warnings
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from jumelage.antispam import HoneypotMixin, RateLimit
from jumelage.models import SiteSettings
from jumelage.queries import public
from partners.models import TwinCityPage

from .models import Field, ProjectApplication

logger = logging.getLogger(__name__)
RATE_LIMIT = RateLimit("project-application", limit=3, window=3600)
IMAGE_FORMATS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "webp": "WEBP"}


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)


class TwinCityChoiceField(forms.ModelChoiceField):
    """A twin city chosen by its id: a value that is no id of ours (a number too large for
    the database, which would raise OverflowError or DataError) is an invalid choice."""

    def to_python(self, value):
        if value not in self.empty_values:
            text = str(value)
            if not (text.isascii() and text.isdigit() and len(text) <= 18):
                raise forms.ValidationError(
                    self.error_messages["invalid_choice"], code="invalid_choice"
                )
        return super().to_python(value)


class ProjectApplicationForm(HoneypotMixin, forms.ModelForm):
    token = forms.UUIDField(
        widget=forms.HiddenInput,
        error_messages={
            "required": _("The form has expired: please send it again."),
            "invalid": _("The form has expired: please send it again."),
        },
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the association keeps the personal data of this form to examine my "
            "proposal and to answer me. Only the board of directors reads it."
        ),
        error_messages={"required": _("Please give your consent so that we can examine it.")},
    )

    class Meta:
        field_classes = {"twin_city": TwinCityChoiceField}
        model = ProjectApplication
        fields = [
            "applicant_name",
            "organisation",
            "email",
            "phone",
            "twin_city",
            "field",
            "title",
            "aims",
            "start_date",
            "end_date",
            "participants",
            "total_budget",
            "amount_requested",
            "other_funding",
            "attachment",
        ]
        labels = {"applicant_name": _("Your name")}
        widgets = {
            "start_date": DateInput(),
            "end_date": DateInput(),
            "aims": forms.Textarea(attrs={"rows": 8}),
            "other_funding": forms.Textarea(attrs={"rows": 3}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
            "applicant_name": forms.TextInput(attrs={"autocomplete": "name"}),
            "organisation": forms.TextInput(attrs={"autocomplete": "organization"}),
        }

    # How the page groups the fields (legend, field names).
    fieldsets = [
        (_("Who proposes the project"), ["applicant_name", "organisation", "email", "phone"]),
        (
            _("The project"),
            ["title", "twin_city", "field", "aims", "start_date", "end_date", "participants"],
        ),
        (_("Budget"), ["total_budget", "amount_requested", "other_funding", "attachment"]),
    ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        cities = self.fields["twin_city"]
        cities.queryset = public(TwinCityPage.objects.live()).order_by("title")
        cities.empty_label = _("Choose a twin city")
        self.fields["field"].choices = [("", _("Choose a field")), *Field.choices]
        max_mb = settings.PROJECT_APPLICATION_MAX_UPLOAD_MB
        self.fields["attachment"].help_text = _(
            "Optional: a PDF or a picture (JPEG, PNG or WebP), %(max)s MB at most."
        ) % {"max": max_mb}
        self.fields["attachment"].widget.attrs["accept"] = ".pdf,.jpg,.jpeg,.png,.webp"
        for name in ("total_budget", "amount_requested"):
            self.fields[name].widget.attrs.update({"step": "0.01", "min": "0"})

    def grouped_fields(self):
        return [(legend, [self[name] for name in names]) for legend, names in self.fieldsets]

    def clean_attachment(self):
        upload = self.cleaned_data.get("attachment")
        if not upload:
            return upload
        max_mb = settings.PROJECT_APPLICATION_MAX_UPLOAD_MB
        if upload.size > max_mb * 1024 * 1024:
            raise forms.ValidationError(
                _("The attachment is too large (%(size).1f MB): the limit is %(max)s MB."),
                params={"size": upload.size / 1024 / 1024, "max": max_mb},
            )
        extension = PurePath(upload.name).suffix.lower().lstrip(".")
        wrong_type = forms.ValidationError(
            _("The attachment must be a PDF or a picture (JPEG, PNG or WebP).")
        )
        if extension == "pdf":
            if upload.read(5) != b"%PDF-":
                raise wrong_type
        elif extension in IMAGE_FORMATS:
            try:
                # A picture claiming more pixels than Pillow's limit (50,000 x 50,000) is refused
                # before it is decoded: warnings too, since a "warning" size still fills memory.
                with warnings.catch_warnings():
                    warnings.simplefilter("error", Image.DecompressionBombWarning)
                    with Image.open(upload) as image:
                        image.verify()
                        if image.format != IMAGE_FORMATS[extension]:
                            raise wrong_type
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
                raise forms.ValidationError(
                    _("The picture is too large (in pixels): send a smaller one or a PDF.")
                ) from error
            except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
                raise wrong_type from error
        else:
            raise wrong_type
        upload.seek(0)
        # The name on disk is ours: the applicant's file name is not trusted.
        upload.name = f"{uuid.uuid4().hex}.{extension}"
        return upload

    def clean_title(self):
        """One line: a title is an e-mail's subject, where a line break is refused."""
        return " ".join(self.cleaned_data.get("title", "").split())

    def save_application(self, request):
        """Store the application once (a second post of the same form stores nothing) and
        send its e-mails once the transaction is committed. Returns the new application, or
        None when this form had already been received."""
        application = self.save(commit=False)
        application.submission_token = self.cleaned_data["token"]
        application.language = translation.get_language()
        application.consent_at = timezone.now()
        if ProjectApplication.objects.filter(
            submission_token=application.submission_token
        ).exists():
            return None
        try:
            with transaction.atomic():
                application.save()
                transaction.on_commit(lambda: send_emails(application, request))
        except IntegrityError:
            # The same form posted twice at once: the other request stored it.
            if application.attachment:
                application.attachment.delete(save=False)
            return None
        return application


def notice_recipients(request):
    recipients = list(settings.PROJECT_APPLICATION_NOTICE_TO)
    if not recipients:
        email = SiteSettings.for_request(request).email if request else ""
        recipients = [email] if email else []
    return recipients


def one_line(text):
    """A subject on one line (a stored title may hold a line break from before the form kept
    titles on one line, and any line break in a header makes the e-mail fail)."""
    return " ".join(str(text).split())


def send_emails(application, request=None):
    """An acknowledgement to the applicant in their language, and a notice (in French, without
    the personal data) to the association with a link to the board's admin."""
    try:
        with translation.override(application.language or "fr"):
            context = {"application": application}
            send_mail(
                str(_("Your project proposal: %(title)s")) % {"title": one_line(application.title)},
                render_to_string("projects/emails/application_ack.txt", context),
                None,
                [application.email],
            )
        recipients = notice_recipients(request)
        if recipients:
            with translation.override("fr"):
                link = settings.WAGTAILADMIN_BASE_URL + reverse(
                    "admin:projects_projectapplication_change", args=[application.pk]
                )
                send_mail(
                    str(_("New project application: %(title)s"))
                    % {"title": one_line(application.title)},
                    render_to_string(
                        "projects/emails/application_notice.txt", context | {"link": link}
                    ),
                    None,
                    recipients,
                )
        else:
            logger.warning("No address to notify of project application %s", application.pk)
    except Exception:  # noqa: BLE001 - the application is stored; the board still sees it.
        logger.exception("Could not send the e-mails of project application %s", application.pk)


def serve_application_form(page, request, *args, **kwargs):
    status = 200
    if request.method == "POST":
        form = ProjectApplicationForm(request.POST, request.FILES)
        if form.is_spam():
            return redirect(page.url + "?sent=1")
        if RATE_LIMIT.exceeded(request):
            status = 429
            form.add_error(
                None,
                _(
                    "Several proposals were already sent from your connection in the last "
                    "hour. Please try again later."
                ),
            )
        elif form.is_valid():  # an invalid form is shown again, with its errors (200)
            if form.save_application(request) is not None:
                RATE_LIMIT.count(request)
            return redirect(page.url + "?sent=1")
    else:
        form = ProjectApplicationForm(initial={"token": uuid.uuid4()})
    context = page.get_context(request, *args, **kwargs)
    context.update(form=form, sent=request.method == "GET" and "sent" in request.GET)
    return TemplateResponse(request, page.get_template(request), context, status=status)
