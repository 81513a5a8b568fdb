"""Fields of the shared core stored in French and English (django-modeltranslation)."""

from modeltranslation.translator import TranslationOptions, register

from .models import CustomImage, FormField, FormPage, HomePage, SiteSettings, StandardPage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("hero_heading", "hero_text", "mission_heading", "mission", "body")


@register(StandardPage)
class StandardPageTR(TranslationOptions):
    fields = ("intro", "body")


@register(SiteSettings)
class SiteSettingsTR(TranslationOptions):
    fields = ("footer_text", "legal_form")


@register(CustomImage)
class CustomImageTR(TranslationOptions):
    fields = ("description",)


@register(FormPage)
class FormPageTR(TranslationOptions):
    fields = ("intro", "consent_text", "thank_you_text")


@register(FormField)
class FormFieldTR(TranslationOptions):
    fields = ("label", "help_text", "choices", "default_value")
