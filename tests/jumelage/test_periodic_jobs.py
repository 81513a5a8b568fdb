"""`manage.py run_periodic_jobs`: each due job runs once, whatever the number of runners
checking at the same time; a failure is recorded and stops nothing; what is not due is
skipped; the history is readable (and only readable) in the Django admin, in French and
English; a scheduled page really goes live.

The clock is Django's `timezone.now`, set by the tests (the runner and Wagtail both read it);
the management commands the jobs run are real, except where a test replaces one to make it
fail, be slow or stand for the backup."""

import datetime
import io
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection, connections
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import nested_form_data, streamfield

from jumelage import jobs
from jumelage.models import JobRun, StandardPage

ROOT = Path(__file__).resolve().parents[2]
PARIS = ZoneInfo("Europe/Paris")
ON_POSTGRESQL = connection.vendor == "postgresql"
EVERY_JOB = [
    "publish_scheduled",
    "send_decisions",
    "delete_old_form_answers",
    "clearsessions",
    "axes_reset_logs",
    "forget_old_runs",
]


@pytest.fixture
def clock(monkeypatch):
    """The time every caller of `timezone.now` sees: `clock.now`, a Tuesday 10:00 in Paris."""
    clock = SimpleNamespace(now=datetime.datetime(2026, 3, 10, 10, 0, tzinfo=PARIS))
    monkeypatch.setattr(timezone, "now", lambda: clock.now)
    return clock


@pytest.fixture
def commands(monkeypatch):
    """The management commands the jobs call, each call recorded in `calls` (name, arguments);
    `fakes[name]` stands in for one."""
    calls, fakes, lock = [], {}, threading.Lock()
    real = jobs.call_command

    def call(name, *args, **options):
        with lock:
            calls.append((name, args))
        if name in fakes:
            return fakes[name](*args, **options)
        return real(name, *args, **options)

    monkeypatch.setattr(jobs, "call_command", call)
    return SimpleNamespace(calls=calls, fakes=fakes, names=lambda: [name for name, _ in calls])


def run(*args, expect_failure=False):
    """`manage.py run_periodic_jobs -v 2 ARGS`: its output, and the error it ended with."""
    out = io.StringIO()
    try:
        call_command("run_periodic_jobs", *args, verbosity=2, stdout=out)
    except CommandError as error:
        assert expect_failure, error
        return out.getvalue(), str(error)
    assert not expect_failure
    return out.getvalue(), ""


def ran(output):
    """The jobs an output says ran, and how each ended."""
    lines = [line.split(": ", 1) for line in output.splitlines() if ": " in line]
    return {
        name: rest.split()[0]
        for name, rest in lines
        if name in [*EVERY_JOB, "backup"] and not rest.startswith("not run")
    }


def history():
    return sorted(JobRun.objects.values_list("job", "status"))


# --- Which jobs are due -------------------------------------------------------------------


@pytest.mark.django_db
def test_each_job_runs_at_its_period_and_what_is_not_due_is_skipped(clock, commands):
    fake_backup = lambda *args, **options: options["stdout"].write("Backup written.")  # noqa: E731
    commands.fakes["backup"] = fake_backup
    with override_settings(NIGHTLY_BACKUP=True, NIGHTLY_BACKUP_HOUR=3):
        # Never run: everything is due (the nightly ones for last night's time).
        output, _ = run()
        assert ran(output) == dict.fromkeys([*EVERY_JOB, "backup"], "succeeded")
        assert ("backup", ()) in commands.calls  # a complete backup, to the configured place
        # The same minute: nothing.
        output, _ = run()
        assert ran(output) == {}
        assert "publish_scheduled: not run, already run (or running) for this slot" in output
        # A minute later, only the every-minute job; at 10:15 the quarter-hour one too.
        clock.now += datetime.timedelta(minutes=1)
        assert ran(run()[0]) == {"publish_scheduled": "succeeded"}
        clock.now = clock.now.replace(minute=15, second=30)
        assert ran(run()[0]) == {"publish_scheduled": "succeeded", "send_decisions": "succeeded"}
        # The next night at 03:30: the backup; the cleanups wait for 04:00.
        clock.now = datetime.datetime(2026, 3, 11, 3, 30, tzinfo=PARIS)
        assert set(ran(run()[0])) == {"publish_scheduled", "send_decisions", "backup"}
        clock.now = datetime.datetime(2026, 3, 11, 4, 0, 5, tzinfo=PARIS)
        assert set(ran(run()[0])) == {"publish_scheduled", *EVERY_JOB}
        listing = run("--list")[0].splitlines()
    assert listing[0] == "publish_scheduled: every 1 min, last run 2026-03-11 04:00 CET, succeeded"
    assert listing[-1] == "backup: daily at 03:00, last run 2026-03-11 03:30 CET, succeeded"
    clock.now += datetime.timedelta(minutes=1)
    listing = run("--list")[0].splitlines()  # the backup is off (the test settings' default)
    assert listing[0].endswith("04:00 CET, succeeded, due")
    assert (
        listing[-1] == "forget_old_runs: daily at 04:00, last run 2026-03-11 04:00 CET, succeeded"
    )
    assert commands.names().count("backup") == 2
    assert commands.names().count("clearsessions") == 2
    assert JobRun.objects.filter(status=JobRun.Status.SUCCEEDED).count() == 7 + 1 + 2 + 3 + 6


def test_the_backup_hour_and_switch_come_from_the_environment():
    """What an operator sets (read by the settings in a process of their own), and the jobs
    it gives."""
    outside = {name: value for name, value in os.environ.items() if "NIGHTLY" not in name}

    def backup_settings(**env):
        script = (
            "from jumelage.settings import base; "
            "print(base.NIGHTLY_BACKUP, base.NIGHTLY_BACKUP_HOUR)"
        )
        result = subprocess.run(
            [sys.executable, "-c", script],
            cwd=ROOT,
            env={**outside, **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        return result.stdout.strip() or result.stderr.strip().splitlines()[-1]

    assert backup_settings() == "True 3"
    assert backup_settings(NIGHTLY_BACKUP_HOUR="22") == "True 22"
    assert backup_settings(NIGHTLY_BACKUP="off") == "False 3"
    assert "NIGHTLY_BACKUP_HOUR is an hour of the day" in backup_settings(NIGHTLY_BACKUP_HOUR="24")

    def last_job():
        job = jobs.jobs()[-1]
        return job.name, job.period

    with override_settings(NIGHTLY_BACKUP=True, NIGHTLY_BACKUP_HOUR=22):
        assert last_job() == ("backup", "daily at 22:00")
    with override_settings(NIGHTLY_BACKUP=False):
        assert last_job() == ("forget_old_runs", "daily at 04:00")


def test_the_slots_follow_the_sites_clock_across_a_change_of_time():
    # 31 March 2024, 02:00 never happened in Paris; 27 October 2024, 02:00 happened twice.
    after_spring = datetime.datetime(2024, 3, 31, 12, 0, tzinfo=PARIS)
    after_autumn = datetime.datetime(2024, 10, 27, 12, 0, tzinfo=PARIS)
    with override_settings(NIGHTLY_BACKUP_HOUR=3):
        backup = next(job for job in jobs.all_jobs() if job.name == "backup")
        assert backup.slot(after_spring) == datetime.datetime(
            2024, 3, 31, 1, 0, tzinfo=datetime.UTC
        )
        assert backup.slot(after_autumn) == datetime.datetime(
            2024, 10, 27, 2, 0, tzinfo=datetime.UTC
        )
        before = datetime.datetime(2024, 10, 27, 2, 59, tzinfo=PARIS)
        assert backup.slot(before).astimezone(PARIS).date() == datetime.date(2024, 10, 26)


# --- Failures, dead servers ---------------------------------------------------------------


@pytest.mark.django_db
def test_a_failing_job_is_recorded_and_the_others_still_run(clock, commands, caplog):
    def smtp_down(*args, **options):
        raise ConnectionRefusedError("SMTP server unreachable")

    commands.fakes["send_decisions"] = smtp_down
    output, error = run(expect_failure=True)
    assert error == "1 job(s) failed: send_decisions."
    assert ran(output) == dict.fromkeys(EVERY_JOB, "succeeded") | {"send_decisions": "failed"}
    assert "send_decisions: failed in " in output
    assert "s: ConnectionRefusedError: SMTP server unreachable\n" in output
    failed = JobRun.objects.get(job="send_decisions")
    assert failed.status == JobRun.Status.FAILED and failed.finished_at is not None
    assert "ConnectionRefusedError: SMTP server unreachable" in failed.error
    assert "Traceback" in failed.error
    assert "Periodic job send_decisions failed" in caplog.text
    # Not again in the same slot; again at the next one, where it now goes through.
    del commands.fakes["send_decisions"]
    assert "send_decisions" not in ran(run()[0])
    clock.now += datetime.timedelta(minutes=15)
    assert ran(run()[0])["send_decisions"] == "succeeded"
    assert list(JobRun.objects.filter(job="send_decisions").values_list("status", flat=True)) == [
        "succeeded",
        "failed",
    ]


@pytest.mark.django_db
def test_a_run_left_by_a_dead_server_holds_nothing_back(clock, commands):
    def left(minutes_ago):
        started = clock.now - datetime.timedelta(minutes=minutes_ago)
        return JobRun.objects.create(
            job="publish_scheduled", slot=started, started_at=started, host="lost pid 1"
        )

    # Started 2 minutes ago, not ended: still running there, not started again beside it.
    recent = left(2)
    output, _ = run()
    assert "publish_scheduled: not run, still running since" in output
    assert "publish_scheduled" not in ran(output)
    # Past the job's time limit (10 minutes), it is taken for dead: recorded so, and run again.
    recent.delete()
    dead = left(25)
    output, _ = run()
    assert ran(output)["publish_scheduled"] == "succeeded"
    dead.refresh_from_db()
    assert dead.status == JobRun.Status.INTERRUPTED
    assert "No end recorded 10 minutes after its start" in dead.error


@pytest.mark.django_db
def test_a_runner_stopped_during_a_job_records_it_interrupted(clock, commands):
    def stopped(*args, **options):
        raise KeyboardInterrupt

    commands.fakes["clearsessions"] = stopped
    with pytest.raises(KeyboardInterrupt):
        run()
    assert JobRun.objects.get(job="clearsessions").status == JobRun.Status.INTERRUPTED
    # The jobs after it were not started; the next check runs them.
    assert not JobRun.objects.filter(job="axes_reset_logs").exists()
    del commands.fakes["clearsessions"]
    assert set(ran(run()[0])) == {"axes_reset_logs", "forget_old_runs"}


# --- Runners at the same time -------------------------------------------------------------


@pytest.mark.skipif(not ON_POSTGRESQL, reason="SQLite takes one writer at a time")
@pytest.mark.django_db(transaction=True)
def test_two_runners_at_the_same_time_run_each_job_once(clock, commands):
    """Two runners in threads of their own (each its own database connection), released
    together; each job is made slow, so that both are checking while the other runs."""
    commands.fakes.update(
        {name: slow(name) for name in ["publish_scheduled", "send_decisions", "clearsessions"]}
    )
    outputs = race(2, lambda: run()[0])
    both = [ran(output) for output in outputs]
    for name in EVERY_JOB:
        assert [name in one for one in both].count(True) == 1, (name, outputs)
    assert sorted(commands.names()) == sorted(set(commands.names()))
    assert history() == sorted((name, "succeeded") for name in EVERY_JOB)


def slow(name):
    def run_slowly(*args, **options):
        time.sleep(0.3)
        options["stdout"].write(f"{name} done.")

    return run_slowly


def race(count, work):
    barrier = threading.Barrier(count)
    results = [None] * count

    def start(index):
        try:
            barrier.wait(timeout=30)
            results[index] = work()
        except BaseException as error:  # noqa: BLE001  (shown by the test)
            results[index] = repr(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=start, args=(index,)) for index in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    return results


@pytest.mark.skipif(not ON_POSTGRESQL, reason="the test database on SQLite is in memory")
@pytest.mark.django_db(transaction=True)
def test_two_runner_processes_started_together_run_each_job_once():
    """Two `manage.py run_periodic_jobs` processes, as two servers' cron would start them."""
    # Both in the same minute (a process starts in a few seconds on a busy machine).
    if time.time() % 60 > 40:
        time.sleep(61 - time.time() % 60)
    settings = connection.settings_dict
    url = f"postgres://{settings['USER']}@{settings['HOST']}:{settings['PORT']}/{settings['NAME']}"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "jumelage.settings.test", "DATABASE_URL": url}
    command = [sys.executable, "manage.py", "run_periodic_jobs", "-v", "2"]
    processes = [
        subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outputs = [process.communicate(timeout=300)[0] for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    both = [ran(output) for output in outputs]
    for name in EVERY_JOB:
        assert [one.get(name) for one in both].count("succeeded") == 1, (name, outputs)
    assert history() == sorted((name, "succeeded") for name in EVERY_JOB)


@pytest.mark.django_db(transaction=True)
def test_the_loop_checks_until_asked_to_stop(clock, commands):
    """`--loop` (a container's scheduler): checks at once, and on SIGTERM (sent here while the
    first check runs its last job) ends after the job in hand, which is not cut short."""
    checked = threading.Event()

    def backup(*args, **options):
        checked.set()
        time.sleep(0.5)
        options["stdout"].write("Backup written.")

    commands.fakes["backup"] = backup
    stopper = threading.Thread(
        target=lambda: checked.wait(120) and os.kill(os.getpid(), signal.SIGTERM)
    )
    stopper.start()
    out = io.StringIO()
    started = time.monotonic()
    with override_settings(NIGHTLY_BACKUP=True):
        call_command("run_periodic_jobs", "--loop", stdout=out)
    stopper.join()
    output = out.getvalue()
    assert output.startswith("Checking the periodic jobs every minute.\n")
    assert "SIGTERM: stopping after the job in hand." in output
    assert ran(output) == dict.fromkeys([*EVERY_JOB, "backup"], "succeeded")
    assert time.monotonic() - started < 60
    assert history() == sorted((name, "succeeded") for name in [*EVERY_JOB, "backup"])
    assert JobRun.objects.get(job="backup").output == "Backup written."


# --- What the jobs do ---------------------------------------------------------------------


@pytest.mark.django_db
def test_a_page_scheduled_by_an_editor_goes_live_when_the_runner_checks(
    client, member_of, home, clock
):
    editor = member_of("Bénévoles", "Éditeurs")
    page = StandardPage(title_fr="Appel à projets", slug_fr="appel", intro_fr="Jusqu’en mars.")
    page.live = False
    home.add_child(instance=page)
    page.save_revision()
    client.force_login(editor)
    go_live = clock.now + datetime.timedelta(hours=2)
    form = {
        "title_fr": "Appel à projets",
        "slug_fr": "appel",
        "title_en": "Call for projects",
        "slug_en": "call",
        "intro_fr": "Jusqu’en mars.",
        "intro_en": "Until March.",
        "body_fr": streamfield([]),
        "body_en": streamfield([]),
        "action-publish": "publish",
        "go_live_at": go_live.strftime("%Y-%m-%d %H:%M"),
    }
    client.post(f"/admin/pages/{page.pk}/edit/", nested_form_data(form))
    client.logout()
    assert client.get("/fr/appel/").status_code == 404  # scheduled, not yet live

    run()
    assert client.get("/fr/appel/").status_code == 404  # not its time yet
    clock.now = go_live + datetime.timedelta(seconds=20)
    output, _ = run()
    assert ran(output)["publish_scheduled"] == "succeeded"
    response = client.get("/fr/appel/")
    assert response.status_code == 200
    assert "Appel à projets" in response.content.decode()
    published = PageLogEntry.objects.filter(page=page, action="wagtail.publish.scheduled")
    assert published.count() == 1


# --- The history in the admin -------------------------------------------------------------


@pytest.fixture
def some_history(clock, commands):
    commands.fakes["send_decisions"] = lambda *args, **options: 1 / 0
    run(expect_failure=True)
    return JobRun.objects.get(job="send_decisions")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("root", "root@example.org", "x")


LIST = "/django-admin/jumelage/jobrun/"


@pytest.mark.django_db
def test_the_history_in_french_for_a_superuser_is_read_only(client, superuser, some_history):
    client.force_login(superuser)
    page = client.get(LIST)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Exécutions des tâches périodiques" in html
    assert "Publier et dépublier les pages programmées (publish_scheduled)" in html
    assert "Envoyer les décisions du conseil dont le courriel a échoué" in html
    assert "Réussie" in html and "Échouée" in html
    assert "0,0\u202fs" in html  # a narrow no-break space
    assert f"{LIST}add/" not in html
    assert 'name="action"' not in html  # no "delete the selected" either

    detail = client.get(f"{LIST}{some_history.pk}/change/").content.decode()
    assert "ZeroDivisionError: division by zero" in detail
    assert '<pre class="literal-block">Traceback (most recent call last):\n  File' in detail
    assert "send_decisions 2026-03-10 10:00" in detail  # the slot in French time
    assert 'type="submit"' not in detail.split('id="content-main"')[1]
    assert client.get(f"{LIST}add/").status_code == 403
    changed = client.post(f"{LIST}{some_history.pk}/change/", {"status": "succeeded"})
    assert changed.status_code == 403
    assert client.post(f"{LIST}{some_history.pk}/delete/", {"post": "yes"}).status_code == 403
    some_history.refresh_from_db()
    assert some_history.status == JobRun.Status.FAILED


@pytest.mark.django_db
def test_the_history_in_english(superuser, some_history):
    request = RequestFactory().get(LIST)
    request.user = superuser
    with translation.override("en"):
        html = admin.site._registry[JobRun].changelist_view(request).render().content.decode()
    assert "Periodic job runs" in html
    assert "Publish and unpublish the scheduled pages (publish_scheduled)" in html
    assert "Succeeded" in html and "Failed" in html
    assert "0.0 secs" in html


@pytest.mark.django_db
def test_a_board_member_without_the_right_does_not_see_the_history(client, member_of):
    member = member_of()
    member.is_staff = True
    member.save()
    client.force_login(member)
    assert client.get(LIST).status_code == 403
