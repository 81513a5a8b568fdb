"""A change saved while the shared cache (a real Redis, of the test's own) does not answer is
never hidden by the pages cached before it once Redis answers again.

Redis is made to stop answering with `CLIENT PAUSE` (it keeps what it holds, as a Redis that
comes back after a network cut does): the new generation written by the publication is lost,
the pages cached before it are still there when Redis answers again."""

import shutil
import socket
import subprocess
import time

import pytest
from django.core.cache import caches
from django.test import override_settings

from jumelage import pagecache
from jumelage.models import PublicationCounter, StandardPage

pytestmark = pytest.mark.django_db

ABOUT = "/fr/a-propos/"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def private_redis():
    server = shutil.which("redis-server")
    if server is None:
        pytest.fail("redis-server is needed (Debian's redis-server package; CI installs it)")
    port = free_port()
    process = subprocess.Popen(
        [server, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
    )
    import redis

    client = redis.Redis(host="127.0.0.1", port=port)
    for _ in range(100):
        try:
            client.ping()
            break
        except redis.exceptions.ConnectionError:
            time.sleep(0.05)
    try:
        yield port, client
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def redis_page_cache(private_redis, settings):
    port, client = private_redis
    settings.PAGE_CACHE_SECONDS = 600
    settings.PAGE_CACHE_RECHECK_SECONDS = 1
    caches_setting = {
        "default": {
            "BACKEND": "jumelage.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
        }
    }
    with override_settings(CACHES=caches_setting):
        yield client
        caches["default"].close()


def test_a_page_published_while_redis_is_unreachable_is_not_served_stale(
    client, redis_page_cache, django_capture_on_commit_callbacks
):
    assert client.get(ABOUT)["X-Cache"] == "MISS"
    assert client.get(ABOUT)["X-Cache"] == "HIT"

    before = PublicationCounter.current()
    redis_page_cache.execute_command("CLIENT", "PAUSE", "1500", "ALL")
    page = StandardPage.objects.get(slug_fr="a-propos")
    page.title_fr = "Publié pendant la panne"
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    time.sleep(1.6)  # Redis answers again, with the pages it held
    caches["default"]._down_until = 0  # and this process asks it again at once

    # Another process, which read the count of publications before the change, learns of it
    # within PAGE_CACHE_RECHECK_SECONDS (1 s here) and renders the page afresh.
    pagecache._published.update(count=before, read_at=time.monotonic())
    stale = client.get(ABOUT)  # within the recheck delay, it may still serve what it held
    assert stale.status_code == 200
    time.sleep(1.1)
    response = client.get(ABOUT)
    assert response["X-Cache"] == "MISS"
    assert "Publié pendant la panne" in response.content.decode()
    assert client.get(ABOUT)["X-Cache"] == "HIT"


def test_without_an_outage_a_publication_shows_at_once(client, redis_page_cache):
    assert client.get(ABOUT)["X-Cache"] == "MISS"
    assert client.get(ABOUT)["X-Cache"] == "HIT"
    page = StandardPage.objects.get(slug_fr="a-propos")
    page.title_fr = "Publié sans panne"
    page.save_revision().publish()
    assert "Publié sans panne" in client.get(ABOUT).content.decode()
