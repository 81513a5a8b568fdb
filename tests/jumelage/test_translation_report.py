"""The volunteers' translation screens: the report and its CSV, the dashboard panel, the page
listing's markers, and “checked: up to date”."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission

from jumelage import completeness
from jumelage.models import StandardPage, TranslationState

pytestmark = pytest.mark.django_db

REPORT = "/admin/translations/"


@pytest.fixture
def french_only(home):
    page = StandardPage(title_fr="=Marché de Noël", slug_fr="marche", intro_fr="Chaque année.")
    home.add_child(instance=page)
    page.save_revision()
    return page


def state(page, language):
    return TranslationState.objects.get(
        content_type=completeness.content_type_of(page), object_id=page.pk, language=language
    )


def test_the_report_lists_a_page_with_no_english_and_links_to_its_editor(
    client, volunteer, french_only
):
    response = client.get(REPORT)
    assert response.status_code == 200
    html = response.content.decode()
    assert "=Marché de Noël" in html
    assert f"/admin/pages/{french_only.pk}/edit/" in html
    assert 'data-translation-state="en-missing"' in html


def test_the_report_filters_by_language_and_status(client, volunteer, french_only):
    html = client.get(REPORT, {"language": "fr"}).content.decode()
    assert "=Marché de Noël" not in html
    html = client.get(REPORT, {"language": "en", "status": "missing"}).content.decode()
    assert "=Marché de Noël" in html
    html = client.get(REPORT, {"status": "outdated"}).content.decode()
    assert "=Marché de Noël" not in html


def test_the_report_downloads_as_csv_without_formulas(client, volunteer, french_only):
    response = client.get(REPORT, {"export": "csv"})
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode()
    assert text.startswith("\ufeff")
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    assert rows[0][:4] == ["Titre", "Type", "Langue", "Statut"]
    row = next(r for r in rows if "Marché de Noël" in r[0])
    assert row[0] == "'=Marché de Noël"  # a spreadsheet shows it, never runs it
    assert row[2] == "Anglais" and row[3] == "Non traduit"
    assert "Titre" in row[4] and row[7].endswith(f"/admin/pages/{french_only.pk}/edit/")


def test_the_dashboard_counts_what_waits_in_each_language(client, volunteer, french_only):
    html = client.get("/admin/").content.decode()
    assert "Traductions à faire" in html
    assert "=Marché de Noël" in html or "texte" in html
    assert "/admin/translations/" in html


def test_the_page_listing_marks_pages_whose_english_is_missing(
    client, volunteer, french_only, home
):
    html = client.get(f"/admin/pages/{home.pk}/").content.decode()
    assert 'data-translation-marker="en-missing"' in html
    assert "EN : à traduire" in html


def test_the_listing_reads_the_markers_in_one_query(client, volunteer, home, french_only):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(f"/admin/pages/{home.pk}/")
    reads = [q for q in queries if "jumelage_translationstate" in q["sql"]]
    assert len(reads) <= 2  # the page types that have states, then the states


def test_a_translation_checked_after_a_typo_is_marked_up_to_date(client, volunteer, french_only):
    french_only.title_en = "The Christmas market"
    french_only.intro_en = "Every year."
    french_only.save_revision()
    french_only.intro_fr = "Chaque année !"
    french_only.save_revision()
    english = state(french_only, "en")
    assert english.status == TranslationState.Status.OUTDATED
    response = client.post(f"/admin/translations/{english.pk}/up-to-date/", {"next": REPORT})
    assert response.status_code == 302 and response["Location"] == REPORT
    assert state(french_only, "en").status == TranslationState.Status.UP_TO_DATE


def test_only_someone_who_may_edit_the_page_marks_it_up_to_date(client, member_of, french_only):
    french_only.title_en = "The Christmas market"
    french_only.intro_en = "Every year."
    french_only.save_revision()
    french_only.intro_fr = "Chaque année !"
    french_only.save_revision()
    user = member_of()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    english = state(french_only, "en")
    client.post(f"/admin/translations/{english.pk}/up-to-date/")  # refused: Wagtail redirects
    assert state(french_only, "en").status == TranslationState.Status.OUTDATED


def test_an_unknown_state_is_a_404_not_an_error(client, volunteer):
    assert client.post("/admin/translations/999999/up-to-date/").status_code == 404
    assert client.get("/admin/translations/999999/up-to-date/").status_code == 405


def test_the_report_is_in_english_for_an_editor_who_chose_english(client, volunteer, french_only):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(volunteer)
    profile.preferred_language = "en"
    profile.save()
    html = client.get(REPORT).content.decode()
    assert "Translations to do" in html and "Not translated" in html
