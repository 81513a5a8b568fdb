"""Uploaded images are re-encoded before they are stored: a file that only looks like a picture
(an HTML or script payload behind a valid image header, a "polyglot") loses everything that is
not pixels, and the camera's metadata (EXIF: GPS position, device, date) goes with it.

Wagtail's image forms use `SafeImageForm` (`WAGTAILIMAGES_IMAGE_FORM_BASE`), whatever the
image model (`get_image_model()`); a custom image model or another upload path can call
`reencode_upload(file)` itself. Wagtail's own checks still run first: the extension
(`WAGTAILIMAGES_EXTENSIONS`, no SVG), the size (`WAGTAILIMAGES_MAX_UPLOAD_SIZE`), the pixel count
and the format read from the content.
"""

import io

from django import forms
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from wagtail.images.forms import BaseImageForm

# Pillow's name of each format we keep, with the options it is written again with.
SAVE_OPTIONS = {
    "JPEG": {"quality": 90, "optimize": True},
    "PNG": {"optimize": True},
    "WEBP": {"quality": 90},
    "GIF": {},
    "AVIF": {"quality": 80},
}


class UnsafeImageError(ValueError):
    """The file is not a picture we can read and write again."""


def reencode(data):
    """`data` (bytes of an image) decoded and encoded again in its own format, upright, without
    its metadata: returns (bytes, Pillow's format name)."""
    try:
        with Image.open(io.BytesIO(data)) as image:
            image_format = image.format
            if image_format not in SAVE_OPTIONS:
                raise UnsafeImageError(image_format)
            options = dict(SAVE_OPTIONS[image_format])
            frames = getattr(image, "n_frames", 1)
            if frames > 1 and image_format in ("GIF", "WEBP"):
                # Animations keep their frames and timing; nothing else of the file is kept.
                options.update(save_all=True, duration=image.info.get("duration", 100))
                options["loop"] = image.info.get("loop", 0)
                clean = image
            else:
                image.load()
                clean = ImageOps.exif_transpose(image)
                if image_format == "JPEG" and clean.mode not in ("RGB", "L", "CMYK"):
                    clean = clean.convert("RGB")
            icc_profile = image.info.get("icc_profile")
            if icc_profile:
                options["icc_profile"] = icc_profile
            output = io.BytesIO()
            # exif=b"" and no `pnginfo`: no metadata is written back.
            clean.save(output, format=image_format, exif=b"", **options)
    except (
        UnidentifiedImageError,
        OSError,
        SyntaxError,
        ValueError,
        Image.DecompressionBombError,
    ) as error:
        if isinstance(error, UnsafeImageError):
            raise
        raise UnsafeImageError(str(error)) from error
    return output.getvalue(), image_format


def reencode_upload(upload):
    """Re-encode an uploaded image in place (the same file object, so that whatever stores the
    upload afterwards stores the clean copy) and return it. Raises UnsafeImageError."""
    upload.seek(0)
    data, _format = reencode(upload.read())
    target = upload.file
    target.seek(0)
    target.truncate()
    target.write(data)
    if hasattr(target, "flush"):
        target.flush()
    target.seek(0)
    upload.size = len(data)
    return upload


class SafeImageForm(BaseImageForm):
    """Wagtail's image form, which re-encodes the uploaded picture once Wagtail accepted it."""

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and "file" in self.changed_data and hasattr(upload, "content_type"):
            try:
                reencode_upload(upload)
            except UnsafeImageError as error:
                raise forms.ValidationError(
                    _(
                        "This file is not a picture that can be read: "
                        "choose a JPEG, PNG, WebP or GIF image."
                    ),
                    code="invalid_image",
                ) from error
        return upload
