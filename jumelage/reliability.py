"""When the database cannot be reached, visitors get a short bilingual "temporarily unavailable"
page (503, Retry-After) instead of a server error, and the site recovers by itself once the
database is back: Django's CONN_HEALTH_CHECKS and the errors flag of the connection make the
next request open a fresh connection."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader

logger = logging.getLogger(__name__)

# Seconds a browser or crawler is asked to wait before trying again.
RETRY_AFTER = 60
# The page has no script and its only style is inline: this is its whole policy.
UNAVAILABLE_CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
    "frame-ancestors 'none'"
)


def is_database_unavailable(error):
    """True for the errors a lost or refused database connection raises (Django wraps
    psycopg's and sqlite3's own in these two)."""
    return isinstance(error, (OperationalError, InterfaceError))


def unavailable_response():
    """The 503 page: a static template, no database, no request context."""
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER)
    response["Cache-Control"] = "no-store"
    response["Content-Security-Policy"] = UNAVAILABLE_CSP
    return response


class DatabaseUnavailableMiddleware:
    """Answers 503 when a view (or the page it renders) cannot reach the database. Errors
    raised in other middleware reach `jumelage.views.server_error`, which does the same."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_database_unavailable(exception):
            return None
        logger.error("Database unavailable: %s", exception, extra={"request": request})
        return unavailable_response()
