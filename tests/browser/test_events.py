"""What only a browser shows of the events: filtering, the month calendar, the .ics download,
and a volunteer adding next year's edition in the admin."""

import re
from pathlib import Path

import icalendar
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError
from playwright.sync_api import expect

from .conftest import log_in


def test_visitor_filters_by_twin_city_moves_a_month_and_downloads_an_ics(site, page):
    page.goto(site + "/en/events/")
    page.get_by_label("Twin city").select_option(label="Perugia")
    page.get_by_role("button", name="Filter").click()
    expect(page).to_have_url(re.compile(r"city=perugia"))
    listed = page.locator(".edition__title")
    expect(listed.first).to_be_visible()
    titles = set(listed.all_inner_texts())
    assert "Gemelle in Piazza" in titles
    assert "Assogora" not in titles and "Ombro-Provençal Market" not in titles
    page.get_by_role("link", name="Month calendar").click()
    expect(page).to_have_url(re.compile(r"/en/events/calendar/\?city=perugia"))
    heading = page.get_by_role("heading", level=1).inner_text()
    page.get_by_role("link", name=re.compile("→")).click()
    expect(page.get_by_role("heading", level=1)).not_to_have_text(heading)
    expect(page).to_have_url(re.compile(r"month=\d{4}-\d{2}.*city=perugia"))
    page.goto(site + "/en/events/europe-festival/")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Calendar file (.ics)").click()
    calendar = icalendar.Calendar.from_ical(Path(download_info.value.path()).read_bytes())
    assert {str(e["summary"]) for e in calendar.walk("VEVENT")} == {"Europe Festival"}


def open_menu_item(page, menu, item, role="link"):
    """Click a dropdown's item, once the admin's scripts have made the dropdown work (a click
    that comes earlier opens nothing on a slow machine)."""
    page.wait_for_load_state("networkidle")
    link = page.get_by_role(role, name=item, exact=True)
    for _attempt in range(5):
        page.get_by_role("button", name=menu, exact=True).first.click()
        try:
            link.wait_for(state="visible", timeout=3000)
            break
        except PlaywrightTimeoutError:
            continue
    link.click()


def test_editor_adds_next_years_edition_of_the_fete_de_l_europe(site, page, editor):
    log_in(page, site, *editor)
    page.goto(site + "/admin/pages/search/?q=Europe")
    page.get_by_role("link", name="Fête de l’Europe").first.click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    open_menu_item(page, "Actions", "Ajouter l’édition de l’année suivante")
    expect(page.locator("main")).to_contain_text("9 mai 2028")
    page.get_by_role("button", name="Ajouter cette édition").click()
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    expect(page.locator(".messages")).to_contain_text("9 mai 2028")
    open_menu_item(page, "Plus d'actions", "Publier", role="button")
    expect(page.locator(".messages")).to_contain_text("publiée")
    page.goto(site + "/fr/evenements/fete-de-l-europe/")
    expect(page.locator("#upcoming-editions + ul, .edition-dates").first).to_contain_text(
        "9 mai 2028"
    )
