"""Pages cached out of the box: without CACHE_URL, every gunicorn worker of the machine shares
the file cache, and a publication made by any process (here `manage.py shell`, as an editor's
request in another worker would) is seen at once by every worker.

The site is served as in production (production settings, gunicorn with three workers, no
Redis) from a database of its own; each request opens a new connection, so the workers take
turns."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ABOUT = "/fr/a-propos/"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    if os.environ.get("DATABASE_URL", "").startswith("postgres"):
        pytest.skip("serves a SQLite site of its own: run once, in the SQLite pass")
    base = tmp_path_factory.mktemp("workers")
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
        "SECRET_KEY": "workers-test-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{base / 'db.sqlite3'}",
        "MEDIA_ROOT": str(base / "media"),
        "STATIC_ROOT": str(base / "static"),
        "CACHE_DIR": str(base / "cache"),
        "CACHE_URL": "",
        "REDIS_URL": "",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "3",
        "GUNICORN_ACCESS_LOG": "",
    }
    env.pop("PAGE_CACHE_SECONDS", None)
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        ["load_demo_content", "--no-accounts"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    log = (base / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "jumelage.wsgi"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(240):
            try:
                urllib.request.urlopen(url + "/healthz", timeout=1)  # noqa: S310 - loopback
                break
            except OSError:
                time.sleep(0.25)
        yield url, env, manage
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def get(url):
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
        return response.headers.get("X-Cache"), response.read().decode()


def test_every_worker_shares_the_cache_and_sees_a_publication_at_once(site):
    url, env, manage = site
    answers = [get(url + ABOUT) for _ in range(9)]
    # Rendered once, then every worker answers from the one cache.
    assert [cache for cache, _ in answers].count("MISS") == 1, [c for c, _ in answers]
    publish = (
        "from jumelage.models import StandardPage\n"
        "page = StandardPage.objects.get(slug_fr='a-propos')\n"
        "page.title_fr = 'Publié par un autre processus'\n"
        "page.save_revision().publish()\n"
    )
    subprocess.run([*manage, "shell", "-c", publish], cwd=ROOT, env=env, check=True)
    after = [get(url + ABOUT) for _ in range(9)]
    assert all("Publié par un autre processus" in html for _, html in after)
    assert [cache for cache, _ in after].count("MISS") == 1
