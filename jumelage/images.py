"""The pictures of the site, named once: their sizes, their formats (AVIF and WebP with a JPEG
fallback) and the `sizes` attribute the layout gives them. Templates ask for a picture by name
(`{% picture_for image "hero" %}`), and the renditions of every name are made when an image is
uploaded or changed and when a page that shows it is published: a visitor never waits while
pictures are resized.

The renditions are made by a django-tasks task (the queue Wagtail 8 uses for its own background
work), enqueued when the transaction commits. With the immediate backend (the settings' `TASKS`,
alias "renditions") it runs at the end of the editor's request, a second or two an image on
this site's machine; a queue backend and its worker would take it out of the request."""

from dataclasses import dataclass

from django.apps import apps
from django.db import models, transaction
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter

FORMATS = "format-{avif,webp,jpeg}"


@dataclass(frozen=True)
class PictureSpec:
    """One use of a picture: the widths made (a brace list, as in Wagtail's tags), the
    `sizes` attribute that tells the browser which to pick, and whether to add modern formats
    (not for logos, whose transparency a JPEG would lose)."""

    resize: str
    sizes: str = ""
    formats: bool = True

    @property
    def filters(self):
        spec = f"{self.resize}|{FORMATS}" if self.formats else self.resize
        return Filter.expand_spec(spec)


PICTURES = {
    # The wide band at the top of the home and standard pages (CSS: aspect ratio 16:6).
    "hero": PictureSpec("fill-{800x300,1600x600}", "100vw"),
    # The picture at the top of an event, twin city or project page, beside the facts.
    "lead": PictureSpec("fill-{480x270,960x540}", "(max-width: 60rem) 100vw, 40rem"),
    # Cards of the twin cities and projects lists.
    "card": PictureSpec("fill-{300x200,600x400}", "(max-width: 40rem) 100vw, 20rem"),
    # A picture block in a page's body.
    "figure": PictureSpec("width-{400,800}", "(max-width: 50rem) 100vw, 800px"),
    # Logos: the main funders in the footer, the partners page.
    "footer_logo": PictureSpec("height-60", formats=False),
    "partner_logo": PictureSpec("max-200x80", formats=False),
    # The picture shown when a page is shared (Open Graph, Twitter cards): one JPEG.
    "social": PictureSpec("fill-1200x630|format-jpeg", formats=False),
}


def all_filters():
    return [spec for picture in PICTURES.values() for spec in picture.filters]


def prefetch_renditions(relation, name):
    """For a listing: prefetch through `relation` (an image field) only the renditions of the
    picture `name`, not the two dozen each image has."""
    renditions = get_image_model().get_rendition_model().objects
    return models.Prefetch(
        f"{relation}__renditions",
        queryset=renditions.filter(filter_spec__in=PICTURES[name].filters),
    )


@task(backend="renditions")
def make_renditions(app_label, model_name, pk):
    """Every named picture of one image, made now (those that exist are found, not made)."""
    image = apps.get_model(app_label, model_name).objects.filter(pk=pk).first()
    if image is not None:
        image.get_renditions(*all_filters())


def make_renditions_on_commit(image_ids):
    """Enqueue `make_renditions` for these images once the transaction commits."""
    model = get_image_model()
    ids = sorted({pk for pk in image_ids if pk})

    def enqueue():
        for pk in ids:
            make_renditions.enqueue(model._meta.app_label, model._meta.model_name, pk)

    if ids:
        transaction.on_commit(enqueue)


def page_image_ids(page):
    """The images a page shows: its picture fields and the pictures in its StreamFields."""
    model = get_image_model()
    ids = set()
    for field in page._meta.get_fields():
        if isinstance(field, models.ForeignKey) and field.related_model is model:
            ids.add(getattr(page, field.attname))
        elif hasattr(field, "extract_references") and hasattr(field, "stream_block"):
            value = field.value_from_object(page)
            for related, pk, _path, _content_path in field.extract_references(value):
                if related is model or issubclass(related, model):
                    ids.add(int(pk))
    return ids


def image_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        make_renditions_on_commit([instance.pk])


def page_published(sender, instance, **kwargs):
    make_renditions_on_commit(page_image_ids(instance.specific_deferred))


def connect_signals():
    from django.db.models.signals import post_save
    from wagtail.signals import page_published as published

    post_save.connect(image_saved, sender=get_image_model(), dispatch_uid="jumelage-renditions")
    published.connect(page_published, dispatch_uid="jumelage-renditions-publish")
