"""Valid HTML on every page: the W3C Nu HTML checker (`vnu-jar`, pinned in package-lock.json,
run with the system's Java) reads every page the crawler finds, in both languages, in one
run (it is slow to start), and finds no error."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.crawl import crawl_once

pytestmark = pytest.mark.django_db

VNU = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def test_every_crawled_page_is_valid_html(client, tmp_path):
    java = shutil.which("java")
    if not java or not VNU.exists():
        pytest.skip("needs Java (apt-get install default-jre-headless) and `make npm` (vnu-jar)")
    pages = crawl_once(client)
    names = {}
    for number, page in enumerate(pages):
        path = tmp_path / f"page-{number:04d}.html"
        path.write_text(page.html, encoding="utf-8")
        names[path.name] = page.url
    result = subprocess.run(
        [java, "-Xss2m", "-jar", str(VNU), "--errors-only", "--format", "json", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        (names.get(Path(message.get("url", "")).name, message.get("url")), message["message"])
        for message in messages
        if message.get("type") == "error"
    ]
    print(f"\nW3C Nu checker: {len(pages)} pages, {len(errors)} errors")
    assert errors == []
