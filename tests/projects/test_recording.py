"""The secretary's screens: attendance and votes in one screen each, closing with its
confirmation, a correction referencing a closed deliberation, every change in the history,
and the register's hash chain that names the first tampered record."""

import io
from decimal import Decimal

import pytest
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from projects import voting
from projects.models import Attendance, Deliberation, Meeting, ProjectPage, Vote
from projects.models.board import ClosedError

from .conftest import DAY
from .screens import open_screen, submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def meeting(members):
    return Meeting.objects.create(date=DAY, place="Aix")


@pytest.fixture
def deliberation(meeting):
    return Deliberation.objects.create(
        meeting=meeting,
        project=ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025"),
        question="Soutenir le projet ?",
        amount_proposed=Decimal("1500.00"),
    )


@pytest.fixture
def secretary(client):
    user = get_user_model().objects.create_user("secretary", is_staff=True)
    user.groups.add(Group.objects.get(name="Secrétariat du Conseil"))
    client.force_login(user)
    return user


def attendance_changes(members, statuses, proxies=None):
    """What the secretary picks on the attendance screen (a status and a proxy holder each)."""
    changes = {}
    for member, status in zip(members, statuses, strict=True):
        changes[f"status_{member.pk}"] = status
        changes[f"proxy_{member.pk}"] = (proxies or {}).get(member.pk, "")
    return changes


def vote_changes(members, choices):
    return {f"vote_{member.pk}": choice for member, choice in zip(members, choices, strict=True)}


def attendance_url(meeting):
    return f"/django-admin/projects/meeting/{meeting.pk}/attendance/"


def votes_url(deliberation):
    return f"/django-admin/projects/deliberation/{deliberation.pk}/votes/"


def close_url(deliberation):
    return f"/django-admin/projects/deliberation/{deliberation.pk}/close/"


P, R, E, A = voting.PRESENT, voting.REPRESENTED, voting.EXCUSED, voting.ABSENT


def test_the_secretary_records_a_whole_meeting_in_three_screens(
    client, secretary, members, meeting, deliberation
):
    page = client.get(attendance_url(meeting)).content.decode()
    assert all(str(member) in page for member in members)
    changes = attendance_changes(members, [P, P, P, R, E], proxies={members[3].pk: members[0].pk})
    response = submit(client, attendance_url(meeting), changes)
    assert response.status_code == 302
    assert meeting.attendance_map() == {
        members[0].pk: P,
        members[1].pk: P,
        members[2].pk: P,
        members[3].pk: R,
        members[4].pk: E,
    }
    assert "4 membres sur 5 présents ou représentés ; quorum 2.5 : atteint" in client.get(
        f"/django-admin/projects/meeting/{meeting.pk}/change/"
    ).content.decode().replace("\u202f", " ")

    choices = [voting.FOR, voting.FOR, voting.NOT_TAKING_PART, voting.AGAINST, ""]
    assert (
        submit(client, votes_url(deliberation), vote_changes(members, choices)).status_code == 302
    )
    assert dict(deliberation.votes.values_list("member", "choice")) == {
        members[0].pk: voting.FOR,
        members[1].pk: voting.FOR,
        members[2].pk: voting.NOT_TAKING_PART,
        members[3].pk: voting.AGAINST,
    }
    confirm = client.get(close_url(deliberation)).content.decode()
    assert "M2 Test" in confirm  # named as not taking part
    assert client.post(close_url(deliberation)).status_code == 302
    deliberation.refresh_from_db()
    assert deliberation.outcome == voting.ADOPTED and deliberation.sequence
    assert (deliberation.votes_for, deliberation.votes_against) == (2, 1)
    history = LogEntry.objects.filter(object_id__in=[str(meeting.pk), str(deliberation.pk)])
    messages = " | ".join(entry.get_change_message() for entry in history)
    assert "M3 Test" in messages and "Pour" in messages and "Adoptée" in messages
    assert all(entry.user == secretary for entry in history)


def test_only_changed_rows_are_written_so_two_secretaries_lose_nothing(
    client, secretary, members, meeting, deliberation
):
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=P)
    # Both secretaries opened the screen with no vote recorded; each records other members.
    url = votes_url(deliberation)
    first, second = open_screen(client, url), open_screen(client, url)
    changes = vote_changes(members[:2], [voting.FOR, voting.AGAINST])
    assert submit(client, url, changes, screen=first).status_code == 302
    changes = vote_changes(members[2:], [voting.ABSTAIN, voting.FOR, voting.FOR])
    assert submit(client, url, changes, screen=second).status_code == 302
    assert dict(deliberation.votes.values_list("member", "choice")) == {
        members[0].pk: voting.FOR,
        members[1].pk: voting.AGAINST,
        members[2].pk: voting.ABSTAIN,
        members[3].pk: voting.FOR,
        members[4].pk: voting.FOR,
    }


def test_a_vote_for_an_absent_member_is_refused_and_nothing_is_saved(
    client, secretary, members, meeting, deliberation
):
    for member, status in zip(members, [P, P, P, A, E], strict=True):
        Attendance.objects.create(meeting=meeting, member=member, status=status)
    choices = [voting.FOR, voting.FOR, voting.FOR, "", voting.NOT_TAKING_PART]
    screen = open_screen(client, votes_url(deliberation))
    assert voting.FOR not in screen.choices[f"vote_{members[3].pk}"]  # not offered
    for name, value in vote_changes(members, choices).items():
        screen.choose(name, value)
    # A tampered post (the screen does not offer it) votes for the absent member.
    screen.values[f"vote_{members[3].pk}"] = voting.FOR
    response = client.post(votes_url(deliberation), screen.data())
    assert response.status_code == 200
    assert "Ce membre n’était ni présent ni représenté" in response.content.decode()
    assert not deliberation.votes.exists()


@pytest.mark.parametrize(
    ("statuses", "proxies", "message"),
    [
        ([P, R, R, P, P], {1: 0, 2: 0}, "autant de procurations que les statuts"),
        ([P, R, E, P, P], {1: 2}, "doit être présent"),
        ([P, R, P, P, P], {}, "Indiquez quel autre membre"),
        ([P, P, P, P, P], {1: 0}, "Seul un membre représenté"),
    ],
)
def test_bad_attendance_is_refused_and_nothing_is_saved(
    client, secretary, members, meeting, statuses, proxies, message
):
    by_pk = {members[k].pk: members[v].pk for k, v in proxies.items()}
    response = submit(client, attendance_url(meeting), attendance_changes(members, statuses, by_pk))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not meeting.attendances.exists()


def closed(deliberation, members, user=None):
    for member in members:
        Attendance.objects.get_or_create(meeting=deliberation.meeting, member=member)
    Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
    deliberation.close(user)
    return deliberation


def test_a_closed_deliberation_refuses_every_screen_and_its_meeting_attendance_is_locked(
    client, secretary, members, meeting, deliberation
):
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=P)
    # Screens opened before the closing, posted after it.
    votes_screen = open_screen(client, votes_url(deliberation))
    attendance_screen = open_screen(client, attendance_url(meeting))
    closed(deliberation, members, secretary)
    response = submit(
        client,
        votes_url(deliberation),
        vote_changes(members[:1], [voting.AGAINST]),
        screen=votes_screen,
    )
    assert response.status_code == 302 and deliberation.votes.get().choice == voting.FOR
    assert client.post(close_url(deliberation)).status_code == 302
    response = submit(
        client,
        attendance_url(meeting),
        attendance_changes(members, [A] * 5),
        screen=attendance_screen,
    )
    assert "ses présences ne peuvent plus changer" in response.content.decode()
    assert set(meeting.attendance_map().values()) == {P}
    with pytest.raises(ClosedError):
        Attendance.objects.filter(meeting=meeting).update(status=A)
    with pytest.raises(ClosedError):
        meeting.attendances.first().delete()


def test_a_correction_references_a_closed_deliberation_and_supersedes_it(
    client, secretary, members, meeting, deliberation
):
    closed(deliberation, members, secretary)
    form = client.get(f"/django-admin/projects/deliberation/add/?corrects={deliberation.pk}")
    assert "Soutenir le projet ?" in form.content.decode()
    correction = Deliberation.objects.create(
        meeting=meeting,
        project=deliberation.project,
        question="Correction : montant",
        amount_proposed=Decimal("1200.00"),
        corrects=deliberation,
    )
    correction.full_clean()
    Vote.objects.create(deliberation=correction, member=members[0], choice=voting.FOR)
    correction.close(secretary)
    project = ProjectPage.objects.get(pk=deliberation.project_id)
    assert project.amount_granted == Decimal("1200.00")
    assert project.decision() == correction
    open_one = Deliberation.objects.create(meeting=meeting, question="Ouverte")
    wrong = Deliberation(meeting=meeting, question="Corrige une ouverte", corrects=open_one)
    with pytest.raises(Exception, match="Seule une délibération close"):
        wrong.full_clean()


def test_publishing_an_older_draft_keeps_the_boards_decision(members, meeting, deliberation):
    project = ProjectPage.objects.get(pk=deliberation.project_id)
    old_revision = project.save_revision()
    closed(deliberation, members)
    old_revision.publish()
    project.refresh_from_db()
    assert project.status == "approved" and project.amount_granted == Decimal("1500.00")


def closed_series(meeting, members, count=3):
    return [
        closed(Deliberation.objects.create(meeting=meeting, question=f"Question {n}"), members)
        for n in range(count)
    ]


def raw_sql(statement, params):
    """A change made straight in the database, around every lock of the models."""
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def test_the_register_chains_each_closing_to_the_previous_one(members, meeting):
    series = closed_series(meeting, members)
    first = series[0].sequence
    assert [d.sequence for d in series] == [first, first + 1, first + 2]
    assert len({d.digest for d in series}) == 3 and all(len(d.digest) == 64 for d in series)
    out = io.StringIO()
    call_command("verify_deliberations", stdout=out)
    assert "the chain is intact" in out.getvalue()


@pytest.mark.parametrize(
    ("statement", "target"),
    [
        ("UPDATE projects_vote SET choice = 'against' WHERE deliberation_id = %s", 1),
        ("UPDATE projects_deliberation SET votes_for = 7 WHERE id = %s", 1),
        ("UPDATE projects_deliberation SET question = 'Autre' WHERE id = %s", 1),
        ("UPDATE projects_deliberation SET amount_proposed = 99 WHERE id = %s", 1),
    ],
)
def test_tampering_with_one_stored_row_is_detected_and_named(members, meeting, statement, target):
    series = closed_series(meeting, members)
    raw_sql(statement, [series[target].pk])
    with pytest.raises(CommandError, match=rf"Deliberation #{series[target].pk} \("):
        call_command("verify_deliberations")


def test_tampering_with_the_meetings_attendance_is_detected(members, meeting):
    series = closed_series(meeting, members)
    raw_sql(
        "UPDATE projects_attendance SET status = 'absent' WHERE member_id = %s",
        [members[4].pk],
    )
    # Every deliberation of the meeting covers its attendance: the first one is named.
    with pytest.raises(CommandError, match=rf"Deliberation #{series[0].pk} \("):
        call_command("verify_deliberations")


def test_a_removed_record_breaks_the_chain(members, meeting):
    series = closed_series(meeting, members)
    raw_sql("DELETE FROM projects_vote WHERE deliberation_id = %s", [series[1].pk])
    raw_sql("DELETE FROM projects_deliberation WHERE id = %s", [series[1].pk])
    with pytest.raises(CommandError, match=rf"Deliberation #{series[2].pk} .*out of place"):
        call_command("verify_deliberations")


@pytest.mark.parametrize(
    ("amount", "message"),
    [
        ("-10", "supérieure ou égale à 0"),
        ("12.345", "Assurez-vous qu’il n’y a pas plus de 2 chiffres après la virgule"),
    ],
)
def test_a_bad_amount_in_the_admin_is_refused_in_french(
    client, secretary, meeting, amount, message
):
    board = get_user_model().objects.create_user("board", is_staff=True)
    board.groups.add(Group.objects.get(name="Conseil d'administration"))
    client.force_login(board)
    before = Deliberation.objects.count()
    response = client.post(
        "/django-admin/projects/deliberation/add/",
        {"meeting": meeting.pk, "question": "Soutenir ?", "amount_proposed": amount},
    )
    assert response.status_code == 200
    assert message in response.content.decode().replace("'", "’")
    assert Deliberation.objects.count() == before


def test_correcting_an_open_deliberation_is_refused_in_the_admin(
    client, secretary, meeting, deliberation
):
    response = client.post(
        "/django-admin/projects/deliberation/add/",
        {"meeting": meeting.pk, "question": "Rectifier", "corrects": deliberation.pk},
    )
    assert response.status_code == 200
    assert "Seule une délibération close peut être rectifiée." in response.content.decode()


def test_checking_the_register_costs_the_same_for_3_or_12_records(
    members, meeting, django_assert_max_num_queries
):
    closed_series(meeting, members, count=3)
    with CaptureQueriesContext(connection) as small:
        call_command("verify_deliberations", stdout=io.StringIO())
    closed_series(meeting, members, count=9)
    with django_assert_max_num_queries(len(small)):
        call_command("verify_deliberations", stdout=io.StringIO())
