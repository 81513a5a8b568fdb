"""What the site keeps about its own pages: their text for the search, their translation state."""

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import connection, models
from django.utils.translation import gettext_lazy as _
from wagtail.search import index


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
    # What the full-text search reads: on PostgreSQL the title and text ready for its
    # configuration (jumelage.search.prepare), on SQLite their stems (search.stem_words).
    folded = models.TextField(blank=True)
    # PostgreSQL only: `folded` as a full-text vector made with the language's configuration,
    # under a GIN index (migration 0009), so that a search reads no text; empty on SQLite.
    vector = SearchVectorField(null=True, editable=False)

    # Every word but the last must be whole, the last may be a beginning ("Assog"): Wagtail's
    # autocomplete query, over the stems of the title and the text.
    search_fields = [
        index.AutocompleteField("folded"),
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
