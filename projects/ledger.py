"""The register of closed deliberations as a keyed hash chain.

On closing, each deliberation gets the next number in the register and an HMAC-SHA-256 of its
content (question, amount, outcome, counts, every vote, the meeting's attendance, and the snapshot
of what its minutes print: the members in office with their names, roles and titles, and the
voting rules in force) together with the previous record's digest. The key (`REGISTER_KEY`) comes
from the environment and is never stored in the database: someone who can write to the database
but does not hold the key cannot recompute a digest that matches. The head of the register
(number and digest) is printed on each meeting's minutes, so a deleted last record is caught by
`verify_deliberations --head NUMBER:DIGEST`, read from the signed paper.

`verify_chain` (and `manage.py verify_deliberations`) names the first record that does not match:
its digest, its place in the chain, or its outcome and counts re-tallied from its stored facts
under the rules stored with it."""

import datetime
import hashlib
import hmac
import json
from dataclasses import dataclass
from fractions import Fraction

from django.conf import settings

from . import voting

CLOSING_FIELDS = (
    "closed_at",
    "closed_by",
    "outcome",
    "votes_for",
    "votes_against",
    "abstentions",
    "sequence",
    "digest",
    "snapshot",
)


def _amount(value):
    return None if value is None else f"{value:.2f}"


def rules_snapshot(rules):
    """A `voting.Rules` as stored with a closed record (JSON)."""
    return {
        "quorum": [rules.quorum.numerator, rules.quorum.denominator],
        "represented_count_for_quorum": rules.represented_count_for_quorum,
        "majority": rules.majority,
        "abstentions_are_cast": rules.abstentions_are_cast,
        "casting_vote": rules.casting_vote,
        "proxies_allowed": rules.proxies_allowed,
        "max_proxies": rules.max_proxies,
    }


def rules_from_snapshot(stored):
    values = dict(stored)
    values["quorum"] = Fraction(*values["quorum"])
    return voting.Rules(**values)


def session(meeting):
    """What the minutes print of the session besides its date and place: chair, secretary,
    times, the minutes approved (stored in the snapshot on closing and, live, in the digest)."""
    return {
        "chair": meeting.chair_id,
        "secretary": meeting.secretary_id,
        "opened_at": meeting.opened_at.isoformat() if meeting.opened_at else None,
        "ended_at": meeting.ended_at.isoformat() if meeting.ended_at else None,
        "previous_minutes": meeting.previous_minutes_id,
    }


def facts(votes, attendances):
    """The stored facts a record covers, sorted: votes as [member, choice] and attendance as
    [member, status, proxy holder]."""
    return (
        sorted([vote.member_id, vote.choice] for vote in votes),
        sorted([a.member_id, a.status, a.proxy_holder_id] for a in attendances),
    )


def content(deliberation, votes, attendance):
    """What a digest covers, as canonical JSON bytes (keys sorted, no spaces). `votes` and
    `attendance` are the lists from `facts`, read once with the rest of the record."""
    meeting = deliberation.meeting
    record = {
        "id": deliberation.pk,
        "sequence": deliberation.sequence,
        "meeting": {"id": meeting.pk, "date": meeting.date.isoformat(), "place": meeting.place},
        "project": deliberation.project_id,
        "application": deliberation.application_id,
        "question": deliberation.question,
        "amount_proposed": _amount(deliberation.amount_proposed),
        "corrects": deliberation.corrects_id,
        # In UTC, as the database gives it back (a closing may be written in local time).
        "closed_at": deliberation.closed_at.astimezone(datetime.UTC).isoformat(),
        "closed_by": deliberation.closed_by_id,
        "outcome": deliberation.outcome,
        "counts": [deliberation.votes_for, deliberation.votes_against, deliberation.abstentions],
        "votes": votes,
        "attendance": attendance,
        "snapshot": deliberation.snapshot,
    }
    if "session" in (deliberation.snapshot or {}):
        # Records closed since the session was snapshotted: its live values are covered too,
        # so a chair or a time changed behind the screens breaks the digest. (Older records
        # keep their content, and their digests.)
        record["session"] = session(meeting)
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def register_key():
    key = settings.REGISTER_KEY
    if not key:
        raise RuntimeError("REGISTER_KEY is not set: the register cannot be written or checked.")
    return key.encode()


def digest(previous_digest, deliberation, votes, attendance, key=None):
    message = previous_digest.encode() + b"\n" + content(deliberation, votes, attendance)
    return hmac.new(key or register_key(), message, hashlib.sha256).hexdigest()


def retally(deliberation, votes, attendance):
    """The outcome and counts of a closed record from its stored facts under its stored rules:
    the members in office come from its snapshot, their attendance and votes from the rows."""
    snapshot = deliberation.snapshot
    statuses = {member: status for member, status, _holder in attendance}
    attendance_map = {
        member["id"]: statuses.get(member["id"], voting.ABSENT) for member in snapshot["members"]
    }
    return voting.tally(
        rules_from_snapshot(snapshot["rules"]),
        attendance_map,
        dict(votes),
        snapshot.get("president"),
    )


@dataclass
class Break:
    """The first record of the register that does not match."""

    deliberation: object
    reason: str


def check_record(deliberation, previous, expected_sequence, key):
    """The reason `deliberation` does not match, or None."""
    if deliberation.sequence != expected_sequence:
        return "sequence"
    votes, attendance = facts(deliberation.votes.all(), deliberation.meeting.attendances.all())
    if not hmac.compare_digest(
        deliberation.digest, digest(previous, deliberation, votes, attendance, key)
    ):
        return "digest"
    try:
        result = retally(deliberation, votes, attendance)
    except (KeyError, TypeError, ValueError, ZeroDivisionError):
        return "snapshot"
    counted = (result.outcome, result.votes_for, result.votes_against, result.abstentions)
    stored = (
        deliberation.outcome,
        deliberation.votes_for,
        deliberation.votes_against,
        deliberation.abstentions,
    )
    if counted != stored:
        return "tally"
    return None


def verify_chain(deliberations, head=None, key=None):
    """Walk the closed deliberations in register order; return the first `Break` or None.

    `head` is (number, digest) as printed on signed minutes: the register must still hold that
    record with that digest."""
    key = key or register_key()
    previous, expected_sequence, last = "", 1, None
    for deliberation in deliberations:
        reason = check_record(deliberation, previous, expected_sequence, key)
        if reason:
            return Break(deliberation, reason)
        if head and deliberation.sequence == head[0] and deliberation.digest != head[1]:
            return Break(deliberation, "head")
        previous, expected_sequence, last = deliberation.digest, expected_sequence + 1, deliberation
    if head and (last is None or last.sequence < head[0]):
        return Break(last, "missing")
    return None
