"""The search page with the keyboard alone: filter the results by kind, open one."""

import re

from playwright.sync_api import expect


def tab_to(page, pattern, limit=60):
    """Press Tab until the focused element's text (or, for a field, its type) matches
    `pattern`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        text = page.evaluate(
            "document.activeElement.tagName === 'INPUT' ? 'input:' + document.activeElement.type"
            " : document.activeElement.textContent.trim()"
        )
        if re.match(pattern, text):
            return text
    raise AssertionError(f"no focusable element matching {pattern!r}")


def test_search_filter_by_kind_and_open_a_result_with_the_keyboard(site, page):
    page.goto(site + "/en/")
    tab_to(page, r"^input:search$")
    expect(page.get_by_role("searchbox", name="Search the site")).to_be_focused()
    page.keyboard.type("market")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=market$"))
    expect(page.get_by_role("status")).to_contain_text("results for “market”")
    filters = page.get_by_role("navigation", name="Kinds of results")
    expect(filters.get_by_role("link", name=re.compile(r"^All"))).to_have_attribute(
        "aria-current", "page"
    )
    tab_to(page, r"^Events \(\d+\)$")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=market&type=event$"))
    expect(filters.get_by_role("link", name=re.compile(r"^Events"))).to_have_attribute(
        "aria-current", "page"
    )
    kinds = page.locator(".search-results__type")
    expect(kinds.first).to_have_text("Event")
    assert set(kinds.all_text_contents()) == {"Event"}
    first = page.locator(".search-results__title a").first
    title = first.text_content()
    tab_to(page, re.escape(title) + "$")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", level=1)).to_have_text(title)
