"""Site settings: the association's details, edited by volunteers in Settings → Site settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and links shown in every page's footer, edited by volunteers."""

    address = models.TextField(
        _("Postal address"), blank=True, help_text=_("Shown in the footer, line by line.")
    )
    email = models.EmailField(_("E-mail address"), blank=True)
    phone = models.CharField(_("Telephone"), max_length=40, blank=True)
    footer_text = models.CharField(
        _("Footer text"),
        max_length=255,
        blank=True,
        help_text=_("One sentence about the association, shown in the footer."),
    )
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    instagram_url = models.URLField(_("Instagram account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    legal_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Legal notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("email"), FieldPanel("phone")],
            heading=_("Contact details"),
        ),
        FieldPanel("footer_text"),
        MultiFieldPanel(
            [FieldPanel("facebook_url"), FieldPanel("instagram_url"), FieldPanel("youtube_url")],
            heading=_("Social networks"),
        ),
        MultiFieldPanel(
            [FieldPanel("legal_notice_page"), FieldPanel("privacy_page")],
            heading=_("Legal pages linked from the footer"),
        ),
    ]

    class Meta:
        verbose_name = _("Site settings")
