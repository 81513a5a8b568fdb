"""Whole pages for anonymous visitors, from the shared cache.

A page is kept under its language, scheme, host, path and query string, and the day (lists of
upcoming events change at midnight). Every entry carries the cache *generation* it was rendered
in; any publication, move or deletion of a page, any change of an event's editions, a partner,
a board decision, the site settings, a view restriction or an image starts a new generation, so
every page is rendered afresh on its next request. A small site publishes a few times a day:
emptying everything at once costs a few renders, and cannot forget a page that shows the change
in a listing, a footer or a menu (which finer invalidation would have to know about).

Served from the cache: GET and HEAD requests of visitors without a session cookie (nobody is
logged in, no password was given for a private page) and without pending messages, for 200
responses that set no cookie, hold no CSRF token (forms), did not touch the session, and are
not under a view restriction or marked `page_cache = False` (the application form). The admins,
documents, static and media files never are.
"""

import hashlib
import time
import uuid

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import cache
from django.db import DatabaseError, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from wagtail import hooks

from . import edge
from .i18n import language_codes
from .middleware import LANGUAGE_PREFIX, NOT_PAGES

GENERATION_KEY = "pagecache:generation"
HEADER = "X-Cache"
MAX_QUERY_STRING = 512


# What this process last read of the publication count: (count, when, as time.monotonic()).
_published = {"count": None, "read_at": 0.0}


def published_count():
    """The database's count of publications (`PublicationCounter`), read again when the last
    reading is older than PAGE_CACHE_RECHECK_SECONDS: a few queries a minute per process, so
    that a page cached before a change made while the shared cache was unreachable is never
    served longer than that. While the database does not answer, the last reading stands (the
    cache keeps serving what it holds)."""
    from .models import PublicationCounter

    now = time.monotonic()
    count, read_at = _published["count"], _published["read_at"]
    if count is None or now - read_at >= settings.PAGE_CACHE_RECHECK_SECONDS:
        try:
            count = PublicationCounter.current()
        except DatabaseError:
            if count is None:
                return None
        _published.update(count=count, read_at=now)
    return count


def _with_count(raw):
    """A generation as the cache stores it, joined with the publication count."""
    if raw is None:
        return None
    count = published_count()
    return None if count is None else f"{raw}.{count}"


def generation():
    """The current cache generation (a new one when the cache has none); None when the cache
    does not answer. Fragments kept in the cache (the footer) carry it in their key."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        current = cache.get(GENERATION_KEY)
    return _with_count(current)


def _new_generation():
    cache.set(GENERATION_KEY, uuid.uuid4().hex, None)


def _counted():
    """After the commit, this process knows the new count at once."""
    _published.update(count=None, read_at=0.0)
    _new_generation()


def invalidate(**kwargs):
    """Start a new generation: every cached page is rendered again on its next request.

    Now (the same database connection sees the change at once), and again once the
    transaction commits: a page rendered by another process before the commit, with the old
    content, is then never served. The count of publications goes up in the same transaction,
    so the change is not forgotten if the shared cache does not answer now."""
    from .models import PublicationCounter

    PublicationCounter.increment()
    _new_generation()
    transaction.on_commit(_counted)
    edge.purge_after_commit()


def invalidate_on_change(*models):
    """Start a new generation whenever a row of one of `models` is saved or deleted."""
    for model in models:
        post_save.connect(invalidate, sender=model, dispatch_uid=f"pagecache-save-{model}")
        post_delete.connect(invalidate, sender=model, dispatch_uid=f"pagecache-delete-{model}")


def connect_signals():
    """What the core knows changes public pages (each app adds its own models with
    `invalidate_on_change`)."""
    from wagtail.images import get_image_model
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    from .models import SiteSettings

    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(invalidate, dispatch_uid=f"pagecache-{id(signal)}")
    post_delete.connect(invalidate, sender=Page, dispatch_uid="pagecache-page-delete")
    invalidate_on_change(PageViewRestriction, Site, SiteSettings, get_image_model())


@hooks.register("before_serve_page")
def mark_uncacheable_page(page, request, serve_args, serve_kwargs):
    """Pages that must not come from the cache: forms (`page_cache = False`) and pages under a
    view restriction, whatever their response looks like."""
    from .queries import restricted_paths

    if not getattr(page, "page_cache", True) or any(
        page.path.startswith(path) for path in restricted_paths()
    ):
        request.page_cache_skip = True


def cacheable(request, response):
    """Whether this answer to an anonymous visitor may be kept and served to others: by the
    page cache, and by a shared cache at the edge (`jumelage.edge`)."""
    if request.method not in ("GET", "HEAD") or response.status_code != 200:
        return False
    if response.streaming or request.path_info.startswith(NOT_PAGES):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
        return False
    # A cookie set: a CSRF token in the page (a form), the session written, messages.
    if getattr(request, "page_cache_skip", False) or response.cookies:
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    session = getattr(request, "session", None)
    if session is not None and session.modified:
        return False
    if hasattr(request, "_messages") and len(get_messages(request)):
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Serves anonymous visitors' pages from the cache (see the module's docstring).

    First of the middlewares: a page found in the cache is answered at once, with the headers
    every other middleware had given it (security headers, language, Vary), and what it
    stores is the response those middlewares finished, so that a cookie set by any of them
    (CSRF, session, messages) keeps the page out of the cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        key = self.key(request) if seconds else None
        if key is None:
            return self.get_response(request)
        found = cache.get_many([GENERATION_KEY, key])
        current, entry = _with_count(found.get(GENERATION_KEY)), found.get(key)
        if current is not None and entry is not None and entry[0] == current:
            return self.rebuild(entry)
        response = self.get_response(request)
        if self.may_store(request, response):
            if current is None:
                current = generation()
            if current is not None:
                headers = [(name, value) for name, value in response.items() if name != HEADER]
                entry = (current, response.status_code, headers, response.content)
                cache.set(key, entry, seconds)
        response[HEADER] = "MISS"
        patch_vary_headers(response, ("Cookie",))
        return response

    @staticmethod
    def key(request):
        """The page's key, or None when this request must not use the cache."""
        if request.method not in ("GET", "HEAD") or request.path_info.startswith(NOT_PAGES):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES or "messages" in request.COOKIES:
            return None
        query = request.META.get("QUERY_STRING", "")
        if len(query) > MAX_QUERY_STRING:
            return None
        try:
            url = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
        except Exception:  # noqa: BLE001 - a disallowed host: Django answers it, uncached
            return None
        # The language is the URL's prefix; elsewhere French (jumelage.middleware), except at
        # `/`, which sends each browser to its own language and is never kept.
        if request.path_info == "/":
            return None
        prefix = LANGUAGE_PREFIX.match(request.path_info)
        language = prefix.group(1) if prefix else settings.LANGUAGE_CODE
        if language not in language_codes():
            language = settings.LANGUAGE_CODE
        digest = hashlib.sha256(url.encode()).hexdigest()
        return f"pagecache:{language}:{timezone.localdate().isoformat()}:{digest}"

    @staticmethod
    def may_store(request, response):
        return request.method == "GET" and cacheable(request, response)

    @staticmethod
    def rebuild(entry):
        _generation, status, headers, content = entry
        response = HttpResponse(content, status=status)
        for name, value in headers:
            response[name] = value
        response[HEADER] = "HIT"
        patch_vary_headers(response, ("Cookie",))
        return response
