"""The applicant is told: one e-mail in the language they applied in, after the closing is
committed (through the closing screen), with the amount when granted; a failed send is logged,
kept on the application and retried by `manage.py send_decisions`, never sent twice."""

import datetime
from decimal import Decimal
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.utils.translation import gettext, override

from projects import voting
from projects.models import Attendance, Deliberation, Meeting, ProjectApplication, Vote

from .conftest import DAY, make_application
from .screens import submit

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretary(client):
    user = get_user_model().objects.create_user("secretary", is_staff=True)
    user.groups.add(Group.objects.get(name="Secrétariat du Conseil"))
    client.force_login(user)
    return user


def deliberation_on(application, members, choice=voting.FOR):
    meeting = Meeting.objects.create(date=DAY, place="Aix")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
    deliberation = Deliberation.objects.create(
        meeting=meeting,
        application=application,
        question="Soutenir ?",
        amount_proposed=Decimal("1200.00"),
    )
    for member in members:
        Vote.objects.create(deliberation=deliberation, member=member, choice=choice)
    return deliberation


def close_through_the_screen(client, deliberation, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = submit(client, f"/django-admin/projects/deliberation/{deliberation.pk}/close/")
    assert response.status_code == 302
    return callbacks


@pytest.mark.parametrize(
    ("language", "choice", "subject", "words"),
    [
        ("fr", voting.FOR, "la décision du Conseil", ["décidé de soutenir", "1\xa0200,00 €"]),
        ("en", voting.FOR, "the board’s decision", ["decided to support", "1,200.00 €"]),
        ("en", voting.AGAINST, "the board’s decision", ["decided not to support"]),
    ],
)
def test_the_applicant_gets_one_email_in_their_language_after_the_commit(
    client,
    secretary,
    members,
    django_capture_on_commit_callbacks,
    language,
    choice,
    subject,
    words,
):
    application = make_application(language=language, title="Chorale")
    deliberation = deliberation_on(application, members, choice)
    callbacks = close_through_the_screen(client, deliberation, django_capture_on_commit_callbacks)
    assert len(callbacks) >= 1  # sent from an on-commit callback, not inside the transaction
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["anahit@example.org"] and subject in message.subject
    for word in words:
        assert word in message.body, (word, message.body)
    if choice == voting.AGAINST:
        assert "€" not in message.body
    application.refresh_from_db()
    assert application.decision_sent_at is not None and not application.decision_send_error
    call_command("send_decisions", verbosity=0)
    assert len(mail.outbox) == 1  # never twice
    page = client.get(f"/django-admin/projects/projectapplication/{application.pk}/change/")
    assert "Décision envoyée par courriel le" in page.content.decode()
    shown = page.content.decode()
    assert "10\u202f000" in shown and "1\u202f000" in shown and "10000,00" not in shown


def test_no_email_when_the_closing_is_rolled_back(members, django_capture_on_commit_callbacks):
    application = make_application()
    deliberation = deliberation_on(application, members)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        deliberation.close(None)
    assert callbacks and not mail.outbox  # only a committed closing sends


def test_a_failed_send_is_logged_kept_and_retried_by_the_periodic_job(
    client, secretary, members, django_capture_on_commit_callbacks, caplog
):
    application = make_application(language="fr")
    deliberation = deliberation_on(application, members)
    with mock.patch("projects.notices.send_mail", side_effect=OSError("SMTP down")):
        close_through_the_screen(client, deliberation, django_capture_on_commit_callbacks)
    assert not mail.outbox
    assert "Could not send the decision" in caplog.text
    application.refresh_from_db()
    assert application.decision_sent_at is None and "SMTP down" in application.decision_send_error
    assert Deliberation.objects.get(pk=deliberation.pk).is_closed  # the closing stands

    call_command("send_decisions", verbosity=0)
    assert len(mail.outbox) == 1
    application.refresh_from_db()
    assert application.decision_sent_at is not None and application.decision_send_error == ""


def test_no_email_for_a_closing_without_quorum(
    client, secretary, members, django_capture_on_commit_callbacks
):
    application = make_application()
    deliberation = deliberation_on(application, members[:1])
    close_through_the_screen(client, deliberation, django_capture_on_commit_callbacks)
    assert Deliberation.objects.get(pk=deliberation.pk).outcome == voting.NO_QUORUM
    assert not mail.outbox
    assert ProjectApplication.objects.get(pk=application.pk).decision_sent_at is None
    call_command("send_decisions", verbosity=0)
    assert not mail.outbox


def test_a_correcting_deliberation_tells_the_applicant_again_once(
    client, secretary, members, django_capture_on_commit_callbacks
):
    """The attack: a correction reversing the decision never reached the applicant."""
    application = make_application(language="fr", title="Chorale")
    first = deliberation_on(application, members)
    close_through_the_screen(client, first, django_capture_on_commit_callbacks)
    with override("fr"):
        corrects = gettext(
            "This e-mail corrects the board’s earlier decision on your project, which it replaces."
        )
    assert len(mail.outbox) == 1 and corrects not in mail.outbox[0].body
    meeting = Meeting.objects.create(date=datetime.date(2026, 12, 1), place="Aix")
    for member in members:
        Attendance.objects.create(meeting=meeting, member=member, status=voting.PRESENT)
    correction = Deliberation.objects.create(
        meeting=meeting, application=application, question="Soutenir ?", corrects=first
    )
    for member in members:
        Vote.objects.create(deliberation=correction, member=member, choice=voting.AGAINST)
    close_through_the_screen(client, correction, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 2
    body = mail.outbox[1].body
    assert corrects in body and "décidé de ne pas soutenir" in body
    assert "1er décembre 2026" in body
    call_command("send_decisions", verbosity=0)
    assert len(mail.outbox) == 2  # the same closing never twice
