"""The public form pages "Nous contacter" and "Devenir bénévole": questions in the visitor's
language, answers stored under names and choices that do not depend on it, e-mailed to the
association, and every bad input (or robot, or flood) refused with nothing kept."""

import datetime
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core import mail
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import timezone, translation
from wagtail.contrib.forms.models import FormSubmission
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from jumelage.models import FormField, FormPage, HomePage, SiteSettings, StandardPage
from jumelage.public_forms import LANGUAGE_KEY

pytestmark = pytest.mark.django_db

CONTACT = {"fr": "/fr/nous-contacter/", "en": "/en/contact-us/"}
VOLUNTEER = {"fr": "/fr/devenir-benevole/", "en": "/en/volunteer-with-us/"}
EVENTS = "les_evenements_ou_vous_aimeriez_aider"
LANGUAGES = "les_langues_que_vous_parlez"


@pytest.fixture
def volunteer_page(db):
    page = FormPage.objects.get(slug_fr="devenir-benevole")
    page.to_address = "benevoles@example.org"
    page.save()
    return page


def volunteer_data(**changes):
    data = {
        "votre_nom": "Jane Doe",
        "adresse_e_mail": "jane@example.org",
        "telephone": "",
        EVENTS: ["Assogora (septembre, cours Mirabeau)", "Fête de l’Europe (9 mai)"],
        LANGUAGES: ["Anglais", "Allemand"],
        "votre_message": "Free on Saturdays.",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def contact_data(**changes):
    data = {
        "votre_nom": "Anahit",
        "adresse_e_mail": "anahit@example.org",
        "objet": "Un événement",
        "message": "Quand a lieu le prochain marché ?",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


class TestFormPageTree(WagtailPageTestCase):
    def test_form_pages_go_under_the_home_page_and_hold_none(self):
        self.assertAllowedParentPageTypes(FormPage, {HomePage})
        self.assertCanCreateAt(HomePage, FormPage)
        self.assertCanNotCreateAt(StandardPage, FormPage)
        self.assertAllowedSubpageTypes(FormPage, {})


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("fr", ["Votre nom", "Les langues que vous parlez", "Arménien", "Allemand", "Envoyer"]),
        ("en", ["Your name", "The languages you speak", "Armenian", "German", "Send"]),
    ],
)
def test_the_volunteer_form_asks_its_questions_in_the_visitors_language(client, language, texts):
    html = client.get(VOLUNTEER[language]).content.decode()
    for text in texts:
        assert text in html
    # The values sent are the French choices, whatever the language shown.
    assert 'value="Allemand"' in html
    assert 'name="votre_nom" autocomplete="name"' in html
    assert 'type="email" name="adresse_e_mail" autocomplete="email"' in html
    assert 'type="tel" name="telephone" autocomplete="tel"' in html
    # Groups of checkboxes are fieldsets whose legend is the question.
    assert html.count("<fieldset") == 2 and '<legend class="form-group__legend">' in html
    assert 'name="consent"' in html and 'aria-describedby="id_consent-hint"' in html
    assert html.count("(required)" if language == "en" else "(obligatoire)") == 3


def test_the_contact_form_offers_its_subjects_translated_after_an_empty_choice(client):
    html = client.get(CONTACT["en"]).content.decode()
    assert '<option value="" selected>Choose an answer</option>' in html
    assert '<option value="Un événement">An event</option>' in html
    french = client.get(CONTACT["fr"]).content.decode()
    assert '<option value="Un événement">Un événement</option>' in french


def test_the_consent_box_links_to_the_privacy_page_in_the_visitors_language(client):
    html = client.get(VOLUNTEER["en"]).content.decode()
    assert '<a href="/en/privacy-policy/">How we handle your personal data</a>' in html
    assert "Only the volunteers in charge of messages read it" in html
    french = client.get(VOLUNTEER["fr"]).content.decode()
    assert '<a href="/fr/donnees-personnelles/">' in french


def test_an_answer_in_english_is_stored_e_mailed_and_thanked(client, submit, volunteer_page):
    response = submit(VOLUNTEER["en"], volunteer_data())
    assert response.status_code == 302 and response["Location"] == VOLUNTEER["en"] + "?sent=1"
    submission = FormSubmission.objects.get(page=volunteer_page)
    assert submission.form_data == {
        "votre_nom": "Jane Doe",
        "adresse_e_mail": "jane@example.org",
        "telephone": "",
        EVENTS: ["Assogora (septembre, cours Mirabeau)", "Fête de l’Europe (9 mai)"],
        LANGUAGES: ["Anglais", "Allemand"],
        "votre_message": "Free on Saturdays.",
        LANGUAGE_KEY: "en",
    }
    (email,) = mail.outbox
    assert email.to == ["benevoles@example.org"] and email.reply_to == ["jane@example.org"]
    assert email.subject == "Nouveau bénévole"
    # In French, for the association, saying which language to answer in.
    assert "Votre nom : Jane Doe" in email.body
    assert "Les langues que vous parlez : Anglais, Allemand" in email.body
    assert "Langue du formulaire : Anglais" in email.body
    assert f"/admin/forms/submissions/{volunteer_page.pk}/" in email.body
    thanks = client.get(response["Location"]).content.decode()
    assert "Thank you for offering your help!" in thanks and 'name="votre_nom"' not in thanks


def test_answers_keep_the_same_names_and_choices_in_both_languages(submit, volunteer_page):
    submit(VOLUNTEER["fr"], volunteer_data(**{LANGUAGES: ["Arménien"]}))
    submit(VOLUNTEER["en"], volunteer_data(**{LANGUAGES: ["Arménien"]}), REMOTE_ADDR="192.0.2.9")
    french, english = FormSubmission.objects.filter(page=volunteer_page).order_by("pk")
    assert french.form_data.keys() == english.form_data.keys()
    assert french.form_data[LANGUAGES] == english.form_data[LANGUAGES] == ["Arménien"]
    assert (french.form_data[LANGUAGE_KEY], english.form_data[LANGUAGE_KEY]) == ("fr", "en")
    # The list of submissions in the admin has a column for each question, in their order,
    # and the language (PostgreSQL's jsonb keeps no key order: compared as sets).
    names = [name for name, _label in volunteer_page.get_data_fields()]
    questions = [field.clean_name for field in volunteer_page.form_fields.all()]
    assert names == ["submit_time", *questions, LANGUAGE_KEY]
    assert set(names[1:]) == set(french.form_data)


def test_a_choice_shown_in_english_is_not_a_value_that_can_be_sent(client, volunteer_page):
    response = client.post(VOLUNTEER["en"], volunteer_data(**{LANGUAGES: ["German"]}))
    assert response.status_code == 200
    assert "Select a valid choice. German is not one of the available choices." in (
        response.content.decode()
    )
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize(
    ("language", "messages"),
    [
        (
            "fr",
            [
                "Le formulaire n’a pas pu être envoyé",
                '<a href="#id_consent">Consentement : Merci de cocher cette case',
            ],
        ),
        ("en", ["The form could not be sent", '<a href="#id_consent">Consent: Please tick this']),
    ],
)
def test_bad_answers_are_shown_again_with_errors_in_the_visitors_language(
    client, volunteer_page, language, messages
):
    response = client.post(
        VOLUNTEER[language], volunteer_data(adresse_e_mail="not-an-address", consent=None)
    )
    assert response.status_code == 200
    html = response.content.decode()
    for message in messages:
        assert message in html
    assert set(response.context["form"].errors) == {"adresse_e_mail", "consent"}
    assert 'aria-describedby="id_adresse_e_mail-hint id_adresse_e_mail-errors"' in html
    assert 'aria-invalid="true"' in html and 'role="alert"' in html
    assert 'value="Jane Doe"' in html  # what was written is kept
    assert not FormSubmission.objects.exists() and not mail.outbox


def test_a_required_question_left_empty_is_linked_from_the_error_summary(client):
    html = client.post(CONTACT["fr"], contact_data(objet="")).content.decode()
    assert '<a href="#id_objet">Objet : ' in html
    assert not FormSubmission.objects.exists()


def test_the_error_summary_links_a_group_of_checkboxes_to_its_first_box(client):
    page = FormPage.objects.get(slug_fr="devenir-benevole")
    page.form_fields.filter(clean_name=LANGUAGES).update(required=True)
    html = client.post(VOLUNTEER["en"], volunteer_data(**{LANGUAGES: None})).content.decode()
    assert f'<a href="#id_{LANGUAGES}_0">The languages you speak: ' in html
    assert f'aria-describedby="id_{LANGUAGES}-hint id_{LANGUAGES}-errors"' in html


def test_the_honeypot_stores_and_sends_nothing_and_looks_sent(client, submit, volunteer_page):
    response = submit(VOLUNTEER["fr"], volunteer_data(website="http://spam.example"))
    assert response.status_code == 302 and response["Location"].endswith("?sent=1")
    assert not FormSubmission.objects.exists() and not mail.outbox


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("fr", "Plusieurs messages ont déjà été envoyés depuis votre connexion"),
        ("en", "Several messages were already sent from your connection"),
    ],
)
def test_one_address_may_send_five_answers_an_hour(client, volunteer_page, language, message):
    for _ in range(5):
        assert client.post(VOLUNTEER[language], volunteer_data()).status_code == 302
    response = client.post(VOLUNTEER[language], volunteer_data())
    assert response.status_code == 429 and message in response.content.decode()
    assert FormSubmission.objects.count() == 5
    # Another connection, or another form, is not held back.
    other = client.post(VOLUNTEER[language], volunteer_data(), REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 302
    assert client.post(CONTACT[language], contact_data()).status_code == 302
    assert FormSubmission.objects.count() == 7


def test_without_an_address_on_the_page_the_site_settings_address_is_told(submit):
    site_settings = SiteSettings.objects.get()
    site_settings.email = "contact@example.org"
    site_settings.save()
    submit(CONTACT["fr"], contact_data())
    (email,) = mail.outbox
    assert email.to == ["contact@example.org"] and email.reply_to == ["anahit@example.org"]
    assert email.subject == "Nouveau message du site"


def test_without_any_address_the_answer_is_still_stored(submit):
    assert not SiteSettings.objects.get().email
    response = submit(CONTACT["en"], contact_data())
    assert response.status_code == 302
    assert FormSubmission.objects.count() == 1 and not mail.outbox


def test_a_failing_mail_server_loses_no_answer(submit, volunteer_page, settings):
    settings.EMAIL_BACKEND = "tests.jumelage.test_form_pages.BrokenBackend"
    response = submit(VOLUNTEER["en"], volunteer_data())
    assert response.status_code == 302 and FormSubmission.objects.count() == 1


class BrokenBackend:
    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("SMTP down")


def test_the_answer_names_come_from_the_french_label_whatever_the_editors_language(home):
    page = FormPage.objects.get(slug_fr="nous-contacter")
    with translation.override("en"):
        field = FormField(
            page=page, label_fr="Prénom", label_en="First name", field_type="singleline"
        )
        assert field.get_field_clean_name() == "prenom"
        field.save()
    assert field.clean_name == "prenom"
    # Rewording the question later keeps the name its answers were stored under.
    field.label_fr = "Votre prénom"
    field.save()
    assert FormField.objects.get(pk=field.pk).clean_name == "prenom"


def test_a_question_still_in_french_on_the_english_form_says_so(client):
    page = FormPage.objects.get(slug_fr="nous-contacter")
    page.form_fields.filter(clean_name="message").update(label_en="")
    html = client.get(CONTACT["en"]).content.decode()
    assert '<label for="id_message" lang="fr">Message' in html
    assert '<label for="id_votre_nom">Your name' in html


def test_form_pages_never_come_from_the_page_cache(client, settings):
    settings.PAGE_CACHE_SECONDS = 600
    for url in (*CONTACT.values(), *VOLUNTEER.values()):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200 and response["X-Cache"] == "MISS", url
            assert 'name="csrfmiddlewaretoken"' in response.content.decode()


def test_the_editor_previews_the_form_and_the_thanks_in_each_language(volunteer_page):
    request = RequestFactory().get("/")
    request.user = AnonymousUser()
    for mode, text in [
        ("en", "The languages you speak"),
        ("fr", "Les langues que vous parlez"),
        ("landing-en", "Thank you for offering your help!"),
        ("landing-fr", "Merci de proposer votre aide !"),
    ]:
        response = volunteer_page.make_preview_request(request, mode)
        assert response.status_code == 200 and text in response.content.decode(), mode


def test_an_editor_may_not_give_a_question_a_name_the_form_uses(client, member_of):
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

    client.force_login(member_of("Bénévoles", "Éditeurs"))
    home = HomePage.objects.get()
    question = {
        "label_fr": "Website",
        "label_en": "Website",
        "help_text_fr": "",
        "help_text_en": "",
        "required": "",
        "field_type": "singleline",
        "choices_fr": "",
        "choices_en": "",
        "default_value_fr": "",
        "default_value_en": "",
        "autocomplete": "",
    }
    data = nested_form_data(
        {
            "title_fr": "Questionnaire",
            "slug_fr": "questionnaire",
            "title_en": "",
            "slug_en": "",
            "intro_fr": "",
            "intro_en": "",
            "consent_text_fr": "",
            "consent_text_en": "",
            "thank_you_text_fr": rich_text(""),
            "thank_you_text_en": rich_text(""),
            "to_address": "",
            "subject": "",
            "form_fields": inline_formset([question]),
        }
    )
    response = client.post(f"/admin/pages/add/jumelage/formpage/{home.pk}/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "« website » est utilisé par le formulaire lui-même" in html
    assert not FormPage.objects.filter(slug_fr="questionnaire").exists()


def test_answers_older_than_a_year_are_deleted(volunteer_page):
    old = FormSubmission.objects.create(page=volunteer_page, form_data={"votre_nom": "Old"})
    recent = FormSubmission.objects.create(page=volunteer_page, form_data={"votre_nom": "New"})
    FormSubmission.objects.filter(pk=old.pk).update(
        submit_time=timezone.now() - datetime.timedelta(days=366)
    )
    call_command("delete_old_form_answers", stdout=io.StringIO())
    assert list(FormSubmission.objects.values_list("pk", flat=True)) == [recent.pk]


def test_the_demo_site_has_both_forms_linked_from_the_menu_home_and_footer(client):
    home_html = client.get("/en/").content.decode()
    assert 'class="site-nav__link" href="/en/contact-us/"' in home_html
    assert '<a class="cta__button" href="/en/volunteer-with-us/">Offer my help</a>' in home_html
    footer = home_html[home_html.index('<footer class="site-footer">') :]
    assert 'href="/en/contact-us/"' in footer and 'href="/en/volunteer-with-us/"' in footer
    for page in FormPage.objects.all():
        assert page.page_cache is False and page.form_fields.count() >= 4
        assert all(field.label_en for field in page.form_fields.all())
    assert Page.objects.type(FormPage).live().count() == 2


def test_volunteers_edit_the_questions_in_both_languages_and_read_the_answers(
    client, member_of, submit, volunteer_page
):
    submit(VOLUNTEER["en"], volunteer_data())
    client.force_login(member_of("Bénévoles"))
    edit = client.get(f"/admin/pages/{volunteer_page.pk}/edit/").content.decode()
    assert 'name="form_fields-0-label_fr"' in edit and 'name="form_fields-0-label_en"' in edit
    assert 'name="form_fields-3-choices_en"' in edit and 'name="consent_text_en"' in edit
    listing = client.get(f"/admin/forms/submissions/{volunteer_page.pk}/").content.decode()
    assert "Jane Doe" in listing and "Free on Saturdays." in listing
    assert "Langue du formulaire" in listing and "Les langues que vous parlez" in listing
    export = client.get(f"/admin/forms/submissions/{volunteer_page.pk}/?export=csv")
    assert export.status_code == 200
    assert "Anglais, Allemand" in b"".join(export.streaming_content).decode()
