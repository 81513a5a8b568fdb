"""Media from other sites: nothing is asked of their host before the visitor presses Play."""

import re

import pytest
from django.template.loader import render_to_string
from django.utils import translation
from wagtail.embeds.models import Embed

IFRAME = '<iframe src="https://www.youtube-nocookie.com/embed/abc" title="Le MIVJ"></iframe>'


@pytest.fixture
def embed():
    return Embed(
        url="https://www.youtube.com/watch?v=abc",
        html=IFRAME,
        type="video",
        provider_name="YouTube",
        title="Le MIVJ 2025",
        width=640,
        height=360,
    )


@pytest.mark.parametrize(
    ("language", "notice", "button", "link"),
    [
        ("fr", "lu depuis YouTube", "Lire ici", "Ouvrir sur YouTube"),
        ("en", "played from YouTube", "Play it here", "Open it on YouTube"),
    ],
)
def test_the_player_waits_inside_a_template_until_asked_for(embed, language, notice, button, link):
    with translation.override(language):
        html = render_to_string("wagtailembeds/embed_frontend.html", {"embed": embed})
    outside_template = re.sub(r"<template.*?</template>", "", html, flags=re.DOTALL)
    assert "<iframe" not in outside_template
    assert IFRAME in html
    assert notice in html
    assert button in html and link in html
    assert 'href="https://www.youtube.com/watch?v=abc"' in html
    # The button is shown by the script that plays the media; without it, the link remains.
    assert re.search(r"<button[^>]*hidden", html)
    assert 'src="/static/js/embeds.js"' in html
