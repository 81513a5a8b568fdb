"""The applicant hears of the board's decision: one e-mail, in the language they applied in,
sent once the closing is committed (never for a closing that was rolled back). The notice is
per closing, not per application: a correcting deliberation that closes later sends a new
e-mail saying it corrects the earlier decision; the same closing is never sent twice
(`decision_sent_for`).

A failed send is logged and kept on the application (`decision_send_error`); `manage.py
send_decisions`, run by the periodic job, sends every decided application whose e-mail has not
gone yet. The application's `decision_sent_at` says when it went: it is set only by the sender
that claimed it (the application's row, locked), so two runs at once never send twice."""

import logging

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, OuterRef, Subquery
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from jumelage import formats

from . import voting
from .models import Deliberation, ProjectApplication

logger = logging.getLogger(__name__)


def send_decision_after_commit(deliberation):
    transaction.on_commit(lambda: send_decision(deliberation.application_id))


def decision_for(application_id):
    """The last closed deliberation with an outcome on this application (a correction
    supersedes what it corrects)."""
    return (
        Deliberation.objects.filter(application_id=application_id, closed_at__isnull=False)
        .exclude(outcome=voting.NO_QUORUM)
        .order_by("-sequence")
        .first()
    )


def send_decision(application_id):
    """Send the decision on one application if it has one and it has not gone yet; returns
    True when sent."""
    deliberation = decision_for(application_id)
    if deliberation is None:
        return False
    with transaction.atomic():
        application = (
            ProjectApplication.objects.select_for_update(skip_locked=True)
            .filter(pk=application_id)
            .first()
        )
        if application is None or application.decision_sent_for_id == deliberation.pk:
            return False  # already sent, or another sender has it
        try:
            with translation.override(application.language or "fr"):
                context = {
                    "application": application,
                    "adopted": deliberation.outcome == voting.ADOPTED,
                    "deliberation": deliberation,
                    "date": formats.day(deliberation.meeting.date),
                    # Told before of another closing: this one corrects it.
                    "correction": application.decision_sent_for_id is not None
                    or application.decision_sent_at is not None,
                }
                send_mail(
                    _("Your project “%(title)s”: the board’s decision")
                    % {"title": application.title},
                    render_to_string("projects/emails/application_decision.txt", context),
                    None,
                    [application.email],
                )
        except Exception as error:  # noqa: BLE001 - any failure of the mail server is retried
            logger.exception(
                "Could not send the decision on project application %s", application.pk
            )
            ProjectApplication.objects.filter(pk=application.pk).update(
                decision_send_error=f"{timezone.now():%Y-%m-%d %H:%M} {error}"[:300]
            )
            return False
        ProjectApplication.objects.filter(pk=application.pk).update(
            decision_sent_at=timezone.now(), decision_sent_for=deliberation, decision_send_error=""
        )
    return True


def pending_decisions():
    """Applications whose last decision (a correction supersedes) has not been e-mailed."""
    decided = Deliberation.objects.filter(
        closed_at__isnull=False, application__isnull=False
    ).exclude(outcome=voting.NO_QUORUM)
    last = decided.filter(application_id=OuterRef("pk")).order_by("-sequence").values("pk")[:1]
    return (
        ProjectApplication.objects.filter(pk__in=decided.values("application_id"))
        .annotate(last_decision=Subquery(last))
        .exclude(decision_sent_for=F("last_decision"))
    )
