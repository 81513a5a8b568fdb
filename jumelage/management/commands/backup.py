"""`manage.py backup`: a complete backup (database, media, private attachments) into the
backups' storage (BACKUP_DIR or BACKUP_AWS_STORAGE_BUCKET_NAME), encrypted for
BACKUP_GPG_RECIPIENT when it is set, then the oldest removed beyond BACKUP_KEEP (and the 1st of
each month kept for BACKUP_KEEP_MONTHLY months). No argument: what the nightly job runs
(`call_command("backup")`). See jumelage/backups.py."""

from django.core.management.base import BaseCommand, CommandError

from jumelage.backups import BackupError, backup


class Command(BaseCommand):
    help = (
        "Backs up the database, the media and the private attachments into the backups' "
        "storage (BACKUP_DIR), encrypted for BACKUP_GPG_RECIPIENT when set, keeping the last "
        "BACKUP_KEEP backups."
    )

    def handle(self, *args, **options):
        try:
            result = backup(verbosity=max(options["verbosity"] - 1, 0))
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Backup {result.stamp} written to {result.location}: "
            f"{', '.join(result.files.values())}."
        )
        if result.encrypted_for:
            self.stdout.write(f"Encrypted for the GPG key {result.encrypted_for}.")
        else:
            self.stdout.write(
                self.style.WARNING(
                    "Not encrypted: set BACKUP_GPG_RECIPIENT to a GPG key's fingerprint."
                )
            )
        if result.removed:
            self.stdout.write(f"Removed {len(result.removed)} files of older backups.")
