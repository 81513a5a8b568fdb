"""gunicorn's access log with the visitor's address (`gunicorn.conf.py` names this logger).

Behind the proxy, gunicorn's `%(h)s` is the proxy's own address on every line: this logger
writes the address `security.client_ip` counts instead, by the same rule (TRUSTED_PROXY_COUNT
entries of X-Forwarded-For), so that a log line and a rate limit speak of the same visitor."""

import os

from gunicorn.glogging import Logger

from .security import address_from


def trusted_proxy_count():
    """From the settings once Django is loaded (gunicorn preloads the application), else from
    the environment as the settings read it."""
    from django.conf import settings

    if settings.configured:
        return settings.TRUSTED_PROXY_COUNT
    return int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))


class VisitorAddressLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        atoms["h"] = address_from(environ, trusted_proxy_count()) or "-"
        return atoms
