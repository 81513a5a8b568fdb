"""WSGI entry point, used by gunicorn in production."""

import os

from django.core.wsgi import get_wsgi_application

from jumelage.startup import settings_or_exit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "jumelage.settings.production")
settings_or_exit()

application = get_wsgi_application()
