"""The twin cities' map: one marker per city, usable without tiles, absent without JS."""

import re

from playwright.sync_api import expect

TILES = re.compile(r"https://tile\.openstreetmap\.org/.*")


def test_map_asks_nothing_of_openstreetmap_until_the_visitor_shows_it(site, page):
    asked = []
    page.route(TILES, lambda route: (asked.append(route.request.url), route.abort()))
    page.goto(site + "/fr/villes-jumelles/")
    page.wait_for_load_state("networkidle")
    map_region = page.get_by_role("region", name="Carte des villes jumelles")
    expect(map_region).to_contain_text("OpenStreetMap")
    assert not asked, "tiles were fetched before the visitor asked for the map"
    # Nor is the map's code loaded before it is wanted.
    assert page.evaluate("typeof window.L") == "undefined"


def test_map_shows_one_marker_per_city_even_when_tiles_cannot_load(site, page):
    blocked = []
    page.route(TILES, lambda route: (blocked.append(route.request.url), route.abort()))
    page.goto(site + "/fr/villes-jumelles/")
    map_region = page.get_by_role("region", name="Carte des villes jumelles")
    map_region.get_by_role("button", name="Afficher la carte").click()
    markers = page.locator(".city-map__marker")
    expect(markers).to_have_count(3)
    # The button is gone: the keyboard lands on the first marker.
    expect(markers.first).to_be_focused()
    assert blocked, "the map asked for no OpenStreetMap tiles"
    page.get_by_role("button", name="Masis").click()
    page.locator(".leaflet-popup").get_by_role("link", name="Masis (Arménie)").click()
    expect(page).to_have_url(re.compile(r"/fr/villes-jumelles/masis/$"))


def test_without_javascript_the_list_alone_is_complete(site, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site + "/en/twin-cities/")
    expect(page.locator("#twin-city-map")).to_be_hidden()
    cards = page.locator(".city-card")
    expect(cards).to_have_count(3)
    expect(cards.get_by_role("link")).to_have_text(["Masis", "Perugia", "Tübingen"])
    context.close()
