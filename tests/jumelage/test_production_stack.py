"""The site as a volunteer host runs it: gunicorn (three workers, production settings, no
Redis) behind Varnish with the configuration we ship (deploy/varnish/default.vcl), from a
database of its own.

- Pages cached out of the box: the workers share the file cache, and a publication made by any
  process (here `manage.py shell`, as an editor's request in another worker would) is seen at
  once by every worker.
- The edge: public pages are kept by Varnish, private ones never; a publication purges it
  (wagtail.contrib.frontend_cache, HTTP PURGE), and the change shows through it within 1 s,
  on the page and on its filtered and sub-view addresses.

Each request opens a new connection, so the workers take turns."""

import os
import shutil
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
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(varnishd).exists():
        pytest.fail("varnishd is needed (Debian's varnish package; CI installs it)")
    base = tmp_path_factory.mktemp("stack")
    port, edge_port = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
        "SECRET_KEY": "workers-test-" + "x" * 40,
        "REGISTER_KEY": "local-test-register-key-" + "r" * 20,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
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
        "EDGE_PURGE": "varnish",
        "EDGE_PURGE_URL": f"http://127.0.0.1:{edge_port}",
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
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    (base / "edge.vcl").write_text(vcl.replace('.port = "8000"', f'.port = "{port}"'))
    edge = subprocess.Popen(
        [varnishd, "-F", "-j", "none", "-n", str(base / "varnish"), "-a",
         f"127.0.0.1:{edge_port}", "-f", str(base / "edge.vcl"), "-s", "malloc,64m"],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url, edge_url = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{edge_port}"
    try:
        for address in (url, edge_url):
            for _ in range(240):
                try:
                    urllib.request.urlopen(address + "/healthz", timeout=1)  # noqa: S310
                    break
                except OSError:
                    time.sleep(0.25)
        yield {"url": url, "edge": edge_url, "env": env, "manage": manage}
    finally:
        for process in (edge, server):
            process.terminate()
            process.wait(timeout=30)
        log.close()


def publish_title(site, title, slug="a-propos"):
    code = (
        "from wagtail.models import Page\n"
        f"page = Page.objects.get(slug_fr={slug!r}).specific\n"
        f"page.title_fr = {title!r}\n"
        "page.save_revision().publish()\n"
    )
    command = [*site["manage"], "shell", "-c", code]
    subprocess.run(command, cwd=ROOT, env=site["env"], check=True, capture_output=True)


def get(url, **headers):
    """A GET as a visitor's browser sends it to the site's host name (the demo's Site is
    `localhost`, the name the purges are sent for)."""
    request = urllib.request.Request(url, headers={"Host": "localhost", **headers})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return response.headers, response.read().decode()


def test_every_worker_shares_the_cache_and_sees_a_publication_at_once(site):
    answers = [get(site["url"] + ABOUT) for _ in range(9)]
    # Rendered once, then every worker answers from the one cache.
    assert [h["X-Cache"] for h, _ in answers].count("MISS") == 1, [h["X-Cache"] for h, _ in answers]
    publish_title(site, "Publié par un autre processus")
    after = [get(site["url"] + ABOUT) for _ in range(9)]
    assert all("Publié par un autre processus" in html for _, html in after)
    assert [h["X-Cache"] for h, _ in after].count("MISS") == 1


def test_the_edge_keeps_public_pages_and_never_private_ones(site):
    edge = site["edge"]
    headers, _html = get(edge + ABOUT)
    assert "public" in headers["Cache-Control"] and "s-maxage=" in headers["Cache-Control"]
    assert get(edge + ABOUT)[0]["X-Edge"] == "HIT"
    # A form (its CSRF cookie) and a visitor with a session are never served from the edge.
    for _ in range(2):
        form_headers, _html = get(edge + "/fr/nous-contacter/")
        assert form_headers["X-Edge"] == "MISS" and "private" in form_headers["Cache-Control"]
    with_session = get(edge + ABOUT, Cookie="sessionid=abc")[0]
    assert with_session["X-Edge"] == "MISS"
    # The app servers (here the loopback) may purge; the configuration refuses anyone else.
    request = urllib.request.Request(edge + ABOUT, method="PURGE")  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - loopback
        assert response.status == 200  # the test runs on the loopback, a purger


def test_a_publication_shows_through_the_edge_within_a_second(site):
    edge = site["edge"]
    filtered = "/fr/evenements/?category=market"
    english = "/en/events/calendar/?month=2026-12"
    for path in (ABOUT, filtered, "/fr/", english):
        get(edge + path)
        assert get(edge + path)[0]["X-Edge"] == "HIT", path
    publish_title(site, "Vu à travers le cache")
    published = time.monotonic()
    while "Vu à travers le cache" not in get(edge + ABOUT)[1]:
        assert time.monotonic() - published < 1.0, "not visible through the edge within 1 s"
        time.sleep(0.05)
    # The page's other addresses and the pages that list it were purged with it.
    assert get(edge + filtered)[0]["X-Edge"] == "MISS"
    # The other language's addresses too (with the shipped VCL, the site purges each
    # language's home page, and Varnish bans every address under it).
    assert get(edge + english)[0]["X-Edge"] == "MISS"
    assert "Vu à travers le cache" in get(edge + "/fr/")[1]
