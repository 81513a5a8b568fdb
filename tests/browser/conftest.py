"""Browser tests: Playwright driving the system Chromium against the demo site served by its
own process (as `make run` serves it).

They run when a Chromium is found (`$CHROMIUM` or /usr/bin/chromium) and are skipped with the
reason otherwise, unless REQUIRE_BROWSER is set (CI), where a missing browser is a failure."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tools.chromium import CHROMIUM_FLAGS, find_chromium

ROOT = Path(__file__).resolve().parents[2]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    browser_items = [item for item in items if Path(str(item.fspath)).is_relative_to(here)]
    for item in browser_items:
        item.add_marker(pytest.mark.browser)
    if find_chromium() or os.environ.get("REQUIRE_BROWSER"):
        return
    skip = pytest.mark.skip(reason="no Chromium found at $CHROMIUM or /usr/bin/chromium")
    for item in browser_items:
        item.add_marker(skip)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        pytest.fail("REQUIRE_BROWSER is set but no Chromium was found")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


def browser_database_url(tmp_path):
    """A database of the browser tests' own: a SQLite file, or, when the suite runs on
    PostgreSQL, a fresh database beside the test database."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return f"sqlite:///{tmp_path / 'browser.sqlite3'}"
    import psycopg

    base, _, name = url.rpartition("/")
    browser_name = f"{name or 'jumelage'}_browser"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{browser_name}"')
        connection.execute(f'CREATE DATABASE "{browser_name}"')
    return f"{base}/{browser_name}"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(env, log_path, *options):
    """runserver on a free port with `env`, waiting for it to answer: (url, process)."""
    port = free_port()
    with log_path.open("w") as log:  # the server writes to its own copy of the file handle
        server = subprocess.Popen(
            [sys.executable, str(ROOT / "manage.py"), "runserver", "--noreload", *options]
            + [f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://127.0.0.1:{port}"
    for _ in range(120):
        try:
            urllib.request.urlopen(url + "/robots.txt", timeout=1)  # noqa: S310
            return url, server
        except OSError:
            time.sleep(0.25)
    server.terminate()
    pytest.fail("the site did not start: see " + str(log_path))


def stop(server):
    server.terminate()
    server.wait(timeout=10)


@pytest.fixture(scope="session")
def site_server(tmp_path_factory):
    """The demo site as `make run` serves it: migrated, loaded, and served by its own
    process on a free port, with a database and media folder of its own."""
    tmp_path = tmp_path_factory.mktemp("browser-site")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.dev",
        "DATABASE_URL": browser_database_url(tmp_path),
        "MEDIA_ROOT": str(tmp_path / "media"),
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    for command in (["migrate", "--noinput", "-v", "0"], ["load_demo_content", "--no-accounts"]):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    url, server = serve(env, tmp_path / "server.log")
    try:
        yield url, env
    finally:
        stop(server)


@pytest.fixture(scope="session")
def site_without_debug(site_server, tmp_path_factory):
    """The same site and database with DEBUG off, for what DEBUG replaces: the error pages
    (DEBUG shows Django's technical 404 instead of ours). `--insecure` serves the static
    files as WhiteNoise does in production; uploaded pictures are not served."""
    _url, env = site_server
    log_path = tmp_path_factory.mktemp("browser-site-no-debug") / "server.log"
    url, server = serve({**env, "DEBUG": "false"}, log_path, "--insecure")
    try:
        yield url
    finally:
        stop(server)


@pytest.fixture(scope="session")
def site(site_server):
    return site_server[0]


def log_in(page, site, username, password, admin="/admin/"):
    """Log in through an admin's own login page: Wagtail's (`/admin/`) or the board's
    (`/django-admin/`)."""
    page.goto(f"{site}{admin}login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.locator("[type=submit]").click()
    expect(page).to_have_url(re.compile(f"{admin}$"))


def run_on_site(site_server, code):
    """Run Python `code` in `manage.py shell` against the browser tests' site (its database
    and settings); what it prints."""
    _url, env = site_server
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "shell", "-c", code],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout


def create_user(site_server, username, groups, is_staff=False):
    """A user of the browser tests' site, in `groups`: (username, password)."""
    password = "demo-password-123"  # noqa: S105 - the browser tests' own throwaway site
    run_on_site(
        site_server,
        "from django.contrib.auth.models import Group, User; "
        f"u = User.objects.create_user({username!r}, password={password!r}, "
        f"is_staff={is_staff!r}); "
        f"u.groups.add(*Group.objects.filter(name__in={groups!r}))",
    )
    return username, password


@pytest.fixture(scope="session")
def volunteer(site_server):
    """A member of the volunteers' group (the Wagtail admin): writes, submits for review."""
    return create_user(site_server, "marie", ["Bénévoles"])


@pytest.fixture(scope="session")
def editor(site_server):
    """A volunteer trusted to review and publish (the volunteers' and the editors' groups)."""
    return create_user(site_server, "paul", ["Bénévoles", "Éditeurs"])


@pytest.fixture(scope="session")
def secretary(site_server):
    """A board member of the secretariat (the Django admin: records votes, closes)."""
    groups = ["Conseil d'administration", "Secrétariat du Conseil"]
    return create_user(site_server, "sophie", groups, is_staff=True)


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()
