"""The statutes' voting rules on a table of cases (no database)."""

from fractions import Fraction

import pytest

from projects.voting import (
    ABSENT,
    ABSOLUTE,
    ABSTAIN,
    ADOPTED,
    AGAINST,
    EXCUSED,
    FOR,
    NO_QUORUM,
    NOT_TAKING_PART,
    PRESENT,
    REJECTED,
    REPRESENTED,
    TWO_THIRDS,
    Rules,
    tally,
)

P, R, E, A = PRESENT, REPRESENTED, EXCUSED, ABSENT


def board(*statuses):
    """Members m0, m1... with these attendances."""
    return {f"m{n}": status for n, status in enumerate(statuses)}


def votes(*choices):
    return {f"m{n}": choice for n, choice in enumerate(choices) if choice}


CASES = [
    # (name, rules, attendance, votes, president, outcome, for, against, abstentions)
    (
        "plain majority",
        Rules(),
        board(P, P, P, P),
        votes(FOR, FOR, FOR, AGAINST),
        "m0",
        ADOPTED,
        3,
        1,
        0,
    ),
    (
        "tie, casting vote for",
        Rules(),
        board(P, P, P, P),
        votes(FOR, FOR, AGAINST, AGAINST),
        "m0",
        ADOPTED,
        2,
        2,
        0,
    ),
    (
        "tie, casting vote against",
        Rules(),
        board(P, P, P, P),
        votes(AGAINST, FOR, FOR, AGAINST),
        "m0",
        REJECTED,
        2,
        2,
        0,
    ),
    (
        "tie without casting vote",
        Rules(casting_vote=False),
        board(P, P, P, P),
        votes(FOR, FOR, AGAINST, AGAINST),
        "m0",
        REJECTED,
        2,
        2,
        0,
    ),
    (
        "tie, president absent",
        Rules(),
        board(A, P, P, P, P),
        votes(None, FOR, FOR, AGAINST, AGAINST),
        "m0",
        REJECTED,
        2,
        2,
        0,
    ),
    (
        "quorum just met (2 of 4)",
        Rules(),
        board(P, P, A, E),
        votes(FOR, AGAINST),
        "m0",
        ADOPTED,
        1,
        1,
        0,
    ),
    (
        "quorum just missed (2 of 5)",
        Rules(),
        board(P, P, A, E, A),
        votes(FOR, FOR),
        "m0",
        NO_QUORUM,
        2,
        0,
        0,
    ),
    (
        "represented count for quorum",
        Rules(),
        board(P, R, A, A),
        votes(FOR, FOR),
        "m0",
        ADOPTED,
        2,
        0,
        0,
    ),
    (
        "represented do not count",
        Rules(represented_count_for_quorum=False),
        board(P, R, A, A),
        votes(FOR, FOR),
        "m0",
        NO_QUORUM,
        2,
        0,
        0,
    ),
    (
        "abstentions not cast",
        Rules(),
        board(P, P, P, P, P),
        votes(FOR, FOR, AGAINST, ABSTAIN, ABSTAIN),
        "m0",
        ADOPTED,
        2,
        1,
        2,
    ),
    (
        "abstentions cast",
        Rules(abstentions_are_cast=True),
        board(P, P, P, P, P),
        votes(FOR, FOR, AGAINST, ABSTAIN, ABSTAIN),
        "m0",
        REJECTED,
        2,
        1,
        2,
    ),
    (
        "absolute majority missed",
        Rules(majority=ABSOLUTE),
        board(P, P, P, A, A, A),
        votes(FOR, FOR, AGAINST),
        "m0",
        REJECTED,
        2,
        1,
        0,
    ),
    (
        "absolute majority met",
        Rules(majority=ABSOLUTE),
        board(P, P, P, P, A, A),
        votes(FOR, FOR, FOR, FOR),
        "m0",
        ADOPTED,
        4,
        0,
        0,
    ),
    (
        "two thirds met",
        Rules(majority=TWO_THIRDS),
        board(P, P, P),
        votes(FOR, FOR, AGAINST),
        "m0",
        ADOPTED,
        2,
        1,
        0,
    ),
    (
        "two thirds missed, no casting vote",
        Rules(majority=TWO_THIRDS),
        board(P, P, P, P),
        votes(FOR, FOR, AGAINST, AGAINST),
        "m0",
        REJECTED,
        2,
        2,
        0,
    ),
    (
        "conflicted member left out of quorum and count",
        Rules(),
        board(P, P, A, P),
        votes(FOR, AGAINST, None, NOT_TAKING_PART),
        "m0",
        ADOPTED,
        1,
        1,
        0,
    ),
    (
        "conflict makes the quorum",
        Rules(),
        board(P, A, A, P),
        votes(FOR, None, None, NOT_TAKING_PART),
        "m0",
        NO_QUORUM,
        1,
        0,
        0,
    ),
    ("nobody votes for", Rules(), board(P, P), votes(ABSTAIN, ABSTAIN), "m0", REJECTED, 0, 0, 2),
]


@pytest.mark.parametrize(
    ("rules", "attendance", "cast_votes", "president", "outcome", "n_for", "n_against", "n_abst"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_outcome_follows_the_statutes(
    rules, attendance, cast_votes, president, outcome, n_for, n_against, n_abst
):
    result = tally(rules, attendance, cast_votes, president)
    assert result.outcome == outcome
    assert (result.votes_for, result.votes_against, result.abstentions) == (
        n_for,
        n_against,
        n_abst,
    )


def test_conflicted_member_is_named_and_not_counted():
    result = tally(Rules(), board(P, P, P), votes(FOR, FOR, NOT_TAKING_PART), "m0")
    assert result.not_taking_part == ["m2"]
    assert result.entitled == 2 and result.attending == 2


def test_casting_vote_is_recorded_as_used():
    result = tally(Rules(), board(P, P), votes(FOR, AGAINST), "m0")
    assert result.casting_vote_used and result.outcome == ADOPTED
    plain = tally(Rules(), board(P, P, P), votes(FOR, FOR, AGAINST), "m0")
    assert not plain.casting_vote_used


def test_quorum_needed_is_the_statutes_fraction_of_the_entitled():
    result = tally(Rules(quorum=Fraction(2, 3)), board(P, P, A), votes(FOR, FOR), "m0")
    assert result.quorum_needed == 2 and result.quorum_met
    assert tally(Rules(quorum=Fraction(2, 3)), board(P, A, A), votes(FOR), "m0").outcome == (
        NO_QUORUM
    )
