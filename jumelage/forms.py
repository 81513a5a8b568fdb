"""Admin forms of the shared core."""

from django.utils.translation import gettext_lazy as _
from wagtail.images.forms import BaseImageForm

from .i18n import language_codes

DESCRIBE = _("Describe the picture for people who cannot see it, or tick “Decorative”.")


class ImageForm(BaseImageForm):
    """The image library's form: a picture needs its description in each language, unless
    it is decorative.

    The multiple uploader first sends the file alone (no description field in the request),
    then shows this form for each picture: the rule applies from that second step, where the
    editor sees the fields."""

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("is_decorative"):
            return cleaned_data
        for code in language_codes():
            name = f"description_{code}"
            shown = name in self.fields and self.add_prefix(name) in self.data
            if shown and not (cleaned_data.get(name) or "").strip():
                self.add_error(name, DESCRIBE)
        return cleaned_data
