"""Make the site's icons and its default sharing picture from the SVG mark, with the system
Chromium (the same one the browser tests use) and Pillow.

    .venv/bin/python -m tools.brand_images

Writes static/img/: icon-32.png, apple-touch-icon.png (180), icon-192.png, icon-512.png,
favicon.ico (16, 32, 48) from favicon.svg, and og-default.png (1200 x 630), the picture shown
when a page without a picture of its own is shared. The outputs are committed; run this again
only when the mark or the name changes."""

import io
import sys
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

from tools.chromium import CHROMIUM_FLAGS, find_chromium

ROOT = Path(__file__).resolve().parents[1]
IMG = ROOT / "static" / "img"
FONTS = ROOT / "static" / "fonts"
SHARING_PICTURE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: BrandSerif; src: url("{fonts}/source-serif-4-latin-600-normal.woff2"); }}
@font-face {{ font-family: BrandSans; src: url("{fonts}/source-sans-3-latin-wght-normal.woff2"); }}
html, body {{ margin: 0; width: 1200px; height: 630px; }}
body {{ background: #0a3559; color: #fff; font-family: BrandSans; display: flex;
  flex-direction: column; justify-content: center; padding: 0 96px; box-sizing: border-box;
  border-bottom: 18px solid #9a4a0b; }}
img {{ width: 210px; }}
h1 {{ font-family: BrandSerif; font-weight: 600; font-size: 74px; line-height: 1.05;
  margin: 36px 0 18px; }}
p {{ font-size: 34px; margin: 0; color: #f4c98a; letter-spacing: 0.04em; }}
</style></head><body>
<img src="{img}/favicon.svg" alt="">
<h1>Association des Jumelages<br>d’Aix-en-Provence</h1>
<p>Tübingen · Perugia · Masis</p>
</body></html>"""


def screenshot(browser, html, width, height):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_content(html, wait_until="networkidle")
    png = page.screenshot(omit_background=True)
    page.close()
    return Image.open(io.BytesIO(png))


def main():
    svg = (IMG / "favicon.svg").read_text()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), args=CHROMIUM_FLAGS)
        icons = {}
        for size in (32, 180, 192, 512):
            html = (
                "<html><body style='margin:0;background:transparent'>"
                f"<div style='width:{size}px;height:{size}px'>"
                f"{svg.replace('<svg ', f'<svg width={size} height={size} ')}</div></body></html>"
            )
            icons[size] = screenshot(browser, html, size, size)
        icons[32].save(IMG / "icon-32.png", optimize=True)
        icons[180].convert("RGB").save(IMG / "apple-touch-icon.png", optimize=True)
        icons[192].save(IMG / "icon-192.png", optimize=True)
        icons[512].save(IMG / "icon-512.png", optimize=True)
        icons[512].save(IMG / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
        page = SHARING_PICTURE.format(fonts=FONTS.as_uri(), img=IMG.as_uri())
        sharing = browser.new_page(viewport={"width": 1200, "height": 630})
        sharing.goto("about:blank")
        (IMG / ".og.html").write_text(page)
        sharing.goto((IMG / ".og.html").as_uri(), wait_until="networkidle")
        Image.open(io.BytesIO(sharing.screenshot())).convert("RGB").save(
            IMG / "og-default.png", optimize=True
        )
        (IMG / ".og.html").unlink()
        browser.close()
    for name in ("icon-32.png", "apple-touch-icon.png", "icon-192.png", "icon-512.png"):
        sys.stdout.write(f"{name}: {(IMG / name).stat().st_size} bytes\n")
    sys.stdout.write(f"og-default.png: {(IMG / 'og-default.png').stat().st_size} bytes\n")


if __name__ == "__main__":
    main()
