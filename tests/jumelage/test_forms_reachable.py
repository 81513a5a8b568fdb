"""Every form is reachable from the pages that speak of it: a page whose text names a form
(its title, in the page's language) links to it. The funding page explains how to propose a
project: it leads to "Proposer un projet"."""

import re

import pytest
from django.utils import translation
from wagtail.models import Page

from jumelage.models import FormPage, SiteSettings
from projects.models import ProjectApplicationPage

pytestmark = pytest.mark.django_db


def main_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode().split("<main", 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize(
    ("url", "form_url"),
    [
        ("/fr/financement-des-projets/", "/fr/projets/proposer-un-projet/"),
        ("/en/projects-funding/", "/en/projects/propose-a-project/"),
    ],
)
def test_the_funding_page_leads_to_the_application_form(client, url, form_url):
    assert f'href="{form_url}"' in main_of(client, url)


@pytest.mark.parametrize("language", ["fr", "en"])
def test_a_page_that_names_a_form_links_to_it(client, language):
    forms = [*FormPage.objects.live(), *ProjectApplicationPage.objects.live()]
    # The legal notice and the privacy page name every form to say what it collects: they
    # describe, they do not invite (their text is the core's, kept in the site settings).
    settings = SiteSettings.objects.get()
    legal = {settings.legal_notice_page_id, settings.privacy_page_id}
    pages = list(Page.objects.live().filter(depth__gt=2).exclude(pk__in=legal).specific())
    missing = []
    with translation.override(language):
        for page in pages:
            text = main_of(client, page.get_url())
            shown = re.sub(r"<select\b.*?</select>", " ", text, flags=re.S)  # not the choices
            words = " ".join(re.sub(r"<[^>]+>", " ", shown).split()).casefold()
            for form in forms:
                if page.pk in (form.pk, form.get_parent().pk):
                    continue
                if form.title.casefold() in words and f'href="{form.get_url()}"' not in text:
                    missing.append((page.get_url(), form.title))
    assert missing == []
