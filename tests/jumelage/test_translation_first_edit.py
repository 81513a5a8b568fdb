"""The translation report and the real editor: the first save in the Wagtail admin of a page
loaded by a script re-serialises the rich text of both languages (`<strong>` becomes `<b>`,
paragraphs get block keys); that is no change, while the French edit made in that same save
is one the English must follow. The form is posted back as the edit view renders it."""

import html as html_lib
import json
import re

import pytest

from events.models import EventPage
from jumelage import completeness
from jumelage.models import TranslationState

pytestmark = pytest.mark.django_db


def attribute(tag, name):
    found = re.search(rf'\b{name}="([^"]*)"', tag)
    return html_lib.unescape(found.group(1)) if found else None


def stream_data(prefix, blocks):
    """A StreamField's value as the editor's script posts it (`body_fr-0-type`...)."""
    data = {f"{prefix}-count": str(len(blocks))}
    for position, block in enumerate(blocks):
        key = f"{prefix}-{position}"
        data.update(
            {
                f"{key}-type": block["type"],
                f"{key}-id": block["id"],
                f"{key}-deleted": "",
                f"{key}-order": str(position),
            }
        )
        data.update(block_value(f"{key}-value", block["value"]))
    return data


def block_value(name, value):
    if isinstance(value, dict):
        data = {}
        for child, child_value in value.items():
            data.update(block_value(f"{name}-{child}", child_value))
        return data
    if isinstance(value, list):  # a choice, rendered as the list of the selected values
        value = value[0] if value else ""
    return {name: "" if value is None else str(value)}


def form_data(page_html):
    """Every field of the edit form as rendered: inputs, checked boxes, selected options,
    text areas, and the StreamFields from the data their widget is given."""
    start = page_html.index('name="csrfmiddlewaretoken"')
    form = page_html[page_html.rindex("<form", 0, start) :]
    form = form.split('name="go_live_at"', 1)[0] + 'name="go_live_at">'
    form = re.sub(r"<template\b.*?</template>", "", form, flags=re.S)  # empty inline forms
    data = {}
    for match in re.finditer(r"<(input|textarea|select)\b([^>]*)>", form):
        kind, tag = match.groups()
        name = attribute(tag, "name")
        if not name or "__prefix__" in name or attribute(tag, "disabled") is not None:
            continue
        if kind == "input":
            input_type = attribute(tag, "type") or "text"
            if input_type in ("checkbox", "radio"):
                if " checked" in tag:
                    data.setdefault(name, []).append(attribute(tag, "value") or "on")
            elif input_type not in ("submit", "button", "file"):
                data[name] = attribute(tag, "value") or ""
        elif kind == "textarea":
            body = form[match.end() :].split("</textarea>", 1)[0]
            data[name] = html_lib.unescape(body.lstrip("\n"))
        else:
            body = form[match.end() :].split("</select>", 1)[0]
            chosen = re.findall(r'<option value="([^"]*)"[^>]*\bselected\b', body)
            data[name] = [html_lib.unescape(value) for value in chosen]
            if not chosen:
                data[name] = ""
    for match in re.finditer(
        r'<div id="([\w-]+)" data-block data-controller="w-block"[^>]*>', form
    ):
        arguments = json.loads(attribute(match.group(0), "data-w-block-arguments-value"))
        data.update(stream_data(match.group(1), arguments[0]))
    return data


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
