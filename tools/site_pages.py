"""Every page type of the public site, in French and in English, as the demo content
(`manage.py load_demo_content`) publishes it: one line per page.

Shared by the accessibility browser tests (tests/browser/test_accessibility.py, every page),
`make lighthouse` (tools/lighthouse.py, the pages marked `lighthouse`) and `make screenshots`
(tools/screenshots.py, every page). A new page type is one more line here.

`status` is the HTTP status the page answers with; an error page (not 200) is shown by the
tests from a server with DEBUG off (DEBUG replaces it with Django's own). `submit` names the
submit button to press after loading the page (a form sent empty, to show its errors).
"""

from dataclasses import dataclass

LANGUAGES = ("fr", "en")


@dataclass(frozen=True)
class SitePage:
    name: str
    fr: str
    en: str
    lighthouse: bool = False
    status: int = 200
    submit: dict | None = None

    def path(self, language):
        return getattr(self, language)


PAGES = [
    SitePage("home", "/fr/", "/en/", lighthouse=True),
    SitePage("standard-page", "/fr/a-propos/", "/en/about-us/"),
    SitePage("legal-notice", "/fr/mentions-legales/", "/en/legal-notice/"),
    SitePage("event-index", "/fr/evenements/", "/en/events/", lighthouse=True),
    SitePage(
        "event",
        "/fr/evenements/fete-de-l-europe/",
        "/en/events/europe-festival/",
        lighthouse=True,
    ),
    # An event held abroad (Perugia: its times are in the venue's time zone).
    SitePage(
        "event-abroad",
        "/fr/evenements/gemelle-in-piazza-perouse/",
        "/en/events/gemelle-in-piazza-perugia/",
    ),
    # A month with three events (past: the demo's dates do not move with today's date).
    SitePage(
        "event-month",
        "/fr/evenements/calendrier/?month=2024-09",
        "/en/events/calendar/?month=2024-09",
    ),
    SitePage("event-archive", "/fr/evenements/archives/", "/en/events/archive/"),
    SitePage("twin-city-index", "/fr/villes-jumelles/", "/en/twin-cities/", lighthouse=True),
    SitePage("twin-city", "/fr/villes-jumelles/masis/", "/en/twin-cities/masis/", lighthouse=True),
    SitePage("partners", "/fr/partenaires/", "/en/partners/", lighthouse=True),
    SitePage("news-index", "/fr/actualites/", "/en/news/"),
    SitePage(
        "news",
        "/fr/actualites/signature-du-jumelage-aix-masis/",
        "/en/news/aix-masis-twinning-signed/",
    ),
    SitePage("project-index", "/fr/projets/", "/en/projects/", lighthouse=True),
    SitePage(
        "project",
        "/fr/projets/sante-mentale-masis-2025/",
        "/en/projects/masis-mental-health-2025/",
        lighthouse=True,
    ),
    # A project the board granted an amount to (the demo's 2024 deliberations).
    SitePage(
        "project-granted",
        "/fr/projets/centre-de-la-jeunesse-masis/",
        "/en/projects/masis-youth-centre/",
    ),
    SitePage(
        "project-application",
        "/fr/projets/proposer-un-projet/",
        "/en/projects/propose-a-project/",
    ),
    SitePage(
        "project-application-errors",
        "/fr/projets/proposer-un-projet/",
        "/en/projects/propose-a-project/",
        submit={"fr": "Envoyer la proposition", "en": "Send the proposal"},
    ),
    SitePage("contact-form", "/fr/nous-contacter/", "/en/contact-us/"),
    SitePage(
        "contact-form-errors",
        "/fr/nous-contacter/",
        "/en/contact-us/",
        submit={"fr": "Envoyer", "en": "Send"},
    ),
    SitePage("form-thanks", "/fr/nous-contacter/?sent=1", "/en/contact-us/?sent=1"),
    SitePage("volunteer-form", "/fr/devenir-benevole/", "/en/volunteer-with-us/", lighthouse=True),
    SitePage("privacy-policy", "/fr/donnees-personnelles/", "/en/privacy-policy/"),
    SitePage("search-empty", "/fr/recherche/", "/en/search/"),
    SitePage("search-results", "/fr/recherche/?q=Masis", "/en/search/?q=Masis"),
    SitePage("search-no-result", "/fr/recherche/?q=zzyzx", "/en/search/?q=zzyzx"),
    SitePage(
        "not-found", "/fr/cette-page-n-existe-pas/", "/en/this-page-does-not-exist/", status=404
    ),
]


def pages(lighthouse=False):
    """(page, language) pairs: every page, or only those Lighthouse measures."""
    return [
        (page, language)
        for page in PAGES
        if page.lighthouse or not lighthouse
        for language in LANGUAGES
    ]
