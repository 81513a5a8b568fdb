"""The board's funding overview: which deliberations count as decisions, the totals by year,
field and twin city, the CSV file, the page, and a number of queries that does not grow with
the number of deliberations."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from jumelage import formats
from partners.models import TwinCityPage
from projects import funding, voting
from projects.models import (
    Attendance,
    BoardMember,
    Deliberation,
    Meeting,
    ProjectPage,
)

from .conftest import make_application

pytestmark = pytest.mark.django_db
D = Decimal


@pytest.fixture
def members():
    roles = ["president", "secretary", "treasurer", "member", "member"]
    return [
        BoardMember.objects.create(
            first_name=f"M{n}", last_name="Test", role=role, mandate_start=datetime.date(2024, 1, 1)
        )
        for n, role in enumerate(roles)
    ]


@pytest.fixture
def secretary():
    return get_user_model().objects.create_user("secretary")


def meeting_on(day, members, quorum=True):
    """A meeting every member in office attends (the demo site's too), or none: no quorum."""
    meeting = Meeting.objects.create(date=day, place="Aix")
    assert set(members) <= set(BoardMember.objects.in_office(day))
    for member in BoardMember.objects.in_office(day):
        status = voting.PRESENT if quorum else voting.EXCUSED
        Attendance.objects.create(meeting=meeting, member=member, status=status)
    return meeting


def decide(meeting, members, user, outcome, amount, **subject):
    """A deliberation on `subject` (project, application, corrects) closed with `outcome`."""
    deliberation = Deliberation.objects.create(
        meeting=meeting, question="Soutenir ?", amount_proposed=amount, **subject
    )
    choice = voting.FOR if outcome == voting.ADOPTED else voting.AGAINST
    if outcome != voting.NO_QUORUM:
        for member in members[:3]:
            deliberation.votes.create(member=member, choice=choice)
    assert deliberation.close(user).outcome == outcome
    deliberation.refresh_from_db()
    return deliberation


def city(slug):
    return TwinCityPage.objects.get(slug_fr=slug)


def project(slug):
    return ProjectPage.objects.get(slug_fr=slug)


def application(title, field, twin_city, requested, project=None):
    return make_application(
        title=title,
        field=field,
        twin_city=twin_city,
        amount_requested=D(requested),
        project=project,
    )


def add_city(page, twin_city):
    """Add a twin city to a page straight in the relation's table (no new revision)."""
    ProjectPage.twin_cities.through.objects.create(projectpage=page, twincitypage=twin_city)


@pytest.fixture
def board(members, secretary):
    """Four decisions over three years, one of them corrected, plus one deliberation without
    quorum that decides nothing:

    - 2024, youth, Masis: adopted 2000 (no application: asked = proposed);
    - 2025, sport, Tübingen: an application (asked 3000) rejected (granted 0);
    - 2025 then 2026, health, Masis: adopted 1500, corrected to 1200 (asked 1800 from the
      application linked to the project);
    - 2026, culture, Masis and Tübingen: adopted 1000 with its application (asked 1100)."""
    masis, tubingen = city("masis"), city("tubingen")
    youth = project("centre-de-la-jeunesse-masis")
    health = project("sante-mentale-masis-2025")
    books = project("echange-de-livres-aix-masis")
    add_city(books, tubingen)
    application("Dossier santé", "health", masis, "1800.00", project=health)
    football = application("Tournoi de football", "sport", tubingen, "3000.00")
    book_application = application("Livres", "culture", masis, "1100.00", project=books)

    m2024 = meeting_on(datetime.date(2024, 11, 20), members)
    m2025 = meeting_on(datetime.date(2025, 6, 10), members)
    m2026 = meeting_on(datetime.date(2026, 3, 12), members)
    empty = meeting_on(datetime.date(2026, 4, 2), members, quorum=False)
    first = decide(m2024, members, secretary, voting.ADOPTED, D("2000.00"), project=youth)
    decide(m2025, members, secretary, voting.REJECTED, D("2500.00"), application=football)
    health_2025 = decide(m2025, members, secretary, voting.ADOPTED, D("1500.00"), project=health)
    decide(
        m2026,
        members,
        secretary,
        voting.ADOPTED,
        D("1200.00"),
        project=health,
        corrects=health_2025,
    )
    decide(
        m2026,
        members,
        secretary,
        voting.ADOPTED,
        D("1000.00"),
        project=books,
        application=book_application,
    )
    # Without quorum: neither a decision nor a correction of the first one.
    decide(empty, members, secretary, voting.NO_QUORUM, D("9.00"), project=youth, corrects=first)
    return {
        "masis": masis.title,
        "tubingen": tubingen.title,
        "meetings": {m2024.date, m2025.date, m2026.date, empty.date},
    }


def ours(lines, meetings):
    """The lines of the test's own meetings (the demo board's decisions left aside, though the
    test's later decisions on the same projects already supersede them)."""
    return [line for line in lines if line.meeting_date in meetings]


def totals(table):
    return {row.label: (row.count, row.asked, row.granted) for row in table}


def test_the_decisions_and_their_amounts(board):
    lines = {line.title: line for line in ours(funding.decisions(), board["meetings"])}
    youth = lines[project("centre-de-la-jeunesse-masis").title]
    assert (youth.year, youth.field, youth.cities) == (2024, "youth", [board["masis"]])
    assert (youth.asked, youth.granted, youth.outcome) == (D("2000"), D("2000"), voting.ADOPTED)
    football = lines["Tournoi de football"]
    assert (football.year, football.field, football.cities) == (2025, "sport", [board["tubingen"]])
    assert (football.asked, football.granted, football.outcome) == (D("3000"), 0, voting.REJECTED)
    assert football.field_label == "Sport" and football.meeting_date == datetime.date(2025, 6, 10)
    assert len(lines) == 4
    assert all(
        isinstance(line.asked, Decimal) and isinstance(line.granted, Decimal)
        for line in lines.values()
    )


def test_a_correction_supersedes_the_earlier_decision(board):
    health = [line for line in funding.decisions() if line.field == "health"]
    # The deliberation without quorum neither counts nor supersedes the youth centre's decision.
    [youth] = [line for line in funding.decisions() if line.field == "youth"]
    assert youth.granted == D("2000.00") and youth.meeting_date.year == 2024
    assert len(health) == 1
    assert (health[0].year, health[0].granted) == (2026, D("1200.00"))
    # The amount asked is the one of the application linked to the project.
    assert health[0].asked == D("1800.00")


def test_a_later_decision_on_the_same_subject_wins_without_a_correction_link(members, secretary):
    football = application("Tournoi", "sport", city("perouse"), "800.00")
    first = meeting_on(datetime.date(2025, 1, 15), members)
    second = meeting_on(datetime.date(2025, 2, 15), members)
    decide(first, members, secretary, voting.REJECTED, D("800.00"), application=football)
    decide(second, members, secretary, voting.ADOPTED, D("600.00"), application=football)
    [line] = [line for line in funding.decisions() if line.title == "Tournoi"]
    assert (line.outcome, line.asked, line.granted) == (voting.ADOPTED, D("800"), D("600"))


def test_a_decision_on_an_application_linked_to_a_project_counts_for_the_project(
    members, secretary
):
    health = project("sante-mentale-masis-2025")
    linked = application("Dossier", "other", city("perouse"), "700.00", project=health)
    first = meeting_on(datetime.date(2025, 1, 15), members)
    second = meeting_on(datetime.date(2025, 2, 15), members)
    decide(first, members, secretary, voting.ADOPTED, D("500.00"), application=linked)
    decide(second, members, secretary, voting.ADOPTED, D("650.00"), project=health)
    [line] = [line for line in funding.decisions() if line.title == health.title]
    assert (line.title, line.field, line.cities) == (health.title, "health", ["Masis"])
    assert (line.asked, line.granted) == (D("700.00"), D("650.00"))


def test_totals_by_year_field_and_city(board):
    with translation.override("en"):
        result = funding.overview(ours(funding.decisions(), board["meetings"]))
    assert totals(result["by_year"]) == {
        "2024": (1, D("2000"), D("2000")),
        "2025": (1, D("3000"), D("0")),
        "2026": (2, D("2900"), D("2200")),
    }
    assert [row.label for row in result["by_year"]] == ["2024", "2025", "2026"]
    assert totals(result["by_field"]) == {
        "Culture": (1, D("1100"), D("1000")),
        "Sport": (1, D("3000"), D("0")),
        "Youth": (1, D("2000"), D("2000")),
        "Health": (1, D("1800"), D("1200")),
    }
    assert [row.key for row in result["by_field"]] == ["culture", "sport", "youth", "health"]
    # The book exchange (Masis and Tübingen) counts fully under both cities.
    assert totals(result["by_city"]) == {
        board["masis"]: (3, D("4900"), D("4200")),
        board["tubingen"]: (2, D("4100"), D("1000")),
    }
    total = result["total"]
    assert (total.count, total.asked, total.granted) == (4, D("7900"), D("4200"))
    assert sum(row.asked for row in result["by_city"]) > total.asked
    # Bars: whole percentages of the largest amount of each table (3000 by year).
    shares = {row.label: (row.asked_share, row.share) for row in result["by_year"]}
    assert shares == {"2024": (67, 67), "2025": (100, 0), "2026": (97, 73)}


def test_decisions_without_a_twin_city_have_their_own_row(members, secretary):
    alone = application("Sans ville", "other", None, "100.00")
    meeting = meeting_on(datetime.date(2025, 1, 15), members)
    decide(
        meeting,
        members,
        secretary,
        voting.ADOPTED,
        D("100.00"),
        application=alone,
    )
    with translation.override("en"):
        result = funding.overview(ours(funding.decisions(), {meeting.date}))
        everything = funding.overview(funding.decisions())["by_city"]
    assert totals(result["by_city"]) == {"No twin city": (1, D("100"), D("100"))}
    assert everything[-1].label == "No twin city"
    assert funding.overview([])["by_year"] == []


def request_for(path):
    request = RequestFactory().get(path)
    request.user = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
    return request


def test_the_csv_file(board, members, secretary):
    formula = application('=HYPERLINK("http://evil")', "other", None, "50.5")
    decide(
        meeting_on(datetime.date(2026, 5, 5), members),
        members,
        secretary,
        voting.ADOPTED,
        D("50.5"),
        application=formula,
    )
    with translation.override("en"):
        response = funding.funding_overview(request_for("/?format=csv"), {})
        books_title = project("echange-de-livres-aix-masis").title
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == (
        f'attachment; filename="financements-{timezone.localdate():%Y-%m-%d}.csv"'
    )
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0] == [
        "Year",
        "Meeting",
        "Number in the register",
        "Project or application",
        "Field",
        "Twin cities",
        "Outcome",
        "Amount asked (€)",
        "Amount granted (€)",
    ]
    mine = board["meetings"] | {datetime.date(2026, 5, 5)}
    by_title = {row[3]: row for row in rows[1:] if datetime.date.fromisoformat(row[1]) in mine}
    assert len(by_title) == 5
    books = by_title[books_title]
    assert books[0:2] == ["2026", "2026-03-12"] and books[2].isdigit()
    assert books[4:] == [
        "Culture",
        f"{board['masis']}, {board['tubingen']}",
        "Adopted",
        "1100.00",
        "1000.00",
    ]
    assert by_title["Tournoi de football"][6:] == ["Rejected", "3000.00", "0.00"]
    assert by_title['\'=HYPERLINK("http://evil")'][7:] == ["50.50", "50.50"]
    # Sorted by meeting date.
    assert [row[1] for row in rows[1:]] == sorted(row[1] for row in rows[1:])


def test_the_page_shows_the_figures_accessibly_without_inline_style(board):
    request = request_for("/django-admin/projects/deliberation/funding/")
    context = admin.site.each_context(request)
    with translation.override("en"):
        response = funding.funding_overview(request, context)
        html = response.render().content.decode()
        amounts = [formats.figure(D(value)) for value in ("7900", "4200", "4900", "4100")]
    assert response.status_code == 200
    assert response.template_name == "projects/admin/funding_overview.html"
    main = html.split('id="content-main"')[1]
    for caption in ("By year", "By field", "By twin city"):
        assert f"<caption>{caption}</caption>" in main
    for value in amounts:
        assert value in main, value
    assert '<th scope="row">2026</th>' in main and '<th scope="col">Decisions</th>' in main
    assert 'href="?format=csv"' in main and "Download as CSV" in main
    assert '<meter min="0" max="100" value="73"' in main
    assert "may therefore exceed the overall total" in main
    assert "style=" not in main and "<script" not in main
    assert "Funding overview" in html


def test_the_page_without_any_decision(monkeypatch):
    monkeypatch.setattr(funding, "decisions", list)
    with translation.override("en"):
        response = funding.funding_overview(request_for("/"), {})
        html = response.render().content.decode()
    assert "No decision of the board has been recorded yet." in html


def build(members, secretary, size):
    """`size` meetings, each with a decision on a new application, one on an application
    linked to a project, and one on a project (one of them with two twin cities); their
    dates."""
    projects = [
        project(slug)
        for slug in (
            "centre-de-la-jeunesse-masis",
            "echange-de-livres-aix-masis",
            "sante-mentale-masis-2025",
        )
    ]
    add_city(projects[1], city("perouse"))
    dates = set()
    for n in range(size):
        meeting = meeting_on(datetime.date(2024, 1, 10) + datetime.timedelta(days=30 * n), members)
        page = projects[n % 3]
        alone = application(f"Demande {n}", "sport", city("tubingen"), "300.00")
        linked = application(f"Liée {n}", "culture", city("masis"), "400.00", project=page)
        outcome = voting.ADOPTED if n % 2 else voting.REJECTED
        decide(meeting, members, secretary, outcome, D("250.00"), application=alone)
        decide(meeting, members, secretary, voting.ADOPTED, D("350.00"), application=linked)
        decide(meeting, members, secretary, voting.ADOPTED, D("450.00"), project=page)
        dates.add(meeting.date)
    return dates


@pytest.mark.parametrize("size", [2, 8])
def test_the_number_of_queries_does_not_grow(
    members, secretary, django_assert_max_num_queries, size
):
    dates = build(members, secretary, size)
    with django_assert_max_num_queries(5):
        lines = funding.decisions()
    # Each application alone, and each project once (its later decision wins).
    assert len(ours(lines, dates)) == size + min(size, 3)
    with CaptureQueriesContext(connection) as queries:
        funding.overview(funding.decisions())
    assert len(queries) <= 5
