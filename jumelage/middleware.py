"""Language selection for the URLs outside `/fr/` and `/en/`."""

import re

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from .i18n import language_codes

LANGUAGE_PREFIX = re.compile(r"^/([a-zA-Z]{2,3}(?:[-_][a-zA-Z0-9]{2,8})?)(?:/|$)")
# Not pages: a 404 there stays a 404 instead of becoming a redirect to /fr/...
NOT_PAGES = ("/admin/", "/django-admin/", "/documents/", "/static/", "/media/")


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, with the site's rules for URLs without a known language:

    - `/` goes to the language the visitor's browser prefers (Django's behaviour);
    - an unknown language prefix (`/de/...`) is a 404 in French, not a redirect to `/fr/de/`;
    - any other URL (`/a-propos/`, the admins, robots.txt) is in French, the site's default,
      whatever the browser prefers; a page path without prefix is redirected to `/fr/...`,
      but a 404 under the admins, documents or static files stays a 404.
    """

    def process_request(self, request):
        super().process_request(request)
        path = request.path_info
        if path == "/" or self._known_prefix(path):
            return
        translation.activate(settings.LANGUAGE_CODE)
        request.LANGUAGE_CODE = settings.LANGUAGE_CODE

    def process_response(self, request, response):
        if self._unknown_prefix(request.path_info) or request.path_info.startswith(NOT_PAGES):
            response.headers.setdefault("Content-Language", settings.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)

    @staticmethod
    def _known_prefix(path):
        match = LANGUAGE_PREFIX.match(path)
        return bool(match) and match.group(1) in language_codes()

    @classmethod
    def _unknown_prefix(cls, path):
        match = LANGUAGE_PREFIX.match(path)
        return bool(match) and match.group(1) not in language_codes()


class RejectUnreadableInputMiddleware:
    """Answers 400 (in the visitor's language) to a request whose path, query or form holds a
    NUL character: PostgreSQL refuses it in any text it is asked to compare or store, which
    would end in a 500 wherever a view passes the value on to a query."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self._has_nul(request):
            from django.http import HttpResponseBadRequest
            from django.template import loader

            return HttpResponseBadRequest(loader.render_to_string("400.html"))
        return self.get_response(request)

    @staticmethod
    def _has_nul(request):
        if "\x00" in request.path_info:
            return True
        data = [request.GET]
        if request.method == "POST" and request.content_type in (
            "application/x-www-form-urlencoded",
            "multipart/form-data",
        ):
            data.append(request.POST)
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for query in data
            for key, values in query.lists()
        )
