"""The periodic jobs, and how each runs once for each of its time slots whatever the number of
servers that check them (`manage.py run_periodic_jobs`, once a minute from cron or a systemd
timer, or `--loop` in a container or a PaaS scheduler process).

Each job has a period: every N minutes (slots aligned on the clock: 12:00, 12:15...) or every
day at an hour of the site's time zone. It is due while no run is recorded for its current slot.
A server that finds it due inserts the run's row (`JobRun`, unique per job and slot) and
commits it before running the job: of several servers checking at once, exactly one insert
succeeds, and the others skip the job. The row then records the outcome, which the Django admin
shows. So:

- a job missed while nothing ran (servers stopped) runs at the next check, once;
- a failed job is recorded (with its error) and logged, the other jobs still run, and it runs
  again at its next slot;
- a job still running (started less than its `timeout` ago) is not started again next to
  itself; one started longer ago without an end (its server was lost, its container killed) is
  marked interrupted, and no longer holds anything back.

The database is the lock: nothing else to run (no broker, no scheduler service), and the same
on SQLite and PostgreSQL."""

import dataclasses
import datetime
import io
import logging
import os
import socket
import time
import traceback
from collections.abc import Callable

from django.conf import settings
from django.core.management import call_command
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .models import JobRun

logger = logging.getLogger(__name__)

MINUTE = datetime.timedelta(minutes=1)
HOUR = datetime.timedelta(hours=1)
# The history of runs kept (a job run every minute adds 1 440 rows a day).
HISTORY_DAYS = 30
# django-axes' log of admin logins (address, browser) kept: the 6 months the CNIL advises for
# access logs. The lock's own failed attempts are removed by axes itself.
LOGIN_LOG_DAYS = 180
# What the history keeps of a job's output (the end of it).
OUTPUT_CHARS = 10_000
CLEANUP_TIME = datetime.time(4, 0)


@dataclasses.dataclass(frozen=True)
class Job:
    """A periodic job: `run()` does it and returns what it printed."""

    name: str
    label: str
    run: Callable[[], str]
    every: datetime.timedelta | None = None
    daily_at: datetime.time | None = None
    # Past this without an end, a run is taken for dead (its process stopped).
    timeout: datetime.timedelta = HOUR

    def slot(self, now):
        """The start of the slot `now` falls in (an aware datetime, UTC)."""
        if self.every is not None:
            seconds = int(self.every.total_seconds())
            stamp = int(now.timestamp())
            return datetime.datetime.fromtimestamp(stamp - stamp % seconds, tz=datetime.UTC)
        zone = timezone.get_default_timezone()
        day = now.astimezone(zone).date()
        due = datetime.datetime.combine(day, self.daily_at, tzinfo=zone)
        if due > now:
            due = datetime.datetime.combine(day - datetime.timedelta(days=1), self.daily_at, zone)
        return due.astimezone(datetime.UTC)

    @property
    def period(self):
        """ "every 15 min" or "daily at 03:00", for the command's listing."""
        if self.every is not None:
            return f"every {int(self.every.total_seconds() // 60)} min"
        return f"daily at {self.daily_at:%H:%M}"


class ManagementCommand:
    """A job that is a management command, its output kept for the history."""

    def __init__(self, name, *args):
        self.name = name
        self.args = args

    def __call__(self):
        output = io.StringIO()
        call_command(self.name, *self.args, stdout=output, stderr=output)
        return output.getvalue()


def forget_old_runs():
    cutoff = timezone.now() - datetime.timedelta(days=HISTORY_DAYS)
    old = JobRun.objects.filter(started_at__lt=cutoff).exclude(status=JobRun.Status.RUNNING)
    count, _details = old.delete()
    return f"{count} run(s) older than {HISTORY_DAYS} days removed from the history."


def all_jobs():
    """Every periodic job the site knows, in the order a check runs them (the most urgent
    first), the backup included even when NIGHTLY_BACKUP is off."""
    return [
        Job(
            "publish_scheduled",
            _("Publish and unpublish the scheduled pages"),
            ManagementCommand("publish_scheduled"),
            every=MINUTE,
            timeout=10 * MINUTE,
        ),
        Job(
            "send_decisions",
            _("Send the board's decisions whose e-mail failed"),
            ManagementCommand("send_decisions"),
            every=15 * MINUTE,
            timeout=HOUR,
        ),
        Job(
            "delete_old_form_answers",
            _("Delete the form answers older than a year"),
            ManagementCommand("delete_old_form_answers"),
            daily_at=CLEANUP_TIME,
        ),
        Job(
            "clearsessions",
            _("Delete the expired sessions"),
            ManagementCommand("clearsessions"),
            daily_at=CLEANUP_TIME,
        ),
        Job(
            "axes_reset_logs",
            format_lazy(
                _("Delete the admin login logs older than {days} days"), days=LOGIN_LOG_DAYS
            ),
            ManagementCommand("axes_reset_logs", f"--age={LOGIN_LOG_DAYS}"),
            daily_at=CLEANUP_TIME,
        ),
        Job(
            "forget_old_runs",
            format_lazy(
                _("Delete the runs older than {days} days from this history"), days=HISTORY_DAYS
            ),
            forget_old_runs,
            daily_at=CLEANUP_TIME,
        ),
        Job(
            "backup",
            _("Back up the database and the media"),
            ManagementCommand("backup"),
            daily_at=datetime.time(settings.NIGHTLY_BACKUP_HOUR, 0),
            timeout=12 * HOUR,
        ),
    ]


def jobs():
    """The jobs a check runs: all but the backup when NIGHTLY_BACKUP is off."""
    return [job for job in all_jobs() if job.name != "backup" or settings.NIGHTLY_BACKUP]


def label(name):
    """What a job does, in the active language ("" for a name the site no longer knows)."""
    return next((job.label for job in all_jobs() if job.name == name), "")


@dataclasses.dataclass
class Outcome:
    job: Job
    # "succeeded", "failed", "interrupted", or why it did not run: "done" (this slot already
    # ran, or is running), "busy" (a run of an earlier slot is still going).
    state: str
    detail: str = ""

    @property
    def ran(self):
        return self.state in {"succeeded", "failed", "interrupted"}


def host():
    return f"{socket.gethostname()} pid {os.getpid()}"


def run_due_jobs(report=None, should_stop=lambda: False):
    """Runs every due job that no other server has taken, one after the other; `report` is
    called with each `Outcome`. Returns the outcomes."""
    outcomes = []
    for job in jobs():
        if should_stop():
            break
        outcome = run_if_due(job)
        outcomes.append(outcome)
        if report is not None:
            report(outcome)
    return outcomes


def run_if_due(job):
    now = timezone.now()
    slot = job.slot(now)
    runs = JobRun.objects.filter(job=job.name)
    if runs.filter(slot__gte=slot).exists():
        return Outcome(job, "done", "already run (or running) for this slot")
    for stale in runs.filter(status=JobRun.Status.RUNNING):
        if stale.started_at + job.timeout > now:
            return Outcome(job, "busy", f"still running since {stale.started_at:%Y-%m-%d %H:%M}")
        note = (
            f"No end recorded {int(job.timeout.total_seconds() // 60)} minutes after its start: "
            "the process that ran it stopped."
        )
        runs.filter(pk=stale.pk, status=JobRun.Status.RUNNING).update(
            status=JobRun.Status.INTERRUPTED, error=note
        )
        logger.warning("Periodic job %s (started %s): %s", job.name, stale.started_at, note)
    try:
        with transaction.atomic():
            run = JobRun.objects.create(job=job.name, slot=slot, started_at=now, host=host())
    except IntegrityError:
        return Outcome(job, "done", "taken by another server")
    return execute(job, run)


def execute(job, run):
    started = time.monotonic()
    output = error = ""
    try:
        output = job.run() or ""
        status = JobRun.Status.SUCCEEDED
    except Exception as exception:
        status = JobRun.Status.FAILED
        error = "".join(traceback.format_exception(exception))
        logger.exception("Periodic job %s failed", job.name)
    except BaseException:
        # Ctrl-C or the process asked to end: recorded as such before going on ending.
        finish(run, JobRun.Status.INTERRUPTED, output, "Interrupted (the process was stopped).")
        raise
    finish(run, status, output, error)
    seconds = time.monotonic() - started
    detail = f"in {seconds:.1f} s" + (f": {error.strip().splitlines()[-1]}" if error else "")
    return Outcome(job, status, detail)


def finish(run, status, output, error):
    JobRun.objects.filter(pk=run.pk).update(
        status=status,
        finished_at=timezone.now(),
        output=output[-OUTPUT_CHARS:],
        error=error[-OUTPUT_CHARS:],
    )
