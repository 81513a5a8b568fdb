"""The minutes (procès-verbal) of a board meeting as a PDF to sign, and its votes as CSV.

The minutes read as a French association's procès-verbal: the session opened at a time under
its chair, with its secretary; who attended (each with the title they state: Présidente,
Trésorière); the quorum; the agenda (ordre du jour), the approval of the previous minutes first;
for each item, the quorum reached for that item (members not taking part left out), the votes
and the decision in words, with its place in the register; the head of the register (number and
digest) for `verify_deliberations --head`; the closing time; the signatures.

Once a deliberation of the meeting is closed, everything printed about people and rules comes
from the snapshot stored with it (`ledger`), never from today's rows: renaming a member or
changing the rules never changes minutes already signed.

Both documents are written in the active language (the board reads them in French). The PDF is
drawn with fpdf2 and embeds DejaVu Sans from `projects/fonts` (licence next to the fonts), so
accents, the € sign, typographic apostrophes and Armenian or German names print as typed;
nothing is fetched at run time."""

import math
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.utils.formats import number_format, time_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from fpdf import FPDF

from jumelage import formats
from jumelage.exports import to_csv

from . import ledger, voting
from .models import BoardMember, Vote, VotingRules
from .models.board import ATTENDANCE_LABELS, Role, role_title

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


@dataclass(frozen=True)
class Person:
    """A member as the minutes print them."""

    pk: int
    name: str
    role: str
    title_form: str

    @property
    def title(self):
        return role_title(self.role, self.title_form)

    def __str__(self):
        return self.name


def name_and_role(person):
    return f"{person} ({person.title})"


class Record:
    """What the minutes are drawn from, read once. With a closed deliberation, the members in
    office, their names and titles and the rules are those of its snapshot; otherwise today's."""

    def __init__(self, meeting):
        self.meeting = meeting
        self.deliberations = list(
            meeting.deliberations.select_related("project", "application", "corrects")
            .prefetch_related("votes__member")
            .order_by("pk")
        )
        closed = [d for d in self.deliberations if d.is_closed]
        self.last_closed = max(closed, key=lambda d: d.sequence) if closed else None
        if self.last_closed and self.last_closed.snapshot:
            snapshot = self.last_closed.snapshot
            self.members = {
                m["id"]: Person(m["id"], m["name"], m["role"], m["title_form"])
                for m in snapshot["members"]
            }
            self.rules = ledger.rules_from_snapshot(snapshot["rules"])
            self.president = snapshot.get("president")
        else:
            self.members = {
                m.pk: Person(m.pk, str(m), m.role, m.title_form)
                for m in BoardMember.objects.in_office(meeting.date)
            }
            self.rules = VotingRules.current().as_rules()
            self.president = meeting.president_id()
        self.rows = list(meeting.attendances.all())
        statuses = {a.member_id: a.status for a in self.rows}
        self.attendance = {pk: statuses.get(pk, voting.ABSENT) for pk in self.members}
        self.proxy_holders = {
            a.member_id: a.proxy_holder_id for a in self.rows if a.status == voting.REPRESENTED
        }

    def person(self, pk):
        if pk is None:
            return None
        if pk in self.members:
            return self.members[pk]
        member = BoardMember.objects.filter(pk=pk).first()
        return Person(pk, str(member), member.role, member.title_form) if member else None

    def quorum(self):
        """The meeting's quorum, before any member leaves an item for a conflict of interest."""
        return voting.tally(self.rules, self.attendance, {}, None)

    def tally(self, deliberation):
        """A closed deliberation re-tallied from its stored facts under its stored rules (the
        same as its stored counts: `verify_deliberations` checks it); an open one from the
        votes recorded so far."""
        if deliberation.is_closed and deliberation.snapshot:
            votes, attendance = ledger.facts(deliberation.votes.all(), self.rows)
            return ledger.retally(deliberation, votes, attendance)
        votes = {vote.member_id: vote.choice for vote in deliberation.votes.all()}
        return voting.tally(self.rules, self.attendance, votes, self.president)

    def in_office(self, role):
        return next((m for m in self.members.values() if m.role == role), None)

    def chair(self):
        return self.person(self.meeting.chair_id) or self.in_office(Role.PRESIDENT)

    def secretary(self):
        return self.person(self.meeting.secretary_id) or self.in_office(Role.SECRETARY)


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
    contents readable)."""
    record = Record(meeting)
    heading = _("Minutes of the board meeting of %(date)s") % {"date": formats.day(meeting.date)}
    pdf = MinutesPDF(footer_text=heading)
    pdf.set_compression(compress)
    pdf.set_lang(get_language() or settings.LANGUAGE_CODE)
    pdf.set_title(heading)
    pdf.set_author(settings.WAGTAIL_SITE_NAME)
    pdf.add_page()

    pdf.line_of_text(settings.WAGTAIL_SITE_NAME, bold=True, size=11)
    pdf.line_of_text(heading, bold=True, size=14, space_before=2)
    write_opening(pdf, record)
    write_attendance(pdf, record)
    write_agenda(pdf, record)
    number = 1
    if meeting.previous_minutes_id:
        write_previous_minutes(pdf, record, number)
        number += 1
    for deliberation in record.deliberations:
        write_deliberation(pdf, record, number, deliberation)
        number += 1
    write_closing(pdf, record)
    write_signatures(pdf, record)
    return bytes(pdf.output())


def at_time(value):
    """18:30 in both languages (a sentence's full stop follows it; "6:30 p.m." would end in
    two)."""
    return time_format(value, "H:i")


def write_opening(pdf, record):
    meeting = record.meeting
    if meeting.place:
        pdf.line_of_text(_("Place: %(place)s") % {"place": meeting.place})
    chair, secretary = record.chair(), record.secretary()
    if meeting.opened_at:
        pdf.line_of_text(
            _("The session opens at %(time)s.") % {"time": at_time(meeting.opened_at)},
            space_before=4,
        )
    if chair:
        pdf.line_of_text(_("Chair of the session: %(person)s") % {"person": name_and_role(chair)})
    if secretary:
        pdf.line_of_text(
            _("Secretary of the session: %(person)s") % {"person": name_and_role(secretary)}
        )


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
            holder = record.person(record.proxy_holders.get(member.pk))
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


def write_agenda(pdf, record):
    pdf.line_of_text(_("Agenda"), bold=True, size=12, space_before=6)
    items = []
    if record.meeting.previous_minutes_id:
        items.append(previous_minutes_title(record))
    items += [d.question for d in record.deliberations]
    if not items:
        pdf.line_of_text(_("None"))
    for number, item in enumerate(items, start=1):
        pdf.line_of_text(f"{number}. {item}")


def previous_minutes_title(record):
    previous = record.meeting.previous_minutes
    return _("Approval of the minutes of the meeting of %(date)s") % {
        "date": formats.day(previous.date)
    }


def write_previous_minutes(pdf, record, number):
    pdf.line_of_text(
        _("Item %(number)s — %(title)s")
        % {"number": number, "title": previous_minutes_title(record)},
        bold=True,
        size=12,
        space_before=6,
    )
    pdf.line_of_text(_("The minutes of the previous meeting are read and approved."))


def decision_wording(deliberation, result):
    """The decision in words, as a procès-verbal states it."""
    if not deliberation.is_closed:
        return _("Not yet closed: no decision is recorded.")
    if deliberation.outcome == voting.NO_QUORUM:
        return _("The quorum is not reached for this item: the board cannot deliberate on it.")
    amount = deliberation.amount_proposed
    if deliberation.outcome == voting.ADOPTED:
        if amount is not None:
            return _("The board of directors adopts the deliberation and grants %(amount)s.") % {
                "amount": euros(amount)
            }
        return _("The board of directors adopts the deliberation.")
    return _("The board of directors rejects the deliberation.")


def write_deliberation(pdf, record, number, deliberation):
    """One item: its question, the quorum for it, counts and decision, its place in the
    register."""
    result = record.tally(deliberation)
    pdf.line_of_text(
        _("Item %(number)s — %(title)s") % {"number": number, "title": deliberation.question},
        bold=True,
        size=12,
        space_before=6,
    )
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
    if result.not_taking_part:
        names = ", ".join(str(record.person(pk)) for pk in result.not_taking_part)
        pdf.line_of_text(_("Not taking part (conflict of interest): %(names)s") % {"names": names})
    pdf.line_of_text(
        _(
            "Quorum for this item: %(attending)s of %(entitled)s members taking part attend "
            "(at least %(needed)s needed): %(met)s."
        )
        % {
            "attending": result.attending,
            "entitled": result.entitled,
            "needed": math.ceil(result.quorum_needed),
            "met": _("met") if result.quorum_met else _("not met"),
        }
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
    if result.casting_vote_used:
        pdf.line_of_text(_("The president’s casting vote decided the tie."))
    pdf.line_of_text(
        _("Outcome: %(outcome)s") % {"outcome": outcome_label(deliberation)}, bold=True
    )
    pdf.line_of_text(decision_wording(deliberation, result))
    if deliberation.is_closed:
        pdf.line_of_text(
            _("Register no. %(sequence)s — digest %(digest)s…")
            % {"sequence": deliberation.sequence, "digest": deliberation.digest[:16]},
            size=8,
        )


def write_closing(pdf, record):
    pdf.line_of_text(_("Register"), bold=True, size=12, space_before=6)
    head = record.last_closed
    if head is None:
        pdf.line_of_text(_("No deliberation of this meeting is closed yet."))
    else:
        pdf.line_of_text(
            _(
                "Head of the register after this meeting: no. %(sequence)s, digest "
                "%(digest)s. Check it with: manage.py verify_deliberations --head "
                "%(sequence)s:%(digest)s"
            )
            % {"sequence": head.sequence, "digest": head.digest},
            size=8,
        )
    if record.meeting.ended_at:
        pdf.line_of_text(
            _("The agenda being exhausted, the session closes at %(time)s.")
            % {"time": at_time(record.meeting.ended_at)},
            space_before=4,
        )


def write_signatures(pdf, record):
    """The chair's and the secretary's blocks side by side, kept on one page, each with a
    blank line to sign on."""
    block_height = 40
    if pdf.will_page_break(10 + block_height):
        pdf.add_page()
    else:
        pdf.ln(10)
    top = pdf.get_y()
    width = (pdf.epw - 10) / 2
    signers = [
        (_("The chair of the session"), record.chair()),
        (_("The secretary of the session"), record.secretary()),
    ]
    for column, (title, member) in enumerate(signers):
        x = MARGIN + column * (width + 10)
        pdf.set_xy(x, top)
        pdf.set_font(FONT, "B", 10)
        pdf.cell(width, LINE, title, new_x="LEFT", new_y="NEXT")
        pdf.set_font(FONT, "", 10)
        pdf.cell(width, LINE, name_and_role(member) if member else "", new_x="LEFT", new_y="NEXT")
        pdf.cell(width, LINE, _("Signature:"), new_x="LEFT", new_y="NEXT")
        pdf.line(x, top + block_height, x + width, top + block_height)
    pdf.set_xy(MARGIN, top + block_height)


def people_of(deliberation, record):
    """Who voted on `deliberation` as its record says: the snapshot taken on closing (names,
    titles, members in office then), or today's board while it is open."""
    if deliberation.is_closed and deliberation.snapshot:
        return {
            m["id"]: Person(m["id"], m["name"], m["role"], m["title_form"])
            for m in deliberation.snapshot["members"]
        }
    return live_members(record.meeting)


def live_members(meeting):
    return {
        m.pk: Person(m.pk, str(m), m.role, m.title_form)
        for m in BoardMember.objects.in_office(meeting.date)
    }


def vote_rows(meeting):
    """The header, then one row per vote of the meeting, deliberation by deliberation. A closed
    deliberation's rows come from its record (the snapshot and the stored attendance), like
    its minutes: renaming a member or ending a mandate later changes nothing."""
    record = Record(meeting)
    statuses = {a.member_id: a.status for a in record.rows}
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
    people = {}
    for vote in votes:
        deliberation = vote.deliberation
        if deliberation.pk not in people:
            people[deliberation.pk] = people_of(deliberation, record)
        person = people[deliberation.pk].get(vote.member_id) or record.person(vote.member_id)
        in_office = vote.member_id in people[deliberation.pk]
        status = statuses.get(vote.member_id, voting.ABSENT) if in_office else None
        # The project, or the application when the deliberation is on an application only.
        subject = deliberation.project or deliberation.application
        rows.append(
            [
                meeting.date.isoformat(),
                deliberation.sequence or "",
                deliberation.question,
                subject.title if subject else "",
                str(person),
                person.title,
                ATTENDANCE_LABELS[status] if status else "",
                vote.get_choice_display(),
                outcome_label(deliberation),
            ]
        )
    return rows


def votes_csv(meeting):
    """The votes of `meeting` as CSV text (header in the active language)."""
    return to_csv(vote_rows(meeting))
