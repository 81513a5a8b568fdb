"""Settings for a developer's machine: DEBUG on, SQLite unless DATABASE_URL says otherwise."""

from .base import *  # noqa: F403
from .base import BACKUP_STORAGE, env

DEBUG = env.bool("DEBUG", default=True)
# An obvious, non-secret key: this file is never used in production.
SECRET_KEY = env("SECRET_KEY", default="dev-only-insecure-key-not-for-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])
INTERNAL_IPS = ["127.0.0.1"]
# Served by runserver with DEBUG on: no manifest to build first.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    "dbbackup": BACKUP_STORAGE,
}
# No page cache while templates change under the developer's eyes (PAGE_CACHE_SECONDS=3600 to
# try it; `make serve` runs production's settings, where it is on).
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=0)
