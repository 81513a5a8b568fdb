"""Every admin URL of the projects app, opened by each kind of user: anonymous, volunteer,
board member, secretary, superuser. Applications, meetings and votes are the board's alone."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from projects import voting
from projects.models import (
    Attendance,
    Deliberation,
    Meeting,
    ProjectPage,
    Vote,
    VotingRules,
)

from .conftest import make_application

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "volunteer", "board", "secretary", "superuser"]
GROUPS = {
    "volunteer": ["Bénévoles"],
    "board": ["Conseil d'administration"],
    "secretary": ["Conseil d'administration", "Secrétariat du Conseil"],
}
OK, DENIED, LOGIN = 200, 403, 302


@pytest.fixture
def objects(members, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    from django.core.files.base import ContentFile

    application = make_application(title="Chorale")
    application.attachment.save("budget.pdf", ContentFile(b"%PDF-1.4 test"))
    meeting = Meeting.objects.create(date=datetime.date(2026, 3, 12), place="Aix")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
    project = ProjectPage.objects.get(slug_fr="sante-mentale-masis-2025")
    open_one = Deliberation.objects.create(meeting=meeting, project=project, question="Ouverte")
    closed = Deliberation.objects.create(meeting=meeting, question="Close")
    Vote.objects.create(deliberation=closed, member=members[0], choice=voting.FOR)
    closed.close(None)
    return {
        "votingrules": VotingRules.current(),
        "boardmember": members[0],
        "projectapplication": application,
        "meeting": meeting,
        "deliberation": open_one,
        "closed": closed,
    }


def urls(objects):
    """(name, url, expected answer per role) for every screen of the app."""

    def admin(name, *args):
        return reverse(f"admin:projects_{name}", args=args)

    # Who may: everyone of the board (view), the secretariat (votes, closing), superuser.
    board_view = [LOGIN, DENIED, OK, OK, OK]
    secretariat = [LOGIN, DENIED, DENIED, OK, OK]
    superuser_only = [LOGIN, DENIED, DENIED, DENIED, OK]
    nobody = [LOGIN, DENIED, DENIED, DENIED, DENIED]
    # Django answers 404 for an app page its user may see nothing of.
    table = [("index", reverse("admin:app_list", args=["projects"]), [LOGIN, 404, OK, OK, OK])]
    for model in ["votingrules", "boardmember", "projectapplication", "meeting", "deliberation"]:
        pk = objects[model].pk
        table += [
            (f"{model} list", admin(f"{model}_changelist"), board_view),
            (f"{model} page", admin(f"{model}_change", pk), board_view),
            (f"{model} history", admin(f"{model}_history", pk), board_view),
        ]
    table += [
        ("rules add", admin("votingrules_add"), nobody),  # the single row exists
        ("rules delete", admin("votingrules_delete", objects["votingrules"].pk), nobody),
        ("member add", admin("boardmember_add"), superuser_only),
        ("member delete", admin("boardmember_delete", objects["boardmember"].pk), superuser_only),
        ("application add", admin("projectapplication_add"), nobody),  # from the public form
        (
            "application delete",
            admin("projectapplication_delete", objects["projectapplication"].pk),
            superuser_only,
        ),
        (
            "application attachment",
            admin("projectapplication_attachment", objects["projectapplication"].pk),
            board_view,
        ),
        ("meeting add", admin("meeting_add"), board_view),
        ("meeting delete", admin("meeting_delete", objects["meeting"].pk), superuser_only),
        ("attendance", admin("meeting_attendance", objects["meeting"].pk), board_view),
        ("minutes", admin("meeting_minutes", objects["meeting"].pk), board_view),
        ("votes csv", admin("meeting_votes_csv", objects["meeting"].pk), board_view),
        ("deliberation add", admin("deliberation_add"), board_view),
        ("record votes", admin("deliberation_votes", objects["deliberation"].pk), secretariat),
        ("close", admin("deliberation_close", objects["deliberation"].pk), secretariat),
        (
            "delete open deliberation",
            admin("deliberation_delete", objects["deliberation"].pk),
            superuser_only,
        ),
        (
            "closed deliberation page",
            admin("deliberation_change", objects["closed"].pk),
            board_view,
        ),
        ("delete closed deliberation", admin("deliberation_delete", objects["closed"].pk), nobody),
        ("funding overview", admin("deliberation_funding"), board_view),
    ]
    return table


def log_in(client, role):
    if role == "anonymous":
        return
    user = get_user_model().objects.create_user(
        role, is_staff=True, is_superuser=role == "superuser"
    )
    user.groups.add(*Group.objects.filter(name__in=GROUPS.get(role, [])))
    client.force_login(user)


@pytest.mark.parametrize("role", ROLES)
def test_every_admin_url_of_the_app_answers_each_kind_of_user_as_it_should(client, objects, role):
    log_in(client, role)
    answers = {}
    for name, url, expected in urls(objects):
        status = client.get(url).status_code
        expected_status = expected[ROLES.index(role)]
        answers[name] = (status, expected_status)
    wrong = {name: got for name, got in answers.items() if got[0] != got[1]}
    assert not wrong, f"{role}: (got, expected) {wrong}"


def test_a_volunteer_in_the_wagtail_admin_never_meets_applications_or_votes(client):
    user = get_user_model().objects.create_user("volunteer")
    user.groups.add(Group.objects.get(name="Bénévoles"))
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    for text in ["Chorale", "projectapplication", "Séances", "Délibérations"]:
        assert text not in client.get("/admin/").content.decode()
    assert client.get("/django-admin/projects/projectapplication/").status_code == 302
