"""The translation completeness rule: which language of a page or partner is missing,
incomplete, or older than the other one, as each save dates the text that changed."""

import datetime

import pytest
from django.utils import timezone

from jumelage import completeness
from jumelage.models import StandardPage, TranslationState
from partners.models import PartnerKind, PartnerOrganisation

pytestmark = pytest.mark.django_db

Status = TranslationState.Status
T0 = timezone.make_aware(datetime.datetime(2026, 3, 1, 10))


def at(minutes):
    return T0 + datetime.timedelta(minutes=minutes)


def states(obj):
    return {
        state.language: state
        for state in TranslationState.objects.filter(
            content_type=completeness.content_type_of(obj), object_id=obj.pk
        )
    }


def status(obj):
    return {code: state.status for code, state in states(obj).items()}


@pytest.fixture
def page(home):
    page = StandardPage(title_fr="Le marché de Noël", slug_fr="marche", intro_fr="Chaque année.")
    home.add_child(instance=page)
    return page


def save(page, minutes, **fields):
    for name, value in fields.items():
        setattr(page, name, value)
    completeness.record(page, when=at(minutes))


def test_a_page_written_in_french_only_is_missing_in_english(page):
    page.save_revision()
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.MISSING}
    assert states(page)["en"].missing_fields == ["title", "intro"]


def test_saving_a_draft_records_the_state_with_the_revision(page):
    revision = page.save_revision()
    assert states(page)["fr"].changed_at == revision.created_at


def test_an_english_title_without_the_rest_is_incomplete(page):
    save(page, 0, title_en="The Christmas market")
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.INCOMPLETE}
    assert states(page)["en"].missing_fields == ["intro"]


def test_english_written_after_french_is_up_to_date(page):
    save(page, 0)
    save(page, 5, title_en="The Christmas market", intro_en="Every year.")
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.UP_TO_DATE}


def test_french_edited_after_the_english_makes_the_english_out_of_date(page):
    save(page, 0, title_en="The Christmas market", intro_en="Every year.")
    save(page, 10, intro_fr="Chaque année, en décembre.")
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.OUTDATED}
    # Saving again without touching the text changes nothing.
    save(page, 20)
    assert status(page)["en"] == Status.OUTDATED
    # Updating the English brings it level.
    save(page, 30, intro_en="Every year, in December.")
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.UP_TO_DATE}


def test_english_edited_after_the_french_makes_the_french_out_of_date(page):
    save(page, 0, title_en="The Christmas market", intro_en="Every year.")
    save(page, 10, intro_en="Every single year.")
    assert status(page) == {"fr": Status.OUTDATED, "en": Status.UP_TO_DATE}


def test_changing_both_languages_in_one_save_leaves_both_up_to_date(page):
    save(page, 0, title_en="The Christmas market", intro_en="Every year.")
    save(page, 10, intro_fr="Tous les ans.", intro_en="Every year, always.")
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.UP_TO_DATE}


def test_a_checked_translation_can_be_marked_up_to_date(page):
    save(page, 0, title_en="The Christmas market", intro_en="Every year.")
    save(page, 10, intro_fr="Chaque année !")  # a typo fixed: nothing to translate
    completeness.mark_up_to_date(states(page)["en"], when=at(15))
    assert status(page) == {"fr": Status.UP_TO_DATE, "en": Status.UP_TO_DATE}
    # ...until the French changes again.
    save(page, 20, intro_fr="Chaque année, en décembre.")
    assert status(page)["en"] == Status.OUTDATED


def test_an_edition_note_in_french_only_leaves_the_event_incomplete(home):
    from events.models import EventOccurrence, EventPage

    event = EventPage.objects.live().first()
    draft = event.get_latest_revision_as_object()
    completeness.record(draft, when=at(0))
    draft.occurrences.add(
        EventOccurrence(start_date=datetime.date(2027, 5, 9), note_fr="édition 2027")
    )
    draft.save_revision()
    en = states(event)["en"]
    assert en.status in {Status.INCOMPLETE, Status.MISSING}
    assert any(key.startswith("occurrences.") for key in en.missing_fields)
    key = next(key for key in en.missing_fields if key.startswith("occurrences."))
    assert " : " in completeness.describe_field(draft, key)


def test_partners_are_followed_on_each_save():
    partner = PartnerOrganisation.objects.create(
        name_fr="Maison de l'Europe", kind=PartnerKind.choices[0][0], description_fr="Un lieu."
    )
    assert status(partner) == {"fr": Status.UP_TO_DATE, "en": Status.MISSING}
    partner.name_en = "House of Europe"
    partner.description_en = "A place."
    partner.save()
    assert status(partner) == {"fr": Status.UP_TO_DATE, "en": Status.UP_TO_DATE}
    partner.delete()
    assert not states(partner)


def test_deleting_a_page_forgets_its_states(page):
    page.save_revision()
    assert states(page)
    page.delete()
    assert not TranslationState.objects.filter(object_id=page.pk, label=page.title_fr).exists()


def test_pages_loaded_by_a_script_get_a_baseline_without_being_called_out_of_date(
    demo_pages, django_assert_max_num_queries
):
    TranslationState.objects.all().delete()
    count = completeness.record_unseen()
    assert count >= len(demo_pages) - 1
    assert not TranslationState.objects.filter(status=Status.OUTDATED).exists()
    # Once every object has its state, the dashboard's check is one query per followed model.
    with django_assert_max_num_queries(3):
        assert completeness.record_unseen() == 0
