"""Property-based tests (hypothesis) of `projects.voting.tally` against a second, independent
reading of the voting rules, written member by member in whole numbers (no `Fraction`, no
shared code): random boards of 1 to 40 members, every attendance, vote and rule combination,
proxies and conflicts of interest.

The reading, as the README and the board's voting rules state them:
- a member with a conflict of interest ("does not take part") is left out of the item: out of
  its quorum and out of its count;
- the quorum is met when the members taking part who attend (present, and represented when the
  rules count them) are at least the quorum's fraction of the members taking part, and at
  least one member takes part;
- a represented member votes through their proxy holder; an excused or absent one does not vote
  (a vote recorded for them counts for nothing);
- votes cast are for and against, and abstentions too when the rules say so;
- simple majority: more for than half the votes cast; absolute: more for than half the members
  taking part; two thirds: for at least two thirds of the votes cast; nothing cast: rejected;
- on a tie under a simple majority (as many for as against, some cast), the president's vote
  decides when the rules give it that weight and the president votes on the item."""

from fractions import Fraction

from hypothesis import given, settings
from hypothesis import strategies as st

from projects import voting

ATTENDANCES = [voting.PRESENT, voting.REPRESENTED, voting.EXCUSED, voting.ABSENT]
VOTES = [None, voting.FOR, voting.AGAINST, voting.ABSTAIN, voting.NOT_TAKING_PART]


@st.composite
def boards(draw):
    size = draw(st.integers(min_value=1, max_value=40))
    members = list(range(1, size + 1))
    attendance = {m: draw(st.sampled_from(ATTENDANCES)) for m in members}
    votes = {}
    for member in members:
        choice = draw(st.sampled_from(VOTES))
        if choice is not None:
            votes[member] = choice
    denominator = draw(st.integers(min_value=1, max_value=4))
    rules = voting.Rules(
        quorum=Fraction(draw(st.integers(min_value=0, max_value=denominator)), denominator),
        represented_count_for_quorum=draw(st.booleans()),
        majority=draw(st.sampled_from([voting.SIMPLE, voting.ABSOLUTE, voting.TWO_THIRDS])),
        abstentions_are_cast=draw(st.booleans()),
        casting_vote=draw(st.booleans()),
        proxies_allowed=True,
        max_proxies=draw(st.integers(min_value=1, max_value=3)),
    )
    president = draw(st.sampled_from([None, *members]))
    return rules, attendance, votes, president


def statutes(rules, attendance, votes, president):
    """The second reading: returns (outcome, for, against, abstentions)."""
    taking_part = 0
    attending = 0
    counts = {voting.FOR: 0, voting.AGAINST: 0, voting.ABSTAIN: 0}
    voters = set()
    for member, status in attendance.items():
        if votes.get(member) == voting.NOT_TAKING_PART:
            continue
        taking_part += 1
        if status == voting.PRESENT or (
            status == voting.REPRESENTED and rules.represented_count_for_quorum
        ):
            attending += 1
        if status in (voting.PRESENT, voting.REPRESENTED):
            voters.add(member)
            if votes.get(member) in counts:
                counts[votes[member]] += 1
    numbers = counts[voting.FOR], counts[voting.AGAINST], counts[voting.ABSTAIN]
    # attending / taking_part >= numerator / denominator, in whole numbers.
    quorum = attending * rules.quorum.denominator >= rules.quorum.numerator * taking_part
    if taking_part == 0 or not quorum:
        return (voting.NO_QUORUM, *numbers)
    votes_for, against, abstentions = numbers
    cast = votes_for + against + (abstentions if rules.abstentions_are_cast else 0)
    if cast == 0:
        return (voting.REJECTED, *numbers)
    if rules.majority == voting.SIMPLE:
        adopted = 2 * votes_for > cast
        if votes_for == against and rules.casting_vote and president in voters:
            adopted = votes.get(president) == voting.FOR
    elif rules.majority == voting.ABSOLUTE:
        adopted = 2 * votes_for > taking_part
    else:
        adopted = 3 * votes_for >= 2 * cast
    return (voting.ADOPTED if adopted else voting.REJECTED, *numbers)


def computed(rules, attendance, votes, president):
    result = voting.tally(rules, attendance, votes, president)
    return result.outcome, result.votes_for, result.votes_against, result.abstentions


@settings(max_examples=3000, deadline=None)
@given(boards())
def test_tally_agrees_with_a_second_reading_of_the_rules(board):
    assert computed(*board) == statutes(*board)


@settings(max_examples=1000, deadline=None)
@given(boards(), st.data())
def test_one_more_vote_for_never_turns_an_adoption_into_a_rejection(board, data):
    rules, attendance, votes, president = board
    against = [m for m, choice in votes.items() if choice == voting.AGAINST]
    if not against:
        return
    member = data.draw(st.sampled_from(against))
    before = computed(rules, attendance, votes, president)[0]
    after = computed(rules, attendance, {**votes, member: voting.FOR}, president)[0]
    if before == voting.ADOPTED:
        assert after == voting.ADOPTED


@settings(max_examples=1000, deadline=None)
@given(boards())
def test_a_member_not_taking_part_changes_neither_quorum_base_nor_count_of_others(board):
    rules, attendance, votes, president = board
    result = voting.tally(rules, attendance, votes, president)
    conflicted = [m for m, c in votes.items() if c == voting.NOT_TAKING_PART]
    assert result.entitled == len(attendance) - len(conflicted)
    assert result.not_taking_part == sorted(conflicted)
    voters = sum(
        1
        for m, status in attendance.items()
        if status in (voting.PRESENT, voting.REPRESENTED) and m not in conflicted
    )
    assert result.votes_for + result.votes_against + result.abstentions <= voters
