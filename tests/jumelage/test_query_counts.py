"""Every public page type costs at most 15 queries (page cache off), and the same number with
the demo content as with many more events, editions, projects, twin cities, partners, pages and
pictures: listings are built with a fixed number of queries, never one per item."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model
from wagtail.models import Page

from events.models import EventIndexPage, EventOccurrence, EventPage
from jumelage.models import HomePage, StandardPage
from partners.models import (
    CityMilestone,
    PartnerOrganisation,
    TwinCityIndexPage,
    TwinCityPage,
)
from projects.models import ProjectIndexPage, ProjectPage

pytestmark = pytest.mark.django_db
MAX_QUERIES = 15

URLS = [
    "/fr/",
    "/en/",
    "/fr/a-propos/",
    "/fr/evenements/",
    "/fr/evenements/?category=market",
    "/fr/evenements/calendrier/?month=2027-01",
    "/fr/evenements/archives/?year=2024",
    "/fr/evenements/flux/",
    "/fr/evenements/fete-de-l-europe/",
    "/fr/evenements/fete-de-l-europe/ics/",
    "/fr/villes-jumelles/",
    "/fr/villes-jumelles/masis/",
    "/fr/partenaires/",
    "/fr/projets/",
    "/fr/projets/?city=masis",
    "/fr/projets/centre-de-la-jeunesse-masis/",
    "/fr/projets/proposer-un-projet/",
    "/fr/nous-contacter/",
    "/en/volunteer-with-us/",
    "/fr/recherche/?q=Masis",
    "/fr/recherche/?q=Masis&type=project&page=2",
    "/en/search/?q=project",
    "/fr/recherche/?q=ornithorynque",
    "/fr/recherche/",
    "/sitemap.xml",
]


def query_count(client, url):
    client.get(url)  # warm the caches (site root paths, restricted paths, renditions)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200, url
    return len(queries)


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def grow(count, start=0):
    """`count` more of everything, each with a picture where the page type has one."""
    image = get_image_model().objects.first()
    masis = TwinCityPage.objects.get(slug_fr="masis")
    events = EventIndexPage.objects.get()
    cities = TwinCityIndexPage.objects.get()
    projects = ProjectIndexPage.objects.get()
    about = StandardPage.objects.get(slug_fr="a-propos")
    partners = [
        PartnerOrganisation.objects.create(
            name_fr=f"Partenaire Masis {n}",
            kind="association",
            twin_city=masis,
            logo=image,
            main_funder=n % 2 == 0,
        )
        for n in range(start, start + count)
    ]
    for n in range(start, start + count):
        event = EventPage(
            title_fr=f"Rencontre Masis {n}",
            slug_fr=f"rencontre-{n}",
            category="market",
            image=image,
        )
        event.twin_cities = [masis]
        publish(events, event)
        EventOccurrence.objects.bulk_create(
            EventOccurrence(
                page=event,
                start_date=datetime.date(2024 + year, 1, 1 + n % 28),
                sort_order=year,
            )
            for year in range(5)
        )
        city = TwinCityPage(
            title_fr=f"Ville {n}",
            slug_fr=f"ville-{n}",
            country_fr="Pays",
            latitude=Decimal("45"),
            longitude=Decimal(n % 90),
            image=image,
        )
        city.milestones = [
            CityMilestone(date=datetime.date(2000 + m, 1, 1), precision="year", text_fr=f"É{m}")
            for m in range(3)
        ]
        publish(cities, city)
        project = ProjectPage(
            title_fr=f"Projet Masis {n}",
            slug_fr=f"projet-{n}",
            field="culture",
            status="approved",
            image=image,
            start_date=datetime.date(2026, 1 + n % 12, 1),
            intro_fr="Un projet avec Masis.",
        )
        project.twin_cities = [masis, city]
        project.partners = partners[: 1 + n % 3]
        publish(projects, project)
        publish(
            about,
            StandardPage(title_fr=f"Page Masis {n}", slug_fr=f"page-{n}", hero_image=image),
        )
    home = HomePage.objects.get()
    home.hero_image = image
    home.save_revision().publish()


def test_every_public_page_type_costs_the_same_few_queries_whatever_the_content(client):
    grow(10)  # every feature once: pictures everywhere, more than one page of each list
    small = {url: query_count(client, url) for url in URLS}
    grow(40, start=10)
    assert Page.objects.live().count() > 200
    large = {url: query_count(client, url) for url in URLS}
    assert max(small.values()) <= MAX_QUERIES, small
    assert max(large.values()) <= MAX_QUERIES, large
    assert large == small
