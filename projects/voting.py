"""The board's voting rules as a pure function: who counts for the quorum, which votes are cast,
and whether a deliberation is adopted, rejected or held without quorum.

Nothing here touches the database, so every rule of the statutes can be tested on a table of
cases; the models gather the facts (members in office, attendance, votes) and call `tally`."""

from dataclasses import dataclass, field
from fractions import Fraction

# Attendance
PRESENT, REPRESENTED, EXCUSED, ABSENT = "present", "represented", "excused", "absent"
# Votes
FOR, AGAINST, ABSTAIN, NOT_TAKING_PART = "for", "against", "abstain", "not_taking_part"
# Majorities
SIMPLE, ABSOLUTE, TWO_THIRDS = "simple", "absolute", "two_thirds"
# Outcomes
ADOPTED, REJECTED, NO_QUORUM = "adopted", "rejected", "no_quorum"


@dataclass(frozen=True)
class Rules:
    """The statutes' voting rules (set once in the admin)."""

    quorum: Fraction = Fraction(1, 2)  # of the members in office taking part
    represented_count_for_quorum: bool = True
    majority: str = SIMPLE
    abstentions_are_cast: bool = False
    casting_vote: bool = True  # the president's, on a tie
    proxies_allowed: bool = True
    max_proxies: int = 1


@dataclass
class Tally:
    """What the minutes and the public decision line say about one deliberation."""

    entitled: int  # members in office, less those not taking part
    attending: int  # of them, present (and represented, if the statutes count them)
    quorum_needed: Fraction
    quorum_met: bool
    votes_for: int = 0
    votes_against: int = 0
    abstentions: int = 0
    not_taking_part: list = field(default_factory=list)
    cast: int = 0
    casting_vote_used: bool = False
    outcome: str = NO_QUORUM


def tally(rules, attendance, votes, president=None):
    """Count one deliberation.

    `attendance` maps each member in office on the meeting's date to PRESENT, REPRESENTED,
    EXCUSED or ABSENT; `votes` maps members to FOR, AGAINST, ABSTAIN or NOT_TAKING_PART (a
    member with a conflict of interest, left out of this item's quorum and count); `president`
    is the member whose vote decides a tie when the statutes say so."""
    conflicted = sorted(member for member, choice in votes.items() if choice == NOT_TAKING_PART)
    entitled = [member for member in attendance if member not in conflicted]
    counted = {PRESENT, REPRESENTED} if rules.represented_count_for_quorum else {PRESENT}
    attending = sum(1 for member in entitled if attendance[member] in counted)
    quorum_needed = rules.quorum * len(entitled)
    result = Tally(
        entitled=len(entitled),
        attending=attending,
        quorum_needed=quorum_needed,
        quorum_met=len(entitled) > 0 and attending >= quorum_needed,
        not_taking_part=conflicted,
    )
    voting = [member for member in entitled if attendance[member] in (PRESENT, REPRESENTED)]
    choices = [votes.get(member) for member in voting]
    result.votes_for = choices.count(FOR)
    result.votes_against = choices.count(AGAINST)
    result.abstentions = choices.count(ABSTAIN)
    result.cast = result.votes_for + result.votes_against
    if rules.abstentions_are_cast:
        result.cast += result.abstentions
    if not result.quorum_met:
        return result

    if rules.majority == ABSOLUTE:
        threshold, strict = Fraction(len(entitled), 2), True
    elif rules.majority == TWO_THIRDS:
        threshold, strict = Fraction(2 * result.cast, 3), False
    else:
        threshold, strict = Fraction(result.cast, 2), True
    passed = result.votes_for > threshold if strict else result.votes_for >= threshold
    # A tie ("partage égal des voix") is as many for as against; the casting vote only decides
    # under a simple majority (it must never carry a two-thirds or absolute majority).
    tie = rules.majority == SIMPLE and result.votes_for == result.votes_against > 0
    if not passed and tie and rules.casting_vote and president in voting:
        result.casting_vote_used = True
        passed = votes.get(president) == FOR
    result.outcome = ADOPTED if passed and result.cast > 0 else REJECTED
    return result
