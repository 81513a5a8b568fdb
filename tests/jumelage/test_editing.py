"""The editors' screens open: every page type's editor for a volunteer (Wagtail admin), the
board's forms and lists for the secretariat (Django admin), at a cost that does not grow."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from projects.models import Deliberation, Meeting

pytestmark = pytest.mark.django_db


def user_in(*groups, **flags):
    user = get_user_model().objects.create_user("u" + str(len(groups)), password="x", **flags)  # noqa: S106
    user.groups.add(*Group.objects.filter(name__in=groups))
    return user


def test_a_volunteer_opens_the_editor_of_every_page_type_in_french(client):
    client.force_login(user_in("Bénévoles"))
    pages = Page.objects.filter(depth__gte=2).order_by("content_type", "path")
    seen = set()
    for page in pages:
        if page.content_type_id in seen:
            continue
        seen.add(page.content_type_id)
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
        html = response.content.decode()
        assert 'lang="fr"' in html and "title_en" in html, page
    # home, standard, partners, twin city index and page, events x2, projects x2, the
    # project application form
    assert len(seen) >= 10


@pytest.mark.parametrize(
    "url",
    [
        "/django-admin/projects/meeting/add/",
        "/django-admin/projects/deliberation/add/",
        "/django-admin/projects/boardmember/",
        "/django-admin/projects/votingrules/",
    ],
)
def test_the_secretariat_opens_the_boards_forms(client, url):
    client.force_login(user_in("Conseil d'administration", "Secrétariat du Conseil", is_staff=True))
    assert client.get(url).status_code == 200


def list_queries(client):
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/django-admin/projects/deliberation/").status_code == 200
    return len(queries)


def test_the_deliberation_list_costs_the_same_with_more_deliberations(client):
    client.force_login(user_in("Conseil d'administration", is_staff=True))
    meeting = Meeting.objects.create(date=datetime.date(2026, 3, 12))
    Deliberation.objects.create(meeting=meeting, question="Première")
    few = list_queries(client)
    for n in range(20):
        Deliberation.objects.create(
            meeting=Meeting.objects.create(date=datetime.date(2026, 1, 1 + n)), question=f"Q{n}"
        )
    assert list_queries(client) == few
