"""`make lighthouse`: Lighthouse (npm, package-lock.json) with its default mobile preset
(a mid-range phone, simulated slow 4G and CPU throttling) and the system Chromium, on the home
page, an event, a twin city, a project and each index page, in French and English, served as
in production (tools/production_site.py).

Writes a table of the four scores and the audits that keep each page from 100 to standard
output and to benchmarks/lighthouse/RESULTS.md; the full reports (HTML and JSON, one per page
and language) go to var/measure/lighthouse/. A measurement, not a test: scores of performance
move a few points from one run to the next on a busy machine.

    python -m tools.lighthouse [--pages home,event] [--fresh]

Offline: the twin cities' map loads (and asks OpenStreetMap for tiles) only when the visitor
presses its button, which Lighthouse does not; tiles are blocked all the same.
"""

import argparse
import datetime
import json
import os
import re
import subprocess
import sys

from tools.chromium import CHROMIUM_FLAGS, find_chromium
from tools.production_site import ROOT, VAR, log, production_site
from tools.site_pages import pages

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = find_chromium() or "/usr/bin/chromium"
CHROME_FLAGS = " ".join(["--headless=new", *CHROMIUM_FLAGS])
BLOCKED = ["*tile.openstreetmap.org*"]
REPORTS = VAR / "lighthouse"
# Lighthouse now and then fails to record a page load ("NO_NAVSTART") on a busy machine: a run
# that fails is tried again, and a page that fails every time is reported as such.
ATTEMPTS = 3
RESULTS = ROOT / "benchmarks" / "lighthouse" / "RESULTS.md"
CATEGORIES = [
    ("performance", "Perf."),
    ("accessibility", "A11y"),
    ("best-practices", "Best pr."),
    ("seo", "SEO"),
]


def run_lighthouse(url, output):
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output=html",
        f"--output-path={output}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--quiet",
        "--no-enable-error-reporting",
        *[f"--blocked-url-patterns={pattern}" for pattern in BLOCKED],
    ]
    env = {**os.environ, "CHROME_PATH": CHROMIUM}
    for attempt in range(1, ATTEMPTS + 1):
        done = subprocess.run(  # noqa: S603 - our own command
            command, cwd=ROOT, env=env, capture_output=True, text=True, check=False
        )
        if done.returncode == 0:
            return json.loads(output.with_suffix(".report.json").read_text())
        error = (done.stderr.strip().splitlines() or ["no message"])[-1]
        log(f"  attempt {attempt} of {ATTEMPTS} failed: {error}")
    return None


def score(report, category):
    value = report["categories"][category]["score"]
    return "–" if value is None else round(value * 100)


def failing(report):
    """Per category, the weighted audits below a full score (metrics with their value)."""
    found = []
    for category, _label in CATEGORIES:
        for ref in report["categories"][category]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] > 0 and audit["score"] is not None and audit["score"] < 1:
                value = audit.get("displayValue") or ""
                found.append(f"{ref['id']}{f' ({value})' if value else ''}")
    return sorted(set(found), key=found.index)


def details(report):
    """What the failing audits point at: the console's errors, the elements that shifted."""
    found = []
    for item in report["audits"]["errors-in-console"].get("details", {}).get("items", []):
        url = item.get("sourceLocation", {}).get("url", "")
        path = "/" + url.split("/", 3)[3] if url.count("/") >= 3 else url
        found.append(f"errors-in-console: {item['description']} ({path})")
    shifts = report["audits"].get("layout-shifts", {}).get("details", {}).get("items", [])
    for item in shifts:
        node = item.get("node", {})
        selector = re.sub(r"^body\.\S+", "body", node.get("selector", "?"))  # the page's class
        found.append(f"layout shift of `{selector}` ({item['score']:.3f})")
    return found


def table(rows):
    lines = [
        "| page | lang | URL | " + " | ".join(label for _c, label in CATEGORIES) + " | "
        "what keeps it from 100 |",
        "|---|---|---|" + "---:|" * len(CATEGORIES) + "---|",
    ]
    for row in rows:
        scores = " | ".join(str(row["scores"][c]) for c, _label in CATEGORIES)
        reasons = ", ".join(f"`{audit}`" for audit in row["failing"]) or "—"
        lines.append(
            f"| {row['name']} | {row['language']} | `{row['path']}` | {scores} | {reasons} |"
        )
    return "\n".join(lines)


def findings(rows):
    """Each distinct finding once, with the pages where it was seen."""
    seen = {}
    for row in rows:
        for finding in row["details"]:
            seen.setdefault(finding, []).append(f"{row['name']} {row['language']}")
    if not seen:
        return ["Nothing."]
    return [
        f"- {finding}: {len(where)} of {len(rows)} runs"
        + ("" if len(where) == len(rows) else f" ({', '.join(where)})")
        for finding, where in seen.items()
    ]


def versions():
    lighthouse = json.loads((ROOT / "node_modules" / "lighthouse" / "package.json").read_text())
    chromium = subprocess.run(  # noqa: S603 - our own command
        [CHROMIUM, "--version"], capture_output=True, text=True, check=False
    ).stdout.strip()
    return lighthouse["version"], chromium


def write_results(rows, environment, lighthouse_version, chromium_version):
    when = datetime.datetime.now().strftime("%Y-%m-%d %H:%M")
    text = "\n".join(
        [
            "# Lighthouse results",
            "",
            f"`make lighthouse` (tools/lighthouse.py), {when}: Lighthouse {lighthouse_version}, "
            f"mobile preset (simulated throttling), {chromium_version} headless, on "
            f"{environment['cpus']} CPUs shared with other work (load average "
            f"{environment['load']:.1f} at the start, {environment['load_after']:.1f} at the "
            "end). The demo content served as in "
            "production (gunicorn, production settings, DEBUG off, WhiteNoise's static "
            "files, page cache off) on the loopback, in plain http.",
            "",
            "Scores out of 100; the last column lists the audits that count in a score and "
            "did not pass, with their value for the performance metrics. The full reports "
            "are in `var/measure/lighthouse/` (not committed). Performance moves between runs "
            "on a busy machine: Lighthouse multiplies the main thread's measured times by four "
            "(its simulated phone), so other work on the machine shows as blocking time.",
            "",
            table(rows),
            "",
            "## What the failing audits point at",
            "",
            *findings(rows),
            "",
            "The twin cities' map loads only when the visitor presses its button, which "
            "Lighthouse does not: its figures are those of the page before the map.",
            "",
        ]
    )
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(text)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", help="comma-separated page names (tools/site_pages.py)")
    parser.add_argument("--fresh", action="store_true", help="rebuild var/measure/ first")
    parser.add_argument("--port", type=int, help="port of the site (default: a free one)")
    args = parser.parse_args()
    if not LIGHTHOUSE.exists():
        raise SystemExit(f"{LIGHTHOUSE} is missing: run `make npm`")
    wanted = set(args.pages.split(",")) if args.pages else None
    measured = [
        (page, language)
        for page, language in pages(lighthouse=True)
        if wanted is None or page.name in wanted
    ]
    if not measured:
        raise SystemExit("no page to measure: see the names in tools/site_pages.py")
    environment = {"cpus": os.cpu_count(), "load": os.getloadavg()[0]}
    rows = []
    with production_site(fresh=args.fresh, port=args.port) as site:
        REPORTS.mkdir(parents=True, exist_ok=True)  # after --fresh emptied var/measure/
        for page, language in measured:
            path = page.path(language)
            log(f"Lighthouse: {page.name} ({language}) {path}")
            report = run_lighthouse(site + path, REPORTS / f"{page.name}-{language}")
            if report is None:
                rows.append(
                    {
                        "name": page.name,
                        "language": language,
                        "path": path,
                        "scores": {category: "–" for category, _ in CATEGORIES},
                        "failing": [f"Lighthouse failed {ATTEMPTS} times"],
                        "details": [],
                        "warnings": [],
                    }
                )
                continue
            rows.append(
                {
                    "name": page.name,
                    "language": language,
                    "path": path,
                    "scores": {category: score(report, category) for category, _ in CATEGORIES},
                    "failing": failing(report),
                    "details": details(report),
                    "warnings": report.get("runWarnings", []),
                }
            )
    environment["load_after"] = os.getloadavg()[0]
    for row in rows:
        for warning in row["warnings"]:
            log(f"warning ({row['name']}, {row['language']}): {warning}")
    print(table(rows))
    print("\n".join(["", *findings(rows)]))
    if wanted is None:
        write_results(rows, environment, *versions())
        print(f"\nWritten to {RESULTS.relative_to(ROOT)}; reports in {REPORTS.relative_to(ROOT)}/")
    else:
        print("\nA partial run: benchmarks/lighthouse/RESULTS.md is left as it was.")


if __name__ == "__main__":
    sys.exit(main())
