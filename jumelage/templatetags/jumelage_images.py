"""`{% picture_for image "hero" %}`: a picture by the name jumelage/images.py gives its use."""

from django import template
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture, ResponsiveImage
from wagtail.images.shortcuts import get_renditions_or_not_found

from jumelage.images import PICTURES

register = template.Library()


@register.simple_tag
def picture_for(image, name, **attrs):
    """A <picture> with AVIF and WebP sources and a JPEG <img> (or a plain <img> for logos),
    with srcset, sizes, width and height. Lazy unless `loading` says otherwise; the alt text is
    the image's unless `alt` is given (`alt=""` for a decorative picture)."""
    if not image:
        return ""
    picture = PICTURES[name]
    renditions = get_renditions_or_not_found(image, picture.filters)
    attrs.setdefault("alt", image.default_alt_text or "")
    attrs.setdefault("loading", "lazy")
    if attrs["loading"] != "lazy":
        attrs.pop("loading")
    if picture.sizes and len(renditions) > 1:
        attrs.setdefault("sizes", picture.sizes)
    if picture.formats:
        return mark_safe(Picture(renditions, attrs).__html__())  # noqa: S308 - attributes escaped by Wagtail
    return mark_safe(ResponsiveImage(renditions, attrs).__html__())  # noqa: S308 - same
