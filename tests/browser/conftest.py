"""Browser tests: Playwright driving the system Chromium against pytest-django's live server.

They run when a Chromium is found (`$CHROMIUM` or /usr/bin/chromium) and are skipped with the
reason otherwise, unless REQUIRE_BROWSER is set (CI), where a missing browser is a failure."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]


def find_chromium():
    for candidate in (os.environ.get("CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).exists():
            return candidate
    return None


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
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls made by the
    # test itself (fixtures) are still synchronous and safe here.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    executable = find_chromium()
    if executable is None:
        pytest.fail("REQUIRE_BROWSER is set but no Chromium was found")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def site(live_server):
    """The demo site on a live server; the test module asks for a transactional database
    restored to its migrated state before each test (serialized_rollback)."""
    """The demo site served by a live server (rebuilt for each test: the database of a
    transactional test is emptied after it)."""
    call_command("load_demo_content", "--no-accounts", verbosity=0)
    return live_server.url


@pytest.fixture
def page(browser):
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    yield page
    context.close()
