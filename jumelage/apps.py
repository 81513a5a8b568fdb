from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JumelageConfig(AppConfig):
    """The shared core: home and standard pages, site settings, bilingual plumbing."""

    name = "jumelage"
    verbose_name = _("Twinning association site")

    def ready(self):
        from . import (  # noqa: F401  (signal receivers, and the backups' system check)
            backups,
            completeness,
            images,
            pagecache,
            queries,
            redirects,
            routing,
            search,
        )
        from .models import HomePage

        # Connected here, where the image model (maybe a custom one) is known.
        pagecache.connect_signals()
        images.connect_signals()

        # After wagtail-modeltranslation has put its own route on every page class.
        routing.install(HomePage)
