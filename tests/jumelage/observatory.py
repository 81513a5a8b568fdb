"""A scorer implementing the Mozilla HTTP Observatory's rubric (the 2024 version, run by MDN):
start at 100, add each test's modifier, and count the bonuses only when the score without
them is 90 or more. It reads one response's headers, cookies and HTML, plus the answer to the
same URL over plain HTTP (the redirection test). Each test returns (name, result, modifier).

Modifiers, from the rubric's table (tests that need the real network, such as the HSTS preload
list, score as they would for a host that is not preloaded):
- Content-Security-Policy: default-src 'none' and no unsafe +10; no unsafe 0; 'unsafe-inline'
  in style-src only 0; insecure scheme for passive content -10; 'unsafe-eval' -10;
  'unsafe-inline' (or a wildcard/scheme source) for scripts -20; insecure scheme -20; missing
  or invalid -25.
- Cookies: all Secure, session cookies HttpOnly, all SameSite +5; none 0; without SameSite 0;
  anti-CSRF cookie without SameSite -20; without Secure -20; session cookie without HttpOnly
  -30; session cookie without Secure -40.
- CORS: public or restricted 0; universal with credentials -50.
- Redirection: to HTTPS on the same host 0; missing or not to HTTPS -20.
- Referrer-Policy: no-referrer, same-origin, strict-origin(-when-cross-origin) +5; missing 0;
  unsafe -5.
- Strict-Transport-Security: at least six months 0; less -10; missing or invalid -20.
- Subresource Integrity: all scripts from the same origin, or none, 0; external scripts with
  integrity over HTTPS +5; external without integrity over HTTPS -5; over HTTP -50.
- X-Content-Type-Options: nosniff 0; else -5.
- X-Frame-Options: through CSP frame-ancestors +5; DENY or SAMEORIGIN 0; else -20.
- Cross-Origin-Resource-Policy: missing or valid 0; invalid -5.
"""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

SIX_MONTHS = 15_768_000
PRIVATE_REFERRERS = {
    "no-referrer",
    "same-origin",
    "strict-origin",
    "strict-origin-when-cross-origin",
}
UNSAFE_REFERRERS = {
    "origin",
    "origin-when-cross-origin",
    "unsafe-url",
    "no-referrer-when-downgrade",
}
SCRIPT_WILDCARDS = {"*", "'unsafe-inline'", "data:", "http:", "https:"}


def parse_csp(header):
    directives = {}
    for part in header.split(";"):
        tokens = part.strip().split()
        if tokens:
            directives.setdefault(tokens[0].lower(), tokens[1:])
    return directives


def csp_test(headers):
    header = headers.get("Content-Security-Policy")
    if not header:
        return "csp-not-implemented", -25
    csp = parse_csp(header)
    if not csp:
        return "csp-header-invalid", -25
    default = csp.get("default-src", ["*"])
    scripts = csp.get("script-src", default)
    objects = csp.get("object-src", default)
    styles = csp.get("style-src", default)
    active = scripts + objects
    if set(scripts) & SCRIPT_WILDCARDS or set(objects) & (SCRIPT_WILDCARDS - {"'unsafe-inline'"}):
        return "csp-implemented-with-unsafe-inline", -20
    if any(source.startswith("http:") for source in active):
        return "csp-implemented-with-insecure-scheme", -20
    if "'unsafe-eval'" in scripts:
        return "csp-implemented-with-unsafe-eval", -10
    passive = [
        source for name, sources in csp.items() if name != "script-src" for source in sources
    ]
    if any(source.startswith("http:") for source in passive):
        return "csp-implemented-with-insecure-scheme-in-passive-content-only", -10
    if "'unsafe-inline'" in styles:
        return "csp-implemented-with-unsafe-inline-in-style-src-only", 0
    if default == ["'none'"]:
        return "csp-implemented-with-no-unsafe-default-src-none", 10
    return "csp-implemented-with-no-unsafe", 0


def cookies_test(cookies):
    """`cookies`: a SimpleCookie (Django's response.cookies)."""
    if not cookies:
        return "cookies-not-found", 0
    results = []
    for name, morsel in cookies.items():
        session = "session" in name.lower() or "login" in name.lower()
        anticsrf = "csrf" in name.lower()
        if not morsel["secure"]:
            results.append(
                ("cookies-session-without-secure-flag", -40)
                if session
                else ("cookies-without-secure-flag", -20)
            )
        if session and not morsel["httponly"]:
            results.append(("cookies-session-without-httponly-flag", -30))
        if not morsel["samesite"]:
            results.append(
                ("cookies-anticsrf-without-samesite-flag", -20)
                if anticsrf
                else ("cookies-secure-with-httponly-sessions", 0)
            )
        elif morsel["samesite"].lower() not in {"strict", "lax", "none"}:
            results.append(("cookies-samesite-flag-invalid", -20))
    if not results:
        return "cookies-secure-with-httponly-sessions-and-samesite", 5
    return min(results, key=lambda result: result[1])


def cors_test(headers):
    origin = headers.get("Access-Control-Allow-Origin")
    if not origin:
        return "cross-origin-resource-sharing-not-implemented", 0
    if origin == "*" and headers.get("Access-Control-Allow-Credentials", "").lower() == "true":
        return "cross-origin-resource-sharing-implemented-with-universal-access", -50
    return "cross-origin-resource-sharing-implemented-with-public-access", 0


def redirection_test(http_response, host):
    if http_response is None:
        return "redirection-not-needed-no-http", 0
    location = http_response.headers.get("Location", "")
    if http_response.status_code not in (301, 302, 307, 308) or not location:
        return "redirection-missing", -20
    target = urlsplit(location)
    if target.scheme != "https":
        return "redirection-not-to-https", -20
    if target.hostname != host:
        return "redirection-off-host-from-http", -5
    return "redirection-to-https", 0


def referrer_test(headers):
    value = headers.get("Referrer-Policy")
    if not value:
        return "referrer-policy-not-implemented", 0
    last = value.split(",")[-1].strip().lower()
    if last in PRIVATE_REFERRERS:
        return "referrer-policy-private", 5
    if last in UNSAFE_REFERRERS:
        return "referrer-policy-unsafe", -5
    return "referrer-policy-header-invalid", -5


def hsts_test(headers):
    value = headers.get("Strict-Transport-Security")
    if not value:
        return "hsts-not-implemented", -20
    match = re.search(r"max-age=\"?(\d+)", value, re.IGNORECASE)
    if not match:
        return "hsts-header-invalid", -20
    if int(match.group(1)) < SIX_MONTHS:
        return "hsts-implemented-max-age-less-than-six-months", -10
    return "hsts-implemented-max-age-at-least-six-months", 0


class _Scripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.scripts = []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.scripts.append(dict(attrs))


def sri_test(headers, html, host):
    if "html" not in headers.get("Content-Type", ""):
        return "sri-not-implemented-response-not-html", 0
    parser = _Scripts()
    parser.feed(html)
    external = []
    for script in parser.scripts:
        src = script.get("src")
        if not src:
            continue
        parts = urlsplit(src)
        if parts.netloc and parts.hostname != host:
            external.append((parts.scheme, bool(script.get("integrity"))))
    if not [s for s in parser.scripts if s.get("src")]:
        return "sri-not-implemented-but-no-scripts-loaded", 0
    if not external:
        return "sri-not-implemented-but-all-scripts-loaded-from-secure-origin", 0
    if any(scheme == "http" for scheme, _integrity in external):
        return "sri-not-implemented-and-external-scripts-not-loaded-securely", -50
    if all(integrity for _scheme, integrity in external):
        return "sri-implemented-and-external-scripts-loaded-securely", 5
    return "sri-not-implemented-but-external-scripts-loaded-securely", -5


def xcto_test(headers):
    value = headers.get("X-Content-Type-Options")
    if not value:
        return "x-content-type-options-not-implemented", -5
    if value.strip().lower() == "nosniff":
        return "x-content-type-options-nosniff", 0
    return "x-content-type-options-header-invalid", -5


def xfo_test(headers):
    csp = parse_csp(headers.get("Content-Security-Policy", ""))
    ancestors = csp.get("frame-ancestors")
    if ancestors and "*" not in ancestors:
        return "x-frame-options-implemented-via-csp", 5
    value = headers.get("X-Frame-Options", "").strip().upper()
    if value in ("DENY", "SAMEORIGIN"):
        return "x-frame-options-sameorigin-or-deny", 0
    if not value:
        return "x-frame-options-not-implemented", -20
    return "x-frame-options-header-invalid", -20


def corp_test(headers):
    value = headers.get("Cross-Origin-Resource-Policy")
    if not value:
        return "cross-origin-resource-policy-not-implemented", 0
    if value.strip().lower() in ("same-origin", "same-site", "cross-origin"):
        return f"cross-origin-resource-policy-implemented-with-{value.strip().lower()}", 0
    return "cross-origin-resource-policy-header-invalid", -5


def score(response, http_response, host):
    """(score, grade, {test: (result, modifier)}) of one HTTPS response."""
    headers = response.headers
    html = response.content.decode("utf-8", "replace")
    tests = {
        "content-security-policy": csp_test(headers),
        "cookies": cookies_test(response.cookies),
        "cross-origin-resource-sharing": cors_test(headers),
        "redirection": redirection_test(http_response, host),
        "referrer-policy": referrer_test(headers),
        "strict-transport-security": hsts_test(headers),
        "subresource-integrity": sri_test(headers, html, host),
        "x-content-type-options": xcto_test(headers),
        "x-frame-options": xfo_test(headers),
        "cross-origin-resource-policy": corp_test(headers),
    }
    penalties = 100 + sum(modifier for _result, modifier in tests.values() if modifier < 0)
    bonuses = sum(modifier for _result, modifier in tests.values() if modifier > 0)
    total = max(0, penalties + (bonuses if penalties >= 90 else 0))
    return total, grade(total), tests


def grade(total):
    for floor, letter in (
        (100, "A+"), (90, "A"), (85, "A-"), (80, "B+"), (70, "B"), (65, "B-"),
        (60, "C+"), (50, "C"), (45, "C-"), (40, "D+"), (30, "D"), (25, "D-"),
    ):  # fmt: skip
        if total >= floor:
            return letter
    return "F"
