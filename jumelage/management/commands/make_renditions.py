"""Make every named picture (jumelage/images.py) of every image in the library, for the images
uploaded before a size was added or changed: run it once after such a deployment."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from jumelage.images import all_filters


class Command(BaseCommand):
    help = "Make the renditions the templates use for every image (those that exist are kept)."

    def handle(self, *args, **options):
        model = get_image_model()
        rendition_model = model.get_rendition_model()
        before = rendition_model.objects.count()
        filters = all_filters()
        for image in model.objects.order_by("pk").iterator():
            try:
                image.get_renditions(*filters)
            except (OSError, ValueError) as error:  # a missing or unreadable original file
                self.stderr.write(f"{image.title}: {error}")
        made = rendition_model.objects.count() - before
        self.stdout.write(f"{made} rendition(s) made for {model.objects.count()} image(s).")
