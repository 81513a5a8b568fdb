"""Benchmark of every public page type on a large site, cached and uncached, and through
gunicorn with wrk: `make bench` (not a test: timings on a shared machine are noisy, so it
reports medians and ratios measured in one run).

    make bench                       # PostgreSQL database jumelage_bench, Redis db 3
    BENCH_DATABASE_URL=... BENCH_CACHE_URL=... make bench
    make bench BENCH_ARGS=--quick    # 100 events, 20 projects, 10 cities, short wrk runs
    make bench BENCH_ARGS=--reuse    # measure again the site the previous run built

Steps: a fresh database with the demo content plus 1,000 events x 10 editions, 200 projects
(each decided by the board: 10 votes, closed deliberation) and 50 twin cities with partners;
every picture made in advance; then per page type the SQL queries and the median time of a
request through Django (page cache off, then served from the page cache); then, when `wrk` is
installed, gunicorn (2 sync workers, DEBUG off, production settings) serving a cached page
against a static file (WhiteNoise) in alternate runs, and a 60-second load test of 64
connections on the home page, an event page and the event index. The figures go to
benchmarks/RESULTS.md."""

import datetime
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
QUICK = "--quick" in sys.argv
REUSE = "--reuse" in sys.argv
PORT = int(os.environ.get("BENCH_PORT", "8210"))
ENV = {
    "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
    "SECRET_KEY": "bench-only-not-a-secret-long-enough-for-the-production-check",
    "REGISTER_KEY": "bench-only-register-key-not-a-secret",
    "ALLOWED_HOSTS": "testserver,127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "false",
    "DATABASE_URL": os.environ.get(
        "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/jumelage_bench"
    ),
    "CACHE_URL": os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/3"),
    "CACHE_KEY_PREFIX": os.environ.get("BENCH_CACHE_KEY_PREFIX", "speed"),
    "MEDIA_ROOT": str(ROOT / "var" / "bench-media"),
    "LOG_LEVEL": "WARNING",
}
os.environ.update(ENV)

EVENTS, EDITIONS, PROJECTS, CITIES = (100, 10, 20, 10) if QUICK else (1000, 10, 200, 50)
MEMBERS = 10
REPEATS_UNCACHED, REPEATS_CACHED = (5, 21) if QUICK else (9, 51)
WRK_SECONDS, WRK_ROUNDS, LOAD_SECONDS = (3, 2, 10) if QUICK else (10, 3, 60)

URLS = {
    "home": "/fr/",
    "home (English)": "/en/",
    "standard page": "/fr/a-propos/",
    "event index": "/fr/evenements/",
    "event month view": "/fr/evenements/calendrier/?month=2027-03",
    "event archive": "/fr/evenements/archives/?year=2024",
    "event feed (every edition)": "/fr/evenements/flux/",
    "event page": "/fr/evenements/evenement-1/",
    "twin city index": "/fr/villes-jumelles/",
    "twin city page": "/fr/villes-jumelles/masis/",
    "news index": "/fr/actualites/",
    "news index (one city)": "/fr/actualites/?city=masis",
    "news feed (one city)": "/fr/actualites/feed/masis/",
    "news post": "/fr/actualites/nouvelle-1/",
    "partners page": "/fr/partenaires/",
    "project index": "/fr/projets/",
    "project page": "/fr/projets/projet-1/",
    "application form": "/fr/projets/proposer-un-projet/",
    "search": "/fr/recherche/?q=Masis",
    "sitemap": "/sitemap.xml",
}
LOAD_URLS = ["/fr/", "/fr/evenements/evenement-1/", "/fr/evenements/"]


def ensure_database():
    import psycopg

    url = ENV["DATABASE_URL"]
    if not url.startswith("postgres"):
        return
    name = url.rsplit("/", 1)[1]
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


ensure_database()

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402


def log(message):
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def forget_cache():
    """Delete this benchmark's keys only (the Redis server and database may be shared)."""
    from django.core.cache import cache

    client = cache._cache.get_client(write=True)
    for key in client.scan_iter(f"{ENV['CACHE_KEY_PREFIX']}:*"):
        client.delete(key)


def fresh_database():
    shutil.rmtree(ENV["MEDIA_ROOT"], ignore_errors=True)
    if connection.vendor == "sqlite":
        Path(connection.settings_dict["NAME"]).unlink(missing_ok=True)
        connection.close()
    else:
        with connection.cursor() as cursor:
            cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    forget_cache()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("load_demo_content", "--no-accounts", verbosity=0)


def build_large_site():
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model

    from events.models import EventIndexPage, EventOccurrence, EventPage
    from partners.models import (
        CityMilestone,
        PartnerOrganisation,
        TwinCityIndexPage,
        TwinCityPage,
    )
    from projects import voting
    from projects.models import (
        Attendance,
        BoardMember,
        Deliberation,
        Meeting,
        ProjectIndexPage,
        ProjectPage,
        Vote,
    )

    images = list(get_image_model().objects.order_by("pk"))
    now = timezone.now()

    def add(parent, page):
        page.live, page.first_published_at, page.last_published_at = True, now, now
        parent.add_child(instance=page)
        return page

    city_index = TwinCityIndexPage.objects.get()
    cities = list(TwinCityPage.objects.all())
    for n in range(CITIES - len(cities)):
        cities.append(
            add(
                city_index,
                TwinCityPage(
                    title_fr=f"Ville {n}",
                    slug_fr=f"ville-{n}",
                    country_fr="Pays",
                    latitude=Decimal(40 + n % 20),
                    longitude=Decimal(n % 40),
                    image=images[n % len(images)],
                ),
            )
        )
    CityMilestone.objects.bulk_create(
        CityMilestone(
            page=city,
            date=datetime.date(1990 + m, 1, 1),
            precision="year",
            text_fr=f"Étape {m}",
            sort_order=m,
        )
        for city in cities[3:]
        for m in range(5)
    )
    partners = PartnerOrganisation.objects.bulk_create(
        PartnerOrganisation(
            name_fr=f"Partenaire {n}",
            kind="association",
            twin_city=cities[n % len(cities)],
            logo=images[n % len(images)],
        )
        for n in range(2 * CITIES)
    )
    log(f"{len(cities)} twin cities, {PartnerOrganisation.objects.count()} partners")

    event_index = EventIndexPage.objects.get()
    start = datetime.date(2024, 1, 1)
    events = []
    for n in range(EVENTS):
        events.append(
            add(
                event_index,
                EventPage(
                    title_fr=f"Événement {n}",
                    slug_fr=f"evenement-{n}",
                    category="market" if n % 3 else "concert",
                    intro_fr=f"Rencontre numéro {n} avec une ville jumelle.",
                    image=images[n % len(images)],
                ),
            )
        )
    EventOccurrence.objects.bulk_create(
        EventOccurrence(
            page=event,
            start_date=start + datetime.timedelta(days=(n * 7 + k * 73) % 1460),
            all_day=True,
            sort_order=k,
        )
        for n, event in enumerate(events)
        for k in range(EDITIONS)
    )
    through = EventPage.twin_cities.through
    through.objects.bulk_create(
        through(eventpage_id=event.pk, twincitypage_id=cities[n % len(cities)].pk)
        for n, event in enumerate(events)
    )
    log(f"{len(events)} events, {EventOccurrence.objects.count()} editions")

    project_index = ProjectIndexPage.objects.get()
    projects = [
        add(
            project_index,
            ProjectPage(
                title_fr=f"Projet {n}",
                slug_fr=f"projet-{n}",
                field="culture" if n % 2 else "youth",
                intro_fr=f"Un échange numéro {n} avec Masis.",
                start_date=datetime.date(2020 + n % 7, 1 + n % 12, 1),
                image=images[n % len(images)],
            ),
        )
        for n in range(PROJECTS)
    ]
    through = ProjectPage.twin_cities.through
    through.objects.bulk_create(
        through(projectpage_id=p.pk, twincitypage_id=cities[n % len(cities)].pk)
        for n, p in enumerate(projects)
    )
    through = ProjectPage.partners.through
    through.objects.bulk_create(
        through(projectpage_id=p.pk, partnerorganisation_id=partners[n % len(partners)].pk)
        for n, p in enumerate(projects)
    )
    # The board decides each project: ten members, one meeting a month, ten votes each.
    BoardMember.objects.update(mandate_end=datetime.date(2019, 12, 31))
    members = BoardMember.objects.bulk_create(
        BoardMember(
            first_name=f"Membre {n}",
            last_name="Banc",
            role="president" if n == 0 else "member",
            mandate_start=datetime.date(2020, 1, 1),
        )
        for n in range(MEMBERS)
    )
    secretary = get_user_model().objects.create_user("bench-secretary")
    meetings = Meeting.objects.bulk_create(
        Meeting(date=datetime.date(2025, 1 + m % 12, 10), place="Aix") for m in range(12)
    )
    Attendance.objects.bulk_create(
        Attendance(meeting=m, member=member, status=voting.PRESENT)
        for m in meetings
        for member in members
    )
    deliberations = Deliberation.objects.bulk_create(
        Deliberation(
            meeting=meetings[n % len(meetings)],
            project=p,
            question=f"Soutenir le projet {n} ?",
            amount_proposed=Decimal(1000 + n),
        )
        for n, p in enumerate(projects)
    )
    Vote.objects.bulk_create(
        Vote(deliberation=d, member=member, choice=voting.FOR if k < 7 else voting.AGAINST)
        for d in deliberations
        for k, member in enumerate(members)
    )
    for deliberation in Deliberation.objects.filter(closed_at__isnull=True).order_by("pk"):
        deliberation.close(secretary)
    log(f"{len(projects)} projects, {Vote.objects.count()} votes, deliberations closed")
    add_news_and_past_events(add, images)
    call_command("rebuild_search_text", verbosity=0)
    call_command("make_renditions", verbosity=0)


NEWS_POSTS, PAST_EVENTS = 200, 50


def add_news_and_past_events(add, images):
    """Masis' whole story: 200 news posts and 50 past events held with it (issue 16: its page
    and the news index cost the same few queries whatever their number)."""
    import datetime

    from events.models import EventIndexPage, EventOccurrence, EventPage
    from news.models import NewsIndexPage, NewsPage
    from partners.models import TwinCityPage

    masis = TwinCityPage.objects.get(slug_fr="masis")
    news_index = NewsIndexPage.objects.get()
    for n in range(NEWS_POSTS):
        post = NewsPage(
            title_fr=f"Nouvelle {n}",
            slug_fr=f"nouvelle-{n}",
            title_en=f"News {n}",
            slug_en=f"news-{n}",
            date=datetime.date(2020, 1, 1) + datetime.timedelta(days=7 * n),
            intro_fr="Une nouvelle de Masis.",
            intro_en="News from Masis.",
            image=images[n % len(images)] if images else None,
        )
        post.twin_cities = [masis]
        add(news_index, post)
    events_index = EventIndexPage.objects.get()
    for n in range(PAST_EVENTS):
        event = EventPage(
            title_fr=f"Rencontre passée {n}", slug_fr=f"rencontre-passee-{n}", category="other"
        )
        event.twin_cities = [masis]
        add(events_index, event)
        EventOccurrence.objects.create(page=event, start_date=datetime.date(2023, 1, 1 + n % 28))
    log(f"{NEWS_POSTS} news posts and {PAST_EVENTS} past events with Masis")


def page_counts():
    from wagtail.models import Page

    from events.models import EventOccurrence
    from projects.models import Vote

    return {
        "pages": Page.objects.live().count(),
        "editions": EventOccurrence.objects.count(),
        "votes": Vote.objects.count(),
    }


def median_ms(client, url, repeats):
    timings = []
    for _ in range(repeats):
        began = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - began) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{url} answered {response.status_code}")
    return statistics.median(timings), response


def measure_pages():
    results = {}
    client = Client()
    for name, url in URLS.items():
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(url)  # warm the other caches (site, renditions, footer)
            # CaptureQueriesContext counts the growth of a bounded log: start from empty.
            connection.queries_log.clear()
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url)
            queries = len(captured)  # read now: the context reads the connection's log lazily
            uncached, _ = median_ms(client, url, REPEATS_UNCACHED)
        client.get(url)
        cached, response = median_ms(client, url, REPEATS_CACHED)
        connection.queries_log.clear()
        with CaptureQueriesContext(connection) as captured:
            client.get(url)
        cached_queries = len(captured)
        results[name] = {
            "url": url,
            "queries": queries,
            "uncached_ms": uncached,
            "cached_ms": cached,
            "cache": response.get("X-Cache", "bypass"),
            "cached_queries": cached_queries,
            "bytes": len(response.content),
        }
        log(f"{name}: {results[name]}")
    return results


# gunicorn and wrk


def start_gunicorn(page_cache=True):
    env = {
        **os.environ,
        "WEB_CONCURRENCY": "2",
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "GUNICORN_ACCESS_LOG": "",
        "PAGE_CACHE_SECONDS": "3600" if page_cache else "0",
    }
    process = subprocess.Popen(  # noqa: S603
        [str(ROOT / ".venv" / "bin" / "gunicorn"), "jumelage.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    import urllib.request

    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/robots.txt", timeout=1)  # noqa: S310
            return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("gunicorn did not start")


def stop(process):
    process.terminate()
    process.wait(timeout=30)


def wrk(url, seconds, connections=16, threads=2, script=None):
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency"]
    if script:
        command += ["-s", str(script)]
    output = subprocess.run(  # noqa: S603
        [*command, f"http://127.0.0.1:{PORT}{url}"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    found = re.search(r"Requests/sec:\s+([\d.]+)", output)
    requests = re.search(r"(\d+) requests in", output)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    errors = re.search(
        r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output
    )
    latency = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", output, re.M))
    return {
        "rps": float(found.group(1)),
        "requests": int(requests.group(1)),
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket_errors": sum(int(n) for n in errors.groups()) if errors else 0,
        "latency": latency,
        "output": output,
    }


def static_url():
    from django.templatetags.static import static

    return static("css/main.css")


def measure_wrk():
    if shutil.which("wrk") is None:
        log("wrk is not installed (apt-get install wrk): the gunicorn part is skipped.")
        return None
    results = {"static_url": static_url()}
    log("gunicorn, page cache off: home page throughput")
    process = start_gunicorn(page_cache=False)
    try:
        wrk("/fr/", 2, connections=4)
        # Four connections keep both workers busy without queueing past wrk's 2 s timeout.
        results["uncached_home"] = wrk("/fr/", WRK_SECONDS * 2, connections=4)
    finally:
        stop(process)
    process = start_gunicorn(page_cache=True)
    try:
        page, static = "/fr/evenements/", results["static_url"]
        wrk(page, 2)
        wrk(static, 2)
        rounds = []
        for n in range(WRK_ROUNDS):
            log(f"round {n + 1}/{WRK_ROUNDS}: cached page, then static file")
            rounds.append((wrk(page, WRK_SECONDS), wrk(static, WRK_SECONDS)))
        results["rounds"] = rounds
        script = ROOT / "benchmarks" / "rotate.lua"
        log(f"load test: {LOAD_SECONDS} s, 64 connections, {', '.join(LOAD_URLS)}")
        results["load"] = wrk(LOAD_URLS[0], LOAD_SECONDS, connections=64, script=script)
    finally:
        stop(process)
    return results


def machine():
    meminfo = Path("/proc/meminfo").read_text()
    ram = int(re.search(r"MemTotal:\s+(\d+)", meminfo).group(1)) / 1024 / 1024
    cpu = re.search(r"model name\s+:\s+(.*)", Path("/proc/cpuinfo").read_text())
    with connection.cursor() as cursor:
        cursor.execute("SELECT version()" if connection.vendor == "postgresql" else "SELECT 1")
        database = cursor.fetchone()[0]
    from django.core.cache import cache

    redis_version = cache._cache.get_client().info().get("redis_version")
    return {
        "cores": os.cpu_count(),
        "cpu": cpu.group(1) if cpu else "?",
        "ram": f"{ram:.0f} GiB",
        "python": platform.python_version(),
        "database": database if connection.vendor == "postgresql" else "SQLite",
        "redis": redis_version,
        "load": os.getloadavg(),
    }


def report(info, sizes, build_seconds, pages, served):
    lines = [
        "# Site benchmark",
        "",
        f"Measured {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M} UTC by `make bench` "
        f"(benchmarks/site.py{' '.join([''] + sys.argv[1:])}).",
        "",
        f"Machine: {info['cores']} CPUs ({info['cpu']}), {info['ram']} RAM, Python "
        f"{info['python']}, {info['database'].split(' on ')[0]}, Redis {info['redis']}. "
        "**Shared and noisy**: other engineers' test suites ran on the same two CPUs during "
        f"the run (load average {info['load'][0]:.1f} / {info['load'][1]:.1f} / "
        f"{info['load'][2]:.1f} at the end); figures are medians, and ratios measured in one "
        "run, never single requests.",
        "",
        f"Data: demo content + {EVENTS:,} events x {EDITIONS} editions, {PROJECTS} projects "
        f"each decided by the board ({MEMBERS} votes, closed deliberation), {CITIES} twin "
        f"cities with milestones and {2 * CITIES} partners: {sizes['pages']:,} live pages, "
        f"{sizes['editions']:,} editions, {sizes['votes']:,} votes; "
        + (
            f"built in {build_seconds:.0f} s"
            if build_seconds is not None
            else "built by an earlier run (`--reuse`)"
        )
        + ", every picture made in advance (`make_renditions`).",
        "",
        "## Per page type, through Django (test client, production settings, PostgreSQL, Redis)",
        "",
        f"Uncached: page cache off (other caches warm), median of {REPEATS_UNCACHED} requests. "
        f"Cached: served from the page cache, median of {REPEATS_CACHED}.",
        "",
        "| page type | URL | SQL queries (uncached) | uncached median ms | cached median ms "
        "| queries when cached | bytes |",
        "|---|---|---|---|---|---|---|",
    ]
    for name, r in pages.items():
        cached = (
            f"{r['cached_ms']:.2f}"
            if r["cache"] == "HIT"
            else f"never cached ({r['cached_ms']:.1f})"
        )
        lines.append(
            f"| {name} | `{r['url']}` | {r['queries']} | {r['uncached_ms']:.1f} | {cached} "
            f"| {r['cached_queries']} | {r['bytes']:,} |"
        )
    lines.append("")
    if served is None:
        lines += ["## Through gunicorn", "", "Skipped: `wrk` is not installed.", ""]
    else:
        rounds = served["rounds"]
        page_rps = statistics.median(r[0]["rps"] for r in rounds)
        static_rps = statistics.median(r[1]["rps"] for r in rounds)
        ratios = [r[0]["rps"] / max(r[1]["rps"], 0.001) for r in rounds]
        load = served["load"]
        uncached = served["uncached_home"]
        lines += [
            "## Through gunicorn (2 sync workers, DEBUG off, access log off), wrk on the "
            "same machine",
            "",
            f"Cached page (`/fr/evenements/`) against a static file served by the same "
            f"gunicorn through WhiteNoise (`{served['static_url']}`), {WRK_ROUNDS} alternate "
            f"rounds of {WRK_SECONDS} s, 16 connections:",
            "",
            "| round | cached page req/s | static file req/s | ratio |",
            "|---|---|---|---|",
        ]
        for n, (p, s) in enumerate(rounds, 1):
            ratio = p["rps"] / max(s["rps"], 0.001)
            lines.append(f"| {n} | {p['rps']:,.0f} | {s['rps']:,.0f} | {ratio:.2f} |")
        lines += [
            f"| **median** | **{page_rps:,.0f}** | **{static_rps:,.0f}** | "
            f"**{statistics.median(ratios):.2f}** |",
            "",
            f"Target: cached page at least half the static file's rate: "
            f"{'met' if statistics.median(ratios) >= 0.5 else 'NOT met'}.",
            "",
            f"Home page with the page cache off ({WRK_SECONDS * 2} s, 4 connections): "
            f"{uncached['rps']:,.0f} requests/s, latency p50 {uncached['latency'].get('50')}, "
            f"p99 {uncached['latency'].get('99')}, {uncached['non2xx']} non-2xx responses, "
            f"{uncached['socket_errors']} socket errors.",
            "",
            f"Load test: {LOAD_SECONDS} s, 64 connections, 2 threads, requests rotating over "
            f"{', '.join(f'`{u}`' for u in LOAD_URLS)} (page cache on): "
            f"{load['requests']:,} requests, {load['rps']:,.0f} requests/s, latency p50 "
            f"{load['latency'].get('50')}, p90 {load['latency'].get('90')}, p99 "
            f"{load['latency'].get('99')}; **{load['non2xx']} non-2xx responses, "
            f"{load['socket_errors']} socket errors**.",
            "",
            "```",
            load["output"].strip(),
            "```",
            "",
        ]
        pages["_gunicorn"] = {"page_rps": page_rps, "static_rps": static_rps}
    home = pages["home"]
    lines += [
        "## Against the reference (Wagtail's bakerydemo on this kind of machine)",
        "",
        "| | bakerydemo | this site |",
        "|---|---|---|",
        f"| home page SQL queries | 43 | {home['queries']} uncached, "
        f"{home['cached_queries']} cached |",
        f"| home page render | ~120 ms | {home['uncached_ms']:.0f} ms uncached, "
        f"{home['cached_ms']:.2f} ms cached |",
    ]
    if served is not None:
        lines += [
            f"| home page requests/s, 2 sync workers | ~18 | "
            f"{served['uncached_home']['rps']:,.0f} uncached; cached pages "
            f"{pages['_gunicorn']['page_rps']:,.0f} |",
            f"| static file requests/s, same gunicorn | ~1,800 | "
            f"{pages['_gunicorn']['static_rps']:,.0f} |",
        ]
    lines += [
        "| first visitor after an upload | waits ~8 s for renditions | renditions made at "
        "upload and publication: rendering a page makes none |",
        "",
    ]
    return "\n".join(lines)


def run():
    log(
        f"database {ENV['DATABASE_URL']}, cache {ENV['CACHE_URL']} "
        f"(prefix {ENV['CACHE_KEY_PREFIX']})"
    )
    call_command("collectstatic", interactive=False, verbosity=0)
    if REUSE:
        build_seconds = None
        forget_cache()
    else:
        fresh_database()
        began = time.perf_counter()
        build_large_site()
        build_seconds = time.perf_counter() - began
    sizes = page_counts()
    log(f"built in {build_seconds:.0f} s: {sizes}")
    if not settings.PAGE_CACHE_SECONDS:
        raise SystemExit("The page cache is off: set CACHE_URL.")
    pages = measure_pages()
    connection.close()
    served = measure_wrk()
    text = report(machine(), sizes, build_seconds, pages, served)
    out = ROOT / "benchmarks" / ("RESULTS-quick.md" if QUICK else "RESULTS.md")
    out.write_text(text)
    print(text)
    log(f"written to {out.relative_to(ROOT)}")


if __name__ == "__main__":
    run()
