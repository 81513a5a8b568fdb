"""The picture library: images with a description for the blind in each language."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition


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
