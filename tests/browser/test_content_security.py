"""The Content-Security-Policy breaks nothing: the browser refuses no script, style, picture or
frame on the public pages with JavaScript (menu, map, calendar, form), nor in the Wagtail
page editor, its image chooser and its preview, nor in the board's admin."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import create_user, log_in


@pytest.fixture
def refusals(page):
    """Every console message in which the browser says it refused something (CSP)."""
    messages = []

    def keep(message):
        text = message.text
        if "Refused to" in text or "Content Security Policy" in text:
            messages.append(text)

    page.on("console", keep)
    return messages


def test_public_pages_with_scripts_run_under_the_strict_policy(site, page, refusals):
    page.goto(site + "/fr/villes-jumelles/")
    page.get_by_role("button", name="Afficher la carte").click()
    expect(page.locator(".city-map__marker")).to_have_count(3)
    page.goto(site + "/fr/evenements/calendrier/?month=2024-12")
    expect(page.locator("main")).to_contain_text("2024")
    page.goto(site + "/en/projects/")
    page.get_by_role("link", name=re.compile("Propose a project")).first.click()
    expect(page.locator("form.public-form")).to_be_visible()
    page.goto(site + "/fr/")
    assert refusals == []


@pytest.fixture(scope="session")
def editor(site_server):
    return create_user(site_server, "csp-editor", ["Bénévoles"])


def test_the_page_editor_its_image_chooser_and_preview_work_under_the_admin_policy(
    site, page, refusals, editor
):
    log_in(page, site, *editor)
    page.goto(site + "/admin/pages/search/?q=mentions")
    page.get_by_role("link", name="Mentions légales").first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    # The page has no picture yet: its image chooser offers "Choose an image".
    page.locator("[data-chooser-action-choose]:visible").first.click()
    dialog = page.get_by_role("dialog")
    # Generous waits: the admin's scripts load slowly on a busy CI machine.
    expect(dialog).to_be_visible(timeout=20_000)
    expect(dialog.locator("img").first).to_be_visible(timeout=20_000)
    dialog.locator("[data-dismiss='modal']").first.click()
    expect(dialog).to_be_hidden(timeout=20_000)
    page.locator('[data-side-panel-toggle="preview"]').click()
    preview = page.frame_locator("iframe[id$='preview-iframe'], .preview-panel iframe").first
    expect(preview.locator("h1")).to_contain_text("Mentions légales", timeout=20_000)
    assert refusals == []


def test_the_boards_admin_works_under_the_admin_policy(site, page, refusals, secretary):
    log_in(page, site, *secretary, admin="/django-admin/")
    page.goto(site + "/django-admin/projects/meeting/add/")
    expect(page.locator("#meeting_form")).to_be_visible()
    assert refusals == []
