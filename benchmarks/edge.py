"""The edge cache, measured in one run (`make bench` runs it after benchmarks/site.py; alone:
`.venv/bin/python benchmarks/edge.py`): the demo site served as in production (gunicorn,
production settings, the page cache in its files) behind Debian's Varnish with the shipped
deploy/varnish/default.vcl, purged by the site (EDGE_PURGE=varnish).

1. Throughput through the edge (wrk): a cached page against a static file, both kept by the
   edge, in interleaved rounds; the issue's target is a page at least 0.5x the static file.
2. Publish to visible: a page is published (in this process, as an editor's request does), and
   the edge is asked for it until the change shows; from the start of the publication, and
   from the moment it returned (the purge is sent once its transaction commits).

Ratios and times from one run on one machine; the load average is written beside them.
Results: benchmarks/results/edge.md."""

import os
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tools.production_site import environment, free_port  # noqa: E402

VAR = ROOT / "var" / "bench-edge"
RESULTS = ROOT / "benchmarks" / "results" / "edge.md"
PAGE = "/fr/a-propos/"
ROUNDS = int(os.environ.get("EDGE_ROUNDS", "3"))
SECONDS = int(os.environ.get("EDGE_WRK_SECONDS", "8"))
PUBLICATIONS = int(os.environ.get("EDGE_PUBLICATIONS", "10"))


def log(message):
    print(message, file=sys.stderr, flush=True)


def get(url):
    request = urllib.request.Request(url, headers={"Host": "localhost"})  # noqa: S310
    with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310 - loopback
        return response.headers, response.read().decode()


def wait(url):
    for _ in range(240):
        try:
            get(url)
            return
        except OSError:
            time.sleep(0.25)
    raise SystemExit(f"{url} did not answer")


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{SECONDS}s", "-H", "Host: localhost", url],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    return float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def main():
    varnishd = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not shutil.which("wrk") or not Path(varnishd).exists():
        raise SystemExit("benchmarks/edge.py needs wrk and varnish (Debian's packages)")
    shutil.rmtree(VAR, ignore_errors=True)
    VAR.mkdir(parents=True)
    port, edge_port = free_port(), free_port()
    env = {
        **environment(),
        "DATABASE_URL": f"sqlite:///{VAR / 'db.sqlite3'}",
        "MEDIA_ROOT": str(VAR / "media"),
        "STATIC_ROOT": str(VAR / "static"),
        "CACHE_DIR": str(VAR / "cache"),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "WEB_CONCURRENCY": "2",
        "EDGE_PURGE": "varnish",
        "EDGE_PURGE_URL": f"http://127.0.0.1:{edge_port}",
    }
    env.pop("PAGE_CACHE_SECONDS")  # production's own: pages kept in the file cache
    manage = [sys.executable, str(ROOT / "manage.py")]
    log(f"Preparing the demo site in {VAR.relative_to(ROOT)}/")
    for command in (
        ["migrate", "--noinput", "-v", "0"],
        ["load_demo_content", "--no-accounts"],
        ["collectstatic", "--noinput", "-v", "0"],
    ):
        subprocess.run(manage + command, cwd=ROOT, env=env, check=True, capture_output=True)
    server_log = (VAR / "servers.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "jumelage.wsgi"],
        cwd=ROOT, env=env, stdout=server_log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    vcl = (ROOT / "deploy" / "varnish" / "default.vcl").read_text()
    (VAR / "edge.vcl").write_text(vcl.replace('.port = "8000"', f'.port = "{port}"'))
    edge = subprocess.Popen(
        [varnishd, "-F", "-j", "none", "-n", str(VAR / "varnish"), "-a",
         f"127.0.0.1:{edge_port}", "-f", str(VAR / "edge.vcl"), "-s", "malloc,128m"],
        stdout=server_log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    site, through = f"http://127.0.0.1:{port}", f"http://127.0.0.1:{edge_port}"
    try:
        wait(site + "/healthz")
        wait(through + "/healthz")
        manifest = (VAR / "static" / "staticfiles.json").read_text()
        css = re.search(r'"(css/[^"]+\.[0-9a-f]{12}\.css)"', manifest).group(1)
        static = f"/static/{css}"
        for path in (PAGE, static):
            get(through + path)
            if get(through + path)[0]["X-Edge"] != "HIT":
                raise SystemExit(f"the edge does not keep {path}")
        load_before = os.getloadavg()
        pages, statics = [], []
        for round_number in range(ROUNDS):
            pages.append(wrk(through + PAGE))
            statics.append(wrk(through + static))
            log(f"round {round_number + 1}: page {pages[-1]:.0f}/s, static {statics[-1]:.0f}/s")
        load_after = os.getloadavg()
        publication = measure_publications(env, through)
    finally:
        for process in (edge, server):
            process.terminate()
            process.wait(timeout=30)
        server_log.close()
    write_results(pages, statics, static, publication, load_before, load_after)


def measure_publications(env, through):
    """Publish PUBLICATIONS times in this process (the site's settings and database) and time
    until each change shows through the edge."""
    os.environ.update(env)
    import django

    django.setup()
    from wagtail.models import Page

    page = Page.objects.get(url_path__endswith="/a-propos/", depth=3).specific
    from_start, from_return = [], []
    for number in range(PUBLICATIONS):
        title = f"À propos — mesure {number}"
        get(through + PAGE)
        if get(through + PAGE)[0]["X-Edge"] != "HIT":
            raise SystemExit(f"the edge does not keep {PAGE}")
        page.title_fr = title
        started = time.perf_counter()
        page.save_revision().publish()
        returned = time.perf_counter()
        while title not in get(through + PAGE)[1]:
            if time.perf_counter() - started > 30:
                raise SystemExit("a publication did not show through the edge in 30 s")
            time.sleep(0.005)
        seen = time.perf_counter()
        from_start.append(seen - started)
        from_return.append(seen - returned)
    return from_start, from_return


def write_results(pages, statics, static, publication, load_before, load_after):
    page, static_rate = statistics.median(pages), statistics.median(statics)
    from_start, from_return = publication
    lines = [
        "# The edge cache (Varnish with deploy/varnish/default.vcl), measured in one run",
        "",
        f"Measured {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `benchmarks/edge.py` on "
        f"{os.cpu_count()} CPUs; load average {load_before[0]:.1f} before the wrk rounds, "
        f"{load_after[0]:.1f} after. gunicorn: 2 sync workers, production settings, SQLite; "
        f"wrk: 2 threads, 16 connections, {SECONDS} s a round, {ROUNDS} interleaved rounds.",
        "",
        "| through the edge | requests/s (median) | rounds |",
        "|---|---:|---|",
        f"| a cached page (`{PAGE}`) | {page:,.0f} | {', '.join(f'{r:,.0f}' for r in pages)} |",
        f"| a static file (`{static}`) | {static_rate:,.0f} | "
        f"{', '.join(f'{r:,.0f}' for r in statics)} |",
        "",
        f"**Page / static file: {page / static_rate:.2f}x** (target: at least 0.5x).",
        "",
        f"Publish to visible through the edge, {len(from_start)} publications of `{PAGE}`:",
        "",
        "| from | median | longest |",
        "|---|---:|---:|",
        f"| the start of the publication | {statistics.median(from_start) * 1000:.0f} ms | "
        f"{max(from_start) * 1000:.0f} ms |",
        f"| the publication's return (commit, purge sent) | "
        f"{statistics.median(from_return) * 1000:.0f} ms | {max(from_return) * 1000:.0f} ms |",
        "",
    ]
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text("\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
