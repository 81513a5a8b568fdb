"""What only a browser shows: the language switcher, the phone menu, the header search."""

import re

from playwright.sync_api import expect


def test_language_switcher_round_trip_from_the_home_page(site, page):
    page.goto(site + "/")
    expect(page).to_have_url(re.compile(r"/fr/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.get_by_role("link", name="Notre rôle et nos engagements").first.click()
    expect(page).to_have_url(re.compile(r"/fr/a-propos/$"))
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/about-us/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text("Our role and commitments")
    page.locator(".language-switcher").get_by_role("link", name="Français").click()
    expect(page).to_have_url(re.compile(r"/fr/a-propos/$"))


def test_phone_menu_opens_with_the_button_and_closes_with_escape(site, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, locale="en-GB")
    page = context.new_page()
    page.goto(site + "/en/")
    menu_link = page.get_by_role("link", name="Our role and commitments")
    expect(menu_link).to_be_hidden()
    toggle = page.get_by_role("button", name="Menu")
    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu_link).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu_link).to_be_hidden()
    context.close()


def test_header_search_then_switch_language_keeps_the_query(site, page):
    page.goto(site + "/fr/")
    page.get_by_role("searchbox", name="Rechercher sur le site").fill("Assogora")
    page.get_by_role("searchbox", name="Rechercher sur le site").press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/recherche/\?q=Assogora$"))
    expect(page.get_by_role("status")).to_contain_text("résultat")
    page.locator(".language-switcher").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/search/\?q=Assogora$"))
    expect(page.get_by_role("status")).to_contain_text("result")


def test_without_javascript_the_phone_menu_stays_open_without_its_button(site, browser):
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, locale="en-GB", java_script_enabled=False
    )
    page = context.new_page()
    page.goto(site + "/en/")
    expect(page.get_by_role("link", name="Our role and commitments")).to_be_visible()
    expect(page.get_by_role("searchbox", name="Search the site")).to_be_visible()
    expect(page.get_by_role("button", name="Menu")).to_be_hidden()
    context.close()


LAYOUT_SHIFT = """() => new Promise((resolve) => {
    new PerformanceObserver((list) => resolve(
        list.getEntries().filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0)
    )).observe({type: "layout-shift", buffered: true});
    setTimeout(() => resolve(0), 500);  // no entry at all: nothing moved
})"""


def test_on_a_phone_the_page_does_not_move_while_it_loads(site, browser):
    """The menu is folded from the first paint, not when its script arrives (a 0.44 layout
    shift in Lighthouse): the cumulative layout shift stays under 0.1, a "good" score."""
    context = browser.new_context(viewport={"width": 412, "height": 823}, locale="en-GB")
    page = context.new_page()
    for path in ("/en/", "/en/twin-cities/", "/fr/projets/"):
        page.goto(site + path, wait_until="load")
        assert page.evaluate(LAYOUT_SHIFT) < 0.1, path
    context.close()
