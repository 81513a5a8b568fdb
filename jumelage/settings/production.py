"""Production settings: every value comes from the environment (see the README's table)."""

from copy import deepcopy

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BACKUP_STORAGE, CONTENT_SECURITY_POLICY, DEV_REGISTER_KEY, LOGGING, env

# Copies: this module changes them, and must not change them for another settings module.
CONTENT_SECURITY_POLICY = deepcopy(CONTENT_SECURITY_POLICY)
LOGGING = deepcopy(LOGGING)


class MissingSetting(ImproperlyConfigured):
    """A variable production cannot run without is missing or unfit: manage.py and the WSGI
    entry point print its one sentence and stop, without a traceback (jumelage/startup.py)."""


def required(name, cast=str):
    """Read a variable that production cannot run without, naming it when it is missing."""
    value = env(name, default="")
    if not value:
        raise MissingSetting(f"The environment variable {name} must be set to run in production.")
    return cast(value)


DEBUG = False
# Django's own bar for a secret key (check --deploy, security.W009): 50 characters, 5 different,
# not one of Django's generated insecure keys. Whoever knows the key forges password-reset
# links and session cookies.
SECRET_KEY = required("SECRET_KEY")
if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY.startswith("django-insecure-"):
    raise MissingSetting(
        "SECRET_KEY must be a random secret of at least 50 characters: "
        "python3 -c 'import secrets; print(secrets.token_urlsafe(50))'"
    )
REGISTER_KEY_MIN_LENGTH = 32


def register_key():
    """The register's key: a secret of its own (spaces around it dropped), long enough, and
    never the public development key (anyone could recompute the digests with it)."""
    key = required("REGISTER_KEY", cast=str.strip)
    if not key:
        raise MissingSetting(
            "The environment variable REGISTER_KEY must be set to run in production."
        )
    if len(key) < REGISTER_KEY_MIN_LENGTH or key == DEV_REGISTER_KEY:
        raise MissingSetting(
            f"REGISTER_KEY must be a secret of at least {REGISTER_KEY_MIN_LENGTH} characters, "
            "not the development key."
        )
    return key


REGISTER_KEY = register_key()
ALLOWED_HOSTS = required("ALLOWED_HOSTS", cast=lambda v: [h.strip() for h in v.split(",")])
CSRF_TRUSTED_ORIGINS = env.list(
    "CSRF_TRUSTED_ORIGINS", default=[f"https://{host}" for host in ALLOWED_HOSTS]
)
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405
# A database that accepts connections but never answers (a hung server, a dropped route) must
# not hold a worker, and /readyz, until gunicorn kills it: give up connecting after this long.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):  # noqa: F405
    DATABASES["default"].setdefault("OPTIONS", {})["connect_timeout"] = env.int(  # noqa: F405
        "DATABASE_CONNECT_TIMEOUT", default=5
    )

# HTTPS is terminated by the proxy in front of gunicorn.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The cookies' own names say they are secure-only and for this host (no Domain attribute).
SESSION_COOKIE_NAME = "__Host-sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken"
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=63_072_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=True)
CONTENT_SECURITY_POLICY["DIRECTIVES"]["upgrade-insecure-requests"] = True
# Addresses of the visitors, as django-axes counts them: the proxy in front of gunicorn (nginx)
# adds one X-Forwarded-For entry.
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=1)

# Static files: WhiteNoise serves them from STATIC_ROOT (collectstatic) with hashed names,
# compressed (gzip and Brotli when available), cached for ten years as immutable.
STORAGES = {  # noqa: F405 - replaced whole, so that the media switch below starts clean
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    "dbbackup": BACKUP_STORAGE,
}
WHITENOISE_MAX_AGE = env.int("WHITENOISE_MAX_AGE", default=3600)

# Media on S3-compatible storage (several app servers share them) when a bucket is named;
# credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which boto3 reads itself.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
AWS_S3_ENDPOINT_URL = env("AWS_S3_ENDPOINT_URL", default=None)
AWS_S3_REGION_NAME = env("AWS_S3_REGION_NAME", default=None)
AWS_S3_CUSTOM_DOMAIN = env("AWS_S3_CUSTOM_DOMAIN", default=None)
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": AWS_S3_REGION_NAME,
            "custom_domain": AWS_S3_CUSTOM_DOMAIN,
            # Public pictures and documents: plain URLs, never overwritten, cached a day.
            "default_acl": None,
            "querystring_auth": False,
            "file_overwrite": False,
            "object_parameters": {"CacheControl": "public, max-age=86400"},
        },
    }
    # Pictures are then served from the bucket's own address.
    _media_origin = (
        f"https://{AWS_S3_CUSTOM_DOMAIN}"
        if AWS_S3_CUSTOM_DOMAIN
        else AWS_S3_ENDPOINT_URL or f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"
    )
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"] = [*CSP_IMG_SOURCES, _media_origin]  # noqa: F405
    CONTENT_SECURITY_POLICY["DIRECTIVES"]["media-src"] = ["'self'", _media_origin]
# Project applications' attachments in a private bucket of their own (never public, read
# through signed URLs by the board's admin only) when one is named; else PRIVATE_MEDIA_ROOT.
PRIVATE_AWS_STORAGE_BUCKET_NAME = env("PRIVATE_AWS_STORAGE_BUCKET_NAME", default="")
if PRIVATE_AWS_STORAGE_BUCKET_NAME:
    STORAGES["private"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": PRIVATE_AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": AWS_S3_REGION_NAME,
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
# Backups (`manage.py backup`) in a private bucket of their own when one is named; else
# BACKUP_DIR. Only the site's credentials read it, and the backups are encrypted when
# BACKUP_GPG_RECIPIENT is set.
BACKUP_AWS_STORAGE_BUCKET_NAME = env("BACKUP_AWS_STORAGE_BUCKET_NAME", default="")
if BACKUP_AWS_STORAGE_BUCKET_NAME:
    STORAGES["dbbackup"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BACKUP_AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": AWS_S3_ENDPOINT_URL,
            "region_name": AWS_S3_REGION_NAME,
            "location": env("BACKUP_AWS_LOCATION", default=""),
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }

# E-mail: SMTP when EMAIL_HOST is set; otherwise messages are written to the logs.
EMAIL_HOST = env("EMAIL_HOST", default="")
EMAIL_BACKEND = env(
    "EMAIL_BACKEND",
    default="django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend",
)
EMAIL_PORT = env.int("EMAIL_PORT", default=587)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", default="")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", default="")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", default=True)
SERVER_EMAIL = env("SERVER_EMAIL", default=DEFAULT_FROM_EMAIL)  # noqa: F405
ADMINS = [("Admin", a) for a in env.list("ADMINS", default=[])]
# Server errors (500) are e-mailed to ADMINS, with the request, when SMTP is configured.
if EMAIL_HOST and ADMINS:
    LOGGING["handlers"]["mail_admins"] = {
        "class": "django.utils.log.AdminEmailHandler",
        "level": "ERROR",
        "filters": ["require_debug_false"],
    }
    LOGGING["filters"] = {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}}
    LOGGING["loggers"]["django.request"] = {"handlers": ["mail_admins"]}
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default=f"https://{ALLOWED_HOSTS[0]}")
