"""`/healthz` and `/readyz` as a load balancer calls them: by the server's address (not the
site's name), over plain HTTP behind the proxy, with production's host check and HTTPS redirect
on; never from the page cache; the cache checked against a real Redis and a closed port."""

import socket

import pytest
from django.core.cache import caches
from django.test import override_settings

pytestmark = pytest.mark.django_db

PRODUCTION_LIKE = {
    "ALLOWED_HOSTS": ["aix-jumelages.example"],
    "SECURE_SSL_REDIRECT": True,
    "PAGE_CACHE_SECONDS": 3600,
}


def redis_cache(location):
    return {
        "default": {
            "BACKEND": "jumelage.cache.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "readyz-test",
        }
    }


def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.parametrize("path", ["/healthz", "/healthz/", "/readyz", "/readyz/"])
def test_a_load_balancer_gets_an_answer_by_address_over_http(client, settings, path):
    for name, value in PRODUCTION_LIKE.items():
        setattr(settings, name, value)
    for _ in range(2):  # the second is not a cached copy
        response = client.get(path, HTTP_HOST="10.0.0.12:8000")
        assert response.status_code == 200
        assert response.json()["status"] == "ok"
        assert response["Cache-Control"] == "no-store"
        assert "X-Cache" not in response


def test_the_site_itself_still_checks_the_host_and_redirects_to_https(client, settings):
    for name, value in PRODUCTION_LIKE.items():
        setattr(settings, name, value)
    assert client.get("/fr/", HTTP_HOST="10.0.0.12:8000").status_code == 400
    assert client.get("/fr/", HTTP_HOST="aix-jumelages.example").status_code == 301


def test_a_post_to_the_health_checks_is_not_answered_by_them(client):
    assert client.post("/healthz").status_code != 200


def test_readyz_says_when_the_database_refuses(client):
    from unittest import mock

    from django.db import OperationalError

    refused = OperationalError("connection refused")
    target = "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection"
    with mock.patch(target, side_effect=refused):
        ready = client.get("/readyz")
        alive = client.get("/healthz")
    assert ready.status_code == 503 and ready.json()["database"] == "unavailable"
    assert alive.status_code == 200


def test_readyz_checks_a_real_redis(client):
    redis_url = "redis://127.0.0.1:6379/13"
    with override_settings(CACHES=redis_cache(redis_url)):
        try:
            response = client.get("/readyz")
        finally:
            caches["default"].close()
    if response.json()["cache"] != "ok":
        pytest.fail("Redis on 127.0.0.1:6379 should answer (CI starts it when absent)")
    assert response.status_code == 200


def test_readyz_names_an_unreachable_cache_without_taking_the_server_out(client):
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{closed_port()}/0")):
        response = client.get("/readyz")
    # The site serves without its cache (jumelage.cache), so the server stays in rotation.
    assert response.status_code == 200
    assert response.json() == {
        "status": "ok",
        "database": "ok",
        "migrations": "ok",
        "cache": "unavailable",
    }


def test_readyz_gives_up_on_a_database_that_never_answers(tmp_path):
    """A PostgreSQL address that accepts the connection and then says nothing (a hung server):
    /readyz answers 503 within DATABASE_CONNECT_TIMEOUT, not after gunicorn's 30 s kill."""
    import os
    import subprocess
    import sys
    import threading
    from pathlib import Path

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held = []
    threading.Thread(
        target=lambda: [held.append(listener.accept()) for _ in range(8)], daemon=True
    ).start()
    port = listener.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
        "SECRET_KEY": "readyz-test-" + "x" * 40,
        "REGISTER_KEY": "local-test-register-key-" + "r" * 20,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:{port}/nothing",
        "DATABASE_CONNECT_TIMEOUT": "2",
    }
    code = (
        "import time; from jumelage.health import readyz; start = time.monotonic(); "
        "response = readyz(); print(response.status_code, round(time.monotonic() - start, 1))"
    )
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, str(root / "manage.py"), "shell", "-c", code],
        cwd=root, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    listener.close()
    status, seconds = result.stdout.split()[-2:]
    assert status == "503", result.stdout + result.stderr
    assert float(seconds) < 10, seconds
