"""The pages every app builds on: the base of every public page, the home page, standard pages,
and the fields and mixins they share."""

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from ..blocks import BaseStreamBlock
from ..i18n import DEFAULT_LANGUAGE, is_filled, language_codes, localized_value


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

    def clean(self):
        """An editor's text never keeps a control character XML forbids (a vertical tab from
        Word's Shift+Enter broke the Atom feeds): the admin form and scripted saves clean it."""
        from ..text import clean_text_fields

        clean_text_fields(self)
        super().clean()

    def search_texts(self, language):
        """Texts the page shows besides its `search_text_fields`, in `language` (a city's
        timeline and partners, an event's editions' notes): the site search indexes them."""
        return []

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
        from ..queries import restricted_paths

        if self.alias_of_id is None and not any(
            self.path.startswith(path) for path in restricted_paths()
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def save_revision(self, *args, **kwargs):
        """Each saved draft dates the languages whose text it changed (completeness report)."""
        from ..completeness import record, record_baseline

        # A page never seen by the report (loaded by a script) gets the state of its text
        # before this save as a baseline: its first edit in the admin then counts as one.
        record_baseline(self)
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

    def get_context(self, request, *args, **kwargs):
        """The page that the site settings name as the legal notice or the privacy page shows
        the association's details from the settings at its top (`legal_role`): volunteers keep
        them in one place, and the pages stay ordinary standard pages."""
        from .site_settings import SiteSettings

        context = super().get_context(request, *args, **kwargs)
        site_settings = SiteSettings.for_request(request)
        roles = {
            site_settings.legal_notice_page_id: "legal",
            site_settings.privacy_page_id: "privacy",
        }
        context.update(legal_role=roles.get(self.pk), legal_details=site_settings)
        return context
