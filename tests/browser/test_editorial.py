"""A volunteer's and an editor's journey in the Wagtail admin: an event written in French,
found missing in English by the completeness report, translated, submitted for review,
approved by an editor, and then public in both languages."""

import re

from playwright.sync_api import expect

from .conftest import log_in, run_on_site
from .test_events import open_menu_item


def page_id(site_server, model, **filters):
    """The id of a page of the browser tests' site (its admin URLs name pages by id)."""
    code = f"from {model.rsplit('.', 1)[0]} import {model.rsplit('.', 1)[1]} as M; " + (
        f"print(M.objects.get(**{filters!r}).pk)"
    )
    output = run_on_site(site_server, code)
    return int(output.strip().splitlines()[-1])


def test_an_event_written_in_french_is_translated_reviewed_and_published(
    site, site_server, browser, volunteer, editor
):
    index = page_id(site_server, "events.models.EventIndexPage")
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    log_in(page, site, *volunteer)

    # 1. The volunteer writes the event in French only, and saves a draft.
    page.goto(f"{site}/admin/pages/add/events/eventpage/{index}/")
    page.fill("#id_title_fr", "Soirée des villes jumelles")
    page.fill("#id_intro_fr", "Une soirée de musique et de cuisine des villes jumelles.")
    page.select_option("#id_category", "festival")
    page.fill("#id_occurrences-0-start_date", "2027-06-12")
    page.get_by_role("button", name="Enregistrer le brouillon").click()
    expect(page.locator(".messages")).to_contain_text("Soirée des villes jumelles")
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/"))
    edit_url = page.url

    # 2. The completeness report lists its English as missing, with the empty fields.
    page.goto(f"{site}/admin/translations/?language=en")
    row = page.locator("tr", has_text="Soirée des villes jumelles")
    expect(row).to_contain_text("Non traduit")
    expect(row).to_contain_text("Introduction")
    row.get_by_role("link", name=re.compile("^Modifier")).click()
    expect(page).to_have_url(edit_url)

    # 3. The volunteer shows the English fields, writes them, then submits the page for review
    #    (no publishing).
    english = page.locator(".locale-picker button.locale-toggle", has_text="en")
    if "showing-locale" not in (english.get_attribute("class") or ""):
        english.click()
    page.fill("#id_title_en", "Twin Cities’ Evening")
    page.fill("#id_intro_en", "An evening of music and food from the twin cities.")
    open_menu_item(page, "Plus d'actions", "Soumettre à Relecture par les éditeurs", role="button")
    expect(page.locator(".messages")).to_contain_text("soumise")
    assert page.get_by_role("button", name="Publier", exact=True).count() == 0
    page.goto(f"{site}/admin/translations/?language=en")
    expect(page.locator("main")).not_to_contain_text("Soirée des villes jumelles")
    context.close()

    # 4. An editor sees it waiting on the dashboard and approves it: it is published.
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    log_in(page, site, *editor)
    expect(page.locator("main")).to_contain_text("Soirée des villes jumelles")
    page.goto(edit_url)
    approve = page.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    expect(approve).to_contain_text("Approuver et Publier")
    for _attempt in range(5):
        page.locator("footer .w-dropdown__toggle").first.click()
        if approve.is_visible():
            break
        page.wait_for_timeout(500)
    approve.click()
    expect(page.locator(".messages")).to_contain_text("Soirée des villes jumelles")
    context.close()

    # 5. The public page exists in both languages.
    context = browser.new_context(locale="fr-FR")
    page = context.new_page()
    page.goto(f"{site}/fr/evenements/soiree-des-villes-jumelles/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Soirée des villes jumelles")
    page.goto(f"{site}/en/events/twin-cities-evening/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Twin Cities’ Evening")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()
