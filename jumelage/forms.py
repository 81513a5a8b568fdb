"""Admin forms of the shared core."""

from django.utils.translation import gettext_lazy as _

from .i18n import language_codes
from .uploads import SafeImageForm

DESCRIBE = _("Describe the picture for people who cannot see it, or tick “Decorative”.")


class ImageForm(SafeImageForm):
    """The image library's form: the upload re-encoded (`SafeImageForm`), and a description in
    each language unless the picture is decorative.

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
