"""`manage.py rebuild_search_text`: refresh the per-language search text of every page (and,
on SQLite, Wagtail's index of it, kept by the rows' save and delete signals)."""

from django.core.management.base import BaseCommand
from wagtail.models import Page

from jumelage.models import SearchText
from jumelage.search import index_page


class Command(BaseCommand):
    help = "Rebuilds the site search's per-language text of every page (after a model change)."

    def handle(self, *args, **options):
        SearchText.objects.exclude(page__live=True).delete()
        pages = Page.objects.live().filter(depth__gt=1).specific()
        for page in pages.iterator():
            index_page(page)
        self.stdout.write(f"Search text rebuilt: {SearchText.objects.count()} entries.")
