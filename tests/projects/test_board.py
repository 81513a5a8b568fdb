"""The board's records: outcomes computed from attendance and votes, the lock on a closed
deliberation (form, model, bulk), bad votes refused, and who may open the board's screens."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from projects import voting
from projects.models import (
    Attendance,
    BoardMember,
    Deliberation,
    Meeting,
    ProjectPage,
    ProjectStatus,
    Vote,
    VotingRules,
)
from projects.models.board import ClosedError

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 3, 12)


@pytest.fixture
def meeting(members):
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    statuses = [voting.PRESENT, voting.PRESENT, voting.PRESENT, voting.EXCUSED, voting.PRESENT]
    for member, status in zip(members, statuses, strict=True):
        Attendance.objects.create(meeting=meeting, member=member, status=status)
    return meeting


@pytest.fixture
def project():
    return ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025")


@pytest.fixture
def deliberation(meeting, project):
    return Deliberation.objects.create(
        meeting=meeting,
        project=project,
        question="Soutenir le projet ?",
        amount_proposed=Decimal("1500.00"),
    )


def vote(deliberation, member, choice):
    return Vote.objects.create(deliberation=deliberation, member=member, choice=choice)


def test_closing_computes_the_outcome_and_updates_the_project(deliberation, members, project):
    secretary = get_user_model().objects.create_user("sec")
    vote(deliberation, members[0], voting.FOR)
    vote(deliberation, members[1], voting.FOR)
    vote(deliberation, members[2], voting.AGAINST)
    vote(deliberation, members[4], voting.NOT_TAKING_PART)
    result = deliberation.close(secretary)
    assert result.outcome == voting.ADOPTED and result.not_taking_part == [members[4].pk]
    deliberation.refresh_from_db()
    assert (deliberation.votes_for, deliberation.votes_against, deliberation.abstentions) == (
        2,
        1,
        0,
    )
    assert deliberation.outcome == voting.ADOPTED and deliberation.closed_by == secretary
    project.refresh_from_db()
    assert project.status == ProjectStatus.APPROVED
    assert project.amount_granted == Decimal("1500.00")


def test_a_closed_deliberation_cannot_change_in_any_way(deliberation, members):
    vote(deliberation, members[0], voting.FOR)
    deliberation.close(get_user_model().objects.create_user("sec"))
    deliberation.refresh_from_db()
    deliberation.question = "Autre chose"
    with pytest.raises(ClosedError):
        deliberation.save()
    with pytest.raises(ClosedError):
        deliberation.delete()
    with pytest.raises(ClosedError):
        vote(deliberation, members[1], voting.AGAINST)
    with pytest.raises(ClosedError):
        Vote.objects.filter(deliberation=deliberation).update(choice=voting.AGAINST)
    with pytest.raises(ClosedError):
        Vote.objects.filter(deliberation=deliberation).delete()
    with pytest.raises(ClosedError):
        Deliberation.objects.filter(pk=deliberation.pk).update(outcome=voting.REJECTED)
    with pytest.raises(ClosedError):
        deliberation.close(None)
    assert Vote.objects.get(deliberation=deliberation).choice == voting.FOR


def test_votes_of_absent_or_out_of_office_members_are_refused(deliberation, members):
    with pytest.raises(ValidationError) as error:
        Vote(deliberation=deliberation, member=members[3], choice=voting.FOR).full_clean()
    assert "member" in error.value.message_dict
    former = BoardMember.objects.create(
        first_name="Ancien",
        last_name="Membre",
        mandate_start=datetime.date(2020, 1, 1),
        mandate_end=datetime.date(2024, 12, 31),
    )
    with pytest.raises(ValidationError):
        Vote(deliberation=deliberation, member=former, choice=voting.FOR).full_clean()


def test_two_votes_for_one_member_are_refused_by_the_database(deliberation, members):
    vote(deliberation, members[0], voting.FOR)
    with pytest.raises(IntegrityError), transaction.atomic():
        vote(deliberation, members[0], voting.AGAINST)


def test_a_proxy_beyond_the_statutes_limit_is_refused(meeting, members):
    rules = VotingRules.current()
    assert rules.max_proxies == 1
    extra = BoardMember.objects.create(
        first_name="M5", last_name="Test", mandate_start=datetime.date(2025, 1, 1)
    )
    Attendance.objects.filter(meeting=meeting, member=members[3]).update(
        status=voting.REPRESENTED, proxy_holder=members[0]
    )
    second = Attendance(
        meeting=meeting, member=extra, status=voting.REPRESENTED, proxy_holder=members[0]
    )
    with pytest.raises(ValidationError) as error:
        second.full_clean()
    assert "proxy_holder" in error.value.message_dict


def user_in(group_name, username):
    user = get_user_model().objects.create_user(username, password="x", is_staff=True)  # noqa: S106
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.mark.parametrize(
    ("group", "staff", "expected"),
    [
        (None, False, 302),  # anonymous: to the login page
        ("Bénévoles", False, 302),  # a volunteer has no access to the Django admin
        ("Conseil d'administration", True, 200),
        ("Secrétariat du Conseil", True, 200),
    ],
)
def test_who_may_open_the_boards_screens(client, deliberation, group, staff, expected):
    if group:
        user = user_in(group, "someone")
        user.is_staff = staff
        user.save()
        client.force_login(user)
    for url in [
        "/django-admin/projects/meeting/",
        "/django-admin/projects/deliberation/",
        f"/django-admin/projects/deliberation/{deliberation.pk}/change/",
    ]:
        assert client.get(url).status_code == expected, url


def test_only_the_secretariat_closes_deliberations_from_the_admin(client, deliberation, members):
    vote(deliberation, members[0], voting.FOR)
    data = {"action": "close_deliberations", "_selected_action": [deliberation.pk]}
    client.force_login(user_in("Conseil d'administration", "board"))
    client.post("/django-admin/projects/deliberation/", data)
    deliberation.refresh_from_db()
    assert not deliberation.is_closed
    client.force_login(user_in("Secrétariat du Conseil", "secretary"))
    response = client.post("/django-admin/projects/deliberation/", data, follow=True)
    deliberation.refresh_from_db()
    assert deliberation.is_closed
    assert "1 délibération close." in response.content.decode()
    page = client.get(f"/django-admin/projects/deliberation/{deliberation.pk}/change/")
    assert page.status_code == 200 and 'name="question"' not in page.content.decode()
    shown = page.content.decode()
    assert "1\u202f500" in shown and "1500,00" not in shown  # Babel's French, not "1500,00"


def test_the_public_page_shows_the_boards_decision_in_both_languages(client, deliberation, members):
    vote(deliberation, members[0], voting.FOR)
    vote(deliberation, members[1], voting.FOR)
    vote(deliberation, members[2], voting.ABSTAIN)
    deliberation.close(get_user_model().objects.create_user("sec"))

    def decision_line(url):
        html = client.get(url).content.decode()
        return " ".join(html.split('class="project__decision">')[1].split("</p>")[0].split())

    assert decision_line("/fr/projets/sante-mentale-masis-2025/") == (
        "Validé par le Conseil d’administration le 12 mars 2026 — 2 pour, 0 contre, 1 abstention"
    )
    assert decision_line("/en/projects/masis-mental-health-2025/") == (
        "Approved by the board of directors on 12 March 2026 — 2 for, 0 against, 1 abstention"
    )
