"""`manage.py load_demo_content`: the demo site, from the association's own texts."""

from django.core.management.base import BaseCommand
from django.db import transaction

from jumelage.demo.builder import DemoBuilder
from jumelage.search import update_wagtail_index


class Command(BaseCommand):
    help = (
        "Builds the demo site (home, about, funding, legal pages, pictures) and, when DEBUG is "
        "on, demo accounts. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-accounts", action="store_true", help="Do not create the demo accounts."
        )

    def handle(self, *args, **options):
        builder = DemoBuilder(self.stdout, self.stderr, self.style)
        with transaction.atomic():
            created = builder.build(with_accounts=not options["no_accounts"])
            # A database made before the site search read Wagtail's index (SQLite) has its
            # search text but no index entries: `make run` leaves it searchable.
            update_wagtail_index()
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content: {created} item(s) created."))
        else:
            self.stdout.write("Demo content: already complete, nothing changed.")
