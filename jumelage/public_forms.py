"""The forms of the public form pages (contact, volunteering): built from the questions
volunteers write in the admin, shown in the visitor's language, guarded by the shared honeypot
and a consent box, and stored with keys and choices that do not depend on that language."""

from django import forms
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder, _split_by_newline_or_comma
from wagtail.contrib.forms.utils import get_field_clean_name

from .antispam import HoneypotMixin
from .i18n import DEFAULT_LANGUAGE, localized_value, shown_language

# Fields of every public form that are not questions of the editor's: never stored.
HONEYPOT, CONSENT = "website", "consent"
# The language the visitor used, stored with each answer so that volunteers reply in it.
LANGUAGE_KEY = "form_language"
RESERVED_NAMES = frozenset({HONEYPOT, CONSENT, LANGUAGE_KEY, "submit_time"})
CHOICE_TYPES = frozenset({"dropdown", "multiselect", "radio", "checkboxes"})

DEFAULT_CONSENT = _(
    "I agree that the association keeps what I write in this form to answer me. Only the "
    "volunteers who handle it read it, and it is deleted within a year."
)


def stable_name(label_fr):
    """The key of a question's answers: its French label in ascii_snake_case, whatever the
    visitor's language (Wagtail derives it from the label of the language being edited)."""
    return get_field_clean_name(label_fr)


def split_choices(value):
    """Choices or default values, one per line (or separated by commas on a single line)."""
    return [item for item in _split_by_newline_or_comma(value or "") if item]


class PublicForm(HoneypotMixin, BaseForm):
    """Base of every public form page's form: the editor's questions (added by the builder),
    the honeypot, and a required consent box whose hint links to the privacy page."""

    def __init__(self, *args, privacy_url="", **kwargs):
        super().__init__(*args, **kwargs)
        page = self.page
        consent_text = (page.consent_text if page else "") or DEFAULT_CONSENT
        hint = ""
        if privacy_url:
            hint = format_html(
                '<a href="{}">{}</a>', privacy_url, _("How we handle your personal data")
            )
        consent = forms.BooleanField(
            label=consent_text,
            help_text=hint,
            error_messages={
                "required": _("Please tick this box so that we may keep your message.")
            },
        )
        consent.short_label = _("Consent")  # in the summary of errors
        if page and page.consent_text:
            consent.lang = other_language(page, "consent_text")
        self.fields[CONSENT] = consent

    def question_fields(self):
        """The editor's questions, in their order (not the honeypot nor the consent box)."""
        return [self[name] for name in self.fields if name not in (HONEYPOT, CONSENT)]

    def submission_data(self):
        """What is stored: the answers under their stable keys, and the form's language."""
        data = {
            name: value
            for name, value in self.cleaned_data.items()
            if name not in (HONEYPOT, CONSENT)
        }
        data[LANGUAGE_KEY] = translation.get_language() or DEFAULT_LANGUAGE
        return data


def other_language(obj, field_name):
    """The language of a text shown in place of the visitor's (French when the English is
    empty), or "" when it is in the visitor's language."""
    current = translation.get_language() or DEFAULT_LANGUAGE
    shown = shown_language(obj, field_name, current)
    return shown if shown != current else ""


class TranslatedFormBuilder(FormBuilder):
    """Wagtail's form builder, in the visitor's language: labels, hints and choices from the
    `_fr`/`_en` fields (French when the English is missing), with the French choices as the
    submitted values so that answers read the same whatever the language of the form."""

    def __init__(self, fields):
        super().__init__(list(fields))

    def get_field_options(self, field):
        options = super().get_field_options(field)
        if field.field_type in CHOICE_TYPES:
            # Defaults of choice fields name choices, which are submitted in French.
            default = localized_value(field, "default_value", DEFAULT_LANGUAGE) or ""
            multiple = field.field_type in ("multiselect", "checkboxes")
            options["initial"] = split_choices(default) if multiple else default.strip()
        return options

    def get_formatted_field_choices(self, field):
        values = split_choices(localized_value(field, "choices", DEFAULT_LANGUAGE))
        labels = split_choices(field.choices)
        if len(labels) != len(values):  # a translation missing a line: French labels
            labels = values
        choices = list(zip(values, labels, strict=True))
        if field.field_type == "dropdown":
            choices.insert(0, ("", _("Choose an answer")))
        return choices

    def get_formatted_field_initial(self, field):
        return split_choices(localized_value(field, "default_value", DEFAULT_LANGUAGE))

    @staticmethod
    def text_widget(field, widget_class=forms.TextInput, **attrs):
        if field.autocomplete:
            attrs["autocomplete"] = field.autocomplete
        if field.autocomplete == "tel":
            attrs["type"] = "tel"
        return widget_class(attrs=attrs)

    def create_singleline_field(self, field, options):
        options["widget"] = self.text_widget(field)
        return super().create_singleline_field(field, options)

    def create_multiline_field(self, field, options):
        options["widget"] = self.text_widget(field, forms.Textarea, rows=6)
        return super().create_multiline_field(field, options)

    def create_email_field(self, field, options):
        options["widget"] = forms.EmailInput(attrs={"autocomplete": field.autocomplete or "email"})
        return super().create_email_field(field, options)

    @property
    def formfields(self):
        formfields = super().formfields
        for field, formfield in zip(self.fields, formfields.values(), strict=True):
            # A label still in French on the English form is marked as French.
            formfield.lang = other_language(field, "label")
        return formfields

    def get_form_class(self):
        return type("PublicFormPageForm", (PublicForm,), self.formfields)
