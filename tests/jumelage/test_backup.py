"""`manage.py backup` and `manage.py restore` (django-dbbackup, jumelage/backups.py), run as an
operator runs them, each in a process of its own:

- a backup of a whole site, encrypted with GPG for a throwaway key made here, restored into an
  EMPTY database (on PostgreSQL a fresh database created here; on SQLite a new file) and empty
  media folders: every page (with its French and English fields), every vote and every
  application with its private attachment comes back; without the key nothing is restored;
- the retention keeps the last BACKUP_KEEP backups and the 1st of each month;
- forged or damaged backups are refused with nothing written.

`make test-debian-python` runs this file under Debian 12's own Python (3.11.2)."""

import datetime
import gzip
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "throwaway passphrase of the backup test"
DATE_FORMAT = "%Y-%m-%d-%H%M%S"
# Debian's gpg (package gnupg, which .ci/run installs when missing).
GPG = shutil.which("gpg") or "/usr/bin/gpg"
GPGCONF = shutil.which("gpgconf") or "/usr/bin/gpgconf"

SETUP = """
import datetime, uuid
from decimal import Decimal
from django.core.files.base import ContentFile
from django.utils import timezone
from partners.models import TwinCityPage
from projects.models import ProjectApplication
application = ProjectApplication.objects.create(
    submission_token=uuid.uuid4(), language="en", applicant_name="Anahit Backup",
    email="anahit@example.org", twin_city=TwinCityPage.objects.get(slug_fr="masis"),
    field="culture", title="A backed-up exchange", aims="To be restored.",
    start_date=datetime.date(2026, 5, 1), participants=12, total_budget=Decimal("10000.00"),
    amount_requested=Decimal("1000.00"), consent_at=timezone.now(),
)
application.attachment.save("dossier.pdf", ContentFile(b"%PDF-1.4 backup test"), save=True)
"""

SUMMARY = """
import hashlib, json
from django.core.files.storage import default_storage
from wagtail.images import get_image_model
from wagtail.models import Page
from projects.models import ProjectApplication, Vote
pages = Page.objects.filter(depth__gte=2).order_by("path").specific()
images = get_image_model().objects.order_by("pk")
print(json.dumps({
    "pages": [
        [p.path, type(p).__name__, p.title_fr, p.title_en, p.slug_fr, p.slug_en, p.live]
        for p in pages
    ],
    "votes": sorted(Vote.objects.values_list("deliberation_id", "member_id", "choice")),
    "applications": [
        [a.title, a.email, a.attachment.name,
         hashlib.sha256(a.attachment.open("rb").read()).hexdigest() if a.attachment else ""]
        for a in ProjectApplication.objects.order_by("pk")
    ],
    "images": [[i.title, default_storage.exists(i.file.name)] for i in images],
}))
"""


@pytest.fixture(scope="module")
def gpg_key():
    """A throwaway GPG key (protected by PASSPHRASE) in a keyring of its own: (home,
    fingerprint, key id of its encryption subkey). The home's path is short, for gpg-agent's
    socket."""
    home = tempfile.mkdtemp(prefix="gpg-")
    parameters = f"""
Key-Type: eddsa
Key-Curve: ed25519
Key-Usage: sign
Subkey-Type: ecdh
Subkey-Curve: cv25519
Subkey-Usage: encrypt
Name-Real: Backup test
Name-Email: backups@example.org
Expire-Date: 0
Passphrase: {PASSPHRASE}
%commit
"""
    gpg = [GPG, "--homedir", home, "--batch"]
    subprocess.run(
        [*gpg, "--pinentry-mode", "loopback", "--gen-key"],
        input=parameters,
        capture_output=True,
        text=True,
        check=True,
    )
    listing = subprocess.run(
        [*gpg, "--list-keys", "--with-colons"], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    fingerprint = next(line.split(":")[9] for line in listing if line.startswith("fpr:"))
    subkey = next(line.split(":")[4] for line in listing if line.startswith("sub:"))
    yield home, fingerprint, subkey
    subprocess.run([GPGCONF, "--homedir", home, "--kill", "gpg-agent"], check=False)
    shutil.rmtree(home, ignore_errors=True)


def database_urls(tmp_path):
    """(source, target) database URLs: SQLite files, or two fresh databases beside the test
    database when the suite runs on PostgreSQL (the target is created empty)."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith(("postgres://", "postgresql://")):
        return (
            f"sqlite:///{tmp_path / 'source.sqlite3'}",
            f"sqlite:///{tmp_path / 'restored.sqlite3'}",
        )
    import psycopg

    base, _, name = url.rpartition("/")
    names = [f"{name or 'jumelage'}_backup_source", f"{name or 'jumelage'}_backup_restored"]
    with psycopg.connect(f"{base}/postgres", autocommit=True) as connection:
        for database in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{database}"')
            connection.execute(f'CREATE DATABASE "{database}"')
    return tuple(f"{base}/{database}" for database in names)


def manage(env, *args):
    return subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )


def run(env, *args):
    result = manage(env, *args)
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def site_env(tmp_path, database_url, name, backups, **extra):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("BACKUP_", "GNUPGHOME"))
    }
    return {
        **environment,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / name / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / name / "private"),
        "BACKUP_DIR": str(backups),
        **extra,
    }


def tables(env):
    code = "from django.db import connection; print(len(connection.introspection.table_names()))"
    return int(run(env, "shell", "-c", code).strip().splitlines()[-1])


def files_in(folder):
    return sorted(path for path in Path(folder).rglob("*") if path.is_file())


def test_an_encrypted_backup_restores_every_page_vote_and_application_into_an_empty_database(
    tmp_path, gpg_key
):
    home, fingerprint, subkey = gpg_key
    backups = tmp_path / "backups"
    source_url, target_url = database_urls(tmp_path)
    source = site_env(
        tmp_path, source_url, "source", backups, GNUPGHOME=home, BACKUP_GPG_RECIPIENT=fingerprint
    )
    run(source, "migrate", "--noinput", "-v", "0")
    run(source, "load_demo_content", "--no-accounts")
    run(source, "shell", "-c", SETUP)
    before = json.loads(run(source, "shell", "-c", SUMMARY).strip().splitlines()[-1])

    output = run(source, "backup")  # no argument: what the nightly job runs
    assert f"Encrypted for the GPG key {fingerprint}" in output

    # Three files and the database's metadata, readable by the site's user only.
    names = sorted(path.name for path in backups.iterdir())
    assert len(names) == 4, names
    stored = [backups / name for name in names if not name.endswith(".metadata")]
    assert {name.split("-")[-1].split(".")[0] for name in names} == {
        "database",
        "media",
        "private",
    }
    assert all(path.name.endswith(".gz.gpg") for path in stored)
    assert backups.stat().st_mode & 0o777 == 0o700
    assert {(backups / name).stat().st_mode & 0o777 for name in names} == {0o600}

    # Really encrypted for the key: nothing readable without it (no gzip, no SQLite header),
    # and gpg finds a session key encrypted for the throwaway key's subkey.
    empty_keyring = tempfile.mkdtemp(prefix="gpg-")
    try:
        for path in stored:
            content = path.read_bytes()
            assert not content.startswith(b"\x1f\x8b")
            assert b"SQLite format 3" not in content and b"%PDF-1.4" not in content
            packets = subprocess.run(
                [GPG, "--homedir", empty_keyring, "--batch", "--list-packets", str(path)],
                capture_output=True,
                text=True,
                check=False,
            )
            listed = packets.stdout + packets.stderr
            assert ":pubkey enc packet:" in listed and subkey.upper() in listed.upper(), listed

        # Without the secret key: refused, and nothing written.
        target = site_env(tmp_path, target_url, "restored", backups, GNUPGHOME=empty_keyring)
        refused = manage(target, "restore")
        assert refused.returncode != 0
        assert "cannot be decrypted" in refused.stderr, refused.stderr
        assert tables(target) == 0
        assert not files_in(tmp_path / "restored")
    finally:
        subprocess.run([GPGCONF, "--homedir", empty_keyring, "--kill", "gpg-agent"], check=False)
        shutil.rmtree(empty_keyring, ignore_errors=True)

    # With the key and its passphrase: everything comes back.
    target = site_env(
        tmp_path, target_url, "restored", backups, GNUPGHOME=home, BACKUP_GPG_PASSPHRASE=PASSPHRASE
    )
    restored = run(target, "restore")
    assert "Restored the backup" in restored
    after = json.loads(run(target, "shell", "-c", SUMMARY).strip().splitlines()[-1])

    assert after == before
    titles = {(page[2], page[3]) for page in after["pages"]}
    assert ("Nos villes jumelles", "Our twin cities") in {(fr, en) for fr, en in titles}
    assert len(after["pages"]) >= 20
    assert len(after["votes"]) >= 10
    assert after["applications"][-1][0] == "A backed-up exchange"
    assert after["applications"][-1][2].startswith("applications/")
    assert all(exists for _title, exists in after["images"]) and after["images"]
    private = tmp_path / "restored" / "private"
    attachment = private / after["applications"][-1][2]
    assert attachment.read_bytes() == b"%PDF-1.4 backup test"
    # The applicants' files stay readable by the site's user only.
    assert {path.stat().st_mode & 0o777 for path in files_in(private)} == {0o600}
    assert attachment.parent.stat().st_mode & 0o777 == 0o700

    # A restore never overwrites a database that has tables, unless told to.
    refused = manage(target, "restore")
    assert refused.returncode != 0
    assert "is not empty" in refused.stderr


def stamp(moment):
    return moment.strftime(DATE_FORMAT)


def fake_backup(folder, moment, metadata=False):
    """The three files of a backup as they are named (their content is never read here)."""
    names = [
        f"jumelage-{stamp(moment)}-database.sqlite3.gz",
        f"jumelage-{stamp(moment)}-media.tar.gz",
        f"jumelage-{stamp(moment)}-private.tar.gz",
    ]
    for name in names:
        (folder / name).write_bytes(b"an older backup")
    if metadata:
        (folder / f"{names[0]}.metadata").write_text("{}")
    return stamp(moment)


def small_site(tmp_path):
    """A database of a few rows (the backup copies whatever the database holds)."""
    path = tmp_path / "site.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE note (text)")
        connection.execute("INSERT INTO note VALUES ('kept')")
    return f"sqlite:///{path}"


def test_the_retention_keeps_the_last_backups_and_the_first_of_each_month(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir(mode=0o755)
    now = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    first = now.replace(day=1, hour=2, minute=0, second=0, microsecond=0)
    two_months_ago = (first - datetime.timedelta(days=40)).replace(day=1)
    kept = fake_backup(backups, two_months_ago.replace(day=16))
    dropped = fake_backup(backups, two_months_ago.replace(day=15), metadata=True)
    monthly = fake_backup(backups, two_months_ago)
    too_old = fake_backup(backups, datetime.datetime(2020, 1, 1, 2))
    (backups / "notes.txt").write_text("not a backup, never removed")
    env = site_env(
        tmp_path, small_site(tmp_path), "site", backups, BACKUP_KEEP="2", BACKUP_KEEP_MONTHLY="12"
    )

    output = run(env, "backup")
    assert "Not encrypted" in output
    assert "Removed 7 files of older backups." in output
    stamps = {name[len("jumelage-") :][:17] for name in os.listdir(backups) if "jumelage" in name}
    assert kept in stamps and monthly in stamps
    assert dropped not in stamps and too_old not in stamps
    assert len(stamps) == 3  # the new one, the last older one, the 1st of a month
    assert (backups / "notes.txt").exists()
    # The folder made private again, and the new files 0600.
    assert backups.stat().st_mode & 0o777 == 0o700
    new_stamp = output.split()[1]
    new = [path for path in backups.iterdir() if new_stamp in path.name]
    assert len(new) == 4 and {path.stat().st_mode & 0o777 for path in new} == {0o600}
    listing = run(env, "restore", "--list")
    assert listing.count("complete") == 3


def test_a_backup_for_a_key_not_in_the_keyring_is_refused_before_anything_is_written(tmp_path):
    backups = tmp_path / "backups"
    keyring = tempfile.mkdtemp(prefix="gpg-")
    try:
        env = site_env(
            tmp_path,
            small_site(tmp_path),
            "site",
            backups,
            GNUPGHOME=keyring,
            BACKUP_GPG_RECIPIENT="0123456789ABCDEF0123456789ABCDEF01234567",
        )
        result = manage(env, "backup")
    finally:
        subprocess.run([GPGCONF, "--homedir", keyring, "--kill", "gpg-agent"], check=False)
        shutil.rmtree(keyring, ignore_errors=True)
    assert result.returncode != 0
    assert "No public key 0123456789ABCDEF0123456789ABCDEF01234567" in result.stderr
    assert not files_in(backups)


def test_the_monthly_filter(settings):
    from jumelage.backups import keep_monthly

    settings.BACKUP_KEEP_MONTHLY = 12
    now = datetime.datetime(2026, 5, 20, tzinfo=datetime.UTC)
    assert keep_monthly("jumelage-2026-05-01-020000-media.tar.gz.gpg", now)
    assert keep_monthly("jumelage-2025-06-01-020000-database.psql.bin.gz", now)
    assert not keep_monthly("jumelage-2025-05-01-020000-database.psql.bin.gz", now)
    assert not keep_monthly("jumelage-2026-05-02-020000-private.tar.gz", now)
    assert not keep_monthly("elsewhere-2026-05-01-020000-private.tar.gz", now)


def add(archive, name, kind=tarfile.REGTYPE, linkname="", data=b"forged"):
    member = tarfile.TarInfo(name)
    member.type, member.linkname = kind, linkname
    member.size = len(data) if member.isfile() else 0
    archive.addfile(member, io.BytesIO(data) if member.isfile() else None)


def hostile_archive(path, kind):
    """A media archive (uncompressed) as a forger would write it."""
    if kind == "not-an-archive":
        path.write_bytes(b"plain text, not an archive" * 40)
        return
    with tarfile.open(path, "w") as archive:
        if kind == "parent":
            add(archive, "../escaped.txt")
        elif kind == "absolute":
            add(archive, "/tmp/jumelage-absolute-escape.txt")  # noqa: S108
        elif kind == "symlink":
            add(archive, "link", tarfile.SYMTYPE, "/etc/passwd")
        elif kind == "symlink-inside":  # harmless-looking, but links are how filters fell
            add(archive, "ok.txt")
            add(archive, "link", tarfile.SYMTYPE, "ok.txt")
        elif kind == "hardlink":
            add(archive, "link", tarfile.LNKTYPE, "../../escaped.txt")
        elif kind == "device":
            add(archive, "device", tarfile.CHRTYPE)
        elif kind == "fifo":
            add(archive, "fifo", tarfile.FIFOTYPE)
        elif kind == "file-then-folder":
            add(archive, "a")
            add(archive, "a/b")
        elif kind == "dot-file":
            add(archive, ".")


HOSTILE = {
    "parent": "outside",
    "absolute": "not a relative name",
    "symlink": "is a link",
    "symlink-inside": "is a link",
    "hardlink": "is a link",
    "device": "special file",
    "fifo": "special file",
    "file-then-folder": "inside the file",
    "dot-file": "not a file name",
    "not-an-archive": "not a readable archive",
}


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_forged_archive_is_refused_with_a_message(tmp_path, kind):
    """The checks are the project's own, the same on every Python (Debian 12's 3.11.2 has no
    extraction filter; none is needed: files are written one by one through the storage)."""
    from jumelage.backups import BackupError, check_archive

    archive = tmp_path / "media.tar"
    hostile_archive(archive, kind)
    with pytest.raises(BackupError, match=HOSTILE[kind]):
        check_archive(archive)


def test_a_plain_archive_passes_the_checks(tmp_path):
    from jumelage.backups import check_archive

    archive = tmp_path / "media.tar"
    with tarfile.open(archive, "w") as tar:
        add(tar, "images/a.jpg")
        add(tar, "./documents/b.pdf")
    assert check_archive(archive) == ["images/a.jpg", "documents/b.pdf"]


def gzipped(data):
    return gzip.compress(data)


def tar_gz(kind):
    buffer = io.BytesIO()
    if kind is None:
        with tarfile.open(fileobj=buffer, mode="w") as archive:
            add(archive, "images/fine.jpg")
        return gzipped(buffer.getvalue())
    path = Path(tempfile.mkdtemp()) / "archive.tar"
    hostile_archive(path, kind)
    data = path.read_bytes()
    shutil.rmtree(path.parent)
    return gzipped(data)


@pytest.mark.parametrize(
    ("forgery", "message"),
    [
        ("symlink-in-media", "is a link"),
        ("escape-in-private", "outside"),
        ("damaged-database", "is damaged"),
        ("not-a-database", "not an SQLite database"),
    ],
)
def test_a_forged_or_damaged_backup_changes_nothing(tmp_path, forgery, message):
    """Every file is fetched, decompressed and checked before anything is written: the target
    database keeps no table, the media folders stay empty."""
    backups = tmp_path / "backups"
    backups.mkdir()
    source = tmp_path / "good.sqlite3"
    with sqlite3.connect(source) as connection:
        connection.execute("CREATE TABLE note (text)")
    database = gzipped(source.read_bytes())
    if forgery == "damaged-database":
        database = database[: len(database) // 2]
    elif forgery == "not-a-database":
        database = gzipped(b"not a database" * 100)
    moment = stamp(datetime.datetime(2026, 5, 1, 2))
    files = {
        "database.sqlite3.gz": database,
        "media.tar.gz": tar_gz("symlink" if forgery == "symlink-in-media" else None),
        "private.tar.gz": tar_gz("parent" if forgery == "escape-in-private" else None),
    }
    for suffix, data in files.items():
        (backups / f"jumelage-{moment}-{suffix}").write_bytes(data)
    target = tmp_path / "target.sqlite3"
    env = site_env(tmp_path, f"sqlite:///{target}", "site", backups)

    result = manage(env, "restore")
    assert result.returncode != 0
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr
    assert tables(env) == 0
    assert not files_in(tmp_path / "site")
    assert not (tmp_path / "escaped.txt").exists()


def test_a_backup_on_disk_is_never_under_the_public_media(tmp_path):
    env = site_env(tmp_path, small_site(tmp_path), "site", tmp_path / "site" / "media" / "backups")
    result = manage(env, "check")
    assert result.returncode != 0
    assert "jumelage.E001" in result.stderr


S3_ROUND_TRIP = """
import json, sqlite3
from moto import mock_aws

with mock_aws():
    import boto3
    import django

    s3 = boto3.client("s3", region_name="us-east-1")
    for bucket in ("media", "private", "backups"):
        s3.create_bucket(Bucket=bucket)
    s3.put_object(Bucket="media", Key="original_images/photo.jpg", Body=b"a picture")
    s3.put_object(Bucket="private", Key="applications/2026/dossier.pdf", Body=b"%PDF private")
    django.setup()
    from django.core.management import call_command
    from django.db import connection

    call_command("backup")
    stored = s3.list_objects_v2(Bucket="backups")["Contents"]
    grants = [
        grant["Grantee"].get("URI", "owner")
        for item in stored
        for grant in s3.get_object_acl(Bucket="backups", Key=item["Key"])["Grants"]
    ]
    # The site loses its media and changes its database; the restore brings them back.
    for bucket in ("media", "private"):
        for item in s3.list_objects_v2(Bucket=bucket)["Contents"]:
            s3.delete_object(Bucket=bucket, Key=item["Key"])
    with connection.cursor() as cursor:
        cursor.execute("INSERT INTO note VALUES ('written after the backup')")
    call_command("restore", replace=True)

    def read(bucket, key):
        return s3.get_object(Bucket=bucket, Key=key)["Body"].read().decode()

    print(json.dumps({
        "stored": sorted(item["Key"] for item in stored),
        "grants": sorted(set(grants)),
        "media": read("media", "original_images/photo.jpg"),
        "private": read("private", "applications/2026/dossier.pdf"),
        "notes": sqlite3.connect(connection.settings_dict["NAME"]).execute(
            "SELECT text FROM note"
        ).fetchall(),
    }))
"""


def test_media_private_files_and_backups_in_s3_buckets(tmp_path):
    """Production with every file in S3 (moto's in-process S3): the media and the private
    attachments are read and written back through the storage API, and the backups go to a
    private bucket of their own, under BACKUP_AWS_LOCATION."""
    pytest.importorskip("moto", reason="moto is a development requirement (requirements-dev)")
    env = site_env(
        tmp_path,
        small_site(tmp_path),
        "site",
        tmp_path / "unused",
        DJANGO_SETTINGS_MODULE="jumelage.settings.production",
        SECRET_KEY="backup-test-secret-key-long-enough-for-the-production-check",
        REGISTER_KEY="backup-test-register-key-of-at-least-32-characters",
        ALLOWED_HOSTS="testserver",
        AWS_ACCESS_KEY_ID="testing",
        AWS_SECRET_ACCESS_KEY="testing",  # noqa: S106
        AWS_DEFAULT_REGION="us-east-1",
        AWS_S3_REGION_NAME="us-east-1",
        AWS_STORAGE_BUCKET_NAME="media",
        PRIVATE_AWS_STORAGE_BUCKET_NAME="private",
        BACKUP_AWS_STORAGE_BUCKET_NAME="backups",
        BACKUP_AWS_LOCATION="nightly",
    )
    env.pop("AWS_S3_ENDPOINT_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", S3_ROUND_TRIP],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert len(outcome["stored"]) == 4, outcome["stored"]
    assert all(key.startswith("nightly/jumelage-") for key in outcome["stored"])
    assert outcome["grants"] == ["owner"]  # no public grant
    assert outcome["media"] == "a picture"
    assert outcome["private"] == "%PDF private"
    assert outcome["notes"] == [["kept"]]
    assert not (tmp_path / "unused").exists()
