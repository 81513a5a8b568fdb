"""axe-core finds no WCAG 2.0, 2.1 and 2.2 A/AA violation (nor any of its best practices) on
any page type, in French and in English, at a desktop width and, for some pages, at a phone's
width with the menu closed.

The page list is shared with `make lighthouse` and `make screenshots` (tools/site_pages.py).
axe-core comes from the npm registry (package-lock.json, `make npm`)."""

import pytest
from playwright.sync_api import expect

from tools.site_pages import PAGES, pages

from .conftest import ROOT

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# The WCAG 2.0, 2.1 and 2.2 A and AA rules; and axe-core's best practices, where it files
# "one h1 per page", "headings in order" and "landmarks told apart", which the issue asks for.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}
# At a phone's width: the pages whose layout changes most (menu button, stacked columns).
PHONE_PAGES = ["home", "event", "event-month", "project-application-errors", "contact-form-errors"]


@pytest.fixture(scope="module")
def axe():
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `make npm` (npm ci)")


def axe_violations(browser, base_url, site_page, language, viewport):
    """Load the page (and send its form empty when it names a submit button), check its status
    and, at a phone's width, that the menu is closed behind its button; then run axe-core.

    The public pages' Content-Security-Policy allows only the site's own scripts
    (`script-src 'self'`): Playwright's add_script_tag injects axe-core as an inline script,
    which the policy would refuse. The context therefore bypasses the CSP; the policy itself
    is tested, with every script of the site, by test_content_security.py."""
    context = browser.new_context(
        bypass_csp=True, viewport=viewport, locale="fr-FR" if language == "fr" else "en-GB"
    )
    try:
        page = context.new_page()
        response = page.goto(base_url + site_page.path(language))
        assert response.status == site_page.status
        if site_page.submit:
            page.get_by_role("button", name=site_page.submit[language]).click()
            expect(page.get_by_role("alert")).to_be_visible()
        if viewport == PHONE and site_page.status == 200:
            expect(page.locator(".site-header__toggle")).to_have_attribute("aria-expanded", "false")
            expect(page.locator(".site-nav__list")).to_be_hidden()
        page.add_script_tag(path=str(AXE))
        return page.evaluate(
            "(tags) => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
            ".then((results) => results.violations)",
            AXE_TAGS,
        )
    finally:
        context.close()


def base_url(request, site_page):
    """The site, or for an error page the same site with DEBUG off."""
    if site_page.status == 200:
        return request.getfixturevalue("site")
    return request.getfixturevalue("site_without_debug")


def describe(violations):
    """What to fix, for each violation: the rule, its help and the elements it found."""
    lines = []
    for violation in violations:
        lines.append(
            f"- {violation['id']} ({violation['impact']}): {violation['help']} "
            f"<{violation['helpUrl']}>"
        )
        for node in violation["nodes"]:
            lines.append(f"    at {' '.join(map(str, node['target']))}")
            lines.append(f"       {node['html'][:300]}")
            if node.get("failureSummary"):
                lines.append("       " + node["failureSummary"].replace("\n", "\n       "))
    return "\n".join(lines)


@pytest.mark.parametrize(
    ("site_page", "language"),
    pages(),
    ids=[f"{page.name}-{language}" for page, language in pages()],
)
def test_no_wcag_violation_on_a_desktop_screen(request, browser, axe, site_page, language):
    url = base_url(request, site_page)
    violations = axe_violations(browser, url, site_page, language, DESKTOP)
    assert not violations, f"axe-core on {site_page.path(language)}:\n{describe(violations)}"


PHONE_CASES = [(page, language) for page, language in pages() if page.name in PHONE_PAGES]


@pytest.mark.parametrize(
    ("site_page", "language"),
    PHONE_CASES,
    ids=[f"{page.name}-{language}" for page, language in PHONE_CASES],
)
def test_no_wcag_violation_on_a_phone_with_the_menu_closed(
    request, browser, axe, site_page, language
):
    url = base_url(request, site_page)
    violations = axe_violations(browser, url, site_page, language, PHONE)
    assert not violations, (
        f"axe-core at 375 px on {site_page.path(language)}:\n{describe(violations)}"
    )


def test_every_phone_page_is_in_the_shared_page_list():
    assert set(PHONE_PAGES) <= {page.name for page in PAGES}
