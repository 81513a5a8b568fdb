"""What manage.py and the WSGI entry point do before Django starts: read the settings, and
when one is missing or unfit (production.py's MissingSetting, an invalid value), stop with the
sentence that says what to do, not a traceback of thirty frames around it, at every restart."""

import sys


def settings_or_exit():
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reading one setting imports the module
    except ImproperlyConfigured as error:
        sys.stderr.write(f"Configuration error: {error}\n")
        raise SystemExit(1) from None
