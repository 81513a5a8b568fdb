"""`manage.py run_periodic_jobs`: runs every periodic job that is due, each once whatever the
number of servers running this command at the same time (jumelage/jobs.py), then exits: run it
every minute from cron or a systemd timer. `--loop` keeps checking at the start of every minute
(a container or a PaaS "scheduler" process); it ends after the job in hand on SIGTERM or
SIGINT.

Prints one line per job run (with `-v 2`, also why the others did not run); a failed job is
logged with its traceback and, without `--loop`, makes the command exit with status 1 once
every other job has run. `--list` shows the jobs, their period and their last run."""

import logging
import signal
import threading
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connections
from django.utils import timezone

from jumelage import jobs
from jumelage.models import JobRun

logger = logging.getLogger("jumelage.jobs")


class Command(BaseCommand):
    help = (
        "Runs each periodic job that is due, once across all servers, then exits (run it every "
        "minute); --loop checks again at the start of every minute."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--loop",
            action="store_true",
            help="Keep running, checking the jobs at the start of every minute.",
        )
        parser.add_argument(
            "--list",
            action="store_true",
            help="List the jobs, their period and their last run, and run nothing.",
        )

    def handle(self, *args, **options):
        self.verbosity = options["verbosity"]
        if options["list"]:
            self.list_jobs()
        elif options["loop"]:
            self.loop()
        else:
            failed = [o.job.name for o in jobs.run_due_jobs(self.report) if o.state == "failed"]
            if failed:
                raise CommandError(f"{len(failed)} job(s) failed: {', '.join(failed)}.")

    def report(self, outcome):
        if outcome.ran and self.verbosity >= 1:
            self.stdout.write(f"{outcome.job.name}: {outcome.state} {outcome.detail}")
        elif not outcome.ran and self.verbosity >= 2:
            self.stdout.write(f"{outcome.job.name}: not run, {outcome.detail}")

    def loop(self):
        self.stopping = False

        def ask_to_stop(signum, _frame):
            # Only a flag: the check in hand ends its job, then the loop ends.
            self.stdout.write(f"{signal.Signals(signum).name}: stopping after the job in hand.")
            self.stopping = True

        previous = {}
        if threading.current_thread() is threading.main_thread():
            for signum in (signal.SIGTERM, signal.SIGINT):
                previous[signum] = signal.signal(signum, ask_to_stop)
        if self.verbosity >= 1:
            self.stdout.write("Checking the periodic jobs every minute.")
        try:
            self.check_until_stopped()
        finally:
            for signum, handler in previous.items():
                signal.signal(signum, handler)

    def check_until_stopped(self):
        while not self.stopping:
            try:
                jobs.run_due_jobs(self.report, should_stop=lambda: self.stopping)
            except Exception:
                # The database unreachable, most likely: tried again next minute.
                logger.exception("The periodic jobs could not be checked")
            finally:
                # No connection held between two checks (nor a dead one kept after a restart).
                connections.close_all()
            # Until the start of the next minute, as every other server's runner.
            next_minute = (time.time() // 60 + 1) * 60
            while not self.stopping and time.time() < next_minute:
                time.sleep(min(1.0, next_minute - time.time()))

    def list_jobs(self):
        now = timezone.now()
        for job in jobs.jobs():
            last = JobRun.objects.filter(job=job.name).order_by("-started_at").first()
            done = JobRun.objects.filter(job=job.name, slot__gte=job.slot(now)).exists()
            seen = "never run"
            if last:
                started = timezone.localtime(last.started_at)
                seen = f"last run {started:%Y-%m-%d %H:%M %Z}, {last.status}"
            due = "" if done else ", due"
            self.stdout.write(f"{job.name}: {job.period}, {seen}{due}")
