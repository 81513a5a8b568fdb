"""Fields of the news stored in French and English."""

from modeltranslation.translator import TranslationOptions, register

from .models import NewsIndexPage, NewsPage


@register(NewsIndexPage)
class NewsIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(NewsPage)
class NewsPageTR(TranslationOptions):
    fields = ("intro", "body")
