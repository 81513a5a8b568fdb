"""A shared cache (Redis) that stops answering makes the site serve uncached, never fail."""

import logging
import socket

import pytest
from django.core.cache import cache, caches

from jumelage.antispam import RateLimit
from jumelage.cache import ResilientRedisCache

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_cache(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "jumelage.cache.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
        }
    }
    settings.PAGE_CACHE_SECONDS = 600
    assert isinstance(caches["default"], ResilientRedisCache)


@pytest.mark.parametrize(
    "url",
    [
        "/fr/",
        "/en/about-us/",
        "/fr/evenements/",
        "/fr/evenements/fete-de-l-europe/",
        "/fr/villes-jumelles/masis/",
        "/fr/partenaires/",
        "/fr/projets/",
        "/fr/projets/proposer-un-projet/",
        "/fr/recherche/?q=Masis",
        "/sitemap.xml",
    ],
)
def test_public_pages_are_served_while_the_cache_is_unreachable(client, unreachable_cache, url):
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert response.get("X-Cache") != "HIT"


def test_the_backend_reads_misses_and_writes_nothing(unreachable_cache, caplog):
    with caplog.at_level(logging.WARNING, logger="jumelage.cache"):
        assert cache.get("key", "default") == "default"
        assert cache.get_many(["a", "b"]) == {}
        assert cache.add("key", 1) is False
        cache.set("key", 1)
        assert cache.get("key") is None
        with pytest.raises(ValueError):
            cache.incr("key")
        assert cache.get_or_set("key", 5) == 5
    # One warning for the outage, not one per call.
    assert len([r for r in caplog.records if r.name == "jumelage.cache"]) == 1


def test_the_rate_limit_lets_people_through_while_the_cache_is_unreachable(rf, unreachable_cache):
    limit = RateLimit("test", limit=1, window=60)
    request = rf.post("/", REMOTE_ADDR="192.0.2.1")
    for _ in range(3):
        assert not limit.exceeded(request)
        limit.count(request)


def test_the_application_form_is_accepted_while_the_cache_is_unreachable(
    client, unreachable_cache, settings, tmp_path
):
    from tests.projects.test_applications import valid_data

    settings.PRIVATE_MEDIA_ROOT = tmp_path
    response = client.post("/en/projects/propose-a-project/", valid_data())
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
