"""The legal notice and the privacy page: the association's details come from the site
settings (nothing invented when they are empty), and the site sets no cookie beyond the ones
the privacy page lists, so that no consent banner is needed."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from jumelage.i18n import page_url
from jumelage.models import FormPage, SiteSettings
from projects.models import ProjectApplicationPage

pytestmark = pytest.mark.django_db

LEGAL = {"fr": "/fr/mentions-legales/", "en": "/en/legal-notice/"}
PRIVACY = {"fr": "/fr/donnees-personnelles/", "en": "/en/privacy-policy/"}


@pytest.fixture
def site_settings(db):
    return SiteSettings.objects.get()


def fill(site_settings, **values):
    for name, value in values.items():
        setattr(site_settings, name, value)
    site_settings.full_clean()
    site_settings.save()


FULL = {
    "legal_name": "Association des Jumelages d’Aix-en-Provence",
    "legal_form_fr": "association loi 1901",
    "legal_form_en": "non-profit association (French law of 1901)",
    "registered_office": "1 place Exemple\n13100 Aix-en-Provence",
    "rna_number": "W131000000",
    "siret": "123 456 789 00012",
    "publication_director": "Camille Exemple",
    "email": "contact@example.org",
    "phone": "04 00 00 00 00",
    "host_name": "Hébergeur Exemple",
    "host_address": "2 rue Exemple\n75000 Paris",
    "host_phone": "01 00 00 00 00",
    "host_website": "https://host.example/",
    "privacy_email": "donnees@example.org",
}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Éditeur", "Siège social", "Numéro RNA", "Directeur ou directrice", "Hébergement"]),
        ("en", ["Publisher", "Registered office", "RNA number", "Publication director", "Hosting"]),
    ],
)
def test_the_legal_notice_shows_the_publisher_and_host_of_the_settings(
    client, site_settings, language, words
):
    fill(site_settings, **FULL)
    html = client.get(LEGAL[language]).content.decode()
    for word in words:
        assert word in html
    legal_form = FULL[f"legal_form_{language}"]
    assert f"<strong>Association des Jumelages d’Aix-en-Provence</strong>, {legal_form}" in html
    assert "1 place Exemple<br>13100 Aix-en-Provence" in html
    for value in ("W131000000", "123 456 789 00012", "Camille Exemple", "Hébergeur Exemple"):
        assert value in html
    assert '<a href="tel:0100000000">01 00 00 00 00</a>' in html
    assert '<a href="https://host.example/" rel="noopener">' in html
    # The details come before the page's own text, in heading order.
    assert (
        html.index('id="legal-publisher"')
        < html.index('id="legal-host"')
        < html.index('class="stream"')
    )


def test_empty_settings_leave_their_lines_out_and_invent_nothing(client, site_settings):
    html = client.get(LEGAL["fr"]).content.decode()
    # The demo knows only the association's name and legal form (and its town).
    assert "<strong>Association des Jumelages d’Aix-en-Provence</strong>, association à but" in html
    for absent in ("Numéro RNA", "SIRET", "Directeur", "Hébergement", "<dd></dd>", "tel:"):
        assert absent not in html
    fill(site_settings, legal_name="", legal_form_fr="", legal_form_en="", address="")
    html = client.get(LEGAL["en"]).content.decode()
    assert 'class="legal-details"' not in html and "<h1" in html


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        ("fr", ["Responsable du traitement : Association des Jumelages", "écrivez à"]),
        ("en", ["Data controller: Association des Jumelages", "write to"]),
    ],
)
def test_the_privacy_page_names_who_is_responsible_and_where_to_write(
    client, site_settings, language, texts
):
    fill(site_settings, email="contact@example.org")
    html = client.get(PRIVACY[language]).content.decode()
    for text in texts:
        assert text in html
    assert '<a href="mailto:contact@example.org">' in html  # the general address as fallback
    fill(site_settings, privacy_email="donnees@example.org")
    html = client.get(PRIVACY[language]).content.decode()
    assert '<a href="mailto:donnees@example.org">' in html
    assert "contact@example.org</a>." not in html[: html.index('class="stream"')]
    assert 'id="legal-publisher"' not in html  # the publisher is the legal notice's


def test_only_the_pages_the_settings_name_show_the_legal_details(client, site_settings):
    assert 'class="legal-details"' not in client.get("/fr/a-propos/").content.decode()
    fill(site_settings, legal_notice_page=Page.objects.get(slug_fr="a-propos"))
    assert 'id="legal-publisher"' in client.get("/fr/a-propos/").content.decode()
    assert 'class="legal-details"' not in client.get(LEGAL["fr"]).content.decode()


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("rna_number", "131000000", "W suivi de 9 chiffres"),
        ("siret", "1234", "14 chiffres"),
        ("host_website", "not a site", "URL valide"),
        ("privacy_email", "nobody", "courriel valide"),
    ],
)
def test_badly_written_legal_details_are_refused_with_a_clear_french_message(
    site_settings, field, value, message
):
    setattr(site_settings, field, value)
    with pytest.raises(ValidationError) as error:
        site_settings.full_clean()
    assert message in str(error.value.message_dict[field])


@pytest.mark.parametrize(
    ("language", "texts"),
    [
        (
            "fr",
            [
                "ne déposent aucun cookie",
                "cookie de sécurité",
                "cookie de session",
                "aucun outil de mesure d’audience",
                "bandeau",
                "supprimées au plus tard un an après leur envoi",
                "Devenir bénévole",
                "CNIL",
            ],
        ),
        (
            "en",
            [
                "set no cookie",
                "security cookie",
                "session cookie",
                "no audience measurement",
                "cookie banner",
                "deleted at the latest one year after they were sent",
                "Volunteer with us",
                "CNIL",
            ],
        ),
    ],
)
def test_the_privacy_page_says_what_is_collected_kept_and_which_cookies(client, language, texts):
    html = client.get(PRIVACY[language]).content.decode()
    for text in texts:
        assert text in html


def test_public_pages_set_no_cookie_and_form_pages_only_the_csrf_one(client, demo_pages):
    forms = (FormPage, ProjectApplicationPage)
    pages_with_forms = 0
    for page in demo_pages:
        for language in ("fr", "en"):
            client.cookies.clear()
            response = client.get(page_url(page, language))
            assert response.status_code == 200, page.url
            if isinstance(page, forms):
                pages_with_forms += 1
                assert set(response.cookies) == {"csrftoken"}, page.url
            else:
                assert not response.cookies, (page.url, list(response.cookies))
    assert pages_with_forms == 6
    for url in ("/fr/recherche/?q=Masis", "/en/search/?q=market", "/fr/nulle-part/"):
        client.cookies.clear()
        assert not client.get(url).cookies, url


def test_the_demo_brings_an_untouched_old_legal_page_up_to_date_and_no_other(monkeypatch):
    from io import StringIO

    from django.core.management import call_command

    from jumelage.demo import builder
    from jumelage.models import StandardPage

    def rewrite(page, heading):
        page.body_fr = [("heading", {"text": heading, "size": "h2"})]
        page.body_en = []
        page.save_revision().publish()

    legal = StandardPage.objects.get(slug_fr="mentions-legales")
    privacy = StandardPage.objects.get(slug_fr="donnees-personnelles")
    rewrite(legal, "Éditeur du site")  # stands for the old demo text
    rewrite(privacy, "Écrit par un éditeur")
    monkeypatch.setitem(
        builder.PREVIOUS_LEGAL_TEXTS, "legal", builder.DemoBuilder.text_fingerprint(legal)
    )
    out = StringIO()
    call_command("load_demo_content", "--no-accounts", stdout=out)
    assert "“Mentions légales”: text brought up to date" in out.getvalue()
    legal.refresh_from_db()
    privacy.refresh_from_db()
    headings = [block.value["text"] for block in legal.body_fr if block.block_type == "heading"]
    assert headings[0] == "Propriété intellectuelle"
    assert len(privacy.body_fr) == 1 and not privacy.body_en
