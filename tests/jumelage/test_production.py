"""The production settings, read in a process of their own with the environment a deployment
gives them: `check --deploy` is clean, each switch (S3 media, error e-mails) follows its
variables, and WhiteNoise serves hashed, compressed, far-future-cached static files."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SECRET = "kJ8-production-test-secret-9fQ2mZx7Lw4Rt6Yv1Nb3Hc5Gd0Sa8Pe2Ui4Oy6Tr"


def production_env(**extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("AWS_", "EMAIL_", "ADMINS", "PRIVATE_AWS_"))
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "jumelage.settings.production",
            "SECRET_KEY": SECRET,
            "REGISTER_KEY": "production-test-register-key-" + "r" * 20,
            "ALLOWED_HOSTS": "jumelages-aix.example,www.jumelages-aix.example",
            **extra,
        }
    )
    return env


def manage(*args, **extra):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=production_env(**extra),
        capture_output=True,
        text=True,
        check=False,
    )


def production_settings(*names, **extra):
    """The values of `names` in the production settings, with the environment `extra`."""
    code = (
        "import json; from django.conf import settings; "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}, default=str))"
    )
    result = manage("shell", "-c", code, **extra)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_check_deploy_finds_no_issue():
    result = manage("check", "--deploy", "--fail-level", "WARNING")
    print(result.stdout, result.stderr)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_production_refuses_to_start_without_its_secret():
    result = manage("check", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_security_settings_of_production():
    values = production_settings(
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SESSION_COOKIE_SECURE",
        "SESSION_COOKIE_HTTPONLY",
        "CSRF_COOKIE_SECURE",
        "SESSION_COOKIE_NAME",
        "CONTENT_SECURITY_POLICY",
        "AXES_FAILURE_LIMIT",
        "AXES_COOLOFF_TIME",
        "DATABASES",
        AXES_FAILURE_LIMIT="7",
        AXES_COOLOFF_MINUTES="15",
        DATABASE_URL="postgres://site:pw@db.internal:5432/jumelage",
    )
    assert values["SECURE_HSTS_SECONDS"] >= 31_536_000
    assert values["SECURE_HSTS_INCLUDE_SUBDOMAINS"] is True
    assert values["SESSION_COOKIE_SECURE"] and values["CSRF_COOKIE_SECURE"]
    assert values["SESSION_COOKIE_HTTPONLY"]
    assert values["SESSION_COOKIE_NAME"].startswith("__Host-")
    directives = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    assert directives["upgrade-insecure-requests"] is True
    assert directives["default-src"] == ["'none'"]
    assert values["AXES_FAILURE_LIMIT"] == 7
    assert values["AXES_COOLOFF_TIME"] == "0:15:00"
    database = values["DATABASES"]["default"]
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert database["HOST"] == "db.internal"
    assert database["CONN_MAX_AGE"] == 60 and database["CONN_HEALTH_CHECKS"] is True


def test_media_go_to_s3_when_a_bucket_is_named():
    local = production_settings("STORAGES")["STORAGES"]
    assert local["default"]["BACKEND"] == "django.core.files.storage.FileSystemStorage"
    assert "private" not in local
    assert local["staticfiles"]["BACKEND"] == (
        "whitenoise.storage.CompressedManifestStaticFilesStorage"
    )
    values = production_settings(
        "STORAGES",
        "CONTENT_SECURITY_POLICY",
        AWS_STORAGE_BUCKET_NAME="jumelage-media",
        AWS_S3_ENDPOINT_URL="https://s3.fr-par.example",
        AWS_S3_CUSTOM_DOMAIN="media.jumelages-aix.example",
        PRIVATE_AWS_STORAGE_BUCKET_NAME="jumelage-private",
    )
    storages = values["STORAGES"]
    assert storages["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storages["default"]["OPTIONS"]["bucket_name"] == "jumelage-media"
    assert storages["default"]["OPTIONS"]["endpoint_url"] == "https://s3.fr-par.example"
    assert storages["private"]["OPTIONS"]["bucket_name"] == "jumelage-private"
    assert storages["private"]["OPTIONS"]["default_acl"] == "private"
    assert storages["private"]["OPTIONS"]["querystring_auth"] is True
    img_src = values["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]["img-src"]
    assert "https://media.jumelages-aix.example" in img_src
    # The storage class loads (django-storages and boto3 are installed) without any network.
    code = (
        "from django.core.files.storage import default_storage; "
        "from projects.models.applications import private_storage; "
        "print(type(default_storage._wrapped if hasattr(default_storage, '_wrapped') "
        "else default_storage).__name__, default_storage.bucket_name, "
        "private_storage().bucket_name)"
    )
    result = manage(
        "shell",
        "-c",
        code,
        AWS_STORAGE_BUCKET_NAME="jumelage-media",
        PRIVATE_AWS_STORAGE_BUCKET_NAME="jumelage-private",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[-3:] == ["S3Storage", "jumelage-media", "jumelage-private"]


def test_errors_are_mailed_to_the_admins_only_when_smtp_is_configured():
    without = production_settings("LOGGING", "EMAIL_BACKEND", ADMINS="ops@example.org")
    assert "mail_admins" not in without["LOGGING"]["handlers"]
    assert without["EMAIL_BACKEND"] == "django.core.mail.backends.console.EmailBackend"
    with_smtp = production_settings(
        "LOGGING",
        "EMAIL_BACKEND",
        "ADMINS",
        EMAIL_HOST="smtp.example.org",
        ADMINS="ops@example.org",
    )
    handler = with_smtp["LOGGING"]["handlers"]["mail_admins"]
    assert handler["class"] == "django.utils.log.AdminEmailHandler"
    assert with_smtp["LOGGING"]["loggers"]["django.request"]["handlers"] == ["mail_admins"]
    assert with_smtp["EMAIL_BACKEND"] == "django.core.mail.backends.smtp.EmailBackend"
    assert with_smtp["ADMINS"] == [["Admin", "ops@example.org"]]
    # Logs go to standard output.
    assert with_smtp["LOGGING"]["handlers"]["console"]["stream"] == "ext://sys.stdout"


def test_static_files_are_hashed_compressed_and_cached_for_years(tmp_path):
    static_root = tmp_path / "static"
    result = manage("collectstatic", "--noinput", "-v", "0", STATIC_ROOT=str(static_root))
    assert result.returncode == 0, result.stderr
    manifest = json.loads((static_root / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/main.css"]
    assert hashed != "css/main.css" and (static_root / (hashed + ".gz")).exists()
    code = (
        "from django.test import Client; "
        "from django.templatetags.static import static; "
        "url = static('css/main.css'); "
        "r = Client().get(url, secure=True, HTTP_HOST='jumelages-aix.example', "
        "HTTP_ACCEPT_ENCODING='gzip'); "
        "print(url, r.status_code, r['Cache-Control'], r.get('Content-Encoding'), sep='|')"
    )
    result = manage("shell", "-c", code, STATIC_ROOT=str(static_root))
    assert result.returncode == 0, result.stderr
    url, status, cache_control, encoding = result.stdout.strip().splitlines()[-1].split("|")
    assert url == f"/static/{hashed}"
    assert status == "200"
    assert "max-age=315360000" in cache_control and "immutable" in cache_control
    assert encoding in ("gzip", "br")
