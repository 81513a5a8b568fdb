"""The image library: a picture's description for the blind in French and English (or the
picture marked decorative), used as its `alt`; collections per twin city and event series."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection

from jumelage.collections import EVENT_SERIES, TWIN_CITIES

pytestmark = pytest.mark.django_db


def png():
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), (200, 100, 50)).save(buffer, format="PNG")
    return SimpleUploadedFile("marche.png", buffer.getvalue(), content_type="image/png")


def upload(client, **fields):
    data = {
        "title": "Marché de Noël",
        "file": png(),
        "collection": Collection.get_first_root_node().pk,
    }
    data.update(fields)
    return client.post("/admin/images/add/", data)


def test_a_picture_without_its_descriptions_is_refused_with_a_clear_message(client, volunteer):
    count = get_image_model().objects.count()
    response = upload(client, description_fr="Les stands du marché", description_en="")
    assert response.status_code == 200
    assert "Décrivez l’image pour les personnes qui ne la voient pas" in response.content.decode()
    assert get_image_model().objects.count() == count


def test_a_described_picture_is_saved_with_both_descriptions(client, volunteer):
    response = upload(
        client,
        description_fr="Les stands du marché sur le cours Mirabeau",
        description_en="Market stalls on the Cours Mirabeau",
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="Marché de Noël")
    with translation.override("en"):
        assert image.default_alt_text == "Market stalls on the Cours Mirabeau"
    with translation.override("fr"):
        assert image.default_alt_text == "Les stands du marché sur le cours Mirabeau"


def test_a_decorative_picture_needs_no_description_and_has_an_empty_alt(client, volunteer):
    assert (
        upload(client, description_fr="", description_en="", is_decorative="on").status_code == 302
    )
    image = get_image_model().objects.get(title="Marché de Noël")
    assert image.is_decorative
    assert image.default_alt_text == ""


def test_the_english_alt_falls_back_to_the_french_description():
    image = get_image_model()(title="x", description_fr="Une place", description_en="")
    with translation.override("en"):
        assert image.default_alt_text == "Une place"


def test_the_multiple_uploader_keeps_the_file_until_the_descriptions_are_given(client, volunteer):
    count = get_image_model().objects.count()
    response = client.post("/admin/images/multiple/add/", {"files[]": png(), "title": "Marché"})
    data = response.json()
    assert data["success"] and "description_fr" in data["form"]
    upload_id = data["uploaded_file_id"]
    url = f"/admin/images/multiple/create_from_uploaded_image/{upload_id}/"
    prefix = f"uploaded-image-{upload_id}"
    fields = {
        f"{prefix}-title": "Marché",
        f"{prefix}-collection": Collection.get_first_root_node().pk,
        f"{prefix}-description_fr": "",  # as the browser sends the empty fields
        f"{prefix}-description_en": "",
    }
    assert client.post(url, fields).json()["success"] is False
    assert get_image_model().objects.count() == count
    fields[f"{prefix}-description_fr"] = "Les stands du marché"
    fields[f"{prefix}-description_en"] = "Market stalls"
    assert client.post(url, fields).json()["success"] is True
    assert get_image_model().objects.get(title="Marché").description_en == "Market stalls"


def test_demo_pictures_are_filed_by_twin_city_and_event_series():
    sections = {c.name: c for c in Collection.get_first_root_node().get_children()}
    assert {TWIN_CITIES, EVENT_SERIES} <= set(sections)
    cities = set(sections[TWIN_CITIES].get_children().values_list("name", flat=True))
    assert {"Masis", "Tübingen", "Pérouse"} <= cities
    assert (
        get_image_model()
        .objects.filter(collection__in=sections[EVENT_SERIES].get_descendants())
        .exists()
    )


def test_publishing_a_new_twin_city_makes_its_collection(home):
    from partners.models import TwinCityIndexPage, TwinCityPage

    index = TwinCityIndexPage.objects.get()
    city = TwinCityPage(title_fr="Coimbra", slug_fr="coimbra", country_fr="Portugal")
    index.add_child(instance=city)
    city.save_revision().publish()
    parent = Collection.get_first_root_node().get_children().get(name=TWIN_CITIES)
    assert parent.get_children().filter(name="Coimbra").exists()
