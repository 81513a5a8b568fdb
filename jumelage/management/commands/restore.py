"""`manage.py restore FOLDER`: a backup made by `manage.py backup` into an empty database."""

from django.core.management.base import BaseCommand, CommandError

from jumelage.backups import BackupError, restore


class Command(BaseCommand):
    help = "Restores a backup (database, media, private attachments) into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="a folder written by `manage.py backup`")
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace the tables of a database that is not empty",
        )

    def handle(self, *args, **options):
        try:
            manifest = restore(options["folder"], replace=options["replace"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the backup of {manifest['created_at']} ({manifest['engine']})."
        )
