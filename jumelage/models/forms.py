"""Public form pages ("Nous contacter", "Devenir bénévole"): volunteers write the questions in
French and English, and read the answers in the admin's Forms menu."""

import logging

from django import forms
from django.conf import settings
from django.db import models, transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.forms import WagtailAdminFormPageForm
from wagtail.contrib.forms.models import (
    AbstractEmailForm,
    AbstractFormField,
    validate_to_address,
)
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.fields import RichTextField

from ..antispam import RateLimit
from ..i18n import DEFAULT_LANGUAGE, localized_value
from ..public_forms import (
    LANGUAGE_KEY,
    RESERVED_NAMES,
    TranslatedFormBuilder,
    stable_name,
)
from .pages import BasePage
from .site_settings import SiteSettings

logger = logging.getLogger(__name__)

# Answers one address may send to one form in an hour.
SUBMISSIONS_PER_HOUR = 5


class Autofill(models.TextChoices):
    """What a question asks for, in the words of the HTML `autocomplete` attribute."""

    NAME = "name", _("Full name")
    GIVEN_NAME = "given-name", _("First name")
    FAMILY_NAME = "family-name", _("Surname")
    EMAIL = "email", _("E-mail address")
    TEL = "tel", _("Telephone number")
    ORGANISATION = "organization", _("Organisation")
    ADDRESS = "street-address", _("Street address")
    POSTCODE = "postal-code", _("Postcode")
    CITY = "address-level2", _("Town or city")


class FormField(AbstractFormField):
    """One question of a public form, with its label, hint, choices and default value in French
    and in English (`label_fr`, `label_en`...)."""

    page = ParentalKey("jumelage.FormPage", on_delete=models.CASCADE, related_name="form_fields")
    label = models.CharField(
        _("Question"),
        max_length=255,
        help_text=_(
            "Shown above the field. The French question also names the answers in the list "
            "of submissions: changing it later does not rename the answers already received."
        ),
    )
    help_text = models.CharField(
        _("Hint"),
        max_length=255,
        blank=True,
        help_text=_("An optional sentence under the question, e.g. what to write."),
    )
    choices = models.TextField(
        _("Choices"),
        blank=True,
        help_text=_(
            "For a drop-down list, radio buttons or checkboxes: one choice per line, in the same "
            "order in French and in English. Answers are stored with the French choice."
        ),
    )
    default_value = models.TextField(
        _("Default value"),
        blank=True,
        help_text=_(
            "Optional. For choices, write the French choice (one per line for checkboxes)."
        ),
    )
    autocomplete = models.CharField(
        _("What the question asks for"),
        max_length=20,
        blank=True,
        choices=Autofill.choices,
        help_text=_(
            "Lets browsers fill in the visitor's name, e-mail or telephone, and screen readers "
            "say what is expected. Leave empty for other questions."
        ),
    )

    panels = [
        FieldPanel("label"),
        FieldPanel("help_text"),
        FieldPanel("required"),
        FieldPanel("field_type", classname="formbuilder-type", required_on_save=True),
        FieldPanel("choices", classname="formbuilder-choices"),
        FieldPanel("default_value", classname="formbuilder-default"),
        FieldPanel("autocomplete"),
    ]

    class Meta(AbstractFormField.Meta):
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")

    def get_field_clean_name(self):
        """Always from the French label, whatever language the editor works in."""
        return stable_name(localized_value(self, "label", DEFAULT_LANGUAGE) or self.label)


class FormPageAdminForm(WagtailAdminFormPageForm):
    """Wagtail's form page form, refusing questions whose name the page itself uses."""

    def clean(self):
        cleaned_data = super().clean()
        formset = self.formsets.get("form_fields")
        for form in formset.forms if formset else []:
            if not hasattr(form, "cleaned_data") or form.cleaned_data.get("DELETE"):
                continue
            name = form.instance.clean_name or form.instance.get_field_clean_name()
            if name in RESERVED_NAMES:
                form.add_error(
                    f"label_{DEFAULT_LANGUAGE}",
                    _("“%(name)s” is used by the form itself: please word the question otherwise.")
                    % {"name": name},
                )
        return cleaned_data


class FormPage(AbstractEmailForm, BasePage):
    """A public form (contact, volunteering): its questions, a consent box, a thank-you message,
    and an e-mail to the association for each answer."""

    def get_submissions_list_view_class(self):
        """Wagtail's list of answers, whose CSV export writes formulas as text (imported here:
        an admin view cannot be imported while the models load)."""
        from ..exports import NeutralisedSubmissionsListView

        return NeutralisedSubmissionsListView

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences under the title: what the form is for."),
    )
    consent_text = models.TextField(
        _("Consent sentence"),
        blank=True,
        help_text=_(
            "The sentence the visitor ticks before sending, with what the association does with "
            "the answers. A link to the privacy page is added under it. If empty, a general "
            "sentence is used."
        ),
    )
    thank_you_text = RichTextField(
        _("Thank-you message"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown once the form is sent."),
    )
    to_address = models.CharField(
        _("Send the answers to"),
        max_length=255,
        blank=True,
        validators=[validate_to_address],
        help_text=_(
            "E-mail addresses told of each answer, separated by commas. If empty, the e-mail "
            "address of the site settings."
        ),
    )
    subject = models.CharField(
        _("Subject of the e-mail"),
        max_length=255,
        blank=True,
        help_text=_("E.g. “New volunteer”. If empty, the title of the page."),
    )

    form_builder = TranslatedFormBuilder
    base_form_class = FormPageAdminForm
    landing_page_template = "jumelage/form_page.html"
    # Never from the page cache: each form carries its CSRF token.
    page_cache = False

    search_text_fields = ("intro",)
    content_panels = BasePage.content_panels + [
        FormSubmissionsPanel(),
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Questions")),
        FieldPanel("consent_text"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [FieldPanel("to_address"), FieldPanel("subject")],
            heading=_("E-mail to the association"),
        ),
    ]
    preview_modes = [
        *BasePage.preview_modes,
        ("landing-fr", _("Thank-you message, French")),
        ("landing-en", _("Thank-you message, English")),
    ]

    parent_page_types = ["jumelage.HomePage"]
    subpage_types = []
    page_description = _(
        "A form for the public (contact, volunteering): you write its questions and read the "
        "answers in the Forms menu."
    )

    class Meta:
        verbose_name = _("Form page")
        verbose_name_plural = _("Form pages")

    # The form -----------------------------------------------------------------------------

    def privacy_url(self, request=None):
        site_settings = (
            SiteSettings.for_request(request) if request else SiteSettings.for_site(self.get_site())
        )
        page = site_settings.privacy_page
        return page.get_url(request=request) if page and page.live else ""

    def get_form(self, *args, request=None, **kwargs):
        kwargs.setdefault("privacy_url", self.privacy_url(request))
        return super().get_form(*args, **kwargs)

    def get_data_fields(self):
        return [*super().get_data_fields(), (LANGUAGE_KEY, _("Language of the form"))]

    def rate_limit(self):
        return RateLimit(f"form-page-{self.pk}", limit=SUBMISSIONS_PER_HOUR, window=3600)

    def serve(self, request, *args, **kwargs):
        status = 200
        if request.method == "POST":
            form = self.get_form(request.POST, request=request, page=self, user=request.user)
            if form.is_spam():  # looks sent to the robot; nothing kept, nothing sent
                return redirect(self.sent_url(request))
            rate_limit = self.rate_limit()
            if rate_limit.exceeded(request):
                status = 429
                form.add_error(
                    None,
                    _(
                        "Several messages were already sent from your connection in the last "
                        "hour. Please try again later."
                    ),
                )
            elif form.is_valid():  # else shown again with its errors, nothing stored
                with transaction.atomic():
                    self.process_form_submission(form)
                rate_limit.count(request)
                return redirect(self.sent_url(request))
        else:
            form = self.get_form(request=request, page=self, user=request.user)
        context = self.get_context(request, *args, **kwargs)
        context.update(form=form, sent=request.method == "GET" and "sent" in request.GET)
        return TemplateResponse(request, self.get_template(request), context, status=status)

    def sent_url(self, request):
        return self.get_url(request=request) + "?sent=1"

    def render_landing_page(self, request, form_submission=None, *args, **kwargs):
        context = self.get_context(request)
        context.update(sent=True, form_submission=form_submission)
        return TemplateResponse(request, self.get_landing_page_template(request), context)

    def serve_preview(self, request, mode_name):
        if not mode_name.startswith("landing-"):
            return super().serve_preview(request, mode_name)
        language = mode_name.removeprefix("landing-")
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.render_landing_page(request)
            response.render()
            return response

    # What is stored and sent -------------------------------------------------------------

    def process_form_submission(self, form):
        """Stores the answers (not the consent box nor the honeypot; no address), then, once
        the transaction is committed, e-mails them to the association."""
        submission = self.get_submission_class().objects.create(
            form_data=form.submission_data(), page=self
        )
        transaction.on_commit(lambda: self.send_mail(form, submission))
        return submission

    def recipients(self):
        addresses = [address.strip() for address in self.to_address.split(",")]
        addresses = [address for address in addresses if address]
        if not addresses:
            email = SiteSettings.for_site(self.get_site()).email
            addresses = [email] if email else []
        return addresses

    def send_mail(self, form, submission=None):
        """The answers, in French, to the association; replying answers the visitor."""
        recipients = self.recipients()
        if not recipients:
            logger.warning("No address to send the answers of form page %s to", self.pk)
            return
        data = submission.form_data if submission else form.submission_data()
        reply_to = [
            form.cleaned_data[name]
            for name, field in form.fields.items()
            if isinstance(field, forms.EmailField) and form.cleaned_data.get(name)
        ][:1]
        try:
            with translation.override(DEFAULT_LANGUAGE):
                title = localized_value(self, "title", DEFAULT_LANGUAGE) or self.title
                send_mail(
                    self.subject or str(_("New answer: %(title)s") % {"title": title}),
                    self.notification_text(data, replies=bool(reply_to)),
                    recipients,
                    self.from_address or None,
                    reply_to=reply_to or None,
                )
        except Exception:  # noqa: BLE001 - the answer is stored; volunteers still see it.
            logger.exception("Could not e-mail the answers of form page %s", self.pk)

    def notification_text(self, data, replies=False):
        """The notification's text (in the active language) from the stored answers."""
        answers = []
        for field in self.get_form_fields():
            value = data.get(field.clean_name)
            if isinstance(value, list):
                value = ", ".join(value)
            elif isinstance(value, bool):
                value = _("yes") if value else _("no")
            label = localized_value(field, "label", DEFAULT_LANGUAGE) or field.label
            answers.append((label, "" if value is None else value))
        language = dict(settings.LANGUAGES).get(data[LANGUAGE_KEY], data[LANGUAGE_KEY])
        context = {
            "page": self,
            "answers": answers,
            "language": language,
            "replies": replies,
            "link": settings.WAGTAILADMIN_BASE_URL
            + reverse("wagtailforms:list_submissions", args=[self.pk]),
        }
        return render_to_string("jumelage/emails/form_submission.txt", context)
