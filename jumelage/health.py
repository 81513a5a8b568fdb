"""What a load balancer, a container's health check or an uptime monitor calls.

- `/healthz`: the process answers (nothing else is asked, not even the database): restart the
  process when this fails.
- `/readyz`: the database answers a query, holds every migration this code knows (a process
  started before `migrate` ran serves nothing but errors), and the cache keeps what it is
  given: send no visitors here while it says 503.

A middleware, first in MIDDLEWARE, answers both before anything else runs: the host check (a
load balancer calls by address, not by the site's name), the HTTPS redirect (it calls over plain
HTTP behind the proxy), the page cache, the language prefix and the sessions. The answers are
never cached.

The cache alone being unreachable does not make the process unready: the site is built to serve
without it (`jumelage.cache`: a miss, logged once), and a load balancer that took every server
out because Redis is down would turn a slower site into no site. `/readyz` still says so in its
body, for the monitor to alert on.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse

logger = logging.getLogger(__name__)

PATHS = {"/healthz", "/healthz/", "/readyz", "/readyz/"}


def _database_ready():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except DatabaseError as error:
        logger.warning("Readiness: the database does not answer (%s).", error)
        return False


_migrated = False


def _migrations_applied():
    """No migration of this code left to apply. Checked until it holds, then remembered: the
    code a process runs does not change, and a database is not un-migrated under it."""
    global _migrated
    if not _migrated:
        from django.db.migrations.executor import MigrationExecutor

        try:
            executor = MigrationExecutor(connection)
            _migrated = not executor.migration_plan(executor.loader.graph.leaf_nodes())
        except DatabaseError as error:
            logger.warning("Readiness: the migrations cannot be read (%s).", error)
            return False
        if not _migrated:
            logger.warning("Readiness: migrations are waiting (manage.py migrate).")
    return _migrated


def _cache_ready():
    key, value = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, 10)
        kept = cache.get(key) == value
        cache.delete(key)
    except Exception as error:  # noqa: BLE001 - any backend's failure means "not kept"
        logger.warning("Readiness: the cache does not answer (%s).", error)
        return False
    return kept


def _answer(status, body):
    response = JsonResponse(body, status=status)
    response["Cache-Control"] = "no-store"
    return response


def healthz():
    return _answer(200, {"status": "ok"})


def readyz():
    database, cache_ok = _database_ready(), _cache_ready()
    migrated = database and _migrations_applied()
    body = {
        "status": "ok" if migrated else "unavailable",
        "database": "ok" if database else "unavailable",
        "migrations": "ok" if migrated else ("pending" if database else "unknown"),
        "cache": "ok" if cache_ok else "unavailable",
    }
    return _answer(200 if migrated else 503, body)


class HealthCheckMiddleware:
    """Answers GET and HEAD on /healthz and /readyz before any other middleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in PATHS and request.method in ("GET", "HEAD"):
            return healthz() if request.path_info.startswith("/healthz") else readyz()
        return self.get_response(request)
