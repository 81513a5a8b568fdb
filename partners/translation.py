"""Fields of the twin cities and partners stored in French and English."""

from modeltranslation.translator import TranslationOptions, register

from .models import (
    CityMilestone,
    PartnerOrganisation,
    PartnersPage,
    TwinCityIndexPage,
    TwinCityPage,
)


@register(TwinCityIndexPage)
class TwinCityIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(TwinCityPage)
class TwinCityPageTR(TranslationOptions):
    fields = ("country", "region", "intro", "economic_sectors", "schools_and_institutions", "body")


@register(CityMilestone)
class CityMilestoneTR(TranslationOptions):
    fields = ("text",)
    required_languages = ("fr",)


@register(PartnerOrganisation)
class PartnerOrganisationTR(TranslationOptions):
    fields = ("name", "description")
    required_languages = ("fr",)


@register(PartnersPage)
class PartnersPageTR(TranslationOptions):
    fields = ("intro", "body")
