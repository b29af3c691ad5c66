"""deploy/backup.sh and deploy/restore.sh, for real: pg_dump the test database with content in
it, restore the dump into a new, empty database, and compare every table's rows; render a page
from the restored database; round-trip the media folder; keep only the newest backups; refuse to
restore without --yes; fail loudly (and leave no half file) when the database cannot be dumped.
"""

import os
import subprocess
import sys
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from django.conf import settings
from django.db import connection

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage
from scan import responses
from scan.factories import ScanPageFactory
from tests.support import database_url

pytestmark = [
    pytest.mark.skipif(
        settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
        reason="pg_dump and pg_restore need PostgreSQL",
    ),
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

PROJECT = Path(__file__).resolve().parent.parent
BACKUP = PROJECT / "deploy" / "backup.sh"
RESTORE = PROJECT / "deploy" / "restore.sh"
TIMEOUT = 300


def server():
    """A connection to the server's maintenance database, for CREATE and DROP DATABASE."""
    return psycopg.connect(database_url("postgres"), autocommit=True)


def run(script, *args, **env):
    return subprocess.run(
        ["bash", str(script), *map(str, args)],
        env={**os.environ, **{key: str(value) for key, value in env.items()}},
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


def row_counts(url):
    """{table: number of rows} for every table of the public schema."""
    with psycopg.connect(url) as conn:
        tables = [
            row[0]
            for row in conn.execute(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename"
            )
        ]
        return {
            table: conn.execute(
                sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table))
            ).fetchone()[0]
            for table in tables
        }


@pytest.fixture
def target_database():
    """A new, empty database to restore into, dropped afterwards."""
    name = f"{connection.settings_dict['NAME']}_restored"[:63]
    with server() as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    try:
        yield database_url(name)
    finally:
        with server() as conn:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )


@pytest.fixture
def content(home_page):
    """A published event with a registration (and so page revisions) and a started scan."""
    agenda = EventIndexPageFactory(parent=home_page)
    event = EventPageFactory(
        parent=agenda,
        title="Kennisdeelmiddag na herstel",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=10,
    )
    event.save_revision().publish()
    RegistrationFactory(event=event, email="deelnemer@example.nl")
    scan = ScanPageFactory(parent=home_page)
    scan.save_revision().publish()
    responses.start(scan)
    return event


def media_folder(root):
    (root / "documents").mkdir(parents=True)
    (root / "documents" / "verslag één.pdf").write_bytes(b"%PDF-1.4 verslag")
    (root / "original_images").mkdir()
    (root / "original_images" / "foto.jpg").write_bytes(bytes(range(256)) * 40)
    return root


def files(root):
    return {
        str(path.relative_to(root)): path.read_bytes() for path in root.rglob("*") if path.is_file()
    }


def test_a_backup_restores_into_an_empty_database_with_every_row_and_file(
    content, target_database, tmp_path
):
    source = database_url(connection.settings_dict["NAME"])
    media = media_folder(tmp_path / "media")
    backups = tmp_path / "backups"

    backup = run(BACKUP, DATABASE_URL=source, BACKUP_DIR=backups, MEDIA_ROOT=media)

    assert backup.returncode == 0, backup.stderr
    [dump] = backups.glob("kennisbank-db-*.dump")
    [tarball] = backups.glob("kennisbank-media-*.tar.gz")
    assert f"wrote {dump}" in backup.stdout and f"wrote {tarball}" in backup.stdout
    assert dump.stat().st_mode & 0o077 == 0  # personal data: for the backup's owner only

    # Without --yes nothing is touched.
    refused = run(RESTORE, dump, DATABASE_URL=target_database)
    assert refused.returncode != 0 and "--yes" in refused.stderr
    assert row_counts(target_database) == {}

    restored_media = tmp_path / "restored" / "media"
    restore = run(
        RESTORE, "--yes", dump, tarball, DATABASE_URL=target_database, MEDIA_ROOT=restored_media
    )

    assert restore.returncode == 0, restore.stderr
    expected = row_counts(source)
    assert expected["events_registration"] == 1 and expected["wagtailcore_revision"] >= 2
    assert expected["scan_scanresponse"] == 1
    assert row_counts(target_database) == expected
    assert files(restored_media) == files(media)

    # The restored database serves the site.
    page = subprocess.run(
        [
            sys.executable,
            "manage.py",
            "shell",
            "-c",
            "from django.test import Client; r = Client().get('/agenda/kennisdeelmiddag/');"
            "print(r.status_code, 'Kennisdeelmiddag na herstel' in r.content.decode())",
        ],
        cwd=PROJECT,
        env={
            **os.environ,
            "DATABASE_URL": target_database,
            "DJANGO_SETTINGS_MODULE": "kennisbank.settings.test",
        },
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )
    assert page.stdout.split()[-2:] == ["200", "True"], page.stdout + page.stderr

    # Restoring again over a restored database replaces it (--clean), and keeps the old media.
    again = run(
        RESTORE,
        dump,
        tarball,
        DATABASE_URL=target_database,
        MEDIA_ROOT=restored_media,
        RESTORE_CONFIRM="yes",
    )
    assert again.returncode == 0, again.stderr
    assert row_counts(target_database) == expected
    assert files(restored_media) == files(media)
    [kept] = restored_media.parent.glob("media.before-restore-*")
    assert files(kept) == files(media)


def test_only_the_newest_backups_are_kept(tmp_path):
    backups = tmp_path / "backups"
    backups.mkdir()
    old = [backups / f"kennisbank-db-2020010{day}T030000Z.dump" for day in (1, 2, 3)]
    for path in old:
        path.write_bytes(b"old")
    unrelated = backups / "notes.txt"
    unrelated.write_text("not a backup")

    backup = run(
        BACKUP,
        DATABASE_URL=database_url(connection.settings_dict["NAME"]),
        BACKUP_DIR=backups,
        BACKUP_KEEP=2,
        MEDIA_ROOT=tmp_path / "no-media",
    )

    assert backup.returncode == 0, backup.stderr
    kept = sorted(path.name for path in backups.glob("kennisbank-db-*.dump"))
    assert len(kept) == 2 and kept[0] == old[2].name
    assert f"deleted {old[0]}" in backup.stdout and f"deleted {old[1]}" in backup.stdout
    assert unrelated.exists()


def test_a_failed_dump_fails_and_leaves_no_file(tmp_path):
    backups = tmp_path / "backups"

    backup = run(
        BACKUP,
        DATABASE_URL=database_url("kennisbank_does_not_exist"),
        BACKUP_DIR=backups,
        MEDIA_ROOT=tmp_path,
    )

    assert backup.returncode != 0
    assert "does_not_exist" in backup.stderr
    assert list(backups.iterdir()) == []
