"""The register of closed deliberations as a hash chain.

On closing, each deliberation gets the next number in the register and a SHA-256 digest of its
content (question, amount, outcome, counts, every vote and the meeting's attendance) together with
the previous deliberation's digest. Changing any stored row afterwards — a vote, an attendance, a
count — breaks that record's digest, and removing or reordering records breaks the chain:
`verify_chain` (and `manage.py verify_deliberations`) names the first record that does not match."""

import datetime
import hashlib
import json
from dataclasses import dataclass

CLOSING_FIELDS = (
    "closed_at",
    "closed_by",
    "outcome",
    "votes_for",
    "votes_against",
    "abstentions",
    "sequence",
    "digest",
)


def _amount(value):
    return None if value is None else f"{value:.2f}"


def content(deliberation):
    """What a digest covers, as canonical JSON bytes (keys sorted, no spaces)."""
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
        # `.all()`, sorted here: the register's check prefetches them for every record.
        "votes": sorted([vote.member_id, vote.choice] for vote in deliberation.votes.all()),
        "attendance": sorted(
            [a.member_id, a.status, a.proxy_holder_id] for a in meeting.attendances.all()
        ),
    }
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def digest(previous_digest, deliberation):
    return hashlib.sha256(previous_digest.encode() + b"\n" + content(deliberation)).hexdigest()


@dataclass
class Break:
    """The first record of the register that does not match."""

    deliberation: object
    reason: str


def verify_chain(deliberations):
    """Walk the closed deliberations in register order; return the first `Break` or None."""
    previous, expected_sequence = "", 1
    for deliberation in deliberations:
        if deliberation.sequence != expected_sequence:
            return Break(deliberation, "sequence")
        if deliberation.digest != digest(previous, deliberation):
            return Break(deliberation, "digest")
        previous, expected_sequence = deliberation.digest, expected_sequence + 1
    return None
