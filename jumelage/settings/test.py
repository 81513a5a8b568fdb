"""Settings for the test suite (pytest-django), on SQLite or on DATABASE_URL's PostgreSQL."""

from .base import *  # noqa: F403
from .base import BACKUP_STORAGE, VAR_DIR, env

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
REGISTER_KEY = "test-only-register-key"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# A test database of its own, never the developer's var/db.sqlite3.
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'test.sqlite3'}"),
}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "dbbackup": {
        **BACKUP_STORAGE,
        "OPTIONS": {**BACKUP_STORAGE["OPTIONS"], "location": str(VAR_DIR / "test-backups")},
    },
}
MEDIA_ROOT = VAR_DIR / "test-media"
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"
# A local cache large enough never to evict during a test: query-count tests must not depend on
# what earlier tests left in it (the conftest also clears it before each test).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 100_000},
    }
}
PRIVATE_MEDIA_ROOT = VAR_DIR / "test-private"
# django-axes is off by default: Django's test client logs in without a request, which its
# backend refuses, and a suite logging in many times from 127.0.0.1 would lock itself out.
# tests/jumelage/test_security.py turns it on for the lockout tests.
AXES_ENABLED = False
# Off, so that every test sees the database's content and the query-count tests count renders;
# tests/jumelage/test_page_cache.py turns it on.
PAGE_CACHE_SECONDS = 0
# The count of publications is read once an hour per process here, not every 5 s: query counts
# must not depend on how long a test took (tests/jumelage/test_page_cache_outage.py sets 1 s).
PAGE_CACHE_RECHECK_SECONDS = 3600
# Pictures are made when a page asks for them, as before: making every size of every demo
# picture in advance would add a minute to each test session (tests/jumelage/test_images.py
# turns it on).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "renditions": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"},
}
# The test runs of `run_periodic_jobs` make no backup unless a test asks for one.
NIGHTLY_BACKUP = env.bool("NIGHTLY_BACKUP", default=False)
