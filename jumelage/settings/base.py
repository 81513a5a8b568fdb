"""Settings shared by every environment; `dev`, `test` and `production` refine them."""

from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

SECRET_KEY = env("SECRET_KEY", default="")
# The key of the board's register (projects/ledger.py: HMAC-SHA-256 of each closed
# deliberation). Never stored in the database; production refuses to start without it.
# The public development key: production refuses it (settings/production.py).
DEV_REGISTER_KEY = "dev-and-test-register-key-not-for-production"
REGISTER_KEY = env("REGISTER_KEY", default=DEV_REGISTER_KEY)
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
    # news after the apps it names (events, projects, twin cities), for its demo content too.
    "news",
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
    # Content-Security-Policy (jumelage.security) and the admins' brute-force lock.
    "csp",
    "axes",
    # Backups (`manage.py backup` and `restore`, jumelage/backups.py).
    "dbbackup",
]

MIDDLEWARE = [
    # /healthz and /readyz, answered before the host check, the HTTPS redirect and the cache.
    "jumelage.health.HealthCheckMiddleware",
    # Then: answers anonymous visitors' pages from the cache, as the others had finished them.
    "jumelage.pagecache.PageCacheMiddleware",
    # Which pages a shared cache at the edge may keep (inside the page cache: kept with them).
    "jumelage.edge.EdgeCacheHeadersMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "jumelage.security.SecurityHeadersMiddleware",
    "jumelage.security.ContentSecurityPolicyMiddleware",
    "jumelage.reliability.DatabaseUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "jumelage.middleware.LanguagePrefixMiddleware",
    "jumelage.middleware.RejectUnreadableInputMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it answers a locked-out login with our lockout page.
    "axes.middleware.AxesMiddleware",
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

# The cache shared by every process: Redis (CACHE_URL or REDIS_URL, e.g.
# redis://127.0.0.1:6379/0) when several machines serve the site; otherwise files in CACHE_DIR,
# shared by every worker of this machine, so that the pages are cached out of the box and a
# publication seen by one worker empties the cache for all. A Redis that stops answering makes
# the site serve uncached, never fail (jumelage/cache.py).
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
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env("CACHE_DIR", default=str(VAR_DIR / "cache")),
            # Django removes a third of the entries, at random, past this number.
            "OPTIONS": {"MAX_ENTRIES": env.int("CACHE_MAX_ENTRIES", default=5000)},
        }
    }
# Anonymous visitors get whole pages from the cache for this many seconds at most (each
# publication empties it at once: jumelage/pagecache.py); 0 turns the page cache off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=3600)
# The edge cache (jumelage/edge.py): how long a shared cache keeps a public page, and serves it
# stale while it asks for a new one; 0 makes every page private.
EDGE_CACHE_SECONDS = env.int("EDGE_CACHE_SECONDS", default=300)
EDGE_STALE_SECONDS = env.int("EDGE_STALE_SECONDS", default=60)
# Who purges the edge on every change a page shows: `varnish` (HTTP PURGE to EDGE_PURGE_URL),
# `cloudflare` (CLOUDFLARE_ZONE_ID, CLOUDFLARE_API_TOKEN) or `cloudfront`
# (CLOUDFRONT_DISTRIBUTION_ID; boto3 reads the AWS credentials); empty: no edge to purge.
EDGE_PURGE = env("EDGE_PURGE", default="")
_EDGE_BACKENDS = {
    "varnish": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": env("EDGE_PURGE_URL", default="http://127.0.0.1:6081"),
    },
    "cloudflare": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "ZONEID": env("CLOUDFLARE_ZONE_ID"),
        "BEARER_TOKEN": env("CLOUDFLARE_API_TOKEN"),
    },
    "cloudfront": lambda: {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
        "DISTRIBUTION_ID": env("CLOUDFRONT_DISTRIBUTION_ID"),
    },
}
if EDGE_PURGE:
    if EDGE_PURGE not in _EDGE_BACKENDS:
        raise ImproperlyConfigured(
            f"EDGE_PURGE must be one of {', '.join(_EDGE_BACKENDS)}, not {EDGE_PURGE!r}."
        )
    WAGTAILFRONTENDCACHE = {"edge": _EDGE_BACKENDS[EDGE_PURGE]()}
# Seconds a process trusts its last reading of the database's count of publications: the
# longest a page can be served stale after a change saved while the cache was unreachable.
PAGE_CACHE_RECHECK_SECONDS = env.int("PAGE_CACHE_RECHECK_SECONDS", default=5)
# The footer, the same on every page, is kept as long, emptied with the pages.
FRAGMENT_CACHE_SECONDS = 3600

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
STATIC_ROOT = env.path("STATIC_ROOT", default=VAR_DIR / "static")
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")
# Files only the board may read (project applications' attachments): never under MEDIA_ROOT,
# served by the board's admin view alone.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=VAR_DIR / "private")
# Backups (`manage.py backup`, jumelage/backups.py, through django-dbbackup): a folder readable by
# the site's user only (they hold the applicants' personal data), or a bucket of their own in
# production (BACKUP_AWS_STORAGE_BUCKET_NAME). Never under MEDIA_ROOT (a check says so).
BACKUP_DIR = env.path("BACKUP_DIR", default=VAR_DIR / "backups")
BACKUP_STORAGE = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {
        "location": str(BACKUP_DIR),
        "file_permissions_mode": 0o600,
        "directory_permissions_mode": 0o700,
    },
}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # django-dbbackup's own name for the backups' storage.
    "dbbackup": BACKUP_STORAGE,
}
# Encrypted with GPG for this key (its fingerprint; the public key imported with `gpg --import`
# into the keyring of the user running the backups) when set; only the holder of the secret key
# can restore them.
DBBACKUP_GPG_RECIPIENT = env("BACKUP_GPG_RECIPIENT", default="") or None
# The key is named by its fingerprint: no web of trust to consult.
DBBACKUP_GPG_ALWAYS_TRUST = True
# Retention: the last BACKUP_KEEP backups, and those of the 1st of each month for
# BACKUP_KEEP_MONTHLY months.
DBBACKUP_CLEANUP_KEEP = env.int("BACKUP_KEEP", default=14)
DBBACKUP_CLEANUP_KEEP_MEDIA = DBBACKUP_CLEANUP_KEEP
BACKUP_KEEP_MONTHLY = env.int("BACKUP_KEEP_MONTHLY", default=12)


def _keep_monthly_backup(filename):
    from jumelage.backups import keep_monthly

    return keep_monthly(filename)


DBBACKUP_CLEANUP_KEEP_FILTER = _keep_monthly_backup

# The connectors that restore atomically (jumelage/backups.py).
DBBACKUP_CONNECTOR_MAPPING = {
    "django.db.backends.sqlite3": "jumelage.backups.SqliteConnector",
    "django.db.backends.postgresql": "jumelage.backups.PostgresConnector",
}

# No avatar fetched from Gravatar (nothing leaves the site), no "what's new" banner: the
# volunteers' dashboard shows their own work first.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_SITE_NAME = "Association des Jumelages d'Aix-en-Provence"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", default="http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Redirects for every language are created by jumelage.redirects (Wagtail's own handler
# only knows the language active at the time of the change).
WAGTAILREDIRECTS_AUTO_CREATE = False
# Pictures carry their description for the blind in French and English (jumelage.CustomImage).
WAGTAILIMAGES_IMAGE_MODEL = "jumelage.CustomImage"
# Re-encodes uploads (jumelage.uploads.SafeImageForm) and asks for the descriptions.
WAGTAILIMAGES_IMAGE_FORM_BASE = "jumelage.forms.ImageForm"
# Addresses made from French titles stay plain ASCII (/soiree-des-villes-jumelles/, not an
# encoded /soir%C3%A9e-.../), like the demo pages' and those typed by hand.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Uploads: raster images only (never SVG), re-encoded on upload (jumelage.uploads); documents
# are always downloaded, never shown inline (an HTML or SVG file could run scripts).
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env.int("WAGTAILIMAGES_MAX_UPLOAD_MB", default=10) * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "xlsx", "ods", "txt", "csv"]
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = env.int("WAGTAILDOCS_MAX_UPLOAD_MB", default=20) * 1024 * 1024
# templates/wagtailembeds/embed_frontend.html sizes videos in CSS: Wagtail's own wrapper writes
# a style attribute, which the Content-Security-Policy refuses.
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

LOGIN_URL = "wagtailadmin_login"
# django-axes first: it refuses a locked-out login before Django checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

# Security headers. The public site's Content-Security-Policy allows nothing inline: scripts and
# styles come from our static files; map tiles from OpenStreetMap; videos from the embed
# providers. The admins (Wagtail's and Django's) still need inline scripts and styles: they get
# ADMIN_CONTENT_SECURITY_POLICY (jumelage.security). frame-ancestors 'self' lets Wagtail show
# its preview in a same-origin frame; nothing else may frame the site.
CSP_IMG_SOURCES = ["'self'", "data:", "https://tile.openstreetmap.org"]
CSP_FRAME_SOURCES = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://www.dailymotion.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": CSP_IMG_SOURCES,
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "manifest-src": ["'self'"],
        "frame-src": CSP_FRAME_SOURCES,
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": [*CSP_IMG_SOURCES, "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *CSP_FRAME_SOURCES],
        "worker-src": ["'self'", "blob:"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
}
# Admin paths that get ADMIN_CONTENT_SECURITY_POLICY.
ADMIN_URL_PREFIXES = ("/admin/", "/django-admin/")
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
CSRF_COOKIE_SAMESITE = "Lax"

# Brute-force protection of both admins' logins (django-axes): after AXES_FAILURE_LIMIT failures
# an account *from one address*, and separately an address whatever the accounts it tries, is
# locked for AXES_COOLOFF_MINUTES. The account alone is never locked: anyone could then lock
# the administrator out from anywhere, again and again. The address is read behind
# TRUSTED_PROXY_COUNT proxies, an IPv6 /64 counting as one (jumelage.security.counted_address).
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=30))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
# A success does not wipe the failures: an address's count is against every account, and one
# volunteer signing in would otherwise clear their guesses at the administrator's password.
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "jumelage.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "jumelage.security.counted_address"
AXES_ALLOWED_CORS_ORIGINS = "null"
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)

# Background work (django-tasks, as Wagtail uses it). "renditions" makes the pictures of an
# uploaded image or a published page (jumelage/images.py); "immediate" runs a task when the
# transaction commits, at the end of the editor's request.
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "renditions": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
}

# The periodic jobs (jumelage/jobs.py, run by `manage.py run_periodic_jobs`, each once whatever
# the number of servers): among them a complete backup every night at NIGHTLY_BACKUP_HOUR (0 to
# 23, in TIME_ZONE), unless NIGHTLY_BACKUP is off (backups made some other way).
NIGHTLY_BACKUP = env.bool("NIGHTLY_BACKUP", default=True)
NIGHTLY_BACKUP_HOUR = env.int("NIGHTLY_BACKUP_HOUR", default=3)
if not 0 <= NIGHTLY_BACKUP_HOUR <= 23:
    raise ImproperlyConfigured("NIGHTLY_BACKUP_HOUR is an hour of the day, from 0 to 23.")

EMAIL_BACKEND = env("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="site@jumelages-aix.invalid")
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Who is told of a new project application (the site settings' e-mail address when empty).
PROJECT_APPLICATION_NOTICE_TO = env.list("PROJECT_APPLICATION_NOTICE_TO", default=[])
PROJECT_APPLICATION_MAX_UPLOAD_MB = env.int("PROJECT_APPLICATION_MAX_UPLOAD_MB", default=5)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    # Standard output: the process manager (systemd, a container) keeps and rotates the logs.
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "plain",
        }
    },
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        # One line per background task and per page event is noise on a small site.
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # fpdf2 subsets the minutes' fonts with fontTools, which logs every table at INFO.
        "fontTools": {"level": "WARNING"},
        # django-axes logs each start and each failed login (the lockouts are warnings).
        "axes": {"level": "WARNING"},
    },
}
