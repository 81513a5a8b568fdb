"""The public forms in Chromium, with the keyboard alone: a visitor reaches "Volunteer with us"
from the home page, fills it in with Tab, typing and Space, sends it with Enter, hears the
errors (the summary takes the focus), corrects them and reaches the thanks."""

import json

from playwright.sync_api import expect

from .conftest import run_on_site

EVENTS = "les_evenements_ou_vous_aimeriez_aider"
LANGUAGES = "les_langues_que_vous_parlez"


def tab_to(page, selector, limit=80):
    """Press Tab until the element matching `selector` has the focus; the honeypot never
    gets it on the way."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        focused = page.evaluate(
            "(selector) => [document.activeElement.matches(selector), "
            "document.activeElement.name || '']",
            selector,
        )
        assert focused[1] != "website", "the honeypot took the keyboard focus"
        if focused[0]:
            return
    raise AssertionError(f"{selector} never got the focus with Tab")


def stored_answers(site_server):
    code = (
        "import json; from wagtail.contrib.forms.models import FormSubmission; "
        "print(json.dumps([s.form_data for s in FormSubmission.objects.order_by('pk')]))"
    )
    output = run_on_site(site_server, code)
    return json.loads(output.strip().splitlines()[-1])


def test_a_visitor_volunteers_in_english_with_the_keyboard_alone(site_server, browser):
    site, env = site_server
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(site + "/en/")
    tab_to(page, 'a.cta__button[href="/en/volunteer-with-us/"]')
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text("Volunteer with us")

    tab_to(page, "#id_votre_nom")
    page.keyboard.type("Ani Hakobyan")
    page.keyboard.press("Tab")
    page.keyboard.type("ani@example")  # not an address yet
    tab_to(page, f"#id_{EVENTS}_1")  # Assogora
    page.keyboard.press("Space")
    tab_to(page, f"#id_{LANGUAGES}_4")  # Armenian
    page.keyboard.press("Space")
    tab_to(page, "#id_votre_message")
    page.keyboard.type("Free in September.")
    tab_to(page, ".public-form button[type=submit]")  # consent not given
    page.keyboard.press("Enter")

    # Sent back: the summary has the focus and says both errors; what was written is kept.
    summary = page.locator("#form-errors")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text("The form could not be sent")
    expect(summary).to_contain_text("E-mail address")
    expect(summary).to_contain_text("Please tick this box")
    expect(page.locator("#id_adresse_e_mail")).to_have_attribute("aria-invalid", "true")
    expect(page.locator(f"#id_{EVENTS}_1")).to_be_checked()
    expect(page.locator("#id_votre_nom")).to_have_value("Ani Hakobyan")

    tab_to(page, "#id_adresse_e_mail")
    page.keyboard.press("Control+A")
    page.keyboard.type("ani@example.org")
    tab_to(page, "#id_consent")
    page.keyboard.press("Space")
    expect(page.locator("#id_consent")).to_be_checked()
    page.keyboard.press("Tab")  # the link to the privacy page, under the consent box
    expect(page.get_by_role("link", name="How we handle your personal data")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Send")).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.get_by_role("status")).to_contain_text("Thank you: your message has been sent")
    expect(page.get_by_role("status")).to_contain_text("Thank you for offering your help!")
    context.close()

    (answer,) = [
        data for data in stored_answers(site_server) if data.get("votre_nom") == "Ani Hakobyan"
    ]
    assert answer["adresse_e_mail"] == "ani@example.org"
    assert answer[EVENTS] == ["Assogora (septembre, cours Mirabeau)"]
    assert answer[LANGUAGES] == ["Arménien"]
    assert answer["form_language"] == "en" and "consent" not in answer
