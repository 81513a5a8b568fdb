"""Who may change what (the README's table), walked through the rendered screens: what is put
to the vote (question, amount, project, application, meeting) is frozen for everyone once a vote
is recorded, and the models refuse it too, whatever the screen."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from projects import voting
from projects.models import Attendance, Deliberation, Meeting, ProjectPage, Vote
from projects.models.board import ClosedError

from .conftest import DAY
from .screens import open_screen, submit

pytestmark = pytest.mark.django_db
GROUPS = {
    "volunteer": ["Bénévoles"],
    "board": ["Conseil d'administration"],
    "secretary": ["Conseil d'administration", "Secrétariat du Conseil"],
    "superuser": [],
}
# The README's table: (what, state) -> the roles that may do it.
TABLE = {
    ("what is put to the vote", "open, no vote"): {"board", "secretary", "superuser"},
    ("what is put to the vote", "a vote recorded"): set(),
    ("what is put to the vote", "closed"): set(),
    ("votes", "open, no vote"): {"secretary", "superuser"},
    ("votes", "a vote recorded"): {"secretary", "superuser"},
    ("votes", "closed"): set(),
    ("attendance", "open, no vote"): {"board", "secretary", "superuser"},
    ("attendance", "a vote recorded"): {"board", "secretary", "superuser"},
    ("attendance", "closed"): set(),
    ("closing", "open, no vote"): {"secretary", "superuser"},
    ("closing", "a vote recorded"): {"secretary", "superuser"},
    ("closing", "closed"): set(),
}
STATES = ["open, no vote", "a vote recorded", "closed"]


@pytest.fixture
def situation(members, request):
    state = request.param
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    Meeting.objects.create(date=DAY + datetime.timedelta(days=1), place="Ailleurs")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
    deliberation = Deliberation.objects.create(
        meeting=meeting,
        project=ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025"),
        question="Soutenir le projet ?",
        amount_proposed=Decimal("1500.00"),
    )
    if state != "open, no vote":
        Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
    if state == "closed":
        deliberation.close(None)
    return state, deliberation


def logged_in(client, role):
    user = get_user_model().objects.create_user(
        role, is_staff=role != "volunteer", is_superuser=role == "superuser"
    )
    user.groups.add(*Group.objects.filter(name__in=GROUPS[role]))
    client.force_login(user)


def try_screen(client, url, changes):
    """Open the screen and make the changes a person could make there; False when the screen
    is refused or does not offer them."""
    response = client.get(url)
    if response.status_code != 200:
        return False
    try:
        screen = open_screen(client, url)
        return submit(client, url, changes, screen=screen).status_code == 302
    except AssertionError:  # the screen has no such field, or does not offer that choice
        return False


def what_changed(deliberation, members):
    """What each action left in the database (compared before and after)."""
    fresh = Deliberation.objects.get(pk=deliberation.pk)
    return {
        "what is put to the vote": (fresh.question, fresh.amount_proposed, fresh.meeting_id),
        "votes": dict(fresh.votes.values_list("member", "choice")),
        "attendance": dict(fresh.meeting.attendances.values_list("member", "status")),
        "closing": fresh.closed_at,
    }


def actions(deliberation, members):
    base = "/django-admin/projects"
    other_meeting = Meeting.objects.get(place="Ailleurs")
    return {
        "what is put to the vote": (
            f"{base}/deliberation/{deliberation.pk}/change/",
            {"question": "Autre question", "amount_proposed": "50000", "meeting": other_meeting.pk},
        ),
        "votes": (
            f"{base}/deliberation/{deliberation.pk}/votes/",
            {f"vote_{members[1].pk}": voting.AGAINST},
        ),
        "attendance": (
            f"{base}/meeting/{deliberation.meeting_id}/attendance/",
            {f"status_{members[4].pk}": voting.EXCUSED},
        ),
        "closing": (f"{base}/deliberation/{deliberation.pk}/close/", {}),
    }


@pytest.mark.parametrize("what", ["what is put to the vote", "votes", "attendance", "closing"])
@pytest.mark.parametrize("situation", STATES, indirect=True)
@pytest.mark.parametrize("role", ["volunteer", "board", "secretary", "superuser"])
def test_who_may_change_what_as_the_readme_says(client, members, situation, role, what):
    state, deliberation = situation
    logged_in(client, role)
    url, changes = actions(deliberation, members)[what]
    before = what_changed(deliberation, members)[what]
    try_screen(client, url, changes)
    changed = what_changed(deliberation, members)[what] != before
    assert changed == (role in TABLE[(what, state)]), f"{role} / {state} / {what}"


@pytest.mark.parametrize("situation", ["a vote recorded"], indirect=True)
def test_the_models_refuse_to_move_what_was_voted_on(situation):
    _state, deliberation = situation
    other = Meeting.objects.get(place="Ailleurs")
    for field, value in [
        ("question", "Autre"),
        ("amount_proposed", Decimal("50000")),
        ("meeting_id", other.pk),
        ("project_id", None),
    ]:
        fresh = Deliberation.objects.get(pk=deliberation.pk)
        setattr(fresh, field, value)
        with pytest.raises(ClosedError):
            fresh.save()
        with pytest.raises(ClosedError):
            Deliberation.objects.filter(pk=deliberation.pk).update(**{field: value})
    assert Deliberation.objects.get(pk=deliberation.pk).amount_proposed == Decimal("1500.00")
