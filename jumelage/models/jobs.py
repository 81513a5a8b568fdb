"""The periodic jobs' history, which is also their lock across servers (`jumelage.jobs`)."""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class JobRun(models.Model):
    """One run of a periodic job for one of its time slots.

    The row is inserted, committed, before the job runs, under a unique constraint on the job and
    its slot: when several servers check the jobs at the same time, one insert wins and that
    server runs the job; the others' inserts fail and they skip it. The row then records how
    the run ended, which the Django admin shows (read-only)."""

    class Status(models.TextChoices):
        RUNNING = "running", _("Running")
        SUCCEEDED = "succeeded", _("Succeeded")
        FAILED = "failed", _("Failed")
        # Started, never ended: its process stopped (a server lost, a container killed), or
        # it was interrupted by hand.
        INTERRUPTED = "interrupted", _("Interrupted")

    job = models.CharField(_("job"), max_length=64)
    slot = models.DateTimeField(_("time slot"), help_text=_("The time the run was due."))
    started_at = models.DateTimeField(_("started at"))
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    status = models.CharField(
        _("outcome"), max_length=16, choices=Status.choices, default=Status.RUNNING
    )
    host = models.CharField(
        _("server"), max_length=255, blank=True, help_text=_("Machine and process that ran it.")
    )
    output = models.TextField(_("output"), blank=True)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("periodic job run")
        verbose_name_plural = _("periodic job runs")
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["job", "slot"], name="unique_job_run_per_slot")
        ]
        indexes = [models.Index(fields=["started_at"], name="jobrun_started_at")]

    def __str__(self):
        return f"{self.job} {timezone.localtime(self.slot):%Y-%m-%d %H:%M}"

    @property
    def duration(self):
        """How long it ran (a `timedelta`), or None while it runs or when it never ended."""
        if self.finished_at is None:
            return None
        return self.finished_at - self.started_at
