"""The translation report and the real editor: the first save in the Wagtail admin of a page
loaded by a script re-serialises the rich text of both languages (`<strong>` becomes `<b>`,
paragraphs get block keys); that is no change, while the French edit made in that same save
is one the English must follow. The form is posted back as the edit view renders it."""

import pytest

from events.models import EventPage
from jumelage import completeness
from jumelage.models import TranslationState
from tests.html_forms import admin_form_data as form_data

pytestmark = pytest.mark.django_db


def statuses(page):
    states = TranslationState.objects.filter(
        content_type=completeness.content_type_of(page), object_id=page.pk
    )
    return {state.language: state.status for state in states}


@pytest.mark.parametrize("report_seen_first", [True, False])
def test_a_first_french_edit_in_the_editor_puts_the_english_out_of_date(
    client, member_of, report_seen_first
):
    editor = member_of("Bénévoles", "Éditeurs")
    client.force_login(editor)
    europe = EventPage.objects.get(slug_fr="fete-de-l-europe")
    assert "<strong>" in europe.body_en.raw_data[0]["value"]  # as the demo loader wrote it
    if report_seen_first:
        completeness.record_unseen()  # the report gave the page its baseline
    edit_url = f"/admin/pages/{europe.pk}/edit/"
    data = form_data(client.get(edit_url).content.decode())
    assert data["title_fr"] == "Fête de l’Europe"
    data["intro_fr"] += " Venez nombreux."
    response = client.post(edit_url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    europe.refresh_from_db()
    draft = europe.get_latest_revision_as_object()
    assert draft.intro_fr.endswith("Venez nombreux.")
    assert "<b>" in draft.body_en.raw_data[0]["value"]  # the editor re-serialised the English
    assert statuses(europe) == {
        "fr": TranslationState.Status.UP_TO_DATE,
        "en": TranslationState.Status.OUTDATED,
    }


def test_saving_again_without_a_change_changes_nothing(client, member_of):
    client.force_login(member_of("Bénévoles", "Éditeurs"))
    europe = EventPage.objects.get(slug_fr="fete-de-l-europe")
    completeness.record_unseen()
    edit_url = f"/admin/pages/{europe.pk}/edit/"
    response = client.post(edit_url, form_data(client.get(edit_url).content.decode()))
    assert response.status_code == 302
    assert set(statuses(europe).values()) == {TranslationState.Status.UP_TO_DATE}
