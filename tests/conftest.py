"""Fixtures shared by the whole suite: the demo site, built once per test database."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from wagtail.models import Page

from jumelage.models import HomePage


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The demo site (the association's texts, in each app's demo_texts) in the test database,
    built once per session; each test runs in a transaction rolled back after it."""
    with django_db_blocker.unblock():
        call_command("load_demo_content", "--no-accounts", verbosity=0)


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache (renditions, site root paths, restrictions)."""
    cache.clear()


@pytest.fixture
def home(db):
    return HomePage.objects.get()


@pytest.fixture
def demo_pages(db):
    """Every live page of the demo site, home first."""
    return list(Page.objects.live().filter(depth__gte=2).specific().order_by("path"))


@pytest.fixture
def member_of(db):
    """Makes a user in the named groups: `member_of("Bénévoles", "Éditeurs")`."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    made = []

    def make(*groups, **flags):
        made.append(None)
        user = get_user_model().objects.create_user(f"member{len(made)}", password="x", **flags)
        user.groups.add(*Group.objects.filter(name__in=groups))
        return user

    return make


@pytest.fixture
def volunteer(client, member_of):
    """A volunteer (`Bénévoles`), logged in to the test client."""
    user = member_of("Bénévoles")
    client.force_login(user)
    return user


@pytest.fixture
def submit(client, django_capture_on_commit_callbacks):
    """Post a public form and run what waits for the commit (its e-mails), as a real request
    does."""

    def post(url, data, **extra):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data, **extra)

    return post
