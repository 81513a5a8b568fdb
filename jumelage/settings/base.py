"""Settings shared by every environment; `dev`, `test` and `production` refine them."""

from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
DEBUG = env.bool("DEBUG", default=False)
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=[])

INSTALLED_APPS = [
    # Our `migrate` (never interactive) must win over wagtail_modeltranslation's, which it extends.
    "jumelage.migrate",
    # wagtail-modeltranslation must come before modeltranslation and Wagtail (see I18N.md).
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "modeltranslation",
    "jumelage",
    # partners before the apps that name twin cities (its demo content comes first).
    "partners",
    "events",
    "projects",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # First: answers anonymous visitors' pages from the cache, as the others had finished them.
    "jumelage.pagecache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "jumelage.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "jumelage.urls"
WSGI_APPLICATION = "jumelage.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache shared by every process (Redis: CACHE_URL or REDIS_URL, e.g. redis://127.0.0.1:6379/0),
# or each process's own memory when unset. A Redis that stops answering makes the site serve
# uncached, never fail (jumelage/cache.py).
CACHE_URL = env("CACHE_URL", default="") or env("REDIS_URL", default="")
if CACHE_URL:
    CACHES = {
        "default": {
            "BACKEND": "jumelage.cache.ResilientRedisCache",
            "LOCATION": CACHE_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", default="jumelage"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Anonymous visitors get whole pages from the cache for this many seconds at most (each
# publication empties it at once: jumelage/pagecache.py); 0 turns the page cache off. Off by
# default without a shared cache: another process would serve its own copy until it expires.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600 if CACHE_URL else 0)
# The footer, the same on every page, is kept as long, emptied with the pages; a process's own
# memory keeps it a minute (another process's change shows within that time).
FRAGMENT_CACHE_SECONDS = 3600 if CACHE_URL else 60

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: French is the default and the fallback of every translated field.
LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True
MODELTRANSLATION_DEFAULT_LANGUAGE = "fr"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("fr",)
# Translations come from one page holding `_fr` and `_en` fields, not from Wagtail's
# one-page-per-locale model.
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Volunteers use the admin in French unless they choose English in their account.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", "Français"), ("en", "English")]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Files only the board may read (project applications' attachments): never under MEDIA_ROOT,
# served by the board's admin view alone.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Association des Jumelages d'Aix-en-Provence"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Redirects for every language are created by jumelage.redirects (Wagtail's own handler
# only knows the language active at the time of the change).
WAGTAILREDIRECTS_AUTO_CREATE = False
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "txt", "csv"]
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGIN_URL = "wagtailadmin_login"

# Background work (django-tasks, as Wagtail uses it). "renditions" makes the pictures of an
# uploaded image or a published page (jumelage/images.py); "immediate" runs a task when the
# transaction commits, at the end of the editor's request.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "renditions": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="site@jumelages-aix.invalid")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Who is told of a new project application (the site settings' e-mail address when empty).
PROJECT_APPLICATION_NOTICE_TO = env.list("PROJECT_APPLICATION_NOTICE_TO", default=[])
PROJECT_APPLICATION_MAX_UPLOAD_MB = env.int("PROJECT_APPLICATION_MAX_UPLOAD_MB", default=5)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # One line per background task and per page event is noise on a small site.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # fpdf2 subsets the minutes' fonts with fontTools, which logs every table at INFO.
        "fontTools": {"level": "WARNING"},
    },
}
