"""The shared core's place in the Wagtail admin (the translation completeness report, its
dashboard panel and the page listing's markers) and in the footer (the public forms)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views
from .models import FormPage, Section
from .queries import public


@hooks.register("register_admin_urls")
def register_admin_urls():
    report = admin_views.TranslationReportView
    return [
        path("translations/", report.as_view(), name="jumelage_translation_report"),
        path(
            "translations/results/",
            report.as_view(results_only=True),
            name="jumelage_translation_report_results",
        ),
        path("guide/", admin_views.editing_guide, name="jumelage_editing_guide"),
        path(
            "translations/<int:state_id>/up-to-date/",
            admin_views.mark_up_to_date,
            name="jumelage_translation_up_to_date",
        ),
    ]


@hooks.register("register_reports_menu_item")
def translation_report_menu_item():
    return MenuItem(
        _("Translations to do"),
        reverse("jumelage_translation_report"),
        icon_name="globe",
        order=50,
    )


@hooks.register("construct_homepage_panels")
def translation_panel(request, panels):
    panels.append(admin_views.TranslationPanel())


@hooks.register("construct_page_listing_buttons")
def translation_markers(buttons, page, user, context=None):
    request = context and context.get("request")
    if request is None:
        return
    if not hasattr(request, "_translation_markers"):
        request._translation_markers = admin_views.ListingMarkers()
    buttons.extend(request._translation_markers.buttons(page))
    buttons.sort()


@hooks.register("register_admin_menu_item")
def editing_guide_menu_item():
    return MenuItem(
        _("Editing guide"), reverse("jumelage_editing_guide"), icon_name="help", order=10_000
    )


@hooks.register("jumelage_footer_sections")
def form_pages_in_footer(request):
    """The public forms (contact, volunteering) under "Take part" in every page's footer."""
    return Section(
        title=_("Take part"),
        template="jumelage/includes/footer_forms.html",
        items=list(public(FormPage.objects.live()).order_by("path")),
    )
