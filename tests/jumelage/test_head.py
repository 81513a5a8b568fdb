"""What every page's <head> gives browsers and social networks: icons, the web app manifest,
Open Graph and Twitter card metadata with a picture, fonts from the site itself."""

import json
import re
from html.parser import HTMLParser

import pytest

pytestmark = pytest.mark.django_db


class HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.meta, self.links, self.sources = {}, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        if tag == "link":
            self.links.append(attrs)
        for name in ("src", "href", "srcset"):
            if attrs.get(name) and tag in {"link", "script", "img", "source", "iframe"}:
                self.sources.append(attrs[name])


def head(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadParser()
    parser.feed(response.content.decode())
    return parser


def test_a_page_with_a_picture_is_shared_with_it_in_the_visitors_language(client, demo_pages):
    parsed = head(client, "/en/twin-cities/tubingen/")
    meta = parsed.meta
    assert meta["og:title"] == ["Tübingen"]
    assert meta["og:locale"] == ["en_GB"]
    assert meta["og:locale:alternate"] == ["fr_FR"]
    assert meta["og:type"] == ["article"]
    assert meta["og:url"] == ["http://testserver/en/twin-cities/tubingen/"]
    assert "Baden-Württemberg" in meta["og:description"][0]
    image = meta["og:image"][0]
    assert re.fullmatch(r"http://testserver/media/images/.+fill-1200x630.+\.jpg", image), image
    assert meta["og:image:width"] == ["1200"] and meta["og:image:height"] == ["630"]
    assert meta["twitter:card"] == ["summary_large_image"]


def test_a_page_without_a_picture_is_shared_with_the_sites_own(client, demo_pages):
    meta = head(client, "/fr/mentions-legales/").meta
    assert meta["og:image"] == ["http://testserver/static/img/og-default.png"]
    assert meta["og:locale"] == ["fr_FR"]
    assert meta["og:title"] == ["Mentions légales"]


def test_views_outside_the_tree_have_sharing_metadata_too(client, demo_pages):
    meta = head(client, "/en/search/?q=market").meta
    assert meta["og:title"] == ["Twinning Association of Aix-en-Provence"]
    assert meta["og:type"] == ["website"]
    assert meta["og:image"] == ["http://testserver/static/img/og-default.png"]


def test_icons_manifest_and_fonts_come_from_the_site_itself(client, demo_pages):
    parsed = head(client, "/fr/")
    rels = {link["rel"]: link["href"] for link in parsed.links}
    assert rels["apple-touch-icon"] == "/static/img/apple-touch-icon.png"
    assert rels["manifest"] == "/fr/manifest.webmanifest"
    preloaded = [link["href"] for link in parsed.links if link["rel"] == "preload"]
    assert preloaded and all(href.startswith("/static/fonts/") for href in preloaded)
    # No third-party host for a font, a script, a style or a picture: nothing about a visitor
    # leaves the site.
    assert not [url for url in parsed.sources if re.match(r"(https?:)?//(?!testserver/)", url)]


@pytest.mark.parametrize(
    ("language", "name"), [("fr", "Association des Jumelages"), ("en", "Twinning")]
)
def test_the_manifest_speaks_the_visitors_language(client, language, name):
    response = client.get(f"/{language}/manifest.webmanifest")
    assert response["Content-Type"] == "application/manifest+json"
    manifest = json.loads(response.content)
    assert manifest["name"].startswith(name)
    assert manifest["lang"] == language
    assert manifest["start_url"] == f"/{language}/"
    assert {icon["sizes"] for icon in manifest["icons"]} == {"192x192", "512x512", "any"}
