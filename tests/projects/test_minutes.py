"""The minutes of a board meeting (PDF to sign) and the CSV export of its votes: who attended,
who did not take part, the counts and the outcome, in French; spreadsheet formulas defused."""

import csv
import datetime
import io
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext as _

from jumelage.exports import csv_response
from projects import voting
from projects.minutes import minutes_pdf, vote_rows, votes_csv
from projects.models import (
    Attendance,
    BoardMember,
    Deliberation,
    Field,
    Meeting,
    ProjectPage,
    Vote,
)

from .conftest import make_application

pytestmark = pytest.mark.django_db
# Before the demo board's mandates (from June 2023): the meeting's board is the five below.
DAY = datetime.date(2023, 3, 9)


@pytest.fixture
def members():
    """Five members in office: accents, a German ß, an Armenian name, a typographic apostrophe."""
    names = [
        ("Hélène", "Arnaud", "president"),
        ("Արամ", "Պետրոսյան", "secretary"),
        ("Jürgen", "Weiß", "treasurer"),
        ("Zoé", "N’Diaye", "member"),
        ("Louis", "Dupont", "member"),
    ]
    return [
        BoardMember.objects.create(
            first_name=first, last_name=last, role=role, mandate_start=datetime.date(2023, 1, 1)
        )
        for first, last, role in names
    ]


@pytest.fixture
def meeting(members):
    """The president and the secretary present, the treasurer represented by the president,
    Zoé excused, Louis absent (nothing recorded)."""
    president, secretary, treasurer, excused, _absent = members
    meeting = Meeting.objects.create(date=DAY, place="Hôtel de Ville d’Aix-en-Provence")
    Attendance.objects.create(meeting=meeting, member=president, status=voting.PRESENT)
    Attendance.objects.create(meeting=meeting, member=secretary, status=voting.PRESENT)
    Attendance.objects.create(
        meeting=meeting, member=treasurer, status=voting.REPRESENTED, proxy_holder=president
    )
    Attendance.objects.create(meeting=meeting, member=excused, status=voting.EXCUSED)
    return meeting


@pytest.fixture
def project():
    return ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025")


@pytest.fixture
def closed(meeting, members, project):
    """Closed: the secretary has a conflict of interest; 1 for, 1 against, and the president's
    casting vote carries it."""
    president, secretary, treasurer, *_others = members
    deliberation = Deliberation.objects.create(
        meeting=meeting,
        project=project,
        question="Soutenir le projet « Santé mentale » ?",
        amount_proposed=Decimal("1500.00"),
    )
    Vote.objects.create(deliberation=deliberation, member=president, choice=voting.FOR)
    Vote.objects.create(deliberation=deliberation, member=secretary, choice=voting.NOT_TAKING_PART)
    Vote.objects.create(deliberation=deliberation, member=treasurer, choice=voting.AGAINST)
    deliberation.close(get_user_model().objects.create_user("secretariat"))
    deliberation.refresh_from_db()
    return deliberation


@pytest.fixture
def still_open(meeting, members, closed):
    """Open: corrects the first one; its question would be a formula in a spreadsheet."""
    president, secretary, treasurer, *_others = members
    deliberation = Deliberation.objects.create(
        meeting=meeting,
        corrects=closed,
        question="=SOMME(A1:A9) pour l’adhésion ?",
        amount_proposed=Decimal("250.50"),
    )
    Vote.objects.create(deliberation=deliberation, member=president, choice=voting.ABSTAIN)
    Vote.objects.create(deliberation=deliberation, member=secretary, choice=voting.FOR)
    Vote.objects.create(deliberation=deliberation, member=treasurer, choice=voting.FOR)
    return deliberation


def pdf_text(data):
    """The text of an uncompressed PDF written by fpdf2, read back through its fonts' ToUnicode
    maps: fpdf2 writes each run as `/F1 10.00 Tf` then `(codes in the font's subset) Tj`."""
    pdf = data.decode("latin-1")
    objects = dict(re.findall(r"(\d+) 0 obj(.*?)endobj", pdf, re.S))
    fonts = {}
    for name, ref in re.findall(r"/(F\d+) (\d+) 0 R", pdf):
        to_unicode = objects[re.search(r"/ToUnicode (\d+) 0 R", objects[ref])[1]]
        pairs = re.findall(r"<([0-9A-F]+)> <([0-9A-F]+)>", to_unicode)
        fonts[name] = {int(code, 16): chr(int(char, 16)) for code, char in pairs}
    runs, font = [], None
    for ref in re.findall(r"/Contents (\d+) 0 R", pdf):
        for name, string in re.findall(r"/(F\d+) [\d.]+ Tf|\(((?:[^\\)]|\\.)*)\) Tj", objects[ref]):
            if name:
                font = name
                continue
            string = re.sub(r"\\(.)", lambda m: "\r" if m[1] == "r" else m[1], string)
            codes = string.encode("latin-1").decode("utf-16-be")
            runs.append("".join(fonts[font][ord(code)] for code in codes))
    return squeeze(" ".join(runs))


def squeeze(text):
    """Whitespace (no-break spaces included) as single spaces: lines may wrap anywhere."""
    return " ".join(text.split())


def heading(status, count):
    return _("%(status)s (%(count)s)") % {"status": status, "count": count}


def test_the_minutes_are_a_pdf_in_french_with_everything_the_board_signs(
    meeting, members, closed, still_open, project
):
    president, secretary, treasurer, excused, absent = members
    with translation.override("fr"):
        data = minutes_pdf(meeting, compress=False)
        text = pdf_text(data)
        pages = len(re.findall(rb"/Type /Page\n", data))
        # Built from the catalogue, whatever it says yet: the assertions are on names and counts.
        expected = [
            "Association des Jumelages d'Aix-en-Provence",
            "9 mars 2023",
            "Hôtel de Ville d’Aix-en-Provence",
            # Present, represented (by whom), excused and absent, with their roles.
            " ".join(
                [
                    heading(_("Present"), 2),
                    f"– Hélène Arnaud ({president.get_role_display()})",
                    f"– Արամ Պետրոսյան ({secretary.get_role_display()})",
                    heading(_("Represented"), 1),
                    "– "
                    + _("%(member)s, represented by %(holder)s")
                    % {
                        "member": f"Jürgen Weiß ({treasurer.get_role_display()})",
                        "holder": "Hélène Arnaud",
                    },
                    heading(_("Excused"), 1),
                    f"– Zoé N’Diaye ({excused.get_role_display()})",
                    heading(_("Absent"), 1),
                    f"– Louis Dupont ({absent.get_role_display()})",
                ]
            ),
            # 5 in office, 3 attending (2 present, 1 represented): at least 3 needed.
            _(
                "Members in office: %(in_office)s. Counted as attending: %(attending)s. "
                "Needed: at least %(needed)s."
            )
            % {"in_office": 5, "attending": 3, "needed": 3},
            _("The quorum is met."),
            # The closed deliberation, the secretary out of it.
            "Soutenir le projet « Santé mentale » ?",
            project.title,
            "1 500,00 €",
            _("For: %(for)s — Against: %(against)s — Abstentions: %(abstentions)s")
            % {"for": 1, "against": 1, "abstentions": 0},
            _("Not taking part (conflict of interest): %(names)s") % {"names": "Արամ Պետրոսյան"},
            _("The president’s casting vote decided the tie."),
            _("Outcome: %(outcome)s") % {"outcome": _("Adopted")},
            closed.digest[:16],
            # The open one, counted live.
            "=SOMME(A1:A9) pour l’adhésion ?",
            "250,50 €",
            _("For: %(for)s — Against: %(against)s — Abstentions: %(abstentions)s")
            % {"for": 2, "against": 0, "abstentions": 1},
            _("Outcome: %(outcome)s") % {"outcome": _("Open — not yet closed")},
            _("Corrects deliberation no. %(sequence)s of the register.")
            % {"sequence": closed.sequence},
            _("The chair of the session"),
            _("The secretary of the session"),
            _("Page %(page)s of %(pages)s") % {"page": pages, "pages": pages},
        ]
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    for part in expected:
        assert squeeze(part) in text, part
    # Only the closed deliberation has a place in the register; it is also the head, printed
    # in full twice (the head, and the command to check it).
    assert text.count(closed.digest[:16]) == 3


def test_the_compressed_minutes_are_small(meeting, closed, still_open):
    data = minutes_pdf(meeting)
    assert data.startswith(b"%PDF-")
    # DejaVu Sans is embedded as a subset of the characters used, not whole (1.4 MB).
    assert len(data) < 60_000


def test_minutes_without_quorum_on_an_application(members):
    """Only the president came: the quorum is not met, and the closed item says so."""
    meeting = Meeting.objects.create(date=DAY + datetime.timedelta(days=7))
    Attendance.objects.create(meeting=meeting, member=members[0], status=voting.PRESENT)
    application = make_application(
        applicant_name="Chorale du Pays d’Aix",
        twin_city=None,
        field=Field.CULTURE,
        title="Rencontre de chorales Aix–Bamberg",
        start_date=datetime.date(2023, 9, 1),
        amount_requested=Decimal("1200.00"),
    )
    deliberation = Deliberation.objects.create(
        meeting=meeting, application=application, question="Soutenir la rencontre ?"
    )
    Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
    deliberation.close(None)
    with translation.override("fr"):
        text = pdf_text(minutes_pdf(meeting, compress=False))
        expected = [
            _(
                "Members in office: %(in_office)s. Counted as attending: %(attending)s. "
                "Needed: at least %(needed)s."
            )
            % {"in_office": 5, "attending": 1, "needed": 3},
            _("The quorum is not met."),
            _("Application: %(title)s") % {"title": "Rencontre de chorales Aix–Bamberg"},
            _("Outcome: %(outcome)s") % {"outcome": _("No quorum")},
        ]
    for part in expected:
        assert squeeze(part) in text, part
    assert "€" not in text  # no amount proposed


def test_the_votes_export_has_one_row_per_vote_and_defuses_formulas(
    meeting, members, closed, still_open, project
):
    with translation.override("en"):
        rows = list(csv.reader(io.StringIO(votes_csv(meeting))))
        title = project.title
    assert rows[0] == [
        "Meeting date",
        "Register number",
        "Question",
        "Project",
        "Member",
        "Role",
        "Attendance",
        "Vote",
        "Outcome",
    ]
    assert len(rows) == 1 + 6  # three votes on each deliberation
    assert rows[1:4] == [
        [
            "2023-03-09",
            str(closed.sequence),
            "Soutenir le projet « Santé mentale » ?",
            title,
            "Hélène Arnaud",
            "President",
            "Present",
            "For",
            "Adopted",
        ],
        [
            "2023-03-09",
            str(closed.sequence),
            "Soutenir le projet « Santé mentale » ?",
            title,
            "Jürgen Weiß",
            "Treasurer",
            "Represented",
            "Against",
            "Adopted",
        ],
        [
            "2023-03-09",
            str(closed.sequence),
            "Soutenir le projet « Santé mentale » ?",
            title,
            "Արամ Պետրոսյան",
            "Secretary",
            "Present",
            "Does not take part (conflict of interest)",
            "Adopted",
        ],
    ]
    open_rows = rows[4:]
    assert {row[2] for row in open_rows} == {"'=SOMME(A1:A9) pour l’adhésion ?"}
    assert {row[1] for row in open_rows} == {""}
    assert {row[8] for row in open_rows} == {"Open — not yet closed"}


def test_the_header_follows_the_active_language(meeting, closed):
    with translation.override("fr"):
        header = vote_rows(meeting)[0]
        assert header[0] == _("Meeting date") and header[-1] == _("Outcome")


def test_the_csv_download(meeting, closed):
    response = csv_response("votes-2023-03-09.csv", vote_rows(meeting))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="votes-2023-03-09.csv"'
    body = response.content.decode("utf-8")
    assert body.startswith("\ufeff") and len(body.splitlines()) == 1 + 3


def pypdf_text(data):
    """The PDF read back as text by pypdf, an independent reader."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    return squeeze(" ".join(page.extract_text() for page in reader.pages))


@pytest.fixture
def proces_verbal(meeting, members):
    """The meeting as a procès-verbal: a chair (who states her title in the feminine), a
    secretary, times, the previous minutes to approve (set before closing: then they are
    frozen)."""
    president, secretary, *_others = members
    previous = Meeting.objects.create(date=DAY - datetime.timedelta(days=60), place="Aix")
    Meeting.objects.filter(pk=meeting.pk).update(
        chair=president,
        secretary=secretary,
        opened_at=datetime.time(18, 30),
        ended_at=datetime.time(20, 15),
        previous_minutes=previous,
    )
    meeting.refresh_from_db()
    return meeting


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_minutes_read_as_a_proces_verbal(proces_verbal, members, closed, language, tmp_path):
    """Read back with pypdf: chair, secretary, times, agenda with the previous minutes first,
    the quorum of each item (the member not taking part left out), the decision in words and
    the head of the register."""
    # The titles were stated after closing: the snapshot (masculine) is what prints, not today.
    president, _secretary, treasurer, *_others = members
    BoardMember.objects.filter(pk__in=[president.pk, treasurer.pk]).update(title_form="feminine")
    with translation.override(language):
        data = minutes_pdf(proces_verbal)
    # Kept in pytest's temporary directory, to be looked at (pdftoppm -png).
    (tmp_path / f"proces-verbal-{language}.pdf").write_bytes(data)
    text = pypdf_text(data)
    expected = {
        "fr": [
            "La séance est ouverte à 18:30.",
            "Présidence de séance : Hélène Arnaud (Président)",
            "Secrétaire de séance : Արամ Պետրոսյան (Secrétaire)",
            "Ordre du jour",
            "1. Approbation du procès-verbal de la séance du 8 janvier 2023",
            "2. Soutenir le projet « Santé mentale » ?",
            "Point 2 — Soutenir le projet « Santé mentale » ?",
            # Five in office, the secretary out of this item: 4 taking part, 2 attend.
            "Quorum pour ce point : 2 membres sur 4 prenant part présents ou représentés "
            "(au moins 2 requis) : atteint.",
            "Le Conseil d’administration adopte la délibération et accorde 1 500,00 €.",
            f"Tête du registre après cette séance : n° {closed.sequence}, empreinte",
            "L’ordre du jour étant épuisé, la séance est levée à 20:15.",
        ],
        "en": [
            "The session opens at 18:30.",
            "Chair of the session: Hélène Arnaud (President)",
            "Agenda",
            "1. Approval of the minutes of the meeting of 8 January 2023",
            "Quorum for this item: 2 of 4 members taking part attend (at least 2 needed): met.",
            "The board of directors adopts the deliberation and grants 1,500.00",
            f"Head of the register after this meeting: no. {closed.sequence}, digest",
            "The agenda being exhausted, the session closes at 20:15.",
        ],
    }[language]
    for part in expected:
        assert squeeze(part) in text, part
    # The full digest, to copy into `verify_deliberations --head` (pypdf may break the line).
    assert closed.digest in text.replace(" ", "")


def test_a_closed_meeting_keeps_its_titles_and_names_whatever_is_edited_later(
    meeting, members, closed
):
    with translation.override("fr"):
        before = pypdf_text(minutes_pdf(meeting))
        BoardMember.objects.filter(pk=members[0].pk).update(
            first_name="Renommée", title_form="feminine"
        )
        after = pypdf_text(minutes_pdf(meeting))
    assert "Hélène Arnaud (Président)" in after and "Renommée" not in after
    assert before == after


def test_a_title_follows_the_members_stated_form(members):
    """An open meeting prints today's titles: Présidente, Trésorière."""
    BoardMember.objects.filter(pk__in=[members[0].pk, members[2].pk]).update(title_form="feminine")
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    Attendance.objects.create(meeting=meeting, member=members[0], status=voting.PRESENT)
    with translation.override("fr"):
        text = pypdf_text(minutes_pdf(meeting))
    assert "Hélène Arnaud (Présidente)" in text and "Jürgen Weiß (Trésorière)" in text


def test_the_first_of_the_month_reads_1er_in_french(members):
    """Babel's dates (jumelage.formats.day): "1er décembre", not "1 décembre"."""
    previous = Meeting.objects.create(date=datetime.date(2026, 11, 1), place="Aix")
    meeting = Meeting.objects.create(
        date=datetime.date(2026, 12, 1), place="Aix", previous_minutes=previous
    )
    with translation.override("fr"):
        text = pypdf_text(minutes_pdf(meeting))
    assert "séance du Conseil d’administration du 1er décembre 2026" in text
    assert "la séance du 1er novembre 2026" in text


@pytest.mark.django_db
def test_the_demo_board_states_feminine_titles():
    """The demo's president and treasurer are women: Présidente, Trésorière."""
    with translation.override("fr"):
        titles = {m.last_name: m.title() for m in BoardMember.objects.all()}
    assert (titles["Roux"], titles["Vidal"], titles["Delorme"]) == (
        "Présidente",
        "Trésorière",
        "Vice-président",
    )
