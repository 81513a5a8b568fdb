"""Fields of the projects stored in French and English."""

from modeltranslation.translator import TranslationOptions, register

from .models import ProjectApplicationPage, ProjectIndexPage, ProjectPage


@register(ProjectIndexPage)
class ProjectIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProjectPage)
class ProjectPageTR(TranslationOptions):
    fields = ("intro", "body", "report")


@register(ProjectApplicationPage)
class ProjectApplicationPageTR(TranslationOptions):
    fields = ("intro", "body", "thanks")
