"""Back up and restore the whole site: the database, the public media (MEDIA_ROOT) and the
private attachments (PRIVATE_MEDIA_ROOT). Used by `manage.py backup` and `manage.py restore`.

A backup is a folder holding:
- `database.dump` (PostgreSQL, `pg_dump --format=custom`) or `database.sqlite3` (a consistent
  copy made by SQLite's own backup API, safe while the site runs);
- `media.tar.gz` and `private.tar.gz`;
- `manifest.json`: when, which database engine, and the SHA-256 of each file.
"""

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
from pathlib import Path

from django.conf import settings
from django.db import connections

ARCHIVES = {"media.tar.gz": "MEDIA_ROOT", "private.tar.gz": "PRIVATE_MEDIA_ROOT"}


class BackupError(Exception):
    """The backup or the restore cannot go on; the message says why."""


def _database(alias="default"):
    return settings.DATABASES[alias]


def _pg_env(db):
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = str(db["PASSWORD"])
    return env


def _pg_args(db):
    args = []
    for option, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if db.get(key):
            args += [option, str(db[key])]
    return args


def _run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        for chunk in iter(lambda: file.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _tar(source, target):
    with tarfile.open(target, "w:gz") as archive:
        if Path(source).is_dir():
            archive.add(source, arcname=".")


def backup(destination, alias="default"):
    """Write a backup into the folder `destination` (created; must be empty). Returns the
    manifest."""
    destination = Path(destination)
    destination.mkdir(mode=0o700, parents=True, exist_ok=True)
    if any(destination.iterdir()):
        raise BackupError(f"{destination} is not empty.")
    # The backup holds the applicants' personal data: only the site's own user reads it.
    destination.chmod(0o700)
    previous_umask = os.umask(0o077)
    try:
        return _write_backup(destination, alias)
    finally:
        os.umask(previous_umask)


def _write_backup(destination, alias):
    db = _database(alias)
    vendor = connections[alias].vendor
    if vendor == "postgresql":
        database_file = destination / "database.dump"
        command = ["pg_dump", "--format=custom", "--no-owner", "--no-privileges"]
        _run([*command, *_pg_args(db), "--file", str(database_file), db["NAME"]], _pg_env(db))
    elif vendor == "sqlite":
        database_file = destination / "database.sqlite3"
        source = sqlite3.connect(str(db["NAME"]))
        target = sqlite3.connect(str(database_file))
        try:
            source.backup(target)
        finally:
            target.close()
            source.close()
    else:
        raise BackupError(f"No backup for the {vendor} database engine.")
    for name, setting in ARCHIVES.items():
        _tar(getattr(settings, setting), destination / name)
    files = [database_file.name, *ARCHIVES]
    manifest = {
        "created_at": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "engine": vendor,
        "files": {name: _sha256(destination / name) for name in files},
    }
    (destination / "manifest.json").write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def _check(source):
    """The backup's manifest, once every file it must hold is there with its checksum."""
    manifest_path = source / "manifest.json"
    if not manifest_path.exists():
        raise BackupError(f"{source} holds no manifest.json: not a backup.")
    try:
        manifest = json.loads(manifest_path.read_text())
        files, engine = manifest["files"], manifest["engine"]
    except (ValueError, KeyError, TypeError) as error:
        raise BackupError(f"{manifest_path} is damaged ({error!r}).") from error
    database_file = {"postgresql": "database.dump", "sqlite": "database.sqlite3"}.get(engine)
    missing = {database_file, *ARCHIVES} - set(files)
    if database_file is None or missing:
        raise BackupError(f"{manifest_path} does not list {', '.join(sorted(map(str, missing)))}.")
    for name, digest in files.items():
        if not (source / name).exists() or _sha256(source / name) != digest:
            raise BackupError(f"{name} is missing or damaged (its SHA-256 does not match).")
    return manifest


def _checked_members(archive, target):
    """Every member of `archive`, checked before anything is written: only files and folders
    (no link of any kind, which is how extraction filters were bypassed, CVE-2025-4517), with
    relative names that stay inside `target` even through what already is there, and no
    special permission bits. Applied on every Python, with its "data" filter where it has one
    (Debian 12's 3.11.2 has none)."""
    root = target.resolve()
    members, seen_files = [], set()
    for member in archive.getmembers():
        name = member.name
        if not (member.isfile() or member.isdir()):
            raise BackupError(f"{name}: only files and folders are restored.")
        absolute = name.startswith(("/", "\\"))
        if absolute or (member.isfile() and not name.strip("./")):
            raise BackupError(f"{name!r}: not a name a backup writes.")
        destination = (root / name).resolve()
        if destination != root and root not in destination.parents:
            raise BackupError(f"{name}: outside the folder it is restored into.")
        if any(parent in seen_files for parent in destination.parents):
            raise BackupError(f"{name}: inside a file of the same archive.")
        if member.isfile():
            seen_files.add(destination)
        member.mode &= 0o755 if member.isdir() else 0o644
        member.uid = member.gid = 0
        member.uname = member.gname = ""
        members.append(member)
    return members


def _open_checked(archive_path, target):
    try:
        archive = tarfile.open(archive_path, "r:gz")  # noqa: SIM115 - closed by the callers
    except (tarfile.TarError, OSError) as error:
        raise BackupError(f"{archive_path.name} cannot be read ({error}).") from error
    try:
        return archive, _checked_members(archive, Path(target))
    except (tarfile.TarError, OSError) as error:
        archive.close()
        raise BackupError(f"{archive_path.name} cannot be read ({error}).") from error
    except BackupError:
        archive.close()
        raise


def _verify_archives(source):
    """Read every archive through before the database is touched: a bad one stops the
    restore with nothing changed."""
    for name, setting in ARCHIVES.items():
        archive, _members = _open_checked(source / name, getattr(settings, setting))
        archive.close()


def _extract(archive_path, target):
    """Extract a backup's archive into `target` (see `_checked_members`)."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    archive, members = _open_checked(Path(archive_path), target)
    with archive:
        options = {"filter": "data"} if hasattr(tarfile, "data_filter") else {}
        try:
            archive.extractall(target, members=members, **options)  # noqa: S202 - checked
        except (tarfile.TarError, OSError) as error:
            raise BackupError(f"{Path(archive_path).name}: {error}") from error


def _private(folder):
    """The applicants' attachments stay readable by the site's user only."""
    for path in Path(folder).rglob("*"):
        path.chmod(0o700 if path.is_dir() else 0o600)


def restore(source, alias="default", replace=False):
    """Restore the backup in the folder `source` into the database `alias` (which must be
    empty unless `replace`) and the media folders. Returns the manifest."""
    source = Path(source)
    manifest = _check(source)
    db = _database(alias)
    connection = connections[alias]
    if manifest["engine"] != connection.vendor:
        raise BackupError(
            f"This backup is of a {manifest['engine']} database, not {connection.vendor}."
        )
    _verify_archives(source)
    tables = connection.introspection.table_names()
    if tables and not replace:
        raise BackupError(
            f"The database {db['NAME']} is not empty ({len(tables)} tables): restore into an "
            "empty database, or pass --replace."
        )
    if connection.vendor == "postgresql":
        connection.close()
        command = ["pg_restore", "--no-owner", "--no-privileges", "--exit-on-error"]
        if replace:
            command += ["--clean", "--if-exists"]
        dump = str(source / "database.dump")
        _run([*command, *_pg_args(db), "--dbname", db["NAME"], dump], _pg_env(db))
    else:
        connection.close()
        shutil.copyfile(source / "database.sqlite3", db["NAME"])
        Path(db["NAME"]).chmod(0o600)
    for name, setting in ARCHIVES.items():
        _extract(source / name, getattr(settings, setting))
    _private(settings.PRIVATE_MEDIA_ROOT)
    return manifest
