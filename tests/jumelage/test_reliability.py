"""The site survives a lost database: a bilingual 503 page that needs no database, then a
normal page again as soon as the database is back, with nobody restarting anything."""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from unittest import mock

import pytest
from django.db import OperationalError, connection

from jumelage.reliability import unavailable_response
from jumelage.views import server_error

ROOT = Path(__file__).resolve().parents[2]
FRENCH = "Site momentanément indisponible"
ENGLISH = "Site temporarily unavailable"


def test_the_unavailable_page_needs_no_database():
    """No `db` fixture: any database access here would fail the test."""
    response = unavailable_response()
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert FRENCH in html and ENGLISH in html and 'lang="en"' in html
    assert "default-src 'none'" in response["Content-Security-Policy"]


def test_a_lost_database_outside_a_view_also_gives_the_unavailable_page():
    try:
        raise OperationalError("server closed the connection unexpectedly")
    except OperationalError:
        response = server_error(None)
    assert response.status_code == 503
    assert FRENCH in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/fr/", "/en/events/", "/fr/recherche/?q=Masis"])
def test_pages_answer_503_in_both_languages_when_the_database_refuses(client, url):
    refused = OperationalError('connection to server at "db" failed: Connection refused')
    target = "django.db.backends.base.base.BaseDatabaseWrapper.ensure_connection"
    with mock.patch(target, side_effect=refused):
        response = client.get(url)
    assert response.status_code == 503
    assert response["Retry-After"] == "60"
    html = response.content.decode()
    assert FRENCH in html and ENGLISH in html
    # Back to normal at once.
    assert client.get(url).status_code == 200


# --- A real PostgreSQL server stopped and started again -------------------------------


def find_pg_bin():
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True)
    if versions:
        return versions[0].parent
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PrivateCluster:
    """A PostgreSQL cluster of the test's own, on its own port (as root, run as `postgres`:
    PostgreSQL refuses to run as root)."""

    def __init__(self, base, bin_dir):
        self.bin = bin_dir
        self.data = base / "data"
        self.port = free_port()
        self.log = base / "postgres.log"
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        base.mkdir(parents=True, exist_ok=True)
        if self.prefix:
            shutil.chown(base, "postgres")
            base.chmod(0o755)

    def run(self, *command):
        return subprocess.run(
            [*self.prefix, *command], check=True, capture_output=True, text=True, timeout=120
        )

    def init(self):
        initdb = [str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres"]
        self.run(*initdb, "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8")

    def start(self):
        options = f"-p {self.port} -k {self.data} -c listen_addresses=127.0.0.1 -c fsync=off"
        pg_ctl = [str(self.bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.log)]
        self.run(*pg_ctl, "-o", options, "-w", "start")

    def stop(self):
        self.run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    @property
    def url(self):
        return f"postgres://postgres@127.0.0.1:{self.port}/jumelage"


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture
def private_cluster():
    if connection.vendor != "postgresql":
        pytest.skip("the outage test stops a real PostgreSQL: run the suite on PostgreSQL")
    bin_dir = find_pg_bin()
    if bin_dir is None:
        pytest.skip("no initdb found (PostgreSQL's server binaries)")
    # Not under pytest's tmp_path: the `postgres` user must be able to reach the folder.
    base = Path(tempfile.mkdtemp(prefix="jumelage-outage-"))
    base.chmod(0o755)
    cluster = PrivateCluster(base / "pg", bin_dir)
    cluster.init()
    cluster.start()
    try:
        cluster.run(
            str(bin_dir / "createdb"), "-h", "127.0.0.1", "-p", str(cluster.port), "jumelage"
        )
        yield cluster
    finally:
        subprocess.run(
            [
                *cluster.prefix,
                str(bin_dir / "pg_ctl"),
                "-D",
                str(cluster.data),
                "-m",
                "immediate",
                "stop",
            ],
            capture_output=True,
            check=False,
        )
        shutil.rmtree(base, ignore_errors=True)


def test_the_site_serves_503_while_postgresql_is_down_and_recovers_by_itself(
    private_cluster, tmp_path
):
    """Production settings (persistent connections with health checks), served by gunicorn,
    on a PostgreSQL of the test's own that is stopped, then started again."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
        "SECRET_KEY": "outage-test-secret-" + "x" * 40,
        "REGISTER_KEY": "outage-test-register-key-" + "r" * 20,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": private_cluster.url,
        "CONN_MAX_AGE": "600",
        "STATIC_ROOT": str(tmp_path / "static"),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        ["load_demo_content", "--no-accounts"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    port = free_port()
    log = (tmp_path / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "gunicorn",
            "jumelage.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            "1",
            "--timeout",
            "60",
        ],  # fmt: skip
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    site = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                urllib.request.urlopen(site + "/robots.txt", timeout=1)  # noqa: S310
                break
            except OSError:
                time.sleep(0.25)
        # Each request asks for a page not asked before (a page cache must not answer).
        status, _headers, html = fetch(site + "/fr/recherche/?q=Masis")
        assert status == 200, html[:500]
        assert fetch(site + "/readyz")[0] == 200
        private_cluster.stop()
        # The load balancer sees it: the process lives (healthz), but it is not ready (readyz).
        status, headers, body = fetch(site + "/readyz")
        assert status == 503 and '"database": "unavailable"' in body
        assert headers["Cache-Control"] == "no-store"
        assert fetch(site + "/healthz")[0] == 200
        for attempt in range(2):
            status, headers, html = fetch(site + f"/fr/recherche/?q=Aix{attempt}")
            assert status == 503, html[:500]
            assert headers["Retry-After"] == "60"
            assert FRENCH in html and ENGLISH in html
        status, _headers, html = fetch(site + "/en/events/?outage=1")
        assert status == 503
        private_cluster.start()
        # The very first request after the restart gets a fresh connection and a page.
        status, _headers, html = fetch(site + "/fr/recherche/?q=Perouse")
        assert status == 200, html[:500]
        assert fetch(site + "/en/events/?outage=2")[0] == 200
        assert fetch(site + "/readyz")[0] == 200
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()
