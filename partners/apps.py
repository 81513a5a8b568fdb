from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """Twin cities and partner organisations (filled by the twin-cities issue)."""

    name = "partners"
    verbose_name = _("Twin cities and partners")

    def ready(self):
        from jumelage.completeness import track

        from .models import PartnerOrganisation

        # Partners are snippets, not pages: their translations are followed on each save.
        track(PartnerOrganisation)
