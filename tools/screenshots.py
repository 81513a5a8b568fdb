"""`make screenshots`: full-page screenshots of every page type (tools/site_pages.py) in French
and English, at 375 px (a phone) and 1280 px (a laptop), of the demo site served as in
production (tools/production_site.py), into var/screenshots/ (not committed). For looking at
the design; nothing is compared.

    python -m tools.screenshots [--pages home,event] [--fresh]

Playwright drives the system Chromium (no browser is downloaded). The twin cities' map is
shown as the visitor first sees it, before its button is pressed (tiles are blocked anyway:
offline).
"""

import argparse
import re
import sys

from playwright.sync_api import sync_playwright

from tools.chromium import CHROMIUM_FLAGS, find_chromium
from tools.production_site import ROOT, log, production_site
from tools.site_pages import pages

WIDTHS = [375, 1280]
OUTPUT = ROOT / "var" / "screenshots"
TILES = re.compile(r"https://tile\.openstreetmap\.org/.*")


def load_lazy_pictures(page):
    """A full-page screenshot does not scroll: pictures with loading="lazy" below the first
    screen would be blank. Scroll down the page, then wait until every picture is loaded."""
    page.evaluate(
        """async () => {
            for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
                window.scrollTo(0, y);
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            window.scrollTo(0, 0);
        }"""
    )
    page.wait_for_function("() => [...document.images].every((image) => image.complete)")


def shoot(browser, site, site_page, language, width):
    context = browser.new_context(
        viewport={"width": width, "height": 800},
        locale="fr-FR" if language == "fr" else "en-GB",
        reduced_motion="reduce",
    )
    try:
        page = context.new_page()
        page.route(TILES, lambda route: route.abort())
        page.goto(site + site_page.path(language), wait_until="networkidle")
        if site_page.submit:
            page.get_by_role("button", name=site_page.submit[language]).click()
            page.wait_for_load_state("networkidle")
        load_lazy_pictures(page)
        path = OUTPUT / f"{site_page.name}-{language}-{width}.png"
        page.screenshot(path=path, full_page=True)
        return path
    finally:
        context.close()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", help="comma-separated page names (tools/site_pages.py)")
    parser.add_argument("--fresh", action="store_true", help="rebuild var/measure/ first")
    args = parser.parse_args()
    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("no Chromium found (set $CHROMIUM, or apt-get install chromium)")
    wanted = set(args.pages.split(",")) if args.pages else None
    shots = [
        (page, language) for page, language in pages() if wanted is None or page.name in wanted
    ]
    if not shots:
        raise SystemExit("no page to take: see the names in tools/site_pages.py")
    OUTPUT.mkdir(parents=True, exist_ok=True)
    with production_site(fresh=args.fresh) as site, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_FLAGS)
        for site_page, language in shots:
            for width in WIDTHS:
                path = shoot(browser, site, site_page, language, width)
                print(path.relative_to(ROOT), flush=True)
        browser.close()
    log(f"{len(shots) * len(WIDTHS)} screenshots in {OUTPUT.relative_to(ROOT)}/")


if __name__ == "__main__":
    sys.exit(main())
