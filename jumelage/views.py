"""Views outside the page tree: search, robots.txt and the error pages."""

import sys
from collections import Counter
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponseServerError,
    JsonResponse,
)
from django.shortcuts import render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .i18n import query_value, query_word, translated_url
from .reliability import UNAVAILABLE_CSP, is_database_unavailable, unavailable_response
from .search import (
    KIND_FILTERS,
    KINDS,
    MAX_MATCHES,
    add_excerpts,
    browse_pages,
    clean_query,
    find,
    search_sections,
)

RESULTS_PER_PAGE = 10
# The same search in another language, offered when nothing matches in the visitor's.
OTHER_LANGUAGE_SEARCH = {
    "fr": _("The same search in the pages written in French"),
    "en": _("The same search in the pages written in English"),
}


@require_GET
def search(request):
    """Search the site in the visitor's language only, results filterable by kind."""
    query = clean_query(request.GET.get("q", ""))
    kind = query_value(request, "type") or ""
    kind = kind if kind in KINDS else ""
    language = get_language()
    matches = find(query, language) if query else []
    counts = Counter(entry.kind for entry in matches)
    shown = [entry for entry in matches if entry.kind == kind] if kind else matches
    results = Paginator(shown, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    add_excerpts(results.object_list, query)
    filters = [
        {
            "label": label,
            "count": counts[code] if code else len(matches),
            "url": "?" + urlencode(search_query(query, code)),
            "current": code == kind,
        }
        for code, label in [("", _("All")), *KIND_FILTERS.items()]
    ]
    context = {
        "query": query,
        "kind": kind,
        "total": len(matches),
        "truncated": len(matches) >= MAX_MATCHES,
        "results": results,
        "filters": filters,
        "keep": urlencode(search_query(query, kind)),
        # Result lists are not pages for search engines to keep.
        "noindex": True,
    }
    if not matches:
        context["other_languages"] = [
            {"code": code, "label": label, "url": translated_url(request, code)}
            for code, label in OTHER_LANGUAGE_SEARCH.items()
            if code != language
        ]
        context["browse"] = browse_pages()
        context["sections"] = search_sections(request)
    return render(request, "jumelage/search.html", context)


def search_query(query, kind):
    """The search's query string, its kind in the words of the page's language (`projet`)."""
    return {"q": query, "type": query_word("type", kind)} if kind else {"q": query}


@require_GET
@cache_control(max_age=86400, public=True)
def web_manifest(request):
    """The web app manifest in the visitor's language: the name and icons a phone shows when
    the site is added to its home screen."""
    language = get_language()
    manifest = {
        "name": gettext("Twinning Association of Aix-en-Provence"),
        "short_name": gettext("Aix twinning"),
        "description": gettext(
            "The twinning association of Aix-en-Provence brings the people of Aix together "
            "with those of its twin cities."
        ),
        "lang": language,
        "start_url": f"/{language}/",
        "scope": "/",
        "display": "browser",
        "background_color": "#fffdf8",
        "theme_color": "#0a3559",
        "icons": [
            {"src": static(f"img/icon-{size}.png"), "sizes": f"{size}x{size}", "type": "image/png"}
            for size in (192, 512)
        ]
        + [{"src": static("img/favicon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    return JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


@require_GET
@cache_control(max_age=86400, public=True)
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/"]
    lines.append(f"Sitemap: {sitemap_url}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    """A 404 in the visitor's language that reads nothing from the database."""
    body = loader.render_to_string("404.html", {"request_path": request.path}, request=None)
    return HttpResponseNotFound(body)


def server_error(request):
    """A bilingual 500 that needs neither the database nor a request context; a 503 "temporarily
    unavailable" when the error is a lost database (raised outside a view, e.g. by a
    middleware reading the session)."""
    if is_database_unavailable(sys.exc_info()[1]):
        return unavailable_response()
    response = HttpResponseServerError(loader.render_to_string("500.html"))
    # Its only style is inline, and it has no script.
    response["Content-Security-Policy"] = UNAVAILABLE_CSP
    return response
