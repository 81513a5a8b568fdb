"""Public project pages: rules, both languages, filters, bad input, the city and home lists."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.test.utils import WagtailPageTestCase

from jumelage.models import HomePage
from projects.models import ProjectApplicationPage, ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db


class TestProjectPageTree(WagtailPageTestCase):
    def test_index_under_home_once_projects_under_the_index(self):
        self.assertAllowedParentPageTypes(ProjectIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(ProjectIndexPage, {ProjectPage, ProjectApplicationPage})
        self.assertAllowedParentPageTypes(ProjectPage, {ProjectIndexPage})
        self.assertAllowedParentPageTypes(ProjectApplicationPage, {ProjectIndexPage})


@pytest.mark.parametrize(
    ("url", "texts"),
    [
        (
            "/fr/projets/",
            ["Centre de la jeunesse", "Échange de livres", "Santé mentale", "Jeunesse"],
        ),
        ("/en/projects/", ["Youth Centre", "Book exchange", "Mental health", "Youth"]),
        ("/fr/projets/centre-de-la-jeunesse-masis/", ["Repère Jeunesse", "juin 2024", "Masis"]),
        ("/en/projects/masis-mental-health-2025/", ["Médecins du Monde", "July 2025", "Masis"]),
    ],
)
def test_project_pages_in_both_languages(client, url, texts):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    for text in texts:
        assert text in html, text


def listed(client, **params):
    response = client.get("/en/projects/", params)
    assert response.status_code == 200
    return [project.title for project in response.context["projects"]]


def test_filters_by_field_city_year_and_status(client):
    assert listed(client, field="health") == [
        "Mental health: pilot project with Masis (Armenia 2025 call for projects)"
    ]
    assert len(listed(client, city="masis")) == 3
    assert len(listed(client, year="2024")) == 2
    assert len(listed(client, status="completed", year="2024")) == 2
    assert listed(client, city="tubingen") == []


@pytest.mark.parametrize(
    "params", [{"field": "nope"}, {"year": "abc"}, {"city": "x"}, {"status": "zz"}, {"page": "999"}]
)
def test_bad_filters_never_fail(client, params):
    response = client.get("/fr/projets/", params)
    assert response.status_code == 200
    if "page" not in params:
        assert response.context["filter_ignored"]
        assert len(response.context["projects"]) == 3


def test_twin_city_and_home_list_their_projects(client):
    masis = client.get("/en/twin-cities/masis/").content.decode()
    assert "Youth Centre" in masis.split('id="city-projects-heading"')[1]
    home = client.get("/fr/").content.decode()
    assert home.count("Centre de la jeunesse") >= 1
    assert 'id="home-projects-heading"' in home


def test_end_before_start_is_refused():
    project = ProjectPage.objects.get(slug_fr="centre-de-la-jeunesse-masis")
    project.end_date = datetime.date(2024, 1, 1)
    with pytest.raises(ValidationError) as error:
        project.full_clean()
    assert "end_date" in error.value.message_dict


@pytest.mark.parametrize("url", ["/fr/projets/", "/fr/projets/centre-de-la-jeunesse-masis/"])
def test_project_pages_cost_a_bounded_number_of_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    assert len(queries) <= 15
