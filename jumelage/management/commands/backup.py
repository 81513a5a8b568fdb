"""`manage.py backup FOLDER`: the database, MEDIA_ROOT and PRIVATE_MEDIA_ROOT into FOLDER."""

from django.core.management.base import BaseCommand, CommandError

from jumelage.backups import BackupError, backup


class Command(BaseCommand):
    help = "Backs up the database and the media (public and private) into an empty folder."

    def add_arguments(self, parser):
        parser.add_argument("folder", help="where to write the backup (created; must be empty)")

    def handle(self, *args, **options):
        try:
            manifest = backup(options["folder"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        files = ", ".join(manifest["files"])
        self.stdout.write(f"Backup written to {options['folder']}: {files}.")
