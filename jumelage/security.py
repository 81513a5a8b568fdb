"""Security headers beyond Django's SecurityMiddleware, and the client address behind a proxy.

- `ContentSecurityPolicyMiddleware`: django-csp's middleware, with the admins' own policy
  (`ADMIN_CONTENT_SECURITY_POLICY`) under `ADMIN_URL_PREFIXES`: Wagtail's and Django's admins
  still write inline scripts and styles, the public site writes none.
- `SecurityHeadersMiddleware`: Permissions-Policy and Cross-Origin-Resource-Policy.
- `client_ip`: the visitor's address behind the trusted proxies, read by one rule for the
  logs (gunicorn's access log: `access_log`), and `counted_address`, the same with an IPv6
  address counted by its /64, for the login lock (django-axes) and the forms' limits.
- `lockout_response`: the page of a login locked by django-axes, in French and English (the
  admins' login pages are in French, but the person locked out may not read it).
"""

import ipaddress

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import HttpResponse
from django.template import loader


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp, with the admins' policy for the admins' URLs."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if (
            not report_only
            and parts.config is None
            and request.path_info.startswith(settings.ADMIN_URL_PREFIXES)
        ):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts


class SecurityHeadersMiddleware:
    """Headers every response carries unless a view set its own."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.PERMISSIONS_POLICY:
            response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if settings.CROSS_ORIGIN_RESOURCE_POLICY:
            response.headers.setdefault(
                "Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY
            )
        return response


def client_ip(request):
    """The visitor's address behind the trusted proxies (see `address_from`), as the logs
    name it."""
    return address_from(request.META, settings.TRUSTED_PROXY_COUNT)


def counted_address(request):
    """The address the login lock and the forms' limits count: the visitor's, except that an
    IPv6 address counts for its whole /64, which one subscriber usually holds (counted by
    /128, a visitor would change address at each try). An IPv4 address written as IPv6
    (::ffff:192.0.2.1) counts as itself."""
    address = client_ip(request)
    try:
        parsed = ipaddress.ip_address(address.strip("[]"))
    except ValueError:
        return address
    if parsed.version == 6 and parsed.ipv4_mapped:
        return str(parsed.ipv4_mapped)
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False).network_address)
    return str(parsed)


def address_from(meta, proxy_count):
    """The visitor's address in a WSGI environ (or a request's META): REMOTE_ADDR, or, behind
    `proxy_count` proxies, the address the outermost trusted proxy saw (counted from the right
    of X-Forwarded-For, since a client can write anything on its left)."""
    remote = meta.get("REMOTE_ADDR", "")
    if proxy_count <= 0:
        return remote
    forwarded = [
        part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()
    ]
    if len(forwarded) >= proxy_count:
        chosen = forwarded[-proxy_count]
    else:
        chosen = forwarded[0] if forwarded else remote
    try:
        ipaddress.ip_address(chosen.strip("[]"))
    except ValueError:  # a proxy misconfigured, or a header written by hand: not an address
        return remote
    return chosen.strip("[]")


def lockout_response(request, original_response=None, credentials=None):
    """429 Too Many Requests, with when to try again, in both languages."""
    minutes = max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))
    body = loader.render_to_string("jumelage/lockout.html", {"minutes": minutes}, request=request)
    response = HttpResponse(body, status=429)
    response["Retry-After"] = str(minutes * 60)
    response["Cache-Control"] = "no-store"
    return response
