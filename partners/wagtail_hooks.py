"""The twin cities' and partners' place in the admin, the home page, the footer and the demo."""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from jumelage.images import prefetch_renditions
from jumelage.models import Section
from jumelage.queries import public

from .models import PartnerOrganisation, TwinCityPage


class PartnerOrganisationViewSet(SnippetViewSet):
    model = PartnerOrganisation
    icon = "group"
    menu_label = _("Partners")
    menu_order = 250
    add_to_admin_menu = True
    list_display = ["name", "kind", "twin_city", "main_funder"]
    list_filter = ["kind", "main_funder"]
    search_fields = ["name"]


register_snippet(PartnerOrganisationViewSet)


@hooks.register("jumelage_home_sections")
def twin_cities_on_home(page, request):
    cities = (
        public(TwinCityPage.objects.live())
        .select_related("image")
        .prefetch_related(prefetch_renditions("image", "card"))
        .order_by("title")
    )
    return Section(
        title=_("Our twin cities"),
        template="partners/includes/city_cards.html",
        items=list(cities),
    )


@hooks.register("jumelage_footer_sections")
def main_funders_in_footer(request):
    funders = (
        PartnerOrganisation.objects.filter(main_funder=True)
        .select_related("logo")
        .prefetch_related(prefetch_renditions("logo", "footer_logo"))
    )
    return Section(
        title=_("With the support of"),
        template="partners/includes/footer_funders.html",
        items=list(funders),
    )


@hooks.register("jumelage_demo_content")
def twin_cities_demo_content(builder, home):
    from .demo import build_demo

    build_demo(builder, home)
