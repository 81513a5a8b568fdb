"""Pages and settings every app builds on: the home page, standard pages, site settings."""

from dataclasses import dataclass
from decimal import Decimal

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import connection, models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.models import AbstractImage, AbstractRendition
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from .blocks import BaseStreamBlock
from .i18n import DEFAULT_LANGUAGE, is_filled, language_codes, localized_value


@dataclass
class Section:
    """A block of a page filled by another app (upcoming events on the home page, a twin
    city's projects...): a heading, the template that shows it, its items."""

    title: str
    template: str
    items: list
    id: str = ""


class BasePage(Page):
    """Abstract base of every public page: tells in which languages the page exists, previews
    each language, and lists the page's URL in each one for hreflang and the sitemap."""

    # A page exists in a language once its title is written in it; until then its URL in
    # that language shows the French text, marked as such and kept out of search engines.
    preview_modes = [("fr", _("French")), ("en", _("English"))]
    default_preview_mode = DEFAULT_LANGUAGE
    # The fields whose text goes into the site search, besides the title and description.
    search_text_fields = ()
    # What the site search calls this page ("event", "city", "project" or "page"), and
    # whether it offers it as a listing to browse when a search finds nothing.
    search_kind = "page"
    browse_from_search = False
    # The picture fields that stand for the page when it is shared, the first filled one wins.
    social_image_fields = ("hero_image", "image")

    class Meta:
        abstract = True

    def has_translation(self, language):
        return language == DEFAULT_LANGUAGE or is_filled(localized_value(self, "title", language))

    @property
    def available_languages(self):
        return [code for code in language_codes() if self.has_translation(code)]

    @property
    def social_image(self):
        """The page's own picture for sharing (Open Graph), or None for the site's default."""
        for name in self.social_image_fields:
            image = getattr(self, name, None)
            if image is not None:
                return image
        return None

    @property
    def is_fallback(self):
        """True when the visitor's language has no version of this page yet."""
        return not self.has_translation(translation.get_language())

    def get_view_restrictions(self):
        """Wagtail asks the database twice on every page served (ancestors, then their
        restrictions). Most pages have none: the cached list of restricted paths says so
        without a query; a page under a restriction (or an alias) asks Wagtail as before."""
        from .queries import restricted_paths

        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in restricted_paths()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def save_revision(self, *args, **kwargs):
        """Each saved draft dates the languages whose text it changed (completeness report)."""
        from .completeness import record

        revision = super().save_revision(*args, **kwargs)
        record(self, when=revision.created_at)
        return revision

    def serve_preview(self, request, mode_name):
        language = mode_name if mode_name in language_codes() else DEFAULT_LANGUAGE
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = super().serve_preview(request, mode_name)
            # A TemplateResponse renders lazily: render it while the language is active.
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            return response


class CustomImage(AbstractImage):
    """A picture of the library, with its description for people who cannot see it, in French
    and in English (`description_fr`, `description_en`), or marked decorative."""

    description = models.CharField(
        _("Description for the blind (alternative text)"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "What the picture shows and why it is there, as you would tell someone on the "
            "phone: “Stalls of the Christmas market on the Cours Mirabeau”, not “photo”."
        ),
    )
    is_decorative = models.BooleanField(
        _("Decorative"),
        default=False,
        help_text=_(
            "Tick only for a picture that adds nothing to the text (a pattern, an ornament): "
            "screen readers then skip it, and no description is needed."
        ),
    )

    admin_form_fields = (
        "title",
        "file",
        "description_fr",
        "description_en",
        "is_decorative",
        "collection",
        "tags",
        "focal_point_x",
        "focal_point_y",
        "focal_point_width",
        "focal_point_height",
    )

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")
        permissions = [("choose_image", "Can choose image")]

    @property
    def default_alt_text(self):
        """The `alt` of every `{% image %}`: the description in the visitor's language (French
        when the English is missing), empty for a decorative picture, else the title."""
        if self.is_decorative:
            return ""
        return self.description or self.title


class CustomRendition(AbstractRendition):
    """A resized copy of a picture, as the templates ask for it."""

    image = models.ForeignKey(CustomImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


def body_field(verbose_name=None, **kwargs):
    """The body of a page: the shared blocks, in the order the editor chooses."""
    kwargs.setdefault(
        "help_text",
        _("Paragraphs, headings, pictures, quotes, videos and buttons, in the order you choose."),
    )
    return StreamField(
        BaseStreamBlock(), verbose_name=verbose_name or _("Content"), blank=True, **kwargs
    )


def picture_field(verbose_name=None, **kwargs):
    """An optional image from the library, as every page type and snippet uses it."""
    kwargs.setdefault(
        "help_text",
        _("Choose a picture from the library, or upload one with its description for the blind."),
    )
    return models.ForeignKey(
        "jumelage.CustomImage",
        verbose_name=verbose_name or _("Picture"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        **kwargs,
    )


class HeroMixin(models.Model):
    """A wide picture at the top of a page."""

    hero_image = picture_field(
        _("Top image"),
        help_text=_("A wide picture (at least 1600 pixels wide) shown at the top of the page."),
    )

    panels = [FieldPanel("hero_image")]

    class Meta:
        abstract = True


class CoordinatesMixin(models.Model):
    """A point on the map (a twin city, an event's venue), both coordinates or neither."""

    latitude = models.DecimalField(
        _("Latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-90)), MaxValueValidator(Decimal(90))],
        help_text=_("Between -90 and 90, e.g. 48.5216 (north is positive)."),
    )
    longitude = models.DecimalField(
        _("Longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(-180)), MaxValueValidator(Decimal(180))],
        help_text=_("Between -180 and 180, e.g. 9.0576 (east is positive)."),
    )

    coordinates_panel = FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")])

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            field = "longitude" if self.longitude is None else "latitude"
            raise ValidationError({field: _("Give both the latitude and the longitude.")})

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None


class HomePage(HeroMixin, BasePage):
    """The site's front door: who the association is, and what is on."""

    hero_heading = models.CharField(
        _("Headline"),
        max_length=120,
        blank=True,
        help_text=_("A short sentence over the top image. The page title is used if empty."),
    )
    hero_text = models.TextField(
        _("Introduction"), blank=True, help_text=_("One or two sentences under the headline.")
    )
    mission_heading = models.CharField(
        _("Mission heading"),
        max_length=120,
        blank=True,
        help_text=_("The title above “Our mission”, e.g. “Who we are”."),
    )
    mission = RichTextField(
        _("Our mission"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("What the association does, in a few short paragraphs."),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("More content"),
        blank=True,
        help_text=_("Optional blocks shown after the mission."),
    )

    search_text_fields = ("hero_heading", "hero_text", "mission", "body")
    search_fields = Page.search_fields + [
        index.SearchField("hero_text"),
        index.SearchField("mission"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), *HeroMixin.panels],
            heading=_("Top of the page"),
        ),
        FieldPanel("mission_heading"),
        FieldPanel("mission"),
        FieldPanel("body"),
    ]

    # No subpage_types: each app says where its pages go (parent_page_types), so the core
    # does not need to know the apps built on it.
    parent_page_types = ["wagtailcore.Page"]
    max_count = 1
    page_description = _("The home page of the site. There is only one.")

    class Meta:
        verbose_name = _("Home page")
        verbose_name_plural = _("Home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The events, twin cities and projects apps each add a section through the
        # `jumelage_home_sections` hook: a function (page, request) -> Section or None.
        sections = (hook(self, request) for hook in hooks.get_hooks("jumelage_home_sections"))
        context["home_sections"] = [section for section in sections if section and section.items]
        return context


class StandardPage(HeroMixin, BasePage):
    """A page of text: the association's role, project funding, legal notice..."""

    intro = models.TextField(
        _("Introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in listings."),
    )
    body = body_field()

    search_text_fields = ("intro", "body")
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        *HeroMixin.panels,
        FieldPanel("body"),
    ]

    parent_page_types = ["jumelage.HomePage", "jumelage.StandardPage"]
    subpage_types = ["jumelage.StandardPage"]
    page_description = _("A page of text, pictures and links (about us, legal notice...).")

    class Meta:
        verbose_name = _("Standard page")
        verbose_name_plural = _("Standard pages")


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


class SearchText(index.Indexed, models.Model):
    """The text of one page in one language, as the site search reads it.

    Kept per language so that a search in English finds only what is written in English
    (Wagtail's own index of pages mixes their `_fr` and `_en` fields). On SQLite the search
    reads Wagtail's index of these rows (SQLite's FTS5); on PostgreSQL, its own full-text
    search of `folded` with the language's configuration (jumelage/search.py says why)."""

    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=7, db_index=True)
    title = models.TextField()
    text = models.TextField(blank=True)
    # Lower-cased text without accents, for PostgreSQL's full-text search (no `unaccent`).
    folded = models.TextField(blank=True)
    # PostgreSQL only: `folded` as a full-text vector made with the language's configuration,
    # under a GIN index (migration 0009), so that a search reads no text; empty on SQLite.
    vector = SearchVectorField(null=True, editable=False)

    # Every word but the last must be whole, the last may be a beginning ("Assog"): Wagtail's
    # autocomplete query, over the title and the text (FTS5 ignores case and accents).
    search_fields = [
        index.AutocompleteField("title"),
        index.AutocompleteField("text"),
        index.FilterField("language"),
    ]
    # PostgreSQL searches its own full-text vectors of these rows: Wagtail's index of them
    # would be written at each publication and never read.
    search_auto_update = connection.vendor != "postgresql"

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["page", "language"], name="unique_page_language")
        ]

    def __str__(self):
        return f"{self.title} ({self.language})"

    @classmethod
    def get_indexed_objects(cls):
        if connection.vendor == "postgresql":
            return cls.objects.none()
        return super().get_indexed_objects()


class TranslationState(models.Model):
    """Where one language of a page or snippet stands against the others, kept up to date at
    each save (see `jumelage.completeness`): read by the completeness report, the dashboard
    and the page listing."""

    class Status(models.TextChoices):
        MISSING = "missing", _("Not translated")
        INCOMPLETE = "incomplete", _("Incomplete")
        OUTDATED = "outdated", _("Older than the other language")
        UP_TO_DATE = "ok", _("Up to date")

    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField()
    language = models.CharField(_("Language"), max_length=7, choices=settings.LANGUAGES)
    label = models.CharField(_("Title"), max_length=255)
    status = models.CharField(_("Status"), max_length=10, choices=Status.choices)
    missing_fields = models.JSONField(_("Empty fields"), default=list, blank=True)
    main_missing = models.BooleanField(default=False)
    digest = models.CharField(max_length=64, blank=True)
    # When this language's text last changed, and when it last changed while up to date (an
    # edit the other languages must follow, rather than a translation catching up).
    changed_at = models.DateTimeField(_("Text last changed"))
    edited_at = models.DateTimeField()

    class Meta:
        verbose_name = _("Translation state")
        verbose_name_plural = _("Translation states")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"],
                name="unique_translation_state",
            )
        ]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self):
        return f"{self.label} ({self.language}): {self.get_status_display()}"
