from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """Twin cities and partner organisations (filled by the twin-cities issue)."""

    name = "partners"
    verbose_name = _("Twin cities and partners")

    def ready(self):
        from jumelage.pagecache import invalidate_on_change

        from .models import PartnerOrganisation

        # Partners are snippets, saved without a page publication.
        invalidate_on_change(PartnerOrganisation)
