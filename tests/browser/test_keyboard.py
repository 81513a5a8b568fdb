"""The main journeys with the keyboard alone (Tab, Enter, Space, Escape and typing; no click),
each tab stop showing where the focus is: the skip link, the phone menu, the language
switcher, the header search, the events' filters and month calendar, the twin cities' map and
its list, a form's errors. The same journeys with the mouse are in test_public_site.py,
test_events.py, test_twin_city_map.py and test_projects.py."""

import re

import pytest
from playwright.sync_api import expect

from tools.site_pages import PAGES

TILES = re.compile(r"https://tile\.openstreetmap\.org/.*")
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}

FOCUS_STYLE = """() => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const drawn = (node) => {
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0
            && style.outlineColor !== "rgba(0, 0, 0, 0)";
        const line = `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`;
        return [
            outline ? `outline ${line}` : "",
            style.boxShadow !== "none" ? `shadow ${style.boxShadow}` : "",
        ].join(" ").trim();
    };
    const own = drawn(element);
    // The focus is on a part of the browser's own control (a date field's calendar button)
    // that the element's :focus and :focus-visible styles do not reach.
    const inside = !element.matches(":focus");
    let by = own ? "the element" : null;
    if (!by) {
        // A design may draw the focus around a container instead (a card that its link covers,
        // with :focus-within): an ancestor whose outline or shadow comes with the focus.
        const ancestors = [];
        let node = element.parentElement;
        while (node && node !== document.body) {
            ancestors.push(node);
            node = node.parentElement;
        }
        const focused = ancestors.map(drawn);
        element.blur();
        const unfocused = ancestors.map(drawn);
        element.focus();
        const index = focused.findIndex((style, i) => style && style !== unfocused[i]);
        if (index >= 0) by = ancestors[index].outerHTML.slice(0, 80);
    }
    return {visible: by !== null, by, inside, style: own, html: element.outerHTML.slice(0, 200)};
}"""


def assert_focus_is_visible(page):
    """The focused element draws an outline or a shadow (the site's :focus-visible style), or
    one of its containers draws one that comes with the focus (:focus-within)."""
    focus = page.evaluate(FOCUS_STYLE)
    assert focus is not None, "the focus is on nothing"
    inside = " (on a part inside it, e.g. a date's calendar button)" if focus["inside"] else ""
    assert focus["visible"], f"no visible focus on {focus['html']}{inside}: {focus}"


def tab_to(page, target, limit=60):
    """Press Tab until `target` has the focus, checking on the way that every tab stop shows
    the focus; fail when it is not reached in `limit` presses."""
    target.wait_for(state="attached")
    for _ in range(limit):
        page.keyboard.press("Tab")
        if target.evaluate("(element) => element === document.activeElement"):
            assert_focus_is_visible(page)
            return
        if page.evaluate("() => document.activeElement !== document.body"):
            assert_focus_is_visible(page)
    raise AssertionError(f"{target} was not reached in {limit} presses of Tab")


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport=PHONE, locale="en-GB")
    page = context.new_page()
    yield page
    context.close()


def test_the_skip_link_is_the_first_tab_stop_and_takes_the_focus_to_the_content(site, page):
    page.goto(site + "/fr/evenements/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Aller au contenu")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.locator("main")).to_be_focused()
    page.keyboard.press("Tab")
    assert page.evaluate("() => document.querySelector('main').contains(document.activeElement)")
    expect(page.get_by_role("link", name="À venir")).to_be_focused()


def test_the_phone_menu_opens_and_closes_with_the_keyboard(site, phone):
    page = phone
    page.goto(site + "/en/")
    toggle = page.get_by_role("button", name="Menu")
    first_link = page.get_by_role("link", name="Our role and commitments")
    tab_to(page, toggle)
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()

    page.keyboard.press("Enter")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    page.keyboard.press("Tab")
    expect(first_link).to_be_focused()
    expect(first_link).to_be_in_viewport()
    assert_focus_is_visible(page)

    page.keyboard.press("Escape")
    expect(toggle).to_be_focused()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(first_link).to_be_hidden()

    page.keyboard.press("Space")
    expect(toggle).to_have_attribute("aria-expanded", "true")
    tab_to(page, page.get_by_role("link", name="Events", exact=True))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/events/$"))


def test_the_language_switcher_works_with_the_keyboard(site, page):
    page.goto(site + "/fr/a-propos/")
    tab_to(page, page.locator(".language-switcher").get_by_role("link", name="English"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/about-us/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    tab_to(page, page.locator(".language-switcher").get_by_role("link", name="Français"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/a-propos/$"))
    expect(page.locator("html")).to_have_attribute("lang", "fr")


def test_the_header_search_leads_to_a_result_with_the_keyboard(site, page):
    page.goto(site + "/fr/")
    tab_to(page, page.get_by_role("searchbox", name="Rechercher sur le site"))
    page.keyboard.type("Assogora")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/recherche/\?q=Assogora$"))
    tab_to(page, page.locator("main").get_by_role("link", name="Assogora", exact=True).first)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/evenements/assogora/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Assogora")


def test_the_events_filters_and_month_calendar_work_with_the_keyboard(site, page):
    page.goto(site + "/en/events/")
    city = page.get_by_label("Twin city")
    tab_to(page, city)
    page.keyboard.type("Perugia")  # a closed select chooses the option typed
    expect(city).to_have_value("perugia")
    tab_to(page, page.get_by_role("button", name="Filter"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/events/\?(.*&)?city=perugia"))
    expect(page.get_by_label("Twin city")).to_have_value("perugia")

    tab_to(page, page.get_by_role("link", name="Month calendar"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/events/calendar/\?(.*&)?city=perugia"))
    heading = page.get_by_role("heading", level=1)
    this_month = heading.inner_text()
    tab_to(page, page.locator(".month-nav a[rel=next]"))
    page.keyboard.press("Enter")
    expect(heading).not_to_have_text(this_month)
    expect(page).to_have_url(re.compile(r"month=\d{4}-\d{2}.*city=perugia"))
    tab_to(page, page.locator(".month-nav a[rel=prev]"))
    page.keyboard.press("Enter")
    expect(heading).to_have_text(this_month)

    # A month with Perugia's market: its day in the grid leads to the event.
    page.goto(site + "/en/events/calendar/?month=2024-05&city=perugia")
    tab_to(page, page.locator(".calendar").get_by_role("link", name="Gemelle in Piazza").first)
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/en/events/gemelle-in-piazza-perugia/$"))


def test_the_twin_cities_map_and_its_list_work_with_the_keyboard(site, page):
    page.route(TILES, lambda route: route.abort())  # offline: the markers work without tiles
    page.goto(site + "/fr/villes-jumelles/")
    tab_to(page, page.get_by_role("button", name="Afficher la carte"))
    page.keyboard.press("Enter")
    # The button gives way to the map, whose first marker takes the focus.
    marker = page.get_by_role("button", name="Masis")
    expect(marker).to_be_focused()
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    popup_link = page.locator(".leaflet-popup").get_by_role("link", name="Masis (Arménie)")
    expect(popup_link).to_be_focused()
    assert_focus_is_visible(page)
    page.keyboard.press("Escape")
    expect(popup_link).to_have_count(0)
    expect(marker).to_be_focused()
    page.keyboard.press("Space")
    expect(popup_link).to_be_focused()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/villes-jumelles/masis/$"))

    # The list of the cities, the map's fallback, comes after the map: Tab gets out of it.
    page.goto(site + "/fr/villes-jumelles/")
    tab_to(page, page.get_by_role("button", name="Afficher la carte"))
    page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Masis")).to_be_focused()
    tab_to(page, page.locator(".city-card").get_by_role("link", name="Pérouse"))
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"/fr/villes-jumelles/perouse/$"))


def test_a_form_sent_back_with_errors_gives_the_focus_to_their_summary(site, page):
    page.goto(site + "/en/projects/propose-a-project/")
    tab_to(page, page.get_by_label("Your name"))
    page.keyboard.press("Enter")  # sends the form, empty
    summary = page.get_by_role("alert")
    expect(summary).to_be_focused()
    expect(summary).to_be_in_viewport()
    assert_focus_is_visible(page)
    page.keyboard.press("Tab")
    first_error = summary.get_by_role("link").first
    expect(first_error).to_be_focused()
    expect(first_error).to_have_text("Your name: This field is required.")
    assert_focus_is_visible(page)
    page.keyboard.press("Enter")
    expect(page.get_by_label("Your name")).to_be_focused()
    expect(page.get_by_label("Your name")).to_be_in_viewport()


WALKED = [
    "home",
    "event-month",
    "twin-city-index",
    "project-application-errors",
    "contact-form-errors",
]


@pytest.mark.parametrize("name", WALKED)
@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_every_tab_stop_shows_where_the_focus_is(site, browser, name, viewport):
    """Tab through the whole page (at a phone's width, with the menu open): each element that
    takes the focus draws it, and the focus reaches the footer."""
    site_page = next(page for page in PAGES if page.name == name)
    context = browser.new_context(viewport=viewport, locale="en-GB")
    page = context.new_page()
    page.route(TILES, lambda route: route.abort())
    page.goto(site + site_page.path("en"))
    if site_page.submit:
        page.get_by_role("button", name=site_page.submit["en"]).press("Enter")
        expect(page.get_by_role("alert")).to_be_visible()
    if viewport == PHONE:
        tab_to(page, page.get_by_role("button", name="Menu"))
        page.keyboard.press("Enter")
    stops = []
    for _ in range(150):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement === document.body") or (
            stops and page.evaluate("() => document.activeElement.matches('.skip-link')")
        ):
            break  # out of the page, or round again
        assert_focus_is_visible(page)
        stops.append(page.evaluate("() => document.activeElement.outerHTML.slice(0, 80)"))
    context.close()
    assert any("Legal notice" in stop for stop in stops), stops[-5:]
