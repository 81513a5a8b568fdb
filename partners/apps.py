from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PartnersConfig(AppConfig):
    """Twin cities and partner organisations (filled by the twin-cities issue)."""

    name = "partners"
    verbose_name = _("Twin cities and partners")

    def ready(self):
        from wagtail.signals import page_published

        from jumelage.completeness import track
        from jumelage.pagecache import invalidate_on_change

        from .models import PartnerOrganisation, TwinCityPage

        # Partners are snippets, not pages: their translations are followed on each save, and
        # a change empties the page cache (no page publication tells it).
        track(PartnerOrganisation)
        invalidate_on_change(PartnerOrganisation)
        page_published.connect(
            city_collection, sender=TwinCityPage, dispatch_uid="partners-city-collection"
        )


def city_collection(sender, instance, **kwargs):
    """Each twin city gets its collection in the image library when first published."""
    from jumelage.collections import TWIN_CITIES, collection_for

    collection_for(TWIN_CITIES, instance.title_fr)
