"""`/sitemap.xml`: every live public page once per language it exists in, with alternates."""

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from wagtail.models import Page, Site

from .i18n import is_filled, language_codes, localized_value


class PageSitemap(Sitemap):
    """One entry per page and language; a page not yet translated into English has no English
    entry and no English alternate (its `/en/` URL shows the French text, marked noindex)."""

    i18n = True
    alternates = True
    x_default = True

    @property
    def languages(self):
        return language_codes()

    def items(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site is None:
            return Page.objects.none()
        return site.root_page.get_descendants(inclusive=True).live().public().order_by("path")

    def _items(self):
        # Django pairs every item with every language; keep only the pairs that exist.
        return [(page, code) for page in self.items() for code in self.get_languages_for_item(page)]

    def get_languages_for_item(self, page):
        """The languages whose title is written (as `BasePage.available_languages`), read
        from the generic page: no query per page type (each new type would add one)."""
        return [
            code
            for code in self.languages
            if code == settings.LANGUAGE_CODE or is_filled(localized_value(page, "title", code))
        ]

    def location(self, page):
        return page.get_url_parts()[2]

    def lastmod(self, page):
        return page.last_published_at
