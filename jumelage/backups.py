"""Back up and restore the whole site with django-dbbackup: the database, the public media (the
default storage) and the applicants' attachments (the private storage), wherever each lives (a
folder or an S3 bucket), into the backups' storage (STORAGES["dbbackup"]: BACKUP_DIR, or a
bucket of their own). Used by `manage.py backup` and `manage.py restore`.

django-dbbackup does the work: the dump (SQLite's backup API, safe while the site runs, or
`pg_dump --format=custom`), gzip, the GPG encryption for BACKUP_GPG_RECIPIENT, the writing to
the storage, the media archives read through the storage API, the retention, and the restore
(`pg_restore` in a single transaction). This module adds what the site needs on top:

- One backup is three files named after the same moment (UTC), written together or not at all:
      jumelage-2026-05-01-020000-database.sqlite3.gz.gpg   (.psql.bin: pg_dump's custom format)
      jumelage-2026-05-01-020000-media.tar.gz.gpg
      jumelage-2026-05-01-020000-private.tar.gz.gpg
  (`.gpg` when encrypted), with django-dbbackup's `.metadata` beside the database's.
- The private storage is backed up and restored too (django-dbbackup knows only the default).
- A restore fetches, decrypts and decompresses every file, checks the dump and reads both
  archives through before anything is written: a damaged file (gzip's CRC, GPG's integrity
  check), a dump of another engine, or an archive holding anything but plain files with
  relative names (links, devices, `..`, absolute names) stops it with nothing changed. These
  checks are the module's own, on every Python (no extraction filter is needed: files are
  written one by one through the storage API). Then the media, then the database, in a single
  transaction (PostgreSQL) or by replacing the file at once (SQLite): a failure leaves at most
  media files nothing points to yet.
- A restore into a database that has tables needs `replace=True`.
"""

import dataclasses
import datetime
import gzip
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from pathlib import Path, PurePosixPath

from dbbackup import settings as dbbackup_settings
from dbbackup import utils
from dbbackup.db.base import get_connector
from dbbackup.db.exceptions import CommandConnectorError
from dbbackup.db.postgresql import PgDumpBinaryConnector
from dbbackup.db.sqlite import SqliteBackupConnector
from dbbackup.management.commands import mediabackup, mediarestore
from dbbackup.storage import StorageError, get_storage
from django.conf import settings
from django.core import checks
from django.core.files.storage import FileSystemStorage, default_storage
from django.core.management import call_command
from django.db import DatabaseError, connections
from django.utils import timezone

PREFIX = "jumelage"
DATABASE, MEDIA, PRIVATE = KINDS = ("database", "media", "private")


class BackupError(Exception):
    """The backup or the restore cannot go on; the message says why."""


def private_storage():
    from projects.models.applications import private_storage

    return private_storage()


def _media_storages():
    return {MEDIA: default_storage, PRIVATE: private_storage()}


# --- Names ---------------------------------------------------------------------------------


def backup_name(stamp, kind, extension):
    return f"{PREFIX}-{stamp}-{kind}.{extension}"


def parse_name(name):
    """(stamp, kind) of a file of a backup, or None for any other file (`.metadata` too)."""
    stamp = utils.filename_to_datestring(name)
    head = f"{PREFIX}-{stamp}-"
    if not stamp or not name.startswith(head) or name.endswith(".metadata"):
        return None
    kind, dot, _extension = name[len(head) :].partition(".")
    return (stamp, kind) if dot and kind in KINDS else None


def backup_sets(storage):
    """{stamp: {kind: file name}} of the backups in the storage, complete or not."""
    sets = {}
    try:
        names = storage.list_directory()
    except FileNotFoundError:  # a backup folder not made yet
        names = []
    for name in names:
        parsed = parse_name(name)
        if parsed:
            sets.setdefault(parsed[0], {})[parsed[1]] = name
    return sets


def complete_sets(storage):
    """The complete backups, oldest first: [(stamp, {kind: file name})]."""
    sets = backup_sets(storage)
    complete = [(stamp, files) for stamp, files in sets.items() if set(files) == set(KINDS)]
    return sorted(complete, key=lambda item: utils.filename_to_date(item[0]))


def keep_monthly(filename, now=None):
    """django-dbbackup's DBBACKUP_CLEANUP_KEEP_FILTER: beyond the last BACKUP_KEEP backups,
    keep those made on the 1st of a month for BACKUP_KEEP_MONTHLY months."""
    parsed = parse_name(filename)
    if not parsed:
        return False
    date = utils.filename_to_date(parsed[0])
    now = now or timezone.now()
    months = (now.year - date.year) * 12 + now.month - date.month
    return date.day == 1 and months < settings.BACKUP_KEEP_MONTHLY


# --- Connectors (DBBACKUP_CONNECTOR_MAPPING) -----------------------------------------------


class SqliteConnector(SqliteBackupConnector):
    """django-dbbackup's SQLite connector (the backup API, consistent while the site runs),
    restoring by replacing the database file at once with a checked copy, readable by the
    site's user only, instead of writing over it."""

    def verify(self, path):
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
                result = connection.execute("PRAGMA integrity_check").fetchone()
        except sqlite3.DatabaseError as error:
            raise BackupError(f"The database file is not an SQLite database ({error}).") from error
        if result != ("ok",):
            raise BackupError(f"The SQLite database in the backup is damaged ({result[0]}).")

    def restore_dump(self, dump):
        path = Path(self.connection.settings_dict["NAME"])
        self.connection.close()
        path.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        try:
            with os.fdopen(descriptor, "wb") as file:
                shutil.copyfileobj(dump, file)
                file.flush()
                os.fsync(file.fileno())
            self.verify(temporary)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        # A journal of the replaced database must not be applied to the restored one.
        for suffix in ("-wal", "-shm", "-journal"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


class PostgresConnector(PgDumpBinaryConnector):
    """django-dbbackup's `pg_dump --format=custom` connector; its restore runs `pg_restore` in a
    single transaction (all or nothing), here without the source's owners and grants, so that
    any role may restore into any database."""

    pg_options = "--no-owner --no-privileges"

    def verify(self, path):
        try:
            result = subprocess.run(  # noqa: S603 - no shell, a fixed program
                [self.restore_cmd, "--list", str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
        except FileNotFoundError as error:
            raise BackupError(
                "pg_restore is missing: install PostgreSQL's client (apt install "
                "postgresql-client)."
            ) from error
        if result.returncode != 0:
            raise BackupError(f"The PostgreSQL dump cannot be read: {result.stderr.strip()}")


# --- Media through any storage -------------------------------------------------------------


class MediaBackupCommand(mediabackup.Command):
    """django-dbbackup's `mediabackup`, for the storage given (it knows only the default one),
    and an empty archive for a folder that does not exist yet."""

    def __init__(self, source, **kwargs):
        super().__init__(**kwargs)
        self.source = source

    def backup_mediafiles(self):
        self.media_storage = self.source
        super().backup_mediafiles()

    def _explore_storage(self):
        if isinstance(self.source, FileSystemStorage) and not os.path.isdir(self.source.location):
            return iter(())
        return super()._explore_storage()


class MediaRestoreCommand(mediarestore.Command):
    """django-dbbackup's `mediarestore`, into the storage given."""

    def __init__(self, target, **kwargs):
        super().__init__(**kwargs)
        self.target = target

    def _restore_backup(self):
        self.media_storage = self.target
        super()._restore_backup()


# --- Backup --------------------------------------------------------------------------------


@dataclasses.dataclass
class Backup:
    stamp: str
    files: dict
    encrypted_for: str | None
    removed: list
    location: str


def _location(storage):
    inner = storage.storage
    return getattr(inner, "location", None) or getattr(inner, "bucket_name", "") or str(inner)


def _protect(storage):
    """A backup folder on disk is readable by the site's user only (its files are 0600 by the
    storage's options)."""
    inner = storage.storage
    if isinstance(inner, FileSystemStorage):
        location = Path(inner.location)
        location.mkdir(mode=0o700, parents=True, exist_ok=True)
        location.chmod(0o700)


def _delete(storage, names):
    for name in names:
        for candidate in (name, f"{name}.metadata"):
            try:
                if storage.storage.exists(candidate):
                    storage.delete_file(candidate)
            except Exception:  # noqa: BLE001, S112 - best effort, the first error is reported
                continue


def _gpg():
    import gnupg

    try:
        return gnupg.GPG()
    except (OSError, ValueError) as error:
        raise BackupError(f"gpg cannot run ({error}): install it (apt install gnupg).") from error


def _check_recipient(recipient):
    """Before any work: the key the backups are encrypted for is in the keyring."""
    if not _gpg().list_keys(keys=[recipient]):
        raise BackupError(
            f"No public key {recipient} (BACKUP_GPG_RECIPIENT) in this user's keyring "
            "(GNUPGHOME): import it with `gpg --import`."
        )


def backup(alias="default", verbosity=0):
    """Write a complete backup (database, media, private media) into the backups' storage,
    encrypted when BACKUP_GPG_RECIPIENT is set, then apply the retention. Returns a Backup."""
    storage = get_storage()
    _protect(storage)
    recipient = dbbackup_settings.GPG_RECIPIENT
    encrypt = bool(recipient)
    if encrypt:
        _check_recipient(recipient)
    gpg = ".gpg" if encrypt else ""
    stamp = datetime.datetime.now(datetime.UTC).strftime(dbbackup_settings.DATE_FORMAT)
    connector = get_connector(alias)
    # django-dbbackup adds ".gpg" to the media archives' names itself, not to the database's.
    requested = {
        MEDIA: backup_name(stamp, MEDIA, "tar.gz"),
        PRIVATE: backup_name(stamp, PRIVATE, "tar.gz"),
        DATABASE: backup_name(stamp, DATABASE, f"{connector.extension}.gz{gpg}"),
    }
    files = {
        MEDIA: requested[MEDIA] + gpg,
        PRIVATE: requested[PRIVATE] + gpg,
        DATABASE: requested[DATABASE],
    }
    if any(storage.storage.exists(name) for name in files.values()):
        raise BackupError(f"A backup named {stamp} already exists: try again in a second.")
    options = {"compress": True, "encrypt": encrypt, "verbosity": verbosity}
    try:
        for kind, source in _media_storages().items():
            call_command(MediaBackupCommand(source), output_filename=requested[kind], **options)
        call_command("dbbackup", database=alias, output_filename=requested[DATABASE], **options)
    except BaseException as error:
        _delete(storage, files.values())
        if isinstance(error, utils.EncryptionError):
            raise BackupError(
                f"Encryption for BACKUP_GPG_RECIPIENT={recipient} failed ({error}): is its "
                "public key in this user's keyring (gpg --import)?"
            ) from error
        if isinstance(error, (CommandConnectorError, StorageError, OSError)):
            raise BackupError(f"The backup failed, nothing was kept: {error}") from error
        raise
    before = set(storage.list_directory())
    for kind in KINDS:
        storage.clean_old_backups(
            content_type="db" if kind == DATABASE else "media",
            database=PREFIX,
            servername=f"-{kind}.",
        )
    removed = sorted(before - set(storage.list_directory()))
    return Backup(stamp, files, recipient, removed, _location(storage))


# --- Restore -------------------------------------------------------------------------------


def _decrypt(source, target, passphrase):
    """Decrypt with python-gnupg, as django-dbbackup does (without its prompt: the command
    asks on a terminal only)."""
    with open(source, "rb") as file:
        result = _gpg().decrypt_file(file, passphrase=passphrase, output=str(target))
    if not result.ok:
        raise BackupError(
            f"{source.name} cannot be decrypted ({result.status}): restore where the keyring "
            "(GNUPGHOME) holds the backups' secret key, with its passphrase in "
            "BACKUP_GPG_PASSPHRASE."
        )


def _fetch(storage, name, folder, passphrase):
    """The file `name` of the storage, decrypted and decompressed into `folder`."""
    path = folder / name
    with storage.read_file(name) as remote, open(path, "wb") as local:
        shutil.copyfileobj(remote, local)
    if path.suffix == ".gpg":
        decrypted = path.with_suffix("")
        _decrypt(path, decrypted, passphrase)
        path.unlink()
        path = decrypted
    if path.suffix == ".gz":
        plain = path.with_suffix("")
        try:
            with gzip.open(path, "rb") as compressed, open(plain, "wb") as output:
                shutil.copyfileobj(compressed, output)
        except (OSError, EOFError, zlib.error) as error:
            raise BackupError(f"{name} is damaged ({error}).") from error
        path.unlink()
        path = plain
    return path


def check_archive(path, label=None):
    """Read a media archive through; refuse it unless it holds only plain files and folders
    with relative names, none inside a file of the archive. Returns the members' names."""
    label = label or Path(path).name
    try:
        with tarfile.open(path, "r:") as archive:
            members = archive.getmembers()
            for member in members:
                if member.isfile():
                    archive.extractfile(member).read()  # to its end: truncation shows here
    except (tarfile.TarError, OSError, EOFError) as error:
        raise BackupError(f"{label} is not a readable archive ({error}).") from error
    files = set()
    for member in members:
        name = member.name
        if not (member.isfile() or member.isdir()):
            kind = "link" if member.issym() or member.islnk() else "special file (device, FIFO)"
            raise BackupError(f"{label}: {name!r} is a {kind}; a backup holds only files.")
        path_in = PurePosixPath(name)
        if path_in.is_absolute() or "\\" in name or "\x00" in name:
            raise BackupError(f"{label}: {name!r} is not a relative name.")
        if ".." in path_in.parts:
            raise BackupError(f"{label}: {name!r} points outside the folder it is restored into.")
        if member.isfile() and path_in.name in ("", "."):
            raise BackupError(f"{label}: {name!r} is not a file name.")
        if member.isfile():
            files.add(path_in)
    for member in members:
        inside = [parent for parent in PurePosixPath(member.name).parents if parent in files]
        if inside:
            raise BackupError(f"{label}: {member.name!r} is inside the file {str(inside[0])!r}.")
    return [str(PurePosixPath(member.name)) for member in members if member.isfile()]


def choose(storage, name=None):
    """(stamp, {kind: file name}) of the backup named (by its date or any of its files' names),
    or of the latest complete one."""
    complete = complete_sets(storage)
    if name:
        stamp = utils.filename_to_datestring(name)
        found = backup_sets(storage).get(stamp)
        if not found:
            raise BackupError(f"No backup named {name} in {_location(storage)}.")
        missing = set(KINDS) - set(found)
        if missing:
            raise BackupError(
                f"The backup {stamp} is incomplete (no {', '.join(sorted(missing))} file)."
            )
        return stamp, found
    if not complete:
        raise BackupError(f"No complete backup in {_location(storage)}.")
    return complete[-1]


def restore(name=None, alias="default", replace=False, passphrase=None, verbosity=0):
    """Restore the backup `name` (the latest complete one by default) into the database
    `alias`, which must have no table unless `replace`, and into the media storages. Returns
    (stamp, counts of media files restored)."""
    storage = get_storage()
    stamp, files = choose(storage, name)
    connection = connections[alias]
    try:
        tables = connection.introspection.table_names()
    except DatabaseError as error:
        raise BackupError(
            f"The database {connection.settings_dict['NAME']} cannot be opened ({error}): "
            "create it first (createdb)."
        ) from error
    if tables and not replace:
        raise BackupError(
            f"The database {connection.settings_dict['NAME']} is not empty ({len(tables)} "
            "tables): restore into an empty database, or pass --replace."
        )
    connector = get_connector(alias)
    if f"-{DATABASE}.{connector.extension}." not in files[DATABASE]:
        raise BackupError(
            f"{files[DATABASE]} is not a {connection.vendor} backup: restore it into a "
            "database of the engine it was made from."
        )
    folder = Path(tempfile.mkdtemp(prefix="jumelage-restore-", dir=dbbackup_settings.TMP_DIR))
    try:
        plain = {kind: _fetch(storage, files[kind], folder, passphrase) for kind in KINDS}
        connector.verify(plain[DATABASE])
        counts = {kind: len(check_archive(plain[kind], files[kind])) for kind in (MEDIA, PRIVATE)}
        # Everything was read through: now write, the media first (files nothing points to
        # yet if the database then failed), the database last, all at once.
        options = {"interactive": False, "verbosity": verbosity}
        for kind, target in _media_storages().items():
            command = MediaRestoreCommand(target)
            call_command(command, input_path=str(plain[kind]), replace=True, **options)
        connection.close()
        # Without django-dbbackup's `.metadata`: the connector comes from the settings, never
        # from a file of the backup (it names a class to import).
        call_command("dbrestore", database=alias, input_path=str(plain[DATABASE]), **options)
    except (CommandConnectorError, StorageError) as error:
        raise BackupError(f"The restore failed: {error}") from error
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return stamp, counts


# --- Checks --------------------------------------------------------------------------------


@checks.register(checks.Tags.security)
def check_backup_location(app_configs, **kwargs):
    """Backups on disk never where the web server serves files from."""
    options = settings.STORAGES.get("dbbackup", {})
    if options.get("BACKEND") != "django.core.files.storage.FileSystemStorage":
        return []
    location = Path(options.get("OPTIONS", {}).get("location") or settings.MEDIA_ROOT).resolve()
    public = {"MEDIA_ROOT": settings.MEDIA_ROOT, "STATIC_ROOT": settings.STATIC_ROOT}
    errors = []
    for setting, folder in public.items():
        if not folder:
            continue
        folder = Path(folder).resolve()
        if location == folder or folder in location.parents:
            errors.append(
                checks.Error(
                    f"The backups' folder {location} is inside {setting} ({folder}), which is "
                    "served to anyone.",
                    hint="Set BACKUP_DIR to a folder of its own (default: var/backups).",
                    id="jumelage.E001",
                )
            )
    return errors
