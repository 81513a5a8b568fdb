"""Two secretaries recording at the same time on PostgreSQL: no vote lost, none duplicated, and
closings that race keep the register's chain whole.

These tests need writers that really run at once, each on its own connection, so they commit
(transactional tests, run after the others) and build their own board. SQLite takes one writer
at a time for the whole database, so there is nothing to race there: they run on PostgreSQL."""

import datetime
import threading

import pytest
from django.core.management import call_command
from django.db import IntegrityError, connection, connections

from projects import voting
from projects.models import Attendance, BoardMember, Deliberation, Meeting, Vote
from projects.models.board import ClosedError
from projects.recording import VotesForm

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql", reason="concurrent writers need PostgreSQL"
    ),
]
DAY = datetime.date(2030, 1, 15)


@pytest.fixture
def board():
    members = [
        BoardMember.objects.create(
            first_name=f"C{n}",
            last_name="Concurrent",
            role="president" if n == 0 else "member",
            mandate_start=DAY,
        )
        for n in range(8)
    ]
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
    return meeting, members


def at_once(*jobs):
    """Run each job in its own thread (its own connection), released together; return what
    each job returned or raised."""
    barrier = threading.Barrier(len(jobs))
    results = [None] * len(jobs)

    def run(index, job):
        try:
            barrier.wait()
            results[index] = job()
        except Exception as error:  # noqa: BLE001 - reported to the test
            results[index] = error
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run, args=(i, job)) for i, job in enumerate(jobs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def recording(deliberation, members, choice, shown=""):
    """What one secretary's screen posts: `choice` for `members`, shown with `shown`."""

    def job():
        data = {}
        for member in members:
            data[f"vote_{member.pk}"] = choice
            data[f"initial-vote_{member.pk}"] = shown
        form = VotesForm(Deliberation.objects.get(pk=deliberation.pk), data)
        assert form.is_valid(), form.errors
        return form.save()

    return job


def test_two_secretaries_recording_at_once_lose_no_vote_and_duplicate_none(board):
    meeting, members = board
    for _ in range(5):
        deliberation = Deliberation.objects.create(meeting=meeting, question="Q")
        # Each records half of the board, and both record the same member (members[0]).
        first = recording(deliberation, members[:5], voting.FOR)
        second = recording(deliberation, [members[0], *members[5:]], voting.AGAINST)
        results = at_once(first, second)
        assert not any(isinstance(result, Exception) for result in results), results
        votes = list(deliberation.votes.values_list("member_id", flat=True))
        assert sorted(votes) == sorted(m.pk for m in members)  # all 8, once each
        assert deliberation.votes.get(member=members[0]).choice in (voting.FOR, voting.AGAINST)


def test_the_database_refuses_a_second_vote_for_one_member_written_at_once(board):
    meeting, members = board
    deliberation = Deliberation.objects.create(meeting=meeting, question="Q")

    def insert():
        return Vote.objects.create(deliberation=deliberation, member=members[1], choice="for")

    results = at_once(insert, insert)
    assert sum(isinstance(result, IntegrityError) for result in results) == 1
    assert deliberation.votes.count() == 1


def test_a_closing_and_a_recording_at_once_leave_a_consistent_record(board):
    meeting, members = board
    for _ in range(5):
        deliberation = Deliberation.objects.create(meeting=meeting, question="Q")
        Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
        results = at_once(
            lambda d=deliberation: Deliberation.objects.get(pk=d.pk).close(None),
            recording(deliberation, members[1:], voting.AGAINST),
        )
        closing, recorded = results
        assert not isinstance(closing, Exception), closing
        deliberation.refresh_from_db()
        # Either the votes came first and are counted, or the closing came first and the
        # recording was refused; never votes written after the outcome.
        if isinstance(recorded, ClosedError):
            assert deliberation.votes.count() == 1 and deliberation.votes_against == 0
        else:
            assert deliberation.votes.count() == 8 and deliberation.votes_against == 7
    call_command("verify_deliberations")


def test_closings_at_once_take_consecutive_places_in_the_register(board):
    meeting, members = board
    deliberations = []
    for n in range(4):
        deliberation = Deliberation.objects.create(meeting=meeting, question=f"Q{n}")
        Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
        deliberations.append(deliberation)
    results = at_once(
        *[lambda d=d: Deliberation.objects.get(pk=d.pk).close(None) for d in deliberations]
    )
    assert not any(isinstance(result, Exception) for result in results), results
    sequences = sorted(
        Deliberation.objects.filter(meeting=meeting).values_list("sequence", flat=True)
    )
    assert sequences == list(range(sequences[0], sequences[0] + 4))
    call_command("verify_deliberations")
