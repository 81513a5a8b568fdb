"""Pictures: responsive (AVIF, WebP, JPEG; srcset, sizes, width and height), the top one loaded
first and the others lazily, and made when an image is uploaded or a page published, so that a
visitor's request never makes one."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from jumelage.images import PICTURES, all_filters, make_renditions_on_commit
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.TASKS = {
        **settings.TASKS,
        "renditions": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    }


@pytest.fixture
def upload(django_capture_on_commit_callbacks):
    """An image uploaded as the admin does, and what waits for the commit run."""

    def upload(title="Photo", size=(1600, 1000)):
        with django_capture_on_commit_callbacks(execute=True):
            return get_image_model().objects.create(
                title=title, file=get_test_image_file(f"{title}.png", size=size)
            )

    return upload


def renditions():
    return get_image_model().get_rendition_model().objects


def body_with(image):
    return [("image", {"image": image, "caption": "Légende", "attribution": ""})]


def test_an_uploaded_image_has_every_named_picture_already(upload):
    image = upload()
    made = set(renditions().filter(image=image).values_list("filter_spec", flat=True))
    assert made == set(all_filters())
    assert {"fill-1600x600|format-avif", "fill-1600x600|format-webp"} <= made
    avif = renditions().get(image=image, filter_spec="fill-1600x600|format-avif")
    assert avif.file.name.endswith(".avif") and (avif.width, avif.height) == (1600, 600)


def test_serving_a_published_page_makes_no_rendition(
    client, home, upload, django_capture_on_commit_callbacks
):
    image = upload()
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=home, slug="photos", hero_image=image)
        page.body_fr = body_with(image)
        page.save_revision().publish()
    before = renditions().count()
    html = client.get("/fr/photos/").content.decode()
    assert renditions().count() == before
    assert html.count("<picture>") == 2


def test_publishing_a_page_makes_the_pictures_it_lacks(
    home, upload, django_capture_on_commit_callbacks
):
    image = upload()
    renditions().filter(image=image).delete()
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=home, slug="photos")
        page.body_fr = body_with(image)
        page.save_revision().publish()
    assert renditions().filter(image=image).count() == len(all_filters())


def test_nothing_is_made_before_the_commit(upload, django_capture_on_commit_callbacks):
    image = upload()
    renditions().filter(image=image).delete()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        make_renditions_on_commit([image.pk])
    assert len(callbacks) == 1 and not renditions().filter(image=image).exists()


def test_the_top_picture_comes_first_and_the_others_lazily(
    client, home, upload, django_capture_on_commit_callbacks
):
    image = upload()
    with django_capture_on_commit_callbacks(execute=True):
        page = StandardPageFactory(parent=home, slug="photos", hero_image=image)
        page.body_fr = body_with(image)
        page.save_revision().publish()
    html = client.get("/fr/photos/").content.decode()
    hero, figure = re.findall(r"<picture>.*?</picture>", html, re.S)
    for picture in (hero, figure):
        assert '<source sizes="' in picture or "<source" in picture
        assert 'type="image/avif"' in picture and 'type="image/webp"' in picture
        img = re.search(r"<img [^>]*>", picture).group(0)
        assert re.search(r'width="\d+"', img) and re.search(r'height="\d+"', img)
        assert "srcset=" in img and "sizes=" in img and ".jpg" in img
    assert 'fetchpriority="high"' in hero and "loading=" not in hero
    assert 'loading="lazy"' in figure and "fetchpriority" not in figure
    assert PICTURES["hero"].sizes in hero


def test_every_template_picture_is_a_named_one():
    """Templates ask for pictures by name (so that the names are what is made in advance)."""
    for path in Path(settings.BASE_DIR, "templates").rglob("*.html"):
        if "admin" in path.parts:
            continue
        text = path.read_text()
        assert not re.search(r"{%\s*(image|picture|srcset_image)\s", text), path
        for name in re.findall(r'{%\s*picture_for\s+\S+\s+"(\w+)"', text):
            assert name in PICTURES, (path, name)


def test_the_command_makes_what_older_images_lack(upload):
    from django.core.management import call_command

    image = upload()
    renditions().filter(image=image).delete()
    call_command("make_renditions", verbosity=0)
    assert renditions().filter(image=image).count() == len(all_filters())
