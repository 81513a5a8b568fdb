"""Security by default: headers scored on the Mozilla HTTP Observatory's rubric for every public
page type in both languages, a strict Content-Security-Policy the templates can live with, the
admins' brute-force lock (django-axes), password rules, and what uploads may contain."""

import io
import re

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model

from events.models import EventIndexPage, EventPage
from jumelage.i18n import page_url
from jumelage.models import FormPage, HomePage, StandardPage
from jumelage.uploads import reencode
from partners.models import PartnersPage, TwinCityIndexPage, TwinCityPage
from projects.models import ProjectApplicationPage, ProjectIndexPage, ProjectPage

from .observatory import parse_csp, score

pytestmark = pytest.mark.django_db

HOST = "jumelages-aix.example"
# Observatory scores per page type, printed at the end of the run (see the report).
SCORES = {}


@pytest.fixture
def behind_tls(settings):
    """The production settings that shape the headers (jumelage/settings/production.py; the
    test_production tests check that production really has them)."""
    settings.ALLOWED_HOSTS = [HOST]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    settings.SECURE_HSTS_SECONDS = 63_072_000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    settings.SESSION_COOKIE_SECURE = True
    settings.CSRF_COOKIE_SECURE = True
    settings.SESSION_COOKIE_NAME = "__Host-sessionid"
    settings.CSRF_COOKIE_NAME = "__Host-csrftoken"
    return settings


def public_urls():
    """One URL of each public page type, in French and in English."""
    first = {
        "home": HomePage.objects.get(),
        "standard page": StandardPage.objects.live().first(),
        "event index": EventIndexPage.objects.get(),
        "event page": EventPage.objects.live().first(),
        "twin city index": TwinCityIndexPage.objects.get(),
        "twin city page": TwinCityPage.objects.live().first(),
        "partners page": PartnersPage.objects.get(),
        "project index": ProjectIndexPage.objects.get(),
        "project page": ProjectPage.objects.live().first(),
        "application form": ProjectApplicationPage.objects.get(),
        "form page": FormPage.objects.live().first(),
    }
    urls = []
    for language in ("fr", "en"):
        for kind, page in first.items():
            urls.append((kind, language, page_url(page, language)))
        events = page_url(first["event index"], language)
        month, archive = {"fr": ("calendrier", "archives"), "en": ("calendar", "archive")}[language]
        urls.append(("event month", language, events + f"{month}/?month=2024-12"))
        urls.append(("event archive", language, events + f"{archive}/?year=2024"))
        with translation.override(language):
            urls.append(("search", language, reverse("search") + "?q=Masis"))
        urls.append(("404", language, f"/{language}/no-such-page-here/"))
    return urls


INLINE_SCRIPT = re.compile(r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)[^>]*>", re.I)
EVENT_HANDLER = re.compile(r"<[^>]+\son[a-z]+\s*=", re.I)
STYLE_ATTRIBUTE = re.compile(r"<[^>]+\sstyle\s*=", re.I)


def test_every_public_page_type_scores_a_plus_on_the_observatory_rubric(client, behind_tls):
    urls = public_urls()
    assert len(urls) == 30
    for kind, language, url in urls:
        response = client.get(url, secure=True, HTTP_HOST=HOST)
        expected = 404 if kind == "404" else 200
        assert response.status_code == expected, (kind, language, url)
        http = client.get(url, HTTP_HOST=HOST)
        total, grade, tests = score(response, http, HOST)
        SCORES[(kind, language)] = (total, grade)
        failed = {name: result for name, result in tests.items() if result[1] < 0}
        assert not failed, (kind, language, failed)
        assert total >= 110, (kind, language, total, tests)
        assert tests["content-security-policy"][0] == (
            "csp-implemented-with-no-unsafe-default-src-none"
        )
        csp = parse_csp(response["Content-Security-Policy"])
        assert csp["object-src"] == ["'none'"] and csp["frame-ancestors"] == ["'self'"]
        assert "'unsafe-inline'" not in csp["style-src"]
        hsts = response["Strict-Transport-Security"]
        assert "max-age=63072000" in hsts and "includeSubDomains" in hsts
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
        assert response["Cross-Origin-Opener-Policy"] == "same-origin"
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert "X-XSS-Protection" not in response
        # What a strict CSP would silently break: inline scripts, handlers, style attributes.
        html = response.content.decode()
        assert not INLINE_SCRIPT.search(html), (kind, language, INLINE_SCRIPT.search(html))
        assert not EVENT_HANDLER.search(html), (kind, language, EVENT_HANDLER.search(html))
        assert not STYLE_ATTRIBUTE.search(html), (kind, language, STYLE_ATTRIBUTE.search(html))
        assert "<style" not in html, (kind, language)
    # The forms are the page types that set a cookie: secure, HttpOnly, SameSite (+5).
    for form_url in (urls[9][2], urls[10][2]):
        form = client.get(form_url, secure=True, HTTP_HOST=HOST)
        cookie = form.cookies["__Host-csrftoken"]
        assert cookie["secure"] and cookie["httponly"] and cookie["samesite"] == "Lax"
    print("\nObservatory scores (page type, language: score grade)")
    for (kind, language), (total, grade) in SCORES.items():
        print(f"  {kind}, {language}: {total} {grade}")


def test_the_admins_have_their_own_policy_and_the_preview_can_be_framed(admin_client):
    response = admin_client.get("/admin/")
    csp = parse_csp(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    board = admin_client.get("/django-admin/")
    assert parse_csp(board["Content-Security-Policy"])["frame-ancestors"] == ["'self'"]
    public = admin_client.get("/fr/")
    assert parse_csp(public["Content-Security-Policy"])["script-src"] == ["'self'"]


def test_error_pages_need_no_inline_permission_from_the_public_policy(client):
    from jumelage.views import server_error

    response = server_error(None)
    assert response.status_code == 500
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert "script-src" not in response["Content-Security-Policy"]


# --- Brute-force protection of the admins' logins (django-axes) --------------------------


@pytest.fixture
def axes(settings):
    """django-axes on, as in production (the test settings turn it off, see test.py)."""
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 3
    return settings


@pytest.fixture
def accounts(db):
    User = get_user_model()
    return {
        name: User.objects.create_superuser(name, f"{name}@example.org", "correct-horse-battery")
        for name in ("alice", "bob")
    }


def attempt(client, username, password, address, login="/admin/login/"):
    return client.post(login, {"username": username, "password": password}, REMOTE_ADDR=address)


@pytest.mark.parametrize("login", ["/admin/login/", "/django-admin/login/"])
def test_repeated_failures_lock_the_account_with_a_bilingual_page(client, axes, accounts, login):
    for _ in range(2):
        assert attempt(client, "alice", "wrong", "10.0.0.1", login).status_code == 200
    locked = attempt(client, "alice", "wrong", "10.0.0.1", login)
    assert locked.status_code == 429
    assert locked["Retry-After"] == "1800"
    html = locked.content.decode()
    assert "Trop de tentatives de connexion échouées" in html
    assert "La connexion est bloquée depuis cette adresse pendant 30 minutes" in html
    assert "Too many failed sign-in attempts" in html
    assert "Signing in is blocked from this address for 30 minutes" in html
    # Locked even with the right password from that address; from another address the account
    # owner still signs in (tests/jumelage/test_behind_proxy.py: nobody can lock them out).
    assert attempt(client, "alice", "correct-horse-battery", "10.0.0.1", login).status_code == 429
    assert attempt(client, "alice", "correct-horse-battery", "10.0.0.9", login).status_code == 302
    # Another account from another address signs in.
    assert attempt(client, "bob", "correct-horse-battery", "10.0.0.2", login).status_code == 302


def test_repeated_failures_from_one_address_lock_that_address_only(client, axes, accounts):
    for name in ("carol", "dave", "erin"):
        attempt(client, name, "wrong", "10.0.0.3")
    assert attempt(client, "bob", "correct-horse-battery", "10.0.0.3").status_code == 429
    assert attempt(client, "bob", "correct-horse-battery", "10.0.0.4").status_code == 302


def test_a_successful_login_does_not_wipe_the_guesses_against_another_account(
    client, axes, accounts
):
    """One volunteer signing in must not clear their address's guesses at the administrator's
    password (found by the attack: 16 guesses, never locked)."""
    for _ in range(2):
        attempt(client, "alice", "wrong", "10.0.0.5")
    assert attempt(client, "bob", "correct-horse-battery", "10.0.0.5").status_code == 302
    client.logout()
    assert attempt(client, "alice", "wrong", "10.0.0.5").status_code == 429


def test_the_address_behind_the_proxy_is_the_one_counted(rf, settings):
    from jumelage.security import client_ip

    settings.TRUSTED_PROXY_COUNT = 1
    request = rf.get("/", REMOTE_ADDR="10.9.9.9", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    assert client_ip(request) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 0
    assert client_ip(request) == "10.9.9.9"


def test_wagtail_user_forms_apply_the_password_rules(admin_client):
    data = {
        "username": "newvolunteer",
        "email": "new@example.org",
        "first_name": "New",
        "last_name": "Volunteer",
        "password1": "12345678",
        "password2": "12345678",
        "is_active": "on",
    }
    response = admin_client.post(reverse("wagtailusers_users:add"), data)
    assert response.status_code == 200
    assert not get_user_model().objects.filter(username="newvolunteer").exists()
    html = response.content.decode()
    assert "trop courant" in html or "too common" in html


# --- Uploads ---------------------------------------------------------------------------


def image_bytes(image_format="JPEG", exif=True, size=(64, 48)):
    image = Image.new("RGB", size, (200, 120, 40))
    output = io.BytesIO()
    options = {}
    if exif:
        data = Image.Exif()
        data[0x8769] = {0x9003: "2024:06:01 12:00:00"}  # DateTimeOriginal
        data[0x010F] = "CameraMaker"  # Make
        data[0x0112] = 6  # Orientation: rotated
        options["exif"] = data.tobytes()
    image.save(output, format=image_format, **options)
    return output.getvalue()


def upload_image(client, name, content, content_type="image/jpeg"):
    from wagtail.models import Collection

    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content, content_type=content_type),
            # The demo files pictures by twin city and event series: the form asks where.
            "collection": Collection.get_first_root_node().pk,
            "description_fr": "Une photo de test",
            "description_en": "A test photo",
        },
    )


def test_uploaded_images_lose_their_metadata_and_are_turned_upright(admin_client):
    response = upload_image(admin_client, "photo.jpg", image_bytes())
    assert response.status_code == 302, response.content.decode()[:2000]
    image = get_image_model().objects.get(title="photo.jpg")
    with image.file.open("rb") as stored, Image.open(stored) as picture:
        assert not picture.getexif()
        assert b"CameraMaker" not in image.file.open("rb").read()
        assert picture.size == (48, 64)  # the orientation was applied, then dropped
    assert (image.width, image.height) == (48, 64)


def test_a_polyglot_image_keeps_only_its_pixels(admin_client):
    payload = b"<html><script>alert(document.cookie)</script></html>"
    response = upload_image(
        admin_client, "polyglot.png", image_bytes("PNG", exif=False) + payload, "image/png"
    )
    assert response.status_code == 302
    image = get_image_model().objects.get(title="polyglot.png")
    with image.file.open("rb") as stored:
        content = stored.read()
    assert b"<script>" not in content and content.startswith(b"\x89PNG")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("page.jpg", b"<html><body><script>alert(1)</script></body></html>"),
        ("drawing.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ],
)
def test_html_or_svg_is_refused_as_an_image(admin_client, name, content):
    response = upload_image(admin_client, name, content, "image/jpeg")
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title=name).exists()
    assert "form" in response.context and response.context["form"].errors["file"]


def test_an_oversized_image_is_refused_with_a_clear_message(admin_client, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 1024
    response = upload_image(admin_client, "big.jpg", image_bytes(size=(800, 800)) + b"\0" * 2048)
    assert response.status_code == 200
    assert not get_image_model().objects.filter(title="big.jpg").exists()
    message = " ".join(response.context["form"].errors["file"])
    assert "Ce fichier est trop gros" in message and "1,0\xa0Kio" in message, message


def test_reencoding_refuses_what_is_not_a_picture():
    from jumelage.uploads import UnsafeImageError

    with pytest.raises(UnsafeImageError):
        reencode(b"<html></html>")


def test_documents_are_downloaded_never_shown_inline(client, settings, tmp_path):
    from wagtail.documents import get_document_model

    settings.MEDIA_ROOT = tmp_path
    document = get_document_model().objects.create(
        title="Notes", file=SimpleUploadedFile("notes.txt", b"<html><script>x</script></html>")
    )
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert "default-src 'none'" in response["Content-Security-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
