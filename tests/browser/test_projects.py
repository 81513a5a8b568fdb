"""The three journeys of the projects app, end to end in Chromium: a visitor proposes a project
in English; the secretary holds a meeting, records attendance and votes (one member not taking
part), closes the deliberation and downloads the minutes; the public page then shows the
decision in both languages."""

import re
from pathlib import Path

from playwright.sync_api import expect

from .conftest import log_in

MENTAL_HEALTH_FR = "/fr/projets/sante-mentale-masis-2025/"
MENTAL_HEALTH_EN = "/en/projects/masis-mental-health-2025/"


def test_a_visitor_proposes_a_project_in_english_and_the_board_reads_it(site, browser, secretary):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(site + "/en/projects/")
    page.get_by_role("link", name="Propose a project").first.click()
    expect(page.locator("h1")).to_have_text("Propose a project")

    # Sent without consent and with the end before the start: both said, on their fields.
    page.get_by_label("Your name").fill("Ani Hakobyan")
    page.get_by_label("Organisation", exact=False).first.fill("Masis Youth Choir")
    page.get_by_label("E-mail address").fill("ani@example.org")
    page.get_by_label("Title of the project").fill("Choirs of Aix and Masis sing together")
    page.get_by_label("Twin city").select_option(label="Masis")
    page.get_by_label(re.compile(r"^Field")).select_option(label="Culture")
    page.get_by_label("Aims and prospects").fill("A joint concert in Aix, then in Masis.")
    page.fill("input[name=start_date]", "2027-06-01")
    page.fill("input[name=end_date]", "2027-05-01")
    page.get_by_label("Expected participants").fill("40")
    page.get_by_label("Total budget").fill("9000")
    page.get_by_label("Amount asked of the association").fill("1500")
    page.get_by_role("button", name="Send the proposal").click()
    summary = page.get_by_role("alert")
    expect(summary).to_contain_text("The form could not be sent")
    expect(summary).to_contain_text("The end is before the start.")
    expect(summary).to_contain_text("Please give your consent")
    expect(page.locator("input[name=end_date]")).to_have_attribute("aria-invalid", "true")

    page.fill("input[name=end_date]", "2027-06-08")
    page.get_by_label("I agree that the association keeps").check()
    page.get_by_role("button", name="Send the proposal").click()
    expect(page.get_by_role("status")).to_contain_text("Thank you: your proposal has been sent")
    context.close()

    board = browser.new_context(locale="fr-FR")
    page = board.new_page()
    log_in(page, site, *secretary, admin="/django-admin/")
    page.goto(site + "/django-admin/projects/projectapplication/")
    page.get_by_role("link", name="Choirs of Aix and Masis sing together").click()
    expect(page.locator("main")).to_contain_text("ani@example.org")
    expect(page.locator("main")).to_contain_text("Anglais")
    board.close()


def test_the_secretary_holds_a_meeting_and_the_public_sees_the_decision(
    site, browser, secretary, tmp_path
):
    context = browser.new_context(locale="fr-FR", accept_downloads=True)
    page = context.new_page()
    log_in(page, site, *secretary, admin="/django-admin/")

    # The meeting, then who attends: one member represented, one excused.
    page.goto(site + "/django-admin/projects/meeting/add/")
    page.fill("#id_date", "20/11/2026")
    page.fill("#id_place", "Aix-en-Provence, Hôtel de Ville")
    page.locator("input[name=_continue]").click()
    page.get_by_role("link", name="Enregistrer les présences").click()
    for name in ["Hélène Roux", "Marc Delorme", "Anne Vidal", "Sophie Garnier"]:
        page.get_by_label(f"Présence de {name}").select_option("present")
    for name in ["Karine Petrossian", "Luca Bianchi", "Jürgen Weber", "Nadia Benali"]:
        page.get_by_label(f"Présence de {name}").select_option("present")
    page.get_by_label("Présence de Paul Lemaire").select_option("represented")
    page.get_by_label("Mandataire de Paul Lemaire").select_option(label="Hélène Roux")
    page.get_by_label("Présence de Claire Fabre").select_option("excused")
    page.get_by_role("button", name="Enregistrer les présences").click()
    expect(page.locator(".messagelist")).to_contain_text("Présences enregistrées.")
    expect(page.locator("main")).to_contain_text("9 membres sur 10 présents ou représentés")

    # The deliberation on the mental health project, and the show of hands.
    page.get_by_role("link", name="Ajouter une délibération").click()
    page.locator("#id_project").select_option(
        label="Santé mentale : projet pilote avec Masis (Appel à projets Arménie 2025)"
    )
    page.fill("#id_question", "Soutenir le projet pilote de santé mentale")
    page.fill("#id_amount_proposed", "2000")
    page.locator("input[name=_continue]").click()
    page.get_by_role("link", name="Enregistrer les votes").click()
    votes = {
        "Hélène Roux": "Pour",
        "Marc Delorme": "Pour",
        "Anne Vidal": "Pour",
        "Sophie Garnier": "Pour",
        "Luca Bianchi": "Pour",
        "Paul Lemaire": "Pour",
        "Jürgen Weber": "Contre",
        "Nadia Benali": "Abstention",
        "Karine Petrossian": "Ne prend pas part au vote (conflit d’intérêts)",
    }
    for name, choice in votes.items():
        page.get_by_role("group", name=f"Vote de {name}").get_by_label(choice).check()
    # Claire Fabre is excused: she cannot be marked as voting.
    excused = page.get_by_role("group", name="Vote de Claire Fabre")
    expect(excused.get_by_label("Pour")).to_have_count(0)
    page.get_by_role("button", name="Enregistrer et passer à la clôture").click()

    expect(page.locator("main")).to_contain_text("Adoptée — 6 pour, 1 contre, 1 abstention")
    expect(page.locator("main")).to_contain_text("Karine Petrossian")
    page.get_by_role("button", name="Clore la délibération").click()
    expect(page.locator(".messagelist")).to_contain_text(
        "Délibération close : Adoptée — 6 pour, 1 contre, 1 abstention"
    )
    expect(page.get_by_role("link", name="Enregistrer les votes")).to_have_count(0)

    # The minutes, for signature.
    page.get_by_role("link", name="La séance").click()
    with page.expect_download() as download:
        page.get_by_role("link", name="Procès-verbal (PDF)").click()
    saved = tmp_path / download.value.suggested_filename
    download.value.save_as(saved)
    assert saved.name == "proces-verbal-2026-11-20.pdf"
    assert Path(saved).read_bytes().startswith(b"%PDF-")
    context.close()

    visitor = browser.new_context()
    page = visitor.new_page()
    page.goto(site + MENTAL_HEALTH_FR)
    expect(page.locator(".project__decision")).to_have_text(
        "Validé par le Conseil d’administration le 20 novembre 2026 — "
        "6 pour, 1 contre, 1 abstention"
    )
    expect(page.locator(".facts")).to_contain_text("2 000")
    page.goto(site + MENTAL_HEALTH_EN)
    expect(page.locator(".project__decision")).to_have_text(
        "Approved by the board of directors on 20 November 2026 — 6 for, 1 against, 1 abstention"
    )
    visitor.close()
