"""A video from another site: nothing is asked of its host until the visitor presses Play."""

import re

import pytest
from playwright.sync_api import expect

from .conftest import run_on_site

VIDEO = "https://www.youtube.com/watch?v=demo-mivj"
HOSTS = re.compile(r"https://([^/]+\.)?(youtube|youtube-nocookie|ytimg)\.com/.*")
# The page and the embed Wagtail would have fetched from YouTube's oEmbed (no network here).
MAKE_PAGE = f"""
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed
from jumelage.models import HomePage, StandardPage
Embed.objects.get_or_create(
    hash=get_embed_hash({VIDEO!r}),
    defaults=dict(
        url={VIDEO!r}, type="video", provider_name="YouTube", title="Le MIVJ en images",
        width=640, height=360,
        html='<iframe src="https://www.youtube-nocookie.com/embed/demo-mivj" '
             'title="Le MIVJ en images" allowfullscreen></iframe>',
    ),
)
home = HomePage.objects.get()
if not StandardPage.objects.filter(slug_fr="video").exists():
    page = StandardPage(title_fr="Vidéo", slug_fr="video", title_en="Video", slug_en="video",
                        body=[("embed", {VIDEO!r})])
    home.add_child(instance=page)
    page.save_revision().publish()
"""


@pytest.fixture(scope="module")
def video_page(site_server):
    run_on_site(site_server, MAKE_PAGE)
    return site_server[0] + "/en/video/"


def test_the_video_loads_from_its_host_only_when_played(video_page, page):
    asked = []
    page.route(HOSTS, lambda route: (asked.append(route.request.url), route.abort()))
    page.goto(video_page)
    player = page.locator("[data-embed-player]")
    expect(player).to_contain_text("played from YouTube")
    expect(player.locator("iframe")).to_have_count(0)
    page.wait_for_load_state("networkidle")
    assert not asked, f"asked of YouTube before Play: {asked}"
    play = player.get_by_role("button", name=re.compile(r"^Play it here\s*: Le MIVJ en images$"))
    play.focus()
    page.keyboard.press("Enter")
    frame = player.locator("iframe")
    expect(frame).to_have_attribute("src", re.compile("youtube-nocookie.com/embed/demo-mivj"))
    expect(frame).to_be_focused()


def test_without_javascript_a_link_opens_the_video_on_its_site(video_page, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(video_page)
    expect(page.get_by_role("button", name=re.compile("Play it here"))).to_be_hidden()
    link = page.get_by_role("link", name=re.compile(r"^Open it on YouTube\s*: Le MIVJ en images$"))
    expect(link).to_have_attribute("href", VIDEO)
    context.close()
