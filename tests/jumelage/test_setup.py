"""What a newcomer and a deployment rely on: demo content, groups, migrate, settings."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Page

from jumelage.models import SiteSettings

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db

# A secret that passes production's bar (50 characters, 5 different).
SECRET = "kJ8-setup-test-secret-9fQ2mZx7Lw4Rt6Yv1Nb3Hc5Gd0Sa8Pe"


def run_command(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("load_demo_content", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_demo_content_runs_twice_without_changing_anything():
    counts = (Page.objects.count(), get_image_model().objects.count(), SiteSettings.objects.count())
    out, _err = run_command("--no-accounts")
    assert "nothing changed" in out
    assert counts == (
        Page.objects.count(),
        get_image_model().objects.count(),
        SiteSettings.objects.count(),
    )


def test_demo_accounts_are_refused_when_debug_is_off(settings):
    settings.DEBUG = False
    _out, err = run_command()
    assert "DEBUG is off" in err
    assert not get_user_model().objects.exists()


def test_demo_accounts_are_created_once_with_their_rights(settings):
    settings.DEBUG = True
    out, _err = run_command()
    assert out.count("password: ") == 4
    users = {user.username: user for user in get_user_model().objects.all()}
    assert users["benevole"].groups.filter(name="Bénévoles").exists()
    assert users["benevole"].has_perm("wagtailadmin.access_admin")
    assert set(users["editeur"].groups.values_list("name", flat=True)) == {
        "Bénévoles",
        "Éditeurs",
    }
    assert (
        users["conseil"].is_staff
        and users["conseil"].groups.filter(name="Conseil d'administration").exists()
    )
    assert users["admin"].is_superuser
    again, _err = run_command()
    assert "password: " not in again and "password unchanged" in again


def test_groups_exist_with_the_volunteers_page_rights():
    volunteers = Group.objects.get(name="Bénévoles")
    assert Group.objects.filter(name="Conseil d'administration").exists()
    codenames = set(
        GroupPagePermission.objects.filter(group=volunteers).values_list(
            "permission__codename", flat=True
        )
    )
    # They submit their pages for review: the editors publish (test_moderation).
    assert codenames == {"add_page", "change_page"}


def test_volunteer_can_open_the_wagtail_admin_in_french(client):
    user = get_user_model().objects.create_user("vol", password="x")  # noqa: S106
    user.groups.add(Group.objects.get(name="Bénévoles"))
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert 'lang="fr"' in response.content.decode()


def test_django_admin_login_is_in_french_whatever_the_browser(client):
    response = client.get("/django-admin/login/", HTTP_ACCEPT_LANGUAGE="en")
    assert 'lang="fr"' in response.content.decode()


def clean_env(**extra):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"SECRET_KEY", "ALLOWED_HOSTS", "REGISTER_KEY"}
    }
    env.update(DJANGO_SETTINGS_MODULE="jumelage.settings.production", **extra)
    return env


@pytest.mark.parametrize(
    ("env", "missing"),
    [
        ({}, "SECRET_KEY"),
        ({"SECRET_KEY": SECRET, "REGISTER_KEY": "r" * 40}, "ALLOWED_HOSTS"),
        ({"SECRET_KEY": SECRET, "ALLOWED_HOSTS": "example.org"}, "REGISTER_KEY"),
        ({"SECRET_KEY": SECRET, "ALLOWED_HOSTS": "e.org", "REGISTER_KEY": " "}, "REGISTER_KEY"),
    ],
)
def test_production_refuses_to_start_without_a_required_variable(env, missing):
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=clean_env(**env),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set" in result.stderr


@pytest.mark.parametrize(
    "key", ["r" * 31, "dev-and-test-register-key-not-for-production", "  " + "r" * 20 + "  "]
)
def test_production_refuses_a_weak_or_public_register_key(key):
    env = clean_env(SECRET_KEY=SECRET, ALLOWED_HOSTS="example.org", REGISTER_KEY=key)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode != 0
    assert "REGISTER_KEY must be a secret of at least 32 characters" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    env = clean_env(
        SECRET_KEY="k" * 30 + "Zq8!xY3#pL0@vN7$wR2%tB5^mC9&",
        ALLOWED_HOSTS="example.org",
        REGISTER_KEY="r" * 40,
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_plain_migrate_never_asks_a_question(tmp_path):
    """`manage.py migrate` with no --noinput and a closed stdin completes on an empty
    database, and the pages' French columns are filled."""
    database = tmp_path / "fresh.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.dev",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "migrate"],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Are you sure" not in result.stdout
    check = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from wagtail.models import Page; "
            "print(list(Page.objects.rewrite(False).values_list('title_fr', 'url_path_fr')))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "('Root', '/')" in check.stdout
