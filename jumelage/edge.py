"""The edge cache in front of the site (Varnish on the same machine, or a CDN).

Headers: a public page an anonymous visitor may be served from a cache (the page cache's own
rule, `pagecache.cacheable`) says so with `Cache-Control: public, max-age=0, s-maxage=N,
stale-while-revalidate=M`: a shared cache keeps it N seconds (EDGE_CACHE_SECONDS), browsers
always ask again. Every other page (a form, a logged-in editor, a visitor with a session or a
message) is `private`, so no shared cache keeps it.

Purge: whenever the page cache starts a new generation (any publication, or any change a page
shows: `pagecache.invalidate`), once the transaction commits, every live page's address in both
languages is purged through `wagtail.contrib.frontend_cache` with the backend the environment
chooses (`EDGE_PURGE`: `varnish` with HTTP PURGE, `cloudflare`, `cloudfront`;
settings/base.py). The Varnish configuration we ship (deploy/varnish/default.vcl) bans, for each
address purged, that address with every query string and every address under it, so the
calendar's months, the archive's years and the filtered lists go with their page; with it
(`EDGE_PURGE=varnish`), purging each site's home page in each language, and the sitemap, for
each name visitors use (the Site's and ALLOWED_HOSTS'), purges everything in a few requests
instead of one per page. A CDN is purged page by page for the Site's name (set it in
Settings > Sites).
"""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.cache import patch_cache_control

from .middleware import NOT_PAGES

logger = logging.getLogger(__name__)


class EdgeCacheHeadersMiddleware:
    """Says which pages a shared cache may keep (see the module's docstring). Inside the page
    cache's middleware, so that a page kept there keeps its header."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if "Cache-Control" in response or request.path_info.startswith(NOT_PAGES):
            return response
        from .pagecache import cacheable

        if settings.EDGE_CACHE_SECONDS and cacheable(request, response):
            patch_cache_control(
                response,
                public=True,
                max_age=0,
                s_maxage=settings.EDGE_CACHE_SECONDS,
                stale_while_revalidate=settings.EDGE_STALE_SECONDS,
            )
        else:
            patch_cache_control(response, private=True)
        return response


def live_page_urls():
    """Every live page's full address in each language (with the sub-paths a page declares in
    `get_cached_paths`)."""
    from wagtail.models import Page, Site

    urls = set()
    pages = Page.objects.live().filter(depth__gt=1).specific()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for page in pages:
                url = page.get_full_url()
                if url:
                    urls.update(url + path.lstrip("/") for path in page.get_cached_paths())
    for site in Site.objects.all():
        urls.add(f"{site.root_url}/sitemap.xml")
    return sorted(urls)


def visitor_hosts():
    """The names visitors use: each Wagtail Site's, and each name in ALLOWED_HOSTS (the Site
    is `localhost` until an editor changes it; the stack's operator only sets ALLOWED_HOSTS)."""
    from wagtail.models import Site

    hosts = {site.hostname for site in Site.objects.all()}
    hosts.update(
        host for host in settings.ALLOWED_HOSTS if host and "*" not in host and host[0] != "."
    )
    return sorted(hosts)


def language_roots():
    """For each name visitors use: each site's home page in each language, and the sitemap.
    With the shipped VCL, a PURGE of one bans every address under it."""
    from urllib.parse import urlsplit

    from wagtail.models import Site

    paths = {"/sitemap.xml"}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for site in Site.objects.select_related("root_page"):
                url = site.root_page.get_full_url()
                if url:
                    paths.add(urlsplit(url).path)
    return sorted(f"http://{host}{path}" for host in visitor_hosts() for path in paths)


def purge_everything():
    """Purge every live page from the edge (nothing when no edge is configured). A failure is
    logged: the edge then serves the old page until EDGE_CACHE_SECONDS have passed."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

    try:
        urls = language_roots() if settings.EDGE_PURGE == "varnish" else live_page_urls()
        PurgeBatch(urls).purge()
    except Exception:  # noqa: BLE001 - the publication is saved whatever the edge says
        logger.exception("The edge cache could not be purged.")


def purge_after_commit():
    """Purge once when the transaction commits, however many changes it holds (loading the
    demo saves hundreds of rows)."""
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    connection = transaction.get_connection()
    if connection.in_atomic_block and any(
        func is purge_everything for _sids, func, *_rest in connection.run_on_commit
    ):
        return
    transaction.on_commit(purge_everything)
