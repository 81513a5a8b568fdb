"""The board's funding overview: amounts asked and granted by year, by field and by twin city,
for the board and for the subsidy reports to public funders (as a page and as a CSV file).

How the figures are counted
---------------------------
A *decision* is the latest closed deliberation whose outcome is "adopted" or "rejected" for a
subject. The subject is the deliberation's project if it has one, else the project its
application is linked to (``application.project``), else the application itself: a decision
first taken on an application and later corrected on the project page it became is the same
subject. A later decision on the same subject supersedes the earlier one (the latest
``closed_at`` wins), and so does a closed, decided deliberation that ``corrects`` it. A
deliberation held without quorum decides nothing and counts for nothing; one about neither a
project nor an application (a general question) is not a funding decision and is left out.

For each decision:

- year: the year of the meeting's date;
- field and twin cities: the project's (its field and its twin cities), else the application's
  (its field and its one twin city);
- asked: the ``amount_requested`` of the deliberation's application, else of the project's
  application (``project.applications``, the latest received), else the deliberation's
  ``amount_proposed``;
- granted: the ``amount_proposed`` when adopted, else 0.

A project with two twin cities counts fully under each city: the totals by twin city may
therefore exceed the overall total (the totals by year and by field add up to it). Amounts are
``Decimal``; an empty amount counts as 0.

`decisions()` reads everything in a fixed number of queries, whatever the number of
deliberations; `overview()` and `csv_rows()` only work on its rows."""

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Prefetch
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from jumelage.exports import csv_response

from . import voting
from .models import Deliberation, Field, ProjectApplication
from .models.board import OUTCOME_LABELS

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
TEMPLATE = "projects/admin/funding_overview.html"


@dataclass
class FundingLine:
    """One decision, as the overview and the CSV file show it."""

    year: int
    title: str  # of the project, else of the application
    field: str  # the Field code ("" when unknown)
    field_label: str
    cities: list[str]  # twin cities' titles, sorted; empty when none is known
    asked: Decimal
    granted: Decimal
    outcome: str  # voting.ADOPTED or voting.REJECTED
    meeting_date: date
    sequence: int | None = None  # the deliberation's number in the register

    @property
    def outcome_label(self):
        return str(OUTCOME_LABELS.get(self.outcome, self.outcome))


@dataclass
class Total:
    """One row of a table of the overview; `share` (granted) and `asked_share` are whole
    percentages of the largest amount, asked or granted, of the same table (for its bars)."""

    key: object
    label: str
    count: int = 0
    asked: Decimal = ZERO
    granted: Decimal = ZERO
    share: int = 0
    asked_share: int = 0

    def add(self, line):
        self.count += 1
        self.asked += line.asked
        self.granted += line.granted


def decided_deliberations():
    """Closed deliberations that reached a decision, with everything a line needs, in a fixed
    number of queries (one, and one per prefetched relation)."""
    applications = ProjectApplication.objects.order_by("-submitted_at", "-pk")
    return (
        Deliberation.objects.filter(
            closed_at__isnull=False, outcome__in=[voting.ADOPTED, voting.REJECTED]
        )
        .exclude(project__isnull=True, application__isnull=True)
        .select_related("meeting", "project", "application__twin_city", "application__project")
        .prefetch_related(
            "project__twin_cities",
            Prefetch("project__applications", queryset=applications),
            "application__project__twin_cities",
            Prefetch("application__project__applications", queryset=applications),
        )
        .order_by("closed_at", "pk")
    )


def subject_key(deliberation):
    application = deliberation.application
    if deliberation.project_id:
        return ("project", deliberation.project_id)
    if application.project_id:
        return ("project", application.project_id)
    return ("application", application.pk)


def as_line(deliberation):
    application = deliberation.application
    project = deliberation.project or (application.project if application else None)
    if project is not None:
        title, field_code = project.title, project.field
        cities = sorted((city.title for city in project.twin_cities.all()), key=str.casefold)
    else:
        title, field_code = application.title, application.field
        cities = [application.twin_city.title] if application.twin_city else []
    if application is None and project is not None:
        # Prefetched, latest received first.
        application = next(iter(project.applications.all()), None)
    proposed = deliberation.amount_proposed or ZERO
    adopted = deliberation.outcome == voting.ADOPTED
    return FundingLine(
        year=deliberation.meeting.date.year,
        title=title,
        field=field_code or "",
        field_label=field_label(field_code),
        cities=cities,
        asked=application.amount_requested if application is not None else proposed,
        granted=proposed if adopted else ZERO,
        outcome=deliberation.outcome,
        meeting_date=deliberation.meeting.date,
        sequence=deliberation.sequence,
    )


def field_label(code):
    return str(Field(code).label) if code in Field.values else (code or "—")


def decisions():
    """The board's decisions (see the module's docstring), by meeting date then title."""
    deliberations = list(decided_deliberations())  # oldest closing first
    superseded = {d.corrects_id for d in deliberations if d.corrects_id}
    latest = {}
    for deliberation in deliberations:
        latest[subject_key(deliberation)] = deliberation  # a later closing replaces
    lines = [as_line(d) for d in latest.values() if d.pk not in superseded]
    lines.sort(key=lambda line: (line.meeting_date, line.title.casefold(), line.sequence or 0))
    return lines


def _table(totals):
    largest = max((max(t.asked, t.granted) for t in totals), default=ZERO)
    for total in totals:
        total.share = percent(total.granted, largest)
        total.asked_share = percent(total.asked, largest)
    return totals


def percent(amount, largest):
    if not largest:
        return 0
    return int((amount * 100 / largest).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def overview(lines):
    """Totals by year (oldest first), by field (in the order of the fields' list) and by twin
    city (alphabetical, then the decisions without one), and the overall total: a dict with
    `by_year`, `by_field`, `by_city` (lists of `Total`) and `total` (a `Total`)."""
    total = Total(key=None, label=gettext("Total"))
    by_year, by_field, by_city = {}, {}, {}
    for line in lines:
        total.add(line)
        by_year.setdefault(line.year, Total(line.year, str(line.year))).add(line)
        by_field.setdefault(line.field, Total(line.field, line.field_label)).add(line)
        for city in line.cities or [None]:
            label = city if city is not None else gettext("No twin city")
            by_city.setdefault(city, Total(city, label)).add(line)
    field_order = {code: n for n, code in enumerate(Field.values)}
    return {
        "by_year": _table([by_year[year] for year in sorted(by_year)]),
        "by_field": _table(
            sorted(by_field.values(), key=lambda t: field_order.get(t.key, len(field_order)))
        ),
        "by_city": _table(
            sorted(by_city.values(), key=lambda t: (t.key is None, t.label.casefold()))
        ),
        "total": total,
    }


def amount(value):
    return f"{(value or ZERO).quantize(CENT, rounding=ROUND_HALF_UP):.2f}"


def csv_rows(lines):
    """The header (in the active language) and one row per decision: amounts with a dot and
    two decimals, dates as YYYY-MM-DD (`jumelage.exports` protects the text cells)."""
    header = [
        gettext("Year"),
        gettext("Meeting"),
        gettext("Number in the register"),
        gettext("Project or application"),
        gettext("Field"),
        gettext("Twin cities"),
        gettext("Outcome"),
        gettext("Amount asked (€)"),
        gettext("Amount granted (€)"),
    ]
    rows = [header]
    for line in lines:
        rows.append(
            [
                str(line.year),
                line.meeting_date.isoformat(),
                "" if line.sequence is None else str(line.sequence),
                line.title,
                line.field_label,
                ", ".join(line.cities),
                line.outcome_label,
                amount(line.asked),
                amount(line.granted),
            ]
        )
    return rows


def funding_overview(request, admin_context):
    """The overview page, or its CSV file with ``?format=csv``. Mounted in the Deliberation
    admin, which checks the permission; `admin_context` (the admin site's context) is merged
    into the page's context."""
    lines = decisions()
    if request.GET.get("format") == "csv":
        return csv_response(f"financements-{timezone.localdate():%Y-%m-%d}.csv", csv_rows(lines))
    context = {
        "title": _("Funding overview"),
        "opts": Deliberation._meta,  # the page belongs to the deliberations' admin
        **admin_context,
        **overview(lines),
        "lines": lines,
        "csv_url": "?format=csv",
    }
    return TemplateResponse(request, TEMPLATE, context)
