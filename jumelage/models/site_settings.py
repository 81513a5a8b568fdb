"""Site settings: the association's details, edited by volunteers in Settings → Site settings."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Contact details and links shown in every page's footer, and the association's legal
    details shown on the legal notice and privacy pages, edited by volunteers."""

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
        help_text=_(
            "Linked from the footer. The publisher and host below are shown at its top: do not "
            "write them again in the page."
        ),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("Privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Linked from the footer and from every form. Who is responsible for the data and "
            "whom to write to are shown at its top."
        ),
    )

    # The legal notice (publisher and host), required of every French website. Leave empty
    # what the association does not have: the page then leaves the line out.
    legal_name = models.CharField(
        _("Name of the association"),
        max_length=200,
        blank=True,
        help_text=_("Its name as registered at the prefecture."),
    )
    legal_form = models.CharField(
        _("Legal form"),
        max_length=120,
        blank=True,
        help_text=_("E.g. “association loi 1901” (in English: “non-profit association”)."),
    )
    registered_office = models.TextField(
        _("Registered office"),
        blank=True,
        help_text=_(
            "The address registered at the prefecture, line by line. If empty, the postal "
            "address above."
        ),
    )
    rna_number = models.CharField(
        _("RNA number"),
        max_length=10,
        blank=True,
        validators=[
            RegexValidator(
                r"^W\d{9}$", _("The RNA number is a W followed by 9 digits, e.g. W131000000.")
            )
        ],
        help_text=_("The association's number in the national register (W and 9 digits)."),
    )
    siret = models.CharField(
        _("SIRET number"),
        max_length=17,
        blank=True,
        validators=[RegexValidator(r"^(\d ?){13}\d$", _("The SIRET number has 14 digits."))],
        help_text=_("Only if the association has one (14 digits)."),
    )
    publication_director = models.CharField(
        _("Publication director"),
        max_length=120,
        blank=True,
        help_text=_(
            "The person answerable for what the site publishes, usually the president: first "
            "name and surname."
        ),
    )
    host_name = models.CharField(
        _("Host"),
        max_length=200,
        blank=True,
        help_text=_("The company whose servers hold the site."),
    )
    host_address = models.TextField(_("Host's address"), blank=True)
    host_phone = models.CharField(_("Host's telephone"), max_length=40, blank=True)
    host_website = models.URLField(_("Host's website"), blank=True)
    privacy_email = models.EmailField(
        _("E-mail for personal data"),
        blank=True,
        help_text=_(
            "Where people write to see, correct or delete their data. If empty, the e-mail "
            "address above."
        ),
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
        MultiFieldPanel(
            [
                FieldPanel("legal_name"),
                FieldPanel("legal_form"),
                FieldPanel("registered_office"),
                FieldPanel("rna_number"),
                FieldPanel("siret"),
                FieldPanel("publication_director"),
                FieldPanel("privacy_email"),
            ],
            heading=_("Publisher of the site (legal notice)"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("host_name"),
                FieldPanel("host_address"),
                FieldPanel("host_phone"),
                FieldPanel("host_website"),
            ],
            heading=_("Host of the site (legal notice)"),
        ),
    ]

    class Meta:
        verbose_name = _("Site settings")

    @property
    def office(self):
        """The registered office, else the postal address."""
        return self.registered_office or self.address

    @property
    def office_inline(self):
        """The registered office on one line, its lines separated by commas."""
        return ", ".join(line.strip() for line in self.office.splitlines() if line.strip())

    @property
    def data_protection_email(self):
        return self.privacy_email or self.email

    @property
    def has_publisher(self):
        details = (self.legal_name, self.legal_form, self.office, self.rna_number, self.siret)
        return any((*details, self.publication_director, self.email, self.phone))

    @property
    def has_host(self):
        return any((self.host_name, self.host_address, self.host_phone, self.host_website))
