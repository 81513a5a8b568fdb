"""The tester's attacks on the register (after issue 14), replayed through the rendered admin
screens as a browser posts them back: each one is refused with a clear message, nothing is
saved against what the screen did not show, and no 500."""

import datetime
import io
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils.html import escape
from django.utils.translation import override

from projects import voting
from projects.models import Attendance, BoardMember, Deliberation, Meeting, ProjectPage, Vote
from projects.models.board import ATTENDANCE_LABELS, FROZEN_MESSAGE, ClosedError
from projects.recording import MEETING_MOVED, MOVED, STALE

from .conftest import DAY
from .screens import ScreenForm, open_screen, submit

pytestmark = pytest.mark.django_db
BASE = "/django-admin/projects"


@pytest.fixture
def meeting(members):
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
    return meeting


@pytest.fixture
def deliberation(meeting):
    return Deliberation.objects.create(
        meeting=meeting,
        project=ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025"),
        question="Soutenir le projet ?",
        amount_proposed=Decimal("1500.00"),
    )


def login(client, name, groups):
    user = get_user_model().objects.create_user(name, is_staff=True)
    user.groups.add(*Group.objects.filter(name__in=groups))
    client.force_login(user)
    return user


@pytest.fixture
def secretary(client):
    return login(client, "secretary", ["Conseil d'administration", "Secrétariat du Conseil"])


@pytest.fixture
def board_client(django_user_model):
    from django.test import Client

    other = Client()
    login(other, "board", ["Conseil d'administration"])
    return other


def votes_url(deliberation):
    return f"{BASE}/deliberation/{deliberation.pk}/votes/"


def change_url(model, pk):
    return f"{BASE}/{model}/{pk}/change/"


def text(response):
    return response.content.decode().replace("\u202f", " ")


def said(message, response):
    """The message, in French as the screen says it, is on the page."""
    with override("fr"):
        return escape(str(message)) in text(response)


def test_votes_are_not_recorded_on_a_question_the_screen_never_showed(
    client, secretary, board_client, members, deliberation
):
    screen = open_screen(client, votes_url(deliberation))
    # Meanwhile a board member changes what is put to the vote (no vote yet: allowed).
    moved = submit(
        board_client,
        change_url("deliberation", deliberation.pk),
        {"question": "Accorder 50 000 € ?", "amount_proposed": "50000"},
    )
    assert moved.status_code == 302
    response = submit(
        client, votes_url(deliberation), {f"vote_{members[0].pk}": voting.FOR}, screen=screen
    )
    assert response.status_code == 200
    page = text(response)
    assert said(MOVED, response)
    assert "Accorder 50 000 € ?" in page  # the screen now shows the current question
    assert not deliberation.votes.exists()
    # Saved again from the reloaded screen, knowingly: recorded.
    again = submit(
        client,
        votes_url(deliberation),
        {f"vote_{members[0].pk}": voting.FOR},
        screen=ScreenForm(page),
    )
    assert again.status_code == 302
    assert deliberation.votes.get().choice == voting.FOR


def test_attendance_is_not_recorded_for_a_meeting_date_the_screen_never_showed(
    client, secretary, board_client, members, meeting
):
    empty = Meeting.objects.create(date=DAY, place="Aix")  # nothing recorded: its date moves
    url = f"{BASE}/meeting/{empty.pk}/attendance/"
    screen = open_screen(client, url)
    moved = submit(
        board_client, change_url("meeting", empty.pk), {"date": "19/03/2026"}
    )  # the admin's French date format
    assert moved.status_code == 302, text(moved)
    response = submit(client, url, {f"status_{members[4].pk}": voting.EXCUSED}, screen=screen)
    assert response.status_code == 200
    assert said(MEETING_MOVED, response)
    assert not empty.attendances.exists()


@pytest.mark.parametrize("spoil", ["missing", "empty", "nul"])
def test_a_spoilt_hidden_field_says_so_and_saves_nothing(
    client, secretary, members, deliberation, spoil
):
    screen = open_screen(client, votes_url(deliberation))
    name = f"shown_{members[0].pk}"
    if spoil == "missing":
        del screen.values[name]
    else:
        screen.values[name] = "" if spoil == "empty" else "v:\x00"
    response = submit(
        client, votes_url(deliberation), {f"vote_{members[0].pk}": voting.FOR}, screen=screen
    )
    if spoil == "nul":  # the site answers any NUL in a request with its 400 page
        assert response.status_code == 400
    else:
        assert response.status_code == 200
        assert said(STALE, response)
    assert not deliberation.votes.exists()


def test_a_member_who_entered_office_since_the_screen_opened_is_said(
    client, secretary, members, deliberation
):
    screen = open_screen(client, votes_url(deliberation))
    BoardMember.objects.create(
        first_name="Nouvelle", last_name="Venue", mandate_start=datetime.date(2025, 1, 1)
    )
    response = submit(
        client, votes_url(deliberation), {f"vote_{members[0].pk}": voting.FOR}, screen=screen
    )
    assert response.status_code == 200
    assert said(STALE, response)
    assert not deliberation.votes.exists()


def test_a_vote_landing_while_the_change_form_is_saved_is_a_message_not_a_500(
    client, board_client, members, deliberation, monkeypatch
):
    """The admin decides what is editable, then the model locks and looks again: a vote
    recorded by the secretary in between makes the model refuse; the board member sees why."""
    from projects.admin import DeliberationAdmin

    url = change_url("deliberation", deliberation.pk)
    screen = open_screen(board_client, url)
    checked = DeliberationAdmin.get_readonly_fields

    def vote_lands_after_the_check(self, request, obj=None):
        fields = checked(self, request, obj)
        if request.method == "POST":
            Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
        return fields

    monkeypatch.setattr(DeliberationAdmin, "get_readonly_fields", vote_lands_after_the_check)
    response = submit(board_client, url, {"amount_proposed": "50000"}, screen=screen)
    assert response.status_code == 302
    page = board_client.get(response["Location"])
    assert page.status_code == 200
    assert said(FROZEN_MESSAGE, page)
    assert Deliberation.objects.get(pk=deliberation.pk).amount_proposed == Decimal("1500.00")


def close(client, deliberation):
    response = client.post(f"{BASE}/deliberation/{deliberation.pk}/close/")
    assert response.status_code == 302
    deliberation.refresh_from_db()
    assert deliberation.is_closed


def test_a_meeting_with_a_closed_deliberation_is_frozen_for_the_board(
    client, secretary, board_client, members, meeting, deliberation
):
    meeting.chair, meeting.secretary = members[0], members[1]
    meeting.save()
    url = change_url("meeting", meeting.pk)
    stale = open_screen(board_client, url)  # opened before the closing
    close(client, deliberation)
    fresh = open_screen(board_client, url)
    assert not {"date", "place", "chair", "secretary", "opened_at"} & set(fresh.values)
    changes = {"place": "Ailleurs", "chair": members[3].pk, "secretary": members[4].pk}
    response = submit(board_client, url, changes, screen=stale)
    assert response.status_code in (200, 302)
    after = Meeting.objects.get(pk=meeting.pk)
    assert (after.place, after.chair_id, after.secretary_id) == (
        "Aix",
        members[0].pk,
        members[1].pk,
    )
    with pytest.raises(ClosedError):
        Meeting.objects.filter(pk=meeting.pk).update(chair=members[3])
    after.opened_at = datetime.time(18, 0)
    with pytest.raises(ClosedError):
        after.save()


def test_a_chair_changed_behind_the_screens_breaks_the_register(
    client, secretary, members, meeting, deliberation
):
    meeting.chair = members[0]
    meeting.save()
    close(client, deliberation)
    assert deliberation.snapshot["session"]["chair"] == members[0].pk
    call_command("verify_deliberations", stdout=io.StringIO())
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE projects_meeting SET chair_id = %s WHERE id = %s", [members[3].pk, meeting.pk]
        )
    with pytest.raises(CommandError, match=rf"Deliberation #{deliberation.pk} \("):
        call_command("verify_deliberations", stdout=io.StringIO())


def test_a_meetings_date_stops_moving_once_attendance_or_votes_are_recorded(
    client, secretary, board_client, members, meeting, deliberation
):
    empty = Meeting.objects.create(date=DAY, place="Aix")
    url = change_url("meeting", empty.pk)
    stale = open_screen(board_client, url)
    assert "date" in stale.values  # nothing recorded yet: the date may move
    attendance = f"{BASE}/meeting/{empty.pk}/attendance/"
    assert submit(client, attendance, {f"status_{members[0].pk}": voting.PRESENT}).status_code
    assert empty.attendances.exists()
    response = submit(board_client, url, {"date": "12/03/2027"}, screen=stale)
    # The form no longer holds the date (read-only since the attendance): it is not taken.
    assert response.status_code == 302
    assert Meeting.objects.get(pk=empty.pk).date == DAY
    assert "date" not in open_screen(board_client, url).values
    # The votes' meeting: a vote recorded, the model refuses too.
    Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
    fresh = Meeting.objects.get(pk=meeting.pk)
    fresh.date = DAY + datetime.timedelta(days=400)  # nobody in office then
    with pytest.raises(ClosedError):
        fresh.save()


def test_the_rules_stop_moving_while_an_open_deliberation_has_votes(
    client, members, meeting, deliberation
):
    from projects.models import VotingRules

    Vote.objects.create(deliberation=deliberation, member=members[0], choice=voting.FOR)
    rules = VotingRules.current()
    rules.majority = voting.TWO_THIRDS
    with pytest.raises(ClosedError):
        rules.save()
    user = get_user_model().objects.create_superuser("root")
    client.force_login(user)
    url = f"{BASE}/votingrules/1/change/"
    response = submit(client, url, {"majority": voting.ABSOLUTE})
    assert response.status_code == 302
    assert VotingRules.current().majority == voting.SIMPLE


def test_the_votes_csv_of_a_closed_record_is_the_record_not_todays_board(
    client, secretary, members, meeting, deliberation
):
    url = votes_url(deliberation)
    assert submit(client, url, {f"vote_{members[3].pk}": voting.FOR}).status_code == 302
    close(client, deliberation)
    member = members[3]
    member.first_name, member.mandate_end = "Renamed", datetime.date(2025, 6, 30)
    member.save()
    response = client.get(f"{BASE}/meeting/{meeting.pk}/votes.csv")
    assert response.status_code == 200
    body = response.content.decode("utf-8-sig")
    assert "M3 Test" in body and "Renamed" not in body
    line = next(line for line in body.splitlines() if "M3 Test" in line)
    with override("fr"):
        assert str(ATTENDANCE_LABELS[voting.PRESENT]) in line
