"""The minutes (procès-verbal) of a board meeting as a PDF to sign, and its votes as CSV.

The minutes say who attended, whether the quorum was met, then each deliberation in order: what
was put to the vote, the counts, who did not take part, the outcome and its place in the register
(`projects.ledger`). They end with the president's and the secretary's signatures.

Both documents are written in the active language (the board reads them in French). The PDF is
drawn with fpdf2 and embeds DejaVu Sans from `projects/fonts` (licence next to the fonts), so
accents, the € sign, typographic apostrophes and Armenian or German names print as typed;
nothing is fetched at run time."""

import math
from pathlib import Path

from django.conf import settings
from django.utils.formats import date_format, number_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from fpdf import FPDF

from jumelage.exports import to_csv

from . import voting
from .models import BoardMember, Vote, VotingRules
from .models.board import ATTENDANCE_LABELS, Role

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "DejaVuSans"
# A4 in millimetres; the height of one line of body text.
MARGIN, LINE = 20, 5.5
ATTENDANCE_ORDER = [voting.PRESENT, voting.REPRESENTED, voting.EXCUSED, voting.ABSENT]


def outcome_label(deliberation):
    """Adopted, Rejected or No quorum once closed; says so while the deliberation is open."""
    if not deliberation.is_closed:
        return _("Open — not yet closed")
    return deliberation.get_outcome_display()


def euros(amount):
    """1 500,00 € in French (a no-break space before the sign)."""
    value = number_format(amount, decimal_pos=2, use_l10n=True, force_grouping=True)
    return f"{value}\u00a0€"


def name_and_role(member):
    return f"{member} ({member.get_role_display()})"


class Record:
    """What the minutes are drawn from, read once: the members in office and their attendance,
    the proxies, the voting rules, and the deliberations with their votes."""

    def __init__(self, meeting):
        self.members = {m.pk: m for m in BoardMember.objects.in_office(meeting.date)}
        self.attendance = meeting.attendance_map()
        self.proxy_holders = {
            a.member_id: a.proxy_holder
            for a in meeting.attendances.select_related("proxy_holder")
            if a.status == voting.REPRESENTED
        }
        self.rules = VotingRules.current().as_rules()
        self.president = meeting.president_id()
        self.deliberations = list(
            meeting.deliberations.select_related("project", "application", "corrects")
            .prefetch_related("votes__member")
            .order_by("pk")
        )

    def quorum(self):
        """The meeting's quorum, before any member leaves an item for a conflict of interest."""
        return voting.tally(self.rules, self.attendance, {}, None)

    def tally(self, deliberation):
        """The count as `Deliberation.tally` makes it (from the votes recorded so far while the
        deliberation is open; for a closed one, its votes can no longer change)."""
        votes = {vote.member_id: vote.choice for vote in deliberation.votes.all()}
        return voting.tally(self.rules, self.attendance, votes, self.president)

    def in_office(self, role):
        return next((m for m in self.members.values() if m.role == role), None)


class MinutesPDF(FPDF):
    """An A4 page with DejaVu Sans, a numbered footer and a few helpers to write lines."""

    def __init__(self, footer_text):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.footer_text = footer_text
        self.add_font(FONT, "", FONTS / "DejaVuSans.ttf")
        self.add_font(FONT, "B", FONTS / "DejaVuSans-Bold.ttf")
        self.set_margins(MARGIN, MARGIN, MARGIN)
        self.set_auto_page_break(auto=True, margin=MARGIN)

    def footer(self):
        self.set_y(-12)
        self.set_font(FONT, size=8)
        page = _("Page %(page)s of %(pages)s") % {"page": self.page_no(), "pages": "{nb}"}
        self.cell(0, 4, f"{self.footer_text} — {page}", align="C")

    def line_of_text(self, text, bold=False, size=10, space_before=0):
        self.ln(space_before)
        self.set_font(FONT, "B" if bold else "", size)
        self.multi_cell(0, LINE * size / 10, text, align="L", new_x="LMARGIN", new_y="NEXT")


def minutes_pdf(meeting, *, compress=True):
    """The minutes of `meeting` as the bytes of an A4 PDF (`compress=False` leaves its page
    contents readable, for the tests)."""
    record = Record(meeting)
    heading = _("Minutes of the board meeting of %(date)s") % {
        "date": date_format(meeting.date, "DATE_FORMAT")
    }
    pdf = MinutesPDF(footer_text=heading)
    pdf.set_compression(compress)
    pdf.set_lang(get_language() or settings.LANGUAGE_CODE)
    pdf.set_title(heading)
    pdf.set_author(settings.WAGTAIL_SITE_NAME)
    pdf.add_page()

    pdf.line_of_text(settings.WAGTAIL_SITE_NAME, bold=True, size=11)
    pdf.line_of_text(heading, bold=True, size=14, space_before=2)
    if meeting.place:
        pdf.line_of_text(_("Place: %(place)s") % {"place": meeting.place})
    write_attendance(pdf, record)
    for number, deliberation in enumerate(record.deliberations, start=1):
        write_deliberation(pdf, record, number, deliberation)
    write_signatures(pdf, record)
    return bytes(pdf.output())


def write_attendance(pdf, record):
    pdf.line_of_text(_("Attendance"), bold=True, size=12, space_before=6)
    for status in ATTENDANCE_ORDER:
        members = [m for pk, m in record.members.items() if record.attendance[pk] == status]
        pdf.line_of_text(
            _("%(status)s (%(count)s)")
            % {"status": ATTENDANCE_LABELS[status], "count": len(members)},
            bold=True,
            space_before=2,
        )
        if not members:
            pdf.line_of_text(_("None"))
        for member in members:
            line = name_and_role(member)
            holder = record.proxy_holders.get(member.pk)
            if holder:
                line = _("%(member)s, represented by %(holder)s") % {
                    "member": line,
                    "holder": holder,
                }
            pdf.line_of_text(f"– {line}")

    quorum = record.quorum()
    pdf.line_of_text(_("Quorum"), bold=True, size=12, space_before=6)
    pdf.line_of_text(
        _(
            "Members in office: %(in_office)s. Counted as attending: %(attending)s. "
            "Needed: at least %(needed)s."
        )
        % {
            "in_office": quorum.entitled,
            "attending": quorum.attending,
            "needed": math.ceil(quorum.quorum_needed),
        }
    )
    pdf.line_of_text(_("The quorum is met.") if quorum.quorum_met else _("The quorum is not met."))


def write_deliberation(pdf, record, number, deliberation):
    """One deliberation: its question, counts and outcome, and its place in the register."""
    result = record.tally(deliberation)
    pdf.line_of_text(
        _("Deliberation %(number)s") % {"number": number}, bold=True, size=12, space_before=6
    )
    pdf.line_of_text(deliberation.question)
    if deliberation.project:
        pdf.line_of_text(_("Project: %(title)s") % {"title": deliberation.project.title})
    if deliberation.application:
        pdf.line_of_text(_("Application: %(title)s") % {"title": deliberation.application.title})
    if deliberation.amount_proposed is not None:
        pdf.line_of_text(
            _("Amount proposed: %(amount)s") % {"amount": euros(deliberation.amount_proposed)}
        )
    if deliberation.corrects:
        pdf.line_of_text(
            _("Corrects deliberation no. %(sequence)s of the register.")
            % {"sequence": deliberation.corrects.sequence}
        )

    # A closed deliberation shows the counts stored on closing, an open one the live tally.
    counted = deliberation if deliberation.is_closed else result
    if not deliberation.is_closed:
        pdf.line_of_text(
            _("Not yet closed: the counts below are those of the votes recorded so far.")
        )
    pdf.line_of_text(
        _("For: %(for)s — Against: %(against)s — Abstentions: %(abstentions)s")
        % {
            "for": counted.votes_for,
            "against": counted.votes_against,
            "abstentions": counted.abstentions,
        }
    )
    if result.not_taking_part:
        voters = {vote.member_id: vote.member for vote in deliberation.votes.all()}
        names = ", ".join(str(voters[pk]) for pk in result.not_taking_part)
        pdf.line_of_text(_("Not taking part (conflict of interest): %(names)s") % {"names": names})
    if result.casting_vote_used:
        pdf.line_of_text(_("The president’s casting vote decided the tie."))
    pdf.line_of_text(
        _("Outcome: %(outcome)s") % {"outcome": outcome_label(deliberation)}, bold=True
    )
    if deliberation.is_closed:
        pdf.line_of_text(
            _("Register no. %(sequence)s — digest %(digest)s…")
            % {"sequence": deliberation.sequence, "digest": deliberation.digest[:16]},
            size=8,
        )


def write_signatures(pdf, record):
    """The president's and the secretary's blocks side by side, kept on one page, each with a
    blank line to sign on."""
    block_height = 40
    if pdf.will_page_break(10 + block_height):
        pdf.add_page()
    else:
        pdf.ln(10)
    top = pdf.get_y()
    width = (pdf.epw - 10) / 2
    signers = [
        (_("The president"), record.in_office(Role.PRESIDENT)),
        (_("The secretary"), record.in_office(Role.SECRETARY)),
    ]
    for column, (title, member) in enumerate(signers):
        x = MARGIN + column * (width + 10)
        pdf.set_xy(x, top)
        pdf.set_font(FONT, "B", 10)
        pdf.cell(width, LINE, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font(FONT, "", 10)
        pdf.cell(width, LINE, str(member) if member else "", new_x="LEFT", new_y="NEXT")
        pdf.cell(width, LINE, _("Signature:"), new_x="LEFT", new_y="NEXT")
        pdf.line(x, top + block_height, x + width, top + block_height)
    pdf.set_xy(MARGIN, top + block_height)


def vote_rows(meeting):
    """The header, then one row per vote of the meeting, deliberation by deliberation."""
    attendance = meeting.attendance_map()
    rows = [
        [
            _("Meeting date"),
            _("Register number"),
            _("Question"),
            _("Project"),
            _("Member"),
            _("Role"),
            _("Attendance"),
            _("Vote"),
            _("Outcome"),
        ]
    ]
    votes = (
        Vote.objects.filter(deliberation__meeting=meeting)
        .select_related("deliberation__project", "deliberation__application", "member")
        .order_by("deliberation__pk", "member__last_name", "member__first_name")
    )
    for vote in votes:
        deliberation = vote.deliberation
        # The project, or the application when the deliberation is on an application only.
        subject = deliberation.project or deliberation.application
        status = attendance.get(vote.member_id)
        rows.append(
            [
                meeting.date.isoformat(),
                deliberation.sequence or "",
                deliberation.question,
                subject.title if subject else "",
                str(vote.member),
                vote.member.get_role_display(),
                ATTENDANCE_LABELS[status] if status else "",
                vote.get_choice_display(),
                outcome_label(deliberation),
            ]
        )
    return rows


def votes_csv(meeting):
    """The votes of `meeting` as CSV text (header in the active language)."""
    return to_csv(vote_rows(meeting))
