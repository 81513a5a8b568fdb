"""Private pages stay private: the view restriction check answers from a cached list of
restricted paths for ordinary pages, and must still stop a visitor at a restricted page and
at its descendants, at once after the restriction is set."""

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_a_password_restriction_applies_to_the_page_and_its_children(client, home):
    parent = StandardPageFactory(parent=home, title="Espace privé", slug="espace-prive")
    child = StandardPageFactory(parent=parent, title="Compte rendu", slug="compte-rendu")
    assert "Compte rendu" in client.get("/fr/espace-prive/compte-rendu/").content.decode()
    PageViewRestriction.objects.create(
        page=parent, restriction_type=PageViewRestriction.PASSWORD, password="secret"
    )
    for url in ["/fr/espace-prive/", "/fr/espace-prive/compte-rendu/"]:
        html = client.get(url).content.decode()
        assert 'name="password"' in html, url
        assert "Une page écrite en français seulement." not in html, url
    assert child.get_view_restrictions().exists()


def test_an_ordinary_page_answers_without_asking_the_database(home, django_assert_num_queries):
    page = StandardPageFactory(parent=home, title="Ouverte", slug="ouverte")
    page.get_view_restrictions()  # the cached list of restricted paths is now filled
    with django_assert_num_queries(0):
        assert not page.get_view_restrictions().exists()
