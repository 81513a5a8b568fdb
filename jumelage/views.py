"""Views outside the page tree: search, robots.txt and the error pages."""

import sys
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
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET

from .reliability import UNAVAILABLE_CSP, is_database_unavailable, unavailable_response
from .search import search_pages

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@require_GET
def search(request):
    """Search the site in the visitor's language only."""
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = search_pages(query, get_language()) if query else []
    paginator = Paginator(results, RESULTS_PER_PAGE)
    page = paginator.get_page(request.GET.get("page"))
    return render(
        request,
        "jumelage/search.html",
        {
            "query": query,
            "results": page,
            "paginator": paginator,
            "keep": urlencode({"q": query}),
        },
    )


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
