"""Benchmark of the events index, month view and feed with 1,000 events × 10 editions.

Not a test: timings on shared machines are noisy, so this reports medians over repeated
requests and the number of SQL queries, for the demo site and for the large one, in one run.

    .venv/bin/python benchmarks/events.py            # SQLite file in var/bench.sqlite3
    DATABASE_URL=postgres://... .venv/bin/python benchmarks/events.py

It writes its figures to benchmarks/results/events.md."""

import datetime
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jumelage.settings.test")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'var' / 'bench.sqlite3'}")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

EVENTS, EDITIONS, REPEATS = 1000, 10, 9
URLS = {
    "index (first page)": "/fr/evenements/",
    "month view": "/fr/evenements/calendrier/?month=2027-03",
    "feed (every edition)": "/fr/evenements/flux/",
}


def fresh_database():
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        connection.close()
    else:
        call_command("flush", interactive=False, verbosity=0)
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", "--no-accounts", verbosity=0)


def add_events(count, editions):
    from events.models import EventIndexPage, EventOccurrence, EventPage

    index = EventIndexPage.objects.get()
    start = datetime.date(2027, 1, 1)
    for n in range(count):
        event = EventPage(
            title_fr=f"Événement {n}", slug_fr=f"evenement-{n}", category="other", live=True
        )
        index.add_child(instance=event)
        EventOccurrence.objects.bulk_create(
            EventOccurrence(
                page=event,
                start_date=start + datetime.timedelta(days=(n * 7 + k * 36) % 720),
                all_day=True,
                sort_order=k,
            )
            for k in range(editions)
        )


def measure(client, url):
    client.get(url)  # warm-up
    timings = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return statistics.median(timings), len(queries), len(response.content)


def run():
    fresh_database()
    client = Client()
    small = {name: measure(client, url) for name, url in URLS.items()}
    began = time.perf_counter()
    add_events(EVENTS, EDITIONS)
    build = time.perf_counter() - began
    large = {name: measure(client, url) for name, url in URLS.items()}
    from events.models import EventOccurrence

    lines = [
        "# Events benchmark",
        "",
        f"Database: {connection.vendor}; {REPEATS} requests per URL through Django's test "
        "client (no network), median time; queries counted on one more request.",
        f"Large site: demo content + {EVENTS} events × {EDITIONS} editions "
        f"({EventOccurrence.objects.count()} editions in all), built in {build:.0f} s.",
        "",
        "| URL | demo: median ms | demo: queries | large: median ms | large: queries "
        "| large: bytes | time ratio |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in URLS:
        (t1, q1, _b1), (t2, q2, b2) = small[name], large[name]
        lines.append(f"| {name} | {t1:.1f} | {q1} | {t2:.1f} | {q2} | {b2:,} | {t2 / t1:.1f}× |")
    report = "\n".join(lines) + "\n"
    out = ROOT / "benchmarks" / "results" / f"events-{connection.vendor}.md"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(report)
    print(report)


if __name__ == "__main__":
    run()
