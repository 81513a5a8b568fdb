"""`manage.py restore [BACKUP]`: the latest complete backup (or the one named by its date or
any of its files' names) into an empty database and the media storages; `--replace` for a
database that has tables; `--list` shows the backups. Encrypted backups need the secret key in
the keyring (GNUPGHOME) and its passphrase (BACKUP_GPG_PASSPHRASE, or asked on a terminal).
Nothing is written until every file was decrypted and checked. See jumelage/backups.py."""

import getpass
import os
import sys

from dbbackup.storage import get_storage
from django.core.management.base import BaseCommand, CommandError

from jumelage.backups import KINDS, BackupError, backup_sets, choose, restore


class Command(BaseCommand):
    help = (
        "Restores the latest backup (or the one named) into an empty database and the media; "
        "--replace for a database that has tables, --list to see the backups."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "backup",
            nargs="?",
            help="a backup's date (2026-05-01-020000) or one of its files' names; the latest "
            "complete backup by default",
        )
        parser.add_argument(
            "--replace",
            action="store_true",
            help="replace the tables of a database that is not empty",
        )
        parser.add_argument("--list", action="store_true", help="list the backups, then stop")

    def handle(self, *args, **options):
        try:
            if options["list"]:
                return self.list_backups()
            restored, counts = restore(
                options["backup"],
                replace=options["replace"],
                passphrase=self.passphrase(options["backup"]),
                verbosity=max(options["verbosity"] - 1, 0),
            )
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            f"Restored the backup {restored}: the database, {counts['media']} media files and "
            f"{counts['private']} private files."
        )
        return None

    def list_backups(self):
        sets = backup_sets(get_storage())
        for stamp in sorted(sets):
            missing = set(KINDS) - set(sets[stamp])
            state = f"incomplete (no {', '.join(sorted(missing))})" if missing else "complete"
            encrypted = all(name.endswith(".gpg") for name in sets[stamp].values())
            self.stdout.write(f"{stamp}  {state}{', encrypted' if encrypted else ''}")
        if not sets:
            self.stdout.write("No backup.")

    def passphrase(self, name):
        """BACKUP_GPG_PASSPHRASE, else asked on a terminal when the backup is encrypted; None
        (a key without passphrase, or gpg's agent) otherwise."""
        if "BACKUP_GPG_PASSPHRASE" in os.environ:
            return os.environ["BACKUP_GPG_PASSPHRASE"] or None
        _stamp, files = choose(get_storage(), name)
        if not sys.stdin.isatty() or not any(f.endswith(".gpg") for f in files.values()):
            return None
        return getpass.getpass("Passphrase of the backups' GPG key (empty if none): ") or None
