"""Twin cities: where the pages go, what they show in both languages, their timeline, the
validation of their facts, what they cost, and a volunteer creating one."""

import datetime
import re
from decimal import Decimal

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from jumelage.models import HomePage
from partners.models import (
    CityMilestone,
    PartnerOrganisation,
    PartnersPage,
    TwinCityIndexPage,
    TwinCityPage,
    distance_km,
    format_partial_date,
    naming_city,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def index(db):
    return TwinCityIndexPage.objects.get()


@pytest.fixture
def masis(db):
    return TwinCityPage.objects.get(slug_fr="masis")


class TestTwinCityPageTree(WagtailPageTestCase):
    def test_index_goes_under_home_once_and_holds_cities_only(self):
        self.assertAllowedParentPageTypes(TwinCityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(TwinCityIndexPage, {TwinCityPage})
        self.assertEqual(TwinCityIndexPage.max_count, 1)

    def test_city_goes_under_the_index_only_and_has_no_children(self):
        self.assertAllowedParentPageTypes(TwinCityPage, {TwinCityIndexPage})
        self.assertAllowedSubpageTypes(TwinCityPage, set())

    def test_partners_page_goes_under_home_once(self):
        self.assertAllowedParentPageTypes(PartnersPage, {HomePage})
        self.assertEqual(PartnersPage.max_count, 1)


@pytest.mark.parametrize(
    ("url", "language", "texts"),
    [
        ("/fr/villes-jumelles/", "fr", ["Masis", "Pérouse", "Tübingen", "Arménie", "1960"]),
        ("/en/twin-cities/", "en", ["Masis", "Perugia", "Tübingen", "Armenia", "1960"]),
        (
            "/fr/villes-jumelles/masis/",
            "fr",
            ["Toros", "100 000", "septembre 2024", "pisciculture"],
        ),
        ("/en/twin-cities/masis/", "en", ["Toros", "100,000", "September 2024", "fish farming"]),
        ("/fr/villes-jumelles/tubingen/", "fr", ["20 octobre 1960", "1995", "Bade-Wurtemberg"]),
        ("/en/twin-cities/tubingen/", "en", ["20 October 1960", "1995", "Baden-Württemberg"]),
        ("/fr/villes-jumelles/perouse/", "fr", ["Gemelle in Piazza", "Fiera dei morti", "Ombrie"]),
        ("/en/twin-cities/perugia/", "en", ["Gemelle in Piazza", "Fiera dei morti", "Umbria"]),
        ("/fr/partenaires/", "fr", ["Médecins du Monde", "PNUD", "Financeurs publics"]),
        ("/en/partners/", "en", ["Médecins du Monde", "UNDP", "Public funders"]),
    ],
)
def test_pages_show_the_seed_facts_in_each_language(client, url, language, texts):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode().replace("\u202f", " ").replace("\xa0", " ")
    assert f'<html lang="{language}">' in html
    for text in texts:
        assert text in html, text


def test_unknown_city_slug_is_a_404(client):
    assert client.get("/fr/villes-jumelles/atlantide/").status_code == 404
    assert client.get("/en/twin-cities/perouse/").status_code == 404


def test_index_lists_one_map_point_per_city_with_its_url(client, index):
    response = client.get("/en/twin-cities/")
    points = response.context["map_points"]
    assert {point["name"] for point in points} == {"Masis", "Perugia", "Tübingen"}
    assert {point["url"] for point in points} >= {"/en/twin-cities/masis/"}
    assert 'id="twin-city-points"' in response.content.decode()


def test_masis_timeline_comes_in_date_order_at_the_sources_precision(client):
    html = client.get("/fr/villes-jumelles/masis/").content.decode()
    dates = re.findall(r'<time class="timeline__date" datetime="([^"]+)">([^<]+)</time>', html)
    assert dates == [
        ("2023", "2023/2024"),
        ("2024-06", "juin 2024"),
        ("2024-09", "septembre 2024"),
        ("2024-11", "novembre 2024"),
        ("2025-02", "février 2025"),
        ("2025-07", "juillet 2025"),
    ]


def test_milestones_are_ordered_by_date_not_by_entry(masis):
    CityMilestone.objects.create(
        page=masis, date=datetime.date(2020, 5, 1), precision="year", text_fr="Premier contact"
    )
    masis.save_revision().publish()
    assert masis.get_context(rf_request())["milestones"][0].text_fr == "Premier contact"


def rf_request():
    from django.test import RequestFactory

    return RequestFactory().get("/")


@pytest.mark.parametrize(
    ("precision", "end_year", "french", "english"),
    [
        ("day", None, "26 septembre 2024", "26 September 2024"),
        ("month", None, "septembre 2024", "September 2024"),
        ("year", None, "2024", "2024"),
        ("year", 2025, "2024/2025", "2024/2025"),
    ],
)
def test_partial_dates_read_as_precisely_as_their_source(precision, end_year, french, english):
    date = datetime.date(2024, 9, 26)
    with translation.override("fr"):
        assert format_partial_date(date, precision, end_year) == french
    with translation.override("en"):
        assert format_partial_date(date, precision, end_year) == english


def test_distance_from_aix_is_computed_from_the_coordinates():
    assert distance_km(48.5216, 9.0576) == pytest.approx(620, abs=10)  # Tübingen
    assert distance_km(43.5263, 5.4454) == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("latitude", Decimal("90.5")),
        ("latitude", Decimal("-91")),
        ("longitude", Decimal("181")),
        ("longitude", Decimal("-180.1")),
        ("population", -1),
    ],
)
def test_impossible_facts_are_refused_on_their_field(masis, field, value):
    setattr(masis, field, value)
    with pytest.raises(ValidationError) as error:
        masis.full_clean()
    assert field in error.value.message_dict


def test_half_a_position_is_refused(masis):
    masis.longitude = None
    with pytest.raises(ValidationError) as error:
        masis.full_clean()
    assert "longitude" in error.value.message_dict


def test_milestone_needs_a_date_and_a_coherent_span(masis):
    undated = CityMilestone(page=masis, precision="year", text_fr="Sans date")
    with pytest.raises(ValidationError) as error:
        undated.full_clean()
    assert "date" in error.value.message_dict
    wrong_span = CityMilestone(
        page=masis, date=datetime.date(2024, 1, 1), precision="month", end_year=2025, text_fr="x"
    )
    with pytest.raises(ValidationError) as error:
        wrong_span.full_clean()
    assert "end_year" in error.value.message_dict


def test_naming_city_finds_what_names_the_city(masis):
    """The query the events and projects apps use, proved on the partners' own link."""
    names = {p.name_fr for p in naming_city(PartnerOrganisation.objects.all(), masis, "twin_city")}
    assert names == {
        "PNUD (Programme des Nations unies pour le développement)",
        "École TUMO de Masis",
    }


def test_city_page_shows_its_own_partners_and_what_was_done_together(client, masis):
    response = client.get("/en/twin-cities/masis/")
    together = {section.id: section.items for section in response.context["together"]}
    # The Armenian Fortnight (2024) is past: no upcoming event, but what was done together;
    # the projects and the news are listed.
    assert set(together) == {
        "city-past-events-heading",
        "city-projects-heading",
        "city-news-heading",
    }
    assert len(together["city-projects-heading"]) == 3
    html = response.content.decode()
    assert "TUMO" in html.split("Partners in this city")[1].split("Partners of our projects")[0]
    # The partners of its projects are the city's partners too (they were on the project only).
    project_partners = html.split("Partners of our projects with this city")[1].split("</ul>")[0]
    for name in ("Médecins du Monde", "Centre hospitalier Montperrin", "CCAS", "DCTCIV"):
        assert name in project_partners


def add_cities(index, count):
    for n in range(count):
        city = TwinCityPage(
            title_fr=f"Ville {n}",
            slug_fr=f"ville-{n}",
            country_fr="Pays",
            latitude=Decimal("45"),
            longitude=Decimal(n % 90),
        )
        city.milestones = [
            CityMilestone(
                date=datetime.date(2000 + m, 1, 1), precision="year", text_fr=f"Étape {m}"
            )
            for m in range(5)
        ]
        index.add_child(instance=city)
        city.save_revision().publish()
        for m in range(3):
            PartnerOrganisation.objects.create(
                name_fr=f"Partenaire {n}-{m}", kind="association", twin_city=city
            )


def query_count(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url", ["/fr/villes-jumelles/", "/fr/villes-jumelles/masis/", "/fr/partenaires/", "/fr/"]
)
def test_query_count_does_not_grow_with_cities_milestones_or_partners(client, index, url):
    before = query_count(client, url)
    add_cities(index, 12)
    after = query_count(client, url)
    assert after == before
    assert after <= 15


def test_editor_creates_and_publishes_a_twin_city_with_its_timeline(client, index):
    editor = get_user_model().objects.create_user("marie", password="x")  # noqa: S106
    editor.groups.add(*Group.objects.filter(name__in=["Bénévoles", "Éditeurs"]))
    client.force_login(editor)
    data = nested_form_data(
        {
            "title_fr": "Coimbra",
            "title_en": "Coimbra",
            "slug_fr": "coimbra",
            "slug_en": "coimbra",
            "country_fr": "Portugal",
            "country_en": "Portugal",
            "agreement_kind": "twinning",
            "agreement_precision": "year",
            "agreement_date": "2001-01-01",
            "latitude": "40.2033",
            "longitude": "-8.4103",
            "body_fr": streamfield([]),
            "body_en": streamfield([]),
            "milestones": inline_formset(
                [
                    {
                        "date": "2001-01-01",
                        "precision": "year",
                        "text_fr": "Premiers échanges",
                        "text_en": "First exchanges",
                    },
                ]
            ),
            "action-publish": "publish",
        }
    )
    url = f"/admin/pages/add/partners/twincitypage/{index.pk}/"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    city = TwinCityPage.objects.get(slug_fr="coimbra")
    assert city.live and city.milestones.get().text_en == "First exchanges"
    assert "Premiers échanges" in client.get("/fr/villes-jumelles/coimbra/").content.decode()


def test_invalid_city_is_not_saved_half_way(client, index):
    admin = get_user_model().objects.create_superuser("root", password="x")  # noqa: S106
    client.force_login(admin)
    data = nested_form_data(
        {
            "title_fr": "Nulle part",
            "slug_fr": "nulle-part",
            "country_fr": "Pays",
            "agreement_kind": "twinning",
            "agreement_precision": "day",
            "latitude": "123",
            "longitude": "10",
            "body_fr": streamfield([]),
            "body_en": streamfield([]),
            "milestones": inline_formset(
                [{"date": "", "precision": "day", "text_fr": "Sans date"}]
            ),
            "action-publish": "publish",
        }
    )
    pages_before = Page.objects.count()
    response = client.post(f"/admin/pages/add/partners/twincitypage/{index.pk}/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "inférieure ou égale à 90" in html
    assert Page.objects.count() == pages_before
    assert not CityMilestone.objects.filter(text_fr="Sans date").exists()


def test_a_logo_that_is_not_an_image_is_refused(client):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images import get_image_model

    admin = get_user_model().objects.create_superuser("root", password="x")  # noqa: S106
    client.force_login(admin)
    images_before = get_image_model().objects.count()
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", content_type="image/png")
    response = client.post("/admin/images/add/", {"title": "Logo", "file": fake})
    assert response.status_code == 200
    assert get_image_model().objects.count() == images_before
    assert "form" in response.context and response.context["form"].errors["file"]


def test_partner_logos_cost_the_same_however_many_there_are(client):
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    # One logo in the list, and the main funder's in the footer...
    PartnerOrganisation.objects.filter(main_funder=True).update(logo=image)
    one = query_count(client, "/fr/partenaires/")
    # ...then a logo of its own for every partner.
    images = list(get_image_model().objects.order_by("pk"))
    for partner, logo in zip(PartnerOrganisation.objects.order_by("pk"), images, strict=False):
        PartnerOrganisation.objects.filter(pk=partner.pk).update(logo=logo)
    assert query_count(client, "/fr/partenaires/") == one
