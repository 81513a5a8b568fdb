"""Benchmark of the board's register: close N deliberations one by one (as the closing screen
does, each in its own transaction with the register's locks), then verify the whole register
(`manage.py verify_deliberations`: every HMAC, the chain, a re-tally of each record).

Run on a scratch database of your own (it adds a board, meetings and N closed deliberations):

    DJANGO_SETTINGS_MODULE=jumelage.settings.dev DATABASE_URL=postgres://…/scratch \\
        .venv/bin/python benchmarks/register.py --count 10000 \\
        --out benchmarks/results/register-postgresql.md

Figures are wall-clock seconds of one run on a shared machine; the ratios (the last closings
against the first, the check per record) say whether cost grows with the register."""

import argparse
import datetime
import io
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jumelage.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from projects import voting  # noqa: E402
from projects.models import (  # noqa: E402
    Attendance,
    BoardMember,
    Deliberation,
    Meeting,
    Vote,
)

PER_MEETING = 100
CHOICES = [voting.FOR] * 6 + [voting.AGAINST] * 2 + [voting.ABSTAIN, voting.NOT_TAKING_PART]


def build(count):
    """A board of ten, count / 100 meetings with everyone present, `count` open deliberations
    with ten votes each."""
    day = datetime.date(2040, 1, 1)
    members = [
        BoardMember.objects.create(
            first_name=f"B{n}",
            last_name="Bench",
            role="president" if n == 0 else "member",
            mandate_start=day,
        )
        for n in range(10)
    ]
    deliberations = []
    for m in range(count // PER_MEETING):
        meeting = Meeting.objects.create(date=day + datetime.timedelta(days=m), place="Bench")
        Attendance.objects.bulk_create(
            Attendance(meeting=meeting, member=member, status=voting.PRESENT) for member in members
        )
        deliberations += Deliberation.objects.bulk_create(
            Deliberation(meeting=meeting, question=f"Question {m}-{n}") for n in range(PER_MEETING)
        )
    Vote.objects.bulk_create(
        Vote(deliberation=d, member=member, choice=CHOICES[(i + j) % len(CHOICES)])
        for i, d in enumerate(deliberations)
        for j, member in enumerate(members)
    )
    return deliberations


def load():
    with open("/proc/loadavg") as handle:
        return " / ".join(handle.read().split()[:3])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    started = time.perf_counter()
    deliberations = build(args.count)
    built = time.perf_counter() - started
    closings = []
    for deliberation in deliberations:
        start = time.perf_counter()
        deliberation.close(None)
        closings.append(time.perf_counter() - start)
    start = time.perf_counter()
    out = io.StringIO()
    call_command("verify_deliberations", stdout=out)
    verified = time.perf_counter() - start
    total = Deliberation.objects.filter(closed_at__isnull=False).count()
    first = statistics.median(closings[:500]) * 1000
    last = statistics.median(closings[-500:]) * 1000
    lines = [
        "# Register benchmark",
        "",
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC by "
        "`benchmarks/register.py`.",
        "",
        f"Machine: {os.cpu_count()} CPUs, Python {platform.python_version()}, "
        f"{connection.vendor} {connection.pg_version if connection.vendor == 'postgresql' else ''}"
        f". Load average at the end: {load()} (shared machine: other agents' tests ran).",
        "",
        f"- Built {args.count:,} open deliberations with 10 votes each in {built:.1f} s.",
        f"- Closed them one by one in {sum(closings):.1f} s: median {first:.1f} ms for the "
        f"first 500, {last:.1f} ms for the last 500 (ratio {last / first:.2f}).",
        f"- `verify_deliberations` on {total:,} closed deliberations: {verified:.1f} s "
        f"({verified / total * 1000:.2f} ms per record). It said: {out.getvalue().strip()}",
    ]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
