"""A forger with write access to the database, but not the register's key: every change to a
closed record, its votes, its attendance, its snapshot (members' names, rules), a deleted last
record, or digests recomputed without the key, is caught by `verify_deliberations`, naming the
first record that does not match. Edits made the ordinary way (renaming a member, changing the
rules) never change a past record."""

import hashlib
import hmac
import json
from decimal import Decimal

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from projects import ledger, voting
from projects.models import (
    Attendance,
    BoardMember,
    Deliberation,
    Meeting,
    ProjectPage,
    Vote,
    VotingRules,
)

from .conftest import DAY

pytestmark = pytest.mark.django_db
P, R, A = voting.PRESENT, voting.REPRESENTED, voting.ABSENT


@pytest.fixture
def register(members):
    """Three closed deliberations after whatever the demo register holds; returns them."""
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    Meeting.objects.create(date=DAY, place="Ailleurs")
    for member, status in zip(members, [P, P, P, R, A], strict=True):
        holder = members[0] if status == R else None
        Attendance.objects.create(
            meeting=meeting, member=member, status=status, proxy_holder=holder
        )
    closed = []
    for n in range(3):
        deliberation = Deliberation.objects.create(
            meeting=meeting,
            project=ProjectPage.objects.first(),
            question=f"Question {n}",
            amount_proposed=Decimal("1000.00") + n,
        )
        for member, choice in zip(members[:4], ["for", "for", "against", "abstain"], strict=True):
            Vote.objects.create(deliberation=deliberation, member=member, choice=choice)
        deliberation.close(None)
        closed.append(deliberation)
    return closed


def verify(head=None):
    """The command's complaint, or None when it finds the register intact."""
    try:
        call_command("verify_deliberations", *(["--head", head] if head else []), verbosity=0)
    except CommandError as error:
        return str(error)
    return None


def sql(statement, params=()):
    with connection.cursor() as cursor:
        cursor.execute(statement, params)


def head_of(deliberation):
    deliberation.refresh_from_db()
    return f"{deliberation.sequence}:{deliberation.digest}"


def test_an_untouched_register_is_intact(register):
    assert verify() is None
    assert verify(head_of(register[-1])) is None


FIELD_CHANGES = [
    ("question", "'Une autre question'"),
    ("amount_proposed", "50000"),
    ("outcome", "'rejected'"),
    ("votes_for", "votes_for + 1"),
    ("votes_against", "0"),
    ("abstentions", "abstentions + 2"),
    (
        "closed_at",
        "closed_at - interval '1 day'"
        if connection.vendor == "postgresql"
        else "'2020-01-01 10:00:00'",
    ),
    ("project_id", "NULL"),
    ("meeting_id", "(SELECT max(id) FROM projects_meeting)"),
    ("corrects_id", "(SELECT min(id) FROM projects_deliberation)"),
    ("closed_by_id", "(SELECT max(id) FROM auth_user)"),
    ("sequence", "sequence + 100"),
    ("digest", "'" + "0" * 64 + "'"),
]


@pytest.mark.parametrize(("column", "value"), FIELD_CHANGES, ids=[c for c, _v in FIELD_CHANGES])
def test_changing_any_stored_field_of_a_closed_record_is_caught(register, column, value):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user("forger")
    target = register[1]
    sql(f"UPDATE projects_deliberation SET {column} = {value} WHERE id = %s", [target.pk])  # noqa: S608
    complaint = verify()
    assert complaint is not None, column
    if column == "sequence":  # moved to the end: the gap it leaves is named
        assert f"Deliberation #{register[2].pk} " in complaint and "out of place" in complaint
    else:
        assert f"Deliberation #{target.pk} " in complaint


def test_every_stored_column_of_a_deliberation_is_covered_by_these_tests():
    covered = {column for column, _value in FIELD_CHANGES} | {"id", "snapshot", "application_id"}
    columns = {field.column for field in Deliberation._meta.concrete_fields}
    assert columns <= covered, columns - covered


def test_changing_the_application_of_a_closed_record_is_caught(register):
    from .conftest import make_application

    application = make_application()
    target = register[0]
    sql(
        "UPDATE projects_deliberation SET application_id = %s WHERE id = %s",
        [application.pk, target.pk],
    )
    assert f"Deliberation #{target.pk} " in verify()


@pytest.mark.parametrize(
    "forgery",
    [
        "UPDATE projects_vote SET choice = 'for' WHERE choice = 'against' AND deliberation_id = %s",
        "DELETE FROM projects_vote WHERE choice = 'abstain' AND deliberation_id = %s",
    ],
    ids=["vote changed", "vote deleted"],
)
def test_changing_a_vote_is_caught(register, forgery):
    sql(forgery, [register[1].pk])
    assert f"Deliberation #{register[1].pk} " in verify()


def test_adding_a_vote_is_caught(register, members):
    sql(
        "INSERT INTO projects_vote (deliberation_id, member_id, choice) VALUES (%s, %s, 'for')",
        [register[2].pk, members[4].pk],
    )
    assert f"Deliberation #{register[2].pk} " in verify()


@pytest.mark.parametrize(
    "forgery",
    [
        "UPDATE projects_attendance SET status = 'absent' "
        "WHERE status = 'present' AND member_id = %s",
        "UPDATE projects_attendance SET proxy_holder_id = NULL, status = 'excused' "
        "WHERE status = 'represented' AND member_id = %s",
    ],
    ids=["attendance changed", "proxy removed"],
)
def test_changing_an_attendance_is_caught_at_the_first_record_of_the_meeting(
    register, members, forgery
):
    sql(forgery, [members[1].pk if "'present'" in forgery else members[3].pk])
    assert f"Deliberation #{register[0].pk} " in verify()


def rewrite_snapshot(deliberation, change):
    stored = Deliberation.objects.get(pk=deliberation.pk).snapshot
    change(stored)
    sql(
        "UPDATE projects_deliberation SET snapshot = %s WHERE id = %s",
        [json.dumps(stored), deliberation.pk],
    )


def test_a_members_name_changed_in_a_record_is_caught(register):
    rewrite_snapshot(register[2], lambda s: s["members"][0].update(name="Quelqu’un d’autre"))
    assert f"Deliberation #{register[2].pk} " in verify()


def test_a_rule_changed_in_a_record_is_caught(register):
    rewrite_snapshot(register[1], lambda s: s["rules"].update(majority="two_thirds"))
    assert f"Deliberation #{register[1].pk} " in verify()


def test_renaming_a_member_or_changing_the_rules_never_changes_a_past_record(register, members):
    before = [Deliberation.objects.get(pk=d.pk).snapshot for d in register]
    BoardMember.objects.filter(pk=members[0].pk).update(first_name="Renommée")
    VotingRules.objects.update(
        majority=voting.TWO_THIRDS, quorum_numerator=9, quorum_denominator=10
    )
    assert verify() is None
    after = [Deliberation.objects.get(pk=d.pk).snapshot for d in register]
    assert after == before
    assert any(m["name"] == "M0 Test" for m in after[0]["members"])


def test_deleting_the_last_record_is_caught_with_the_head_printed_on_the_minutes(register):
    head = head_of(register[-1])
    sql("DELETE FROM projects_vote WHERE deliberation_id = %s", [register[-1].pk])
    sql("DELETE FROM projects_deliberation WHERE id = %s", [register[-1].pk])
    assert verify() is None  # nothing inside the database can tell…
    complaint = verify(head)  # …the paper can
    assert complaint is not None and f"Deliberation #{register[-2].pk} " in complaint
    assert "ends before the head" in complaint


def test_a_head_that_does_not_match_is_caught(register):
    number = register[-1].sequence
    assert f"Deliberation #{register[-1].pk} " in verify(f"{number}:{'a' * 64}")


def rechain(sign):
    """Recompute every digest of the register in order with `sign(previous, content)`."""
    previous = ""
    closed = Deliberation.objects.filter(closed_at__isnull=False).order_by("sequence")
    for deliberation in closed:
        votes, attendance = ledger.facts(
            deliberation.votes.all(), deliberation.meeting.attendances.all()
        )
        message = previous.encode() + b"\n" + ledger.content(deliberation, votes, attendance)
        previous = sign(message)
        sql(
            "UPDATE projects_deliberation SET digest = %s WHERE id = %s",
            [previous, deliberation.pk],
        )


@pytest.mark.parametrize(
    "sign",
    [
        lambda message: hashlib.sha256(message).hexdigest(),
        lambda message: hmac.new(b"a guessed key", message, hashlib.sha256).hexdigest(),
    ],
    ids=["plain SHA-256", "another key"],
)
def test_digests_recomputed_without_the_key_are_caught(register, sign):
    sql("UPDATE projects_vote SET choice = 'for' WHERE deliberation_id = %s", [register[1].pk])
    rechain(sign)
    first = Deliberation.objects.filter(closed_at__isnull=False).order_by("sequence").first()
    assert f"Deliberation #{first.pk} " in verify()


def test_an_outcome_that_contradicts_its_votes_is_caught_even_with_the_key(register):
    """Someone holding the key rewrites an outcome and re-chains: the digests match, the
    re-tally does not."""
    sql(
        "UPDATE projects_deliberation SET outcome = 'rejected', votes_for = 0 WHERE id = %s",
        [register[1].pk],
    )
    rechain(lambda message: hmac.new(ledger.register_key(), message, hashlib.sha256).hexdigest())
    complaint = verify()
    assert f"Deliberation #{register[1].pk} " in complaint and "counted" in complaint


def test_the_migration_rechains_an_old_register_once_and_says_so(register):
    """Records chained the old way (plain SHA-256, no snapshot) are re-chained under the key
    by migration 0009, which leaves a note with the head of the register."""
    import importlib

    from django.db.migrations.loader import MigrationLoader

    from projects.models import RegisterNote

    # The models as the migration sees them (plain managers, as when `migrate` runs it).
    apps = MigrationLoader(connection).project_state(("projects", "0009_rechain_register")).apps

    sql("UPDATE projects_deliberation SET snapshot = '{}' WHERE closed_at IS NOT NULL")
    rechain(lambda message: hashlib.sha256(message).hexdigest())
    assert verify() is not None
    migration = importlib.import_module("projects.migrations.0009_rechain_register")
    RegisterNote.objects.all().delete()
    migration.rechain(apps, None)
    assert verify() is None
    note = RegisterNote.objects.get()
    last = Deliberation.objects.order_by("-sequence").first()
    assert (note.head_sequence, note.head_digest) == (last.sequence, last.digest)
    assert "HMAC-SHA-256" in note.text
    assert verify(f"{note.head_sequence}:{note.head_digest}") is None
