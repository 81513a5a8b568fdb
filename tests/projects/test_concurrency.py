"""Two secretaries, a race, through the rendered screens: nothing lost, nothing bent.

Each secretary is a logged-in test client that opens the screen, reads the form from the HTML,
changes what a person would change and posts back every field the HTML carries
(`tests/projects/screens.py`). On PostgreSQL both run in threads of their own (each its own
connection), released together after both opened their screen, so their saves and closings
really race. SQLite takes one writer at a time, so there the two are interleaved in one thread:
both open, then both save — which still shows that a save written from an old screen loses
nothing. These tests commit (transactional tests, run after the others) and build their own
board."""

import datetime
import threading

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.db import connection, connections
from django.test import Client

from projects import ledger, voting
from projects.models import Attendance, BoardMember, Deliberation, Meeting, Vote

from .screens import open_screen, submit

pytestmark = pytest.mark.django_db(transaction=True)
DAY = datetime.date(2030, 1, 15)
ROUNDS = 20
RACING = connection.vendor == "postgresql"
P, R, E, A = voting.PRESENT, voting.REPRESENTED, voting.EXCUSED, voting.ABSENT
SECRETARY_PERMISSIONS = [
    "view_meeting",
    "change_meeting",
    "view_attendance",
    "change_attendance",
    "view_deliberation",
    "change_deliberation",
    "view_vote",
    "close_deliberation",
]


@pytest.fixture
def members():
    # Alone in office: the demo board (present when this test runs first) has left by then.
    BoardMember.objects.update(mandate_end=DAY - datetime.timedelta(days=1))
    return [
        BoardMember.objects.create(
            first_name=f"C{n}",
            last_name="Concurrent",
            role="president" if n == 0 else "member",
            mandate_start=DAY,
        )
        for n in range(8)
    ]


@pytest.fixture
def secretaries():
    permissions = Permission.objects.filter(
        content_type__app_label="projects", codename__in=SECRETARY_PERMISSIONS
    )
    clients = []
    for name in ("first", "second"):
        user = get_user_model().objects.create_user(f"secretary-{name}", is_staff=True)
        user.user_permissions.add(*permissions)
        client = Client()
        client.force_login(user)
        clients.append(client)
    return clients


def meeting_with(members, status=P):
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=status)
    return meeting


def votes_url(deliberation):
    return f"/django-admin/projects/deliberation/{deliberation.pk}/votes/"


def attendance_url(meeting):
    return f"/django-admin/projects/meeting/{meeting.pk}/attendance/"


def close_url(deliberation):
    return f"/django-admin/projects/deliberation/{deliberation.pk}/close/"


def both(*secretaries):
    """Each secretary is (client, url, changes): all open their screen, then all post. On
    PostgreSQL each runs in its own thread and the posts are released together; returns the
    responses (or the exception a secretary met)."""
    screens = [None] * len(secretaries)
    results = [None] * len(secretaries)

    def open_it(index):
        client, url, _changes = secretaries[index]
        screens[index] = open_screen(client, url)

    def post_it(index):
        client, url, changes = secretaries[index]
        results[index] = submit(client, url, changes, screen=screens[index])

    if not RACING:
        for index in range(len(secretaries)):
            open_it(index)
        for index in range(len(secretaries)):
            post_it(index)
        return results

    barrier = threading.Barrier(len(secretaries))

    def run(index):
        try:
            open_it(index)
            barrier.wait(timeout=60)
            post_it(index)
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(secretaries))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


def stored_votes(deliberation):
    return dict(Vote.objects.filter(deliberation=deliberation).values_list("member", "choice"))


def test_two_secretaries_changing_different_members_lose_nothing(members, secretaries):
    meeting = meeting_with(members)
    lost = 0
    for round_number in range(ROUNDS):
        deliberation = Deliberation.objects.create(meeting=meeting, question=f"Q{round_number}")
        # Half of the rounds start with every vote recorded "for"; the first secretary then
        # changes four members (two removed: "not recorded"), the second the four others.
        if round_number % 2:
            for member in members:
                Vote.objects.create(deliberation=deliberation, member=member, choice=voting.FOR)
        first = {f"vote_{m.pk}": voting.AGAINST for m in members[:2]}
        first |= {f"vote_{m.pk}": "" for m in members[2:4]}
        second = {f"vote_{m.pk}": voting.ABSTAIN for m in members[4:]}
        results = both(
            (secretaries[0], votes_url(deliberation), first),
            (secretaries[1], votes_url(deliberation), second),
        )
        assert [getattr(r, "status_code", r) for r in results] == [302, 302], results
        expected = {m.pk: voting.AGAINST for m in members[:2]}
        expected |= {m.pk: voting.ABSTAIN for m in members[4:]}
        stored = stored_votes(deliberation)
        lost += sum(stored.get(pk) != choice for pk, choice in expected.items())
        lost += sum(m.pk in stored for m in members[2:4])  # "not recorded" removes
    assert lost == 0


def test_two_secretaries_changing_one_member_the_second_gets_the_conflict_screen(
    members, secretaries
):
    meeting = meeting_with(members)
    for round_number in range(ROUNDS):
        deliberation = Deliberation.objects.create(meeting=meeting, question=f"Q{round_number}")
        Vote.objects.create(deliberation=deliberation, member=members[1], choice=voting.ABSTAIN)
        key = f"vote_{members[1].pk}"
        results = both(
            (secretaries[0], votes_url(deliberation), {key: voting.FOR}),
            (secretaries[1], votes_url(deliberation), {key: voting.AGAINST}),
        )
        codes = sorted(r.status_code for r in results)
        assert codes == [200, 302], results
        saved = next(r for r in results if r.status_code == 302)
        refused = next(r for r in results if r.status_code == 200)
        winner = voting.FOR if saved is results[0] else voting.AGAINST
        loser = voting.AGAINST if winner == voting.FOR else voting.FOR
        assert stored_votes(deliberation) == {members[1].pk: winner}  # nothing overwritten
        page = refused.content.decode()
        labels = {voting.FOR: "Pour", voting.AGAINST: "Contre"}
        assert "Enregistré entre-temps par quelqu’un d’autre" in page
        assert f"« {labels[winner]} »" in page and f"« {labels[loser]} »" in page
        # The conflict screen keeps the loser's choice; saving it again keeps it, deliberately.
        client = secretaries[1] if winner == voting.FOR else secretaries[0]
        again = client.post(votes_url(deliberation), screen_of(page).data())
        assert again.status_code == 302
        assert stored_votes(deliberation) == {members[1].pk: loser}


def screen_of(html):
    from .screens import ScreenForm

    return ScreenForm(html)


def test_two_secretaries_recording_attendance_and_proxies_lose_nothing(members, secretaries):
    lost = 0
    for round_number in range(ROUNDS):
        meeting = meeting_with(members, status=E if round_number % 2 else A)
        first = {f"status_{m.pk}": P for m in members[:3]}
        first |= {f"status_{members[3].pk}": R, f"proxy_{members[3].pk}": members[0].pk}
        second = {f"status_{m.pk}": P for m in members[4:6]}
        second |= {f"status_{members[6].pk}": R, f"proxy_{members[6].pk}": members[4].pk}
        second |= {f"status_{members[7].pk}": A if round_number % 2 else E}
        results = both(
            (secretaries[0], attendance_url(meeting), first),
            (secretaries[1], attendance_url(meeting), second),
        )
        assert [getattr(r, "status_code", r) for r in results] == [302, 302], results
        stored = {a.member_id: (a.status, a.proxy_holder_id) for a in meeting.attendances.all()}
        expected = {m.pk: (P, None) for m in members[:3] + members[4:6]}
        expected[members[3].pk] = (R, members[0].pk)
        expected[members[6].pk] = (R, members[4].pk)
        expected[members[7].pk] = (A if round_number % 2 else E, None)
        lost += sum(stored.get(pk) != value for pk, value in expected.items())
    assert lost == 0


def test_attendance_changed_by_both_on_one_member_is_not_overwritten(members, secretaries):
    for _round in range(ROUNDS // 4):
        meeting = meeting_with(members)
        key = f"status_{members[2].pk}"
        results = both(
            (secretaries[0], attendance_url(meeting), {key: E}),
            (secretaries[1], attendance_url(meeting), {key: A}),
        )
        assert sorted(r.status_code for r in results) == [200, 302]
        winner = E if results[0].status_code == 302 else A
        assert meeting.attendances.get(member=members[2]).status == winner
        refused = next(r for r in results if r.status_code == 200).content.decode()
        assert "Enregistré entre-temps par quelqu’un d’autre" in refused


def check_register(meeting):
    """Every closed deliberation re-tallies to its stored outcome and counts, and the
    register's own check says so."""
    for deliberation in Deliberation.objects.filter(meeting=meeting, closed_at__isnull=False):
        votes, attendance = ledger.facts(deliberation.votes.all(), meeting.attendances.all())
        result = ledger.retally(deliberation, votes, attendance)
        assert (result.outcome, result.votes_for, result.votes_against) == (
            deliberation.outcome,
            deliberation.votes_for,
            deliberation.votes_against,
        )
    call_command("verify_deliberations", verbosity=0)


def test_closing_while_attendance_is_saved_counts_what_is_stored(members, secretaries):
    outcomes = {"attendance first": 0, "closing first": 0}
    for round_number in range(ROUNDS):
        meeting = meeting_with(members)
        deliberation = Deliberation.objects.create(meeting=meeting, question=f"Q{round_number}")
        for member in members:
            Vote.objects.create(deliberation=deliberation, member=member, choice=voting.FOR)
        # Five of eight leave: no quorum, if the attendance is saved before the closing.
        leaving = {f"status_{m.pk}": A for m in members[3:]}
        closing, saving = both(
            (secretaries[0], close_url(deliberation), {}),
            (secretaries[1], attendance_url(meeting), leaving),
        )
        assert closing.status_code == 302, closing
        deliberation.refresh_from_db()
        assert deliberation.is_closed
        absent = meeting.attendances.filter(status=A).count()
        if saving.status_code == 302:
            outcomes["attendance first"] += 1
            assert absent == 5 and deliberation.outcome == voting.NO_QUORUM
        else:
            outcomes["closing first"] += 1
            assert "ses présences ne peuvent plus changer" in saving.content.decode()
            assert absent == 0 and deliberation.outcome == voting.ADOPTED
            assert deliberation.votes_for == 8
        check_register(meeting)
    print(outcomes)


def test_closing_while_votes_are_saved_counts_what_is_stored(members, secretaries):
    outcomes = {"votes first": 0, "closing first": 0}
    for round_number in range(ROUNDS):
        meeting = meeting_with(members)
        deliberation = Deliberation.objects.create(meeting=meeting, question=f"Q{round_number}")
        for member in members:
            Vote.objects.create(deliberation=deliberation, member=member, choice=voting.FOR)
        against = {f"vote_{m.pk}": voting.AGAINST for m in members[3:]}
        closing, saving = both(
            (secretaries[0], close_url(deliberation), {}),
            (secretaries[1], votes_url(deliberation), against),
        )
        assert closing.status_code == 302, closing
        # A save that comes after the closing is refused, on the votes screen itself or by a
        # redirection to the closed deliberation, with a message either way.
        assert saving.status_code in (200, 302), saving
        if saving.status_code == 200:
            assert "Cette délibération est close." in saving.content.decode()
        deliberation.refresh_from_db()
        assert deliberation.is_closed
        stored = stored_votes(deliberation)
        if list(stored.values()).count(voting.AGAINST) == 5:
            outcomes["votes first"] += 1
            assert (deliberation.votes_for, deliberation.votes_against) == (3, 5)
            assert deliberation.outcome == voting.REJECTED
        else:
            outcomes["closing first"] += 1
            assert set(stored.values()) == {voting.FOR}
            assert (deliberation.votes_for, deliberation.outcome) == (8, voting.ADOPTED)
        check_register(meeting)
    print(outcomes)


def test_closings_at_once_take_consecutive_places_in_the_register(members, secretaries):
    meeting = meeting_with(members)
    deliberations = []
    for n in range(2):
        deliberation = Deliberation.objects.create(meeting=meeting, question=f"Q{n}")
        Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
        deliberations.append(deliberation)
    results = both(
        (secretaries[0], close_url(deliberations[0]), {}),
        (secretaries[1], close_url(deliberations[1]), {}),
    )
    assert [r.status_code for r in results] == [302, 302]
    sequences = sorted(
        Deliberation.objects.filter(meeting=meeting).values_list("sequence", flat=True)
    )
    assert sequences == [sequences[0], sequences[0] + 1]
    check_register(meeting)


def test_editing_the_question_against_saving_votes_neither_deadlocks_nor_bends(
    members, secretaries
):
    """The attack: `Deliberation.save` locked the deliberation then the meeting, the votes
    screen the meeting then the deliberation: a deadlock (503) or an uncaught refusal (500).
    Now both take the register's order; whichever saves first wins, the other gets a message,
    and votes are never stored against a question their screen did not show."""
    meeting = meeting_with(members)
    first, second = secretaries
    for n in range(ROUNDS):
        deliberation = Deliberation.objects.create(meeting=meeting, question="Soutenir ?")
        change = f"/django-admin/projects/deliberation/{deliberation.pk}/change/"
        results = both(
            (first, change, {"question": f"Autre question {n}"}),
            (second, votes_url(deliberation), {f"vote_{members[1].pk}": voting.FOR}),
        )
        for result in results:
            assert not isinstance(result, Exception), result
            assert result.status_code in (200, 302)
        stored = Deliberation.objects.get(pk=deliberation.pk)
        if stored_votes(deliberation):
            assert stored.question == "Soutenir ?", n
