"""`manage.py backup` then `manage.py restore` into an EMPTY database (on PostgreSQL a fresh
database created here; on SQLite a new file) and empty media folders: every page (with its
French and English fields), every vote and every application with its private attachment
comes back. The site is built and backed up by separate processes, as an operator would."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

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


def run(env, *args):
    result = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def site_env(tmp_path, database_url, name):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "jumelage.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(tmp_path / name / "media"),
        "PRIVATE_MEDIA_ROOT": str(tmp_path / name / "private"),
    }


def test_a_backup_restores_every_page_vote_and_application_into_an_empty_database(tmp_path):
    source_url, target_url = database_urls(tmp_path)
    source = site_env(tmp_path, source_url, "source")
    run(source, "migrate", "--noinput", "-v", "0")
    run(source, "load_demo_content", "--no-accounts")
    run(source, "shell", "-c", SETUP)
    before = json.loads(run(source, "shell", "-c", SUMMARY).strip().splitlines()[-1])

    folder = tmp_path / "backup"
    output = run(source, "backup", str(folder))
    assert "Backup written" in output
    manifest = json.loads((folder / "manifest.json").read_text())
    assert set(manifest["files"]) >= {"media.tar.gz", "private.tar.gz"}

    target = site_env(tmp_path, target_url, "restored")
    assert "Restored the backup" in run(target, "restore", str(folder))
    after = json.loads(run(target, "shell", "-c", SUMMARY).strip().splitlines()[-1])

    assert after == before
    titles = {(page[2], page[3]) for page in after["pages"]}
    assert ("Nos villes jumelles", "Our twin cities") in {(fr, en) for fr, en in titles}
    assert len(after["pages"]) >= 20
    assert len(after["votes"]) >= 10
    assert after["applications"][-1][0] == "A backed-up exchange"
    assert after["applications"][-1][2].startswith("applications/")
    assert all(exists for _title, exists in after["images"]) and after["images"]
    restored = tmp_path / "restored" / "private" / after["applications"][-1][2]
    assert restored.read_bytes() == b"%PDF-1.4 backup test"

    # A restore never overwrites a database that has tables, unless told to.
    refused = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), "restore", str(folder)],
        cwd=ROOT,
        env=target,
        capture_output=True,
        text=True,
        check=False,
    )
    assert refused.returncode != 0
    assert "is not empty" in refused.stderr


def test_a_damaged_backup_is_refused(tmp_path, settings):
    from jumelage.backups import BackupError, restore

    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "media.tar.gz").write_bytes(b"not what was saved")
    (folder / "manifest.json").write_text(
        json.dumps({"engine": "sqlite", "files": {"media.tar.gz": "0" * 64}})
    )
    with pytest.raises(BackupError, match="damaged"):
        restore(folder)


def test_a_backup_is_readable_by_the_sites_user_only(tmp_path, settings):
    """It holds the applicants' personal data: 0700 for the folder, 0600 for each file."""
    from jumelage.backups import backup

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    folder = tmp_path / "backup"
    with mock_database(tmp_path):
        backup(folder)
    assert folder.stat().st_mode & 0o777 == 0o700
    modes = {path.name: path.stat().st_mode & 0o777 for path in folder.iterdir()}
    assert modes and set(modes.values()) == {0o600}, modes


def mock_database(tmp_path):
    """An SQLite database of a few rows as the one backed up (the test database may be
    PostgreSQL's, whose pg_dump this test does not need)."""
    import sqlite3
    from unittest import mock

    path = tmp_path / "site.sqlite3"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}
    vendor = mock.patch("jumelage.backups.connections", {"default": mock.Mock(vendor="sqlite")})
    settings_patch = mock.patch("jumelage.backups._database", return_value=database)

    class Both:
        def __enter__(self):
            vendor.__enter__()
            settings_patch.__enter__()

        def __exit__(self, *exc):
            settings_patch.__exit__(*exc)
            vendor.__exit__(*exc)

    return Both()


def hostile_archive(path, kind):
    """A media archive as a forger would write it."""
    import io
    import tarfile

    def add(archive, name, kind=tarfile.REGTYPE, linkname="", data=b"forged"):
        member = tarfile.TarInfo(name)
        member.type, member.linkname = kind, linkname
        member.size = len(data) if member.isfile() else 0
        archive.addfile(member, io.BytesIO(data) if member.isfile() else None)

    if kind == "not-gzip":
        path.write_bytes(b"plain text, not an archive")
        return
    with tarfile.open(path, "w:gz") as archive:
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
        elif kind == "file-then-folder":
            add(archive, "a")
            add(archive, "a/b")
        elif kind == "dot-file":
            add(archive, ".")


HOSTILE = [
    "parent", "absolute", "symlink", "symlink-inside", "hardlink", "device",
    "file-then-folder", "dot-file", "not-gzip",
]  # fmt: skip


@pytest.mark.parametrize("kind", HOSTILE)
@pytest.mark.parametrize("filter_available", [True, False], ids=["python-filter", "own-check"])
def test_a_forged_archive_is_refused_and_nothing_is_written(
    tmp_path, monkeypatch, kind, filter_available
):
    """Both ways of extracting: with Python's "data" filter (3.11.4+), and without it (Debian
    12's 3.11.2; `make test-debian-python` runs this file there). The archive is read through
    before anything is written."""
    import tarfile

    from jumelage.backups import BackupError, _extract

    if not filter_available:
        monkeypatch.delattr(tarfile, "data_filter", raising=False)
    elif not hasattr(tarfile, "data_filter"):
        pytest.skip("this Python has no extraction filter (the other case covers it)")
    archive = tmp_path / "media.tar.gz"
    hostile_archive(archive, kind)
    target = tmp_path / "site" / "media"
    with pytest.raises(BackupError):
        _extract(archive, target)
    assert not (tmp_path / "site" / "escaped.txt").exists()
    assert not (tmp_path / "escaped.txt").exists()
    assert not Path("/tmp/jumelage-absolute-escape.txt").exists()  # noqa: S108
    assert list(target.iterdir()) == []


def test_a_restore_with_a_bad_archive_changes_nothing(tmp_path, settings):
    """The archives are read through before the database is replaced."""
    import hashlib

    from jumelage.backups import BackupError, restore

    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "database.sqlite3").write_bytes(b"a database")
    hostile_archive(folder / "media.tar.gz", "symlink")
    hostile_archive(folder / "private.tar.gz", "parent")
    files = ("database.sqlite3", "media.tar.gz", "private.tar.gz")
    digests = {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in files}
    (folder / "manifest.json").write_text(json.dumps({"engine": "sqlite", "files": digests}))
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    target = tmp_path / "target.sqlite3"
    with mock_target_database(target), pytest.raises(BackupError, match="link"):
        restore(folder)
    assert not target.exists()


def mock_target_database(path):
    from unittest import mock

    connection = mock.Mock(vendor="sqlite")
    connection.introspection.table_names.return_value = []
    database = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(path)}
    patches = [
        mock.patch("jumelage.backups.connections", {"default": connection}),
        mock.patch("jumelage.backups._database", return_value=database),
    ]

    class Both:
        def __enter__(self):
            for patch in patches:
                patch.__enter__()

        def __exit__(self, *exc):
            for patch in reversed(patches):
                patch.__exit__(*exc)

    return Both()


@pytest.mark.parametrize(
    "manifest",
    ["not json", json.dumps({"engine": "sqlite"}), json.dumps({"engine": "sqlite", "files": {}})],
    ids=["not-json", "no-files", "empty-files"],
)
def test_a_damaged_manifest_is_refused_with_a_message(tmp_path, manifest):
    from jumelage.backups import BackupError, restore

    folder = tmp_path / "backup"
    folder.mkdir()
    (folder / "manifest.json").write_text(manifest)
    with pytest.raises(BackupError):
        restore(folder)
