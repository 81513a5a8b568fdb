"""Routing a URL to its page in two queries, whatever the depth of the page.

Wagtail walks the tree one level at a time, and wagtail-modeltranslation's version of that walk
costs two queries per level (the children, then the specific page). Every page already stores
its full URL path in each language (`url_path_fr`, `url_path_en`), so the site root looks the
page up by that path first, and walks the tree only when no page has that path (a sub-page route
of a RoutablePage such as `/fr/evenements/archive/`, or a URL that does not exist)."""

from django.utils import translation
from modeltranslation.utils import build_localized_fieldname
from wagtail.models import Page


def install(page_class):
    """Give `page_class` (a site root type) the one-lookup route, in front of its own."""
    tree_walk = page_class.route

    def route(self, request, path_components):
        if path_components:
            field = build_localized_fieldname("url_path", translation.get_language())
            root_path = getattr(self, field, None) or self.url_path
            target = root_path + "/".join(path_components) + "/"
            page = (
                Page.objects.filter(path__startswith=self.path, **{field: target})
                .only("pk", "content_type")
                .first()
            )
            if page is not None:
                return page.specific.route(request, [])
        return tree_walk(self, request, path_components)

    page_class.route = route
