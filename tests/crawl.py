"""A crawler of the public site through Django's test client, shared by the tests that must
see every page a visitor can reach (the switcher, hostile input, the HTML checker).

It starts from the home pages (`/fr/`, `/en/`) and follows the site's own links, so pages added
later are covered without a list to keep. A view is visited once per *shape*: its path and the
names of its query's parameters (`/fr/evenements/calendrier/?month=` once, not once per month:
the calendar's "next month" never ends)."""

import dataclasses
from collections import deque
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit

from bs4 import BeautifulSoup

START = ("/fr/", "/en/")
NOT_PAGES = ("/admin/", "/django-admin/", "/static/", "/media/", "/documents/")
HOST = "testserver"


@dataclasses.dataclass
class Form:
    method: str
    action: str  # a path with its query, resolved against the page
    fields: list  # [(name, type, value, options)]; options for a select, else ()
    enctype: str


@dataclasses.dataclass
class Crawled:
    url: str  # path and query
    html: str
    kind: str  # the page type and sub-view, e.g. "EventIndexPage:month"
    language: str
    links: list  # internal URLs (path and query) found on the page
    forms: list

    @property
    def path(self):
        return urlsplit(self.url).path

    def soup(self):
        return BeautifulSoup(self.html, "html.parser")


def internal(url, base):
    """`url` as a path and query if it is an HTML page of this site, else None."""
    absolute = urljoin("http://" + HOST + base, url)
    parts = urlsplit(absolute)
    if parts.scheme not in ("http", "https") or parts.netloc != HOST:
        return None
    if parts.path.startswith(NOT_PAGES) or not parts.path.startswith(START):
        return None
    return parts.path + ("?" + parts.query if parts.query else "")


def shape(url):
    parts = urlsplit(url)
    return parts.path, tuple(sorted({key for key, _v in parse_qsl(parts.query, True)}))


def page_kind(response):
    """What kind of view answered: the page's type and its sub-view, or the URL's name."""
    context = response.context
    page = None
    view_name = ""
    if context is not None:
        try:
            page = context["page"]
        except KeyError:
            page = None
        try:
            view_name = context["view_name"]
        except KeyError:
            view_name = ""
    if page is not None and getattr(page, "pk", None):
        return f"{type(page).__name__}:{view_name}"
    match = response.resolver_match
    return f"view:{match.url_name if match else '?'}"


def read_forms(soup, base):
    forms = []
    for form in soup.find_all("form"):
        action = form.get("action")
        target = internal(action, base) if action else base
        if target is None:
            continue
        fields = []
        for control in form.find_all(["input", "select", "textarea"]):
            name = control.get("name")
            if not name:
                continue
            if control.name == "select":
                options = [o.get("value", o.get_text()) for o in control.find_all("option")]
                fields.append((name, "select", "", tuple(options)))
            elif control.name == "textarea":
                fields.append((name, "textarea", control.get_text(), ()))
            else:
                kind = (control.get("type") or "text").lower()
                flags = ("hidden-from-people",) if control.get("tabindex") == "-1" else ()
                fields.append((name, kind, control.get("value", ""), flags))
        forms.append(
            Form(
                method=(form.get("method") or "get").lower(),
                action=target,
                fields=fields,
                enctype=form.get("enctype", ""),
            )
        )
    return forms


def crawl(client, limit=600):
    """Every HTML page reachable from the home pages, once per shape, in visiting order."""
    queue = deque(START)
    seen = set()
    pages = []
    while queue and len(pages) < limit:
        url = queue.popleft()
        if shape(url) in seen:
            continue
        seen.add(shape(url))
        response = client.get(url)
        if response.status_code in (301, 302):
            target = internal(response["Location"], url)
            if target:
                queue.append(target)
            continue
        if response.status_code != 200 or "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        soup = BeautifulSoup(html, "html.parser")
        links = []
        for anchor in soup.find_all("a", href=True):
            target = internal(anchor["href"], url)
            if target:
                links.append(target)
                queue.append(target)
        forms = read_forms(soup, url)
        for form in forms:  # a filled-in search or filter form leads to a view too
            if form.method == "get":
                queue.append(with_query(urlsplit(form.action).path, sample_values(form)))
        pages.append(
            Crawled(
                url=url,
                html=html,
                kind=page_kind(response),
                language=url.split("/")[1],
                links=links,
                forms=forms,
            )
        )
    return pages


def sample_values(form, text="Masis"):
    """What a visitor would send with the form: the first real choice of each list, the hidden
    values, each box ticked, `text` in text fields (a honeypot, hidden from people, empty)."""
    pairs = []
    for name, kind, value, options in form.fields:
        if kind == "select":
            choices = [option for option in options if option]
            pairs.append((name, choices[0] if choices else ""))
        elif kind in ("hidden", "submit"):
            pairs.append((name, value))
        elif kind in ("checkbox", "radio"):
            if (name, value) not in pairs and not any(n == name for n, _v in pairs):
                pairs.append((name, value or "on"))
        elif "hidden-from-people" in options:
            pairs.append((name, ""))
        elif kind == "email":
            pairs.append((name, "visiteur@example.org"))
        elif kind == "date":
            pairs.append((name, "2027-05-09"))
        elif kind == "number":
            pairs.append((name, "12"))
        elif kind == "tel":
            pairs.append((name, "+33 4 42 00 00 00"))
        elif kind != "file":
            pairs.append((name, text))
    return pairs


_CRAWLED = {}


def crawl_once(client):
    """The crawl, made once per test run (the demo site is the same in every test)."""
    from django.db import connection

    key = connection.vendor
    if key not in _CRAWLED:
        _CRAWLED[key] = crawl(client)
    return _CRAWLED[key]


def post_form(client, form, pairs, files=None):
    """Posts a form's values back (and its files), as a browser would."""
    from django.core.cache import cache

    cache.clear()  # the forms' rate limits would soon answer "too many" instead
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    data.update(files or {})
    return client.post(form.action, data)


def with_query(path, pairs):
    query = urlencode(pairs, doseq=True)
    return path + ("?" + query if query else "")
