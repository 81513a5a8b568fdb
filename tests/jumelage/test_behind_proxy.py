"""Behind the documented proxy (nginx, one X-Forwarded-For entry, TRUSTED_PROXY_COUNT=1), every
request reaches Django from the proxy's own address. The limits must count each visitor, never
the proxy: one visitor's messages must not lock everyone else out, and no visitor can pick the
address counted by writing an X-Forwarded-For header of their own.

`ProxyClient` behaves as nginx does (`proxy_add_x_forwarded_for`): REMOTE_ADDR is always the
proxy, and the visitor's address is appended to whatever X-Forwarded-For the visitor sent."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.contrib.forms.models import FormSubmission

from projects.models import ProjectApplication
from tests.html_forms import filled_form

pytestmark = pytest.mark.django_db

PROXY = "127.0.0.1"
VOLUNTEER = "/fr/devenir-benevole/"
CONTACT = "/en/contact-us/"


class ProxyClient(Client):
    """A visitor at `address` seen through the proxy."""

    def __init__(self, address, forged=None, **kwargs):
        super().__init__(**kwargs)
        self.address, self.forged = address, forged

    def request(self, **request):
        chain = f"{self.forged}, {self.address}" if self.forged else self.address
        request.update(REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=chain)
        return super().request(**request)


@pytest.fixture(autouse=True)
def behind_the_proxy(settings):
    settings.TRUSTED_PROXY_COUNT = 1


def send(client, url):
    return client.post(url, filled_form(client, url))


@pytest.mark.parametrize(("url", "limit"), [(VOLUNTEER, 5), (CONTACT, 5)])
def test_one_visitors_messages_never_lock_out_the_others(url, limit):
    flooder = ProxyClient("203.0.113.5")
    for _ in range(limit):
        assert send(flooder, url).status_code == 302
    assert send(flooder, url).status_code == 429
    # Everyone else comes through the same proxy, and is still heard.
    for address in ("198.51.100.7", "198.51.100.8"):
        assert send(ProxyClient(address), url).status_code == 302
    assert FormSubmission.objects.count() == limit + 2


def test_a_forged_forwarded_header_does_not_escape_the_limit():
    for _ in range(5):
        assert send(ProxyClient("203.0.113.5"), VOLUNTEER).status_code == 302
    # The visitor writes another address in X-Forwarded-For; the proxy appends the real one.
    forger = ProxyClient("203.0.113.5", forged="198.51.100.99")
    assert send(forger, VOLUNTEER).status_code == 429


def test_project_proposals_are_counted_per_visitor_behind_the_proxy():
    url = "/fr/projets/proposer-un-projet/"
    flooder = ProxyClient("203.0.113.5")
    for _ in range(3):
        assert send(flooder, url).status_code == 302
    assert send(flooder, url).status_code == 429
    assert send(ProxyClient("198.51.100.7"), url).status_code == 302
    assert ProjectApplication.objects.count() == 4


# --- The login lock ----------------------------------------------------------------------


@pytest.fixture
def axes(settings):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser("admin", "a@example.org", "correct-horse-b")


def log_in(client, password, login="/admin/login/"):
    data = filled_form(client, login)
    data.update(username="admin", password=password)
    return client.post(login, data)


@pytest.mark.parametrize("login", ["/admin/login/", "/django-admin/login/"])
def test_an_attacker_cannot_lock_the_administrator_out(axes, admin_user, login):
    attacker = ProxyClient("203.0.113.66")
    for _ in range(3):
        log_in(attacker, "wrong", login)
    # The attacker's own address is locked, even with the right password...
    assert log_in(attacker, "correct-horse-b", login).status_code == 429
    # ...but the real administrator, from their own address, still gets in.
    assert log_in(ProxyClient("198.51.100.1"), "correct-horse-b", login).status_code == 302


def test_an_attacker_spreading_over_accounts_is_locked_by_address(axes, admin_user):
    attacker = ProxyClient("203.0.113.66")
    for name in ("alice", "bob", "carol"):
        data = filled_form(attacker, "/admin/login/")
        data.update(username=name, password="guess")
        attacker.post("/admin/login/", data)
    assert log_in(attacker, "correct-horse-b").status_code == 429
    assert log_in(ProxyClient("198.51.100.1"), "correct-horse-b").status_code == 302


# --- The access log ----------------------------------------------------------------------


def test_gunicorns_access_log_names_the_visitor_not_the_proxy(tmp_path):
    """gunicorn as `gunicorn.conf.py` configures it, with production settings, asked by the
    proxy on the loopback; /healthz needs no database."""
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
        "SECRET_KEY": "access-log-test-" + "x" * 40,
        "REGISTER_KEY": "local-test-register-key-" + "r" * 20,
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'unused.sqlite3'}",
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "1",
    }
    log = tmp_path / "gunicorn.log"
    with log.open("w") as output:
        server = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "jumelage.wsgi"],
            cwd=root, env=env, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/healthz",
                headers={"X-Forwarded-For": "198.51.100.99, 203.0.113.9"},
            )
            for _ in range(120):
                try:
                    with urllib.request.urlopen(request, timeout=2) as response:  # noqa: S310
                        assert response.status == 200
                    break
                except OSError:
                    time.sleep(0.25)
            time.sleep(0.5)
        finally:
            server.terminate()
            server.wait(timeout=30)
    lines = [line for line in log.read_text().splitlines() if "GET /healthz" in line]
    assert lines, log.read_text()[-2000:]
    assert lines[-1].startswith("203.0.113.9 "), lines[-1]


# --- IPv6 --------------------------------------------------------------------------------


def test_an_ipv6_visitor_cannot_escape_the_limit_by_changing_address_in_its_64():
    for host in range(1, 6):
        assert send(ProxyClient(f"2001:db8:1:2::{host:x}"), VOLUNTEER).status_code == 302
    assert send(ProxyClient("2001:db8:1:2:ffff::9"), VOLUNTEER).status_code == 429
    # Another subscriber (another /64) is not held back.
    assert send(ProxyClient("2001:db8:1:3::1"), VOLUNTEER).status_code == 302


def test_an_ipv6_attacker_is_locked_out_across_its_64(axes, admin_user):
    for host in range(1, 4):
        log_in(ProxyClient(f"2001:db8:1:2::{host:x}"), "wrong")
    assert log_in(ProxyClient("2001:db8:1:2::99"), "correct-horse-b").status_code == 429
    assert log_in(ProxyClient("2001:db8:1:3::1"), "correct-horse-b").status_code == 302


@pytest.mark.parametrize(
    ("forwarded", "counted"),
    [
        ("2001:db8:1:2:3:4:5:6", "2001:db8:1:2::"),
        ("::ffff:192.0.2.1", "192.0.2.1"),
        ("192.0.2.1", "192.0.2.1"),
        ("not an address", PROXY),
        ("2001:db8::1, <script>", PROXY),
    ],
)
def test_the_counted_address(rf, forwarded, counted):
    from jumelage.security import counted_address

    request = rf.get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    assert counted_address(request) == counted
