"""manage.py create_database, which `make migrate` and .ci/run run first: creates the PostgreSQL
database that DATABASE_URL names when it is missing, says what stops it, and has nothing to do on
SQLite."""

import os
import subprocess
import sys
import uuid
from io import StringIO

import psycopg
import pytest
from psycopg import sql

from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from django.db.backends.postgresql.base import DatabaseWrapper

from core.management.commands.create_database import create_database

PROJECT = settings.BASE_DIR

on_postgresql = pytest.mark.skipif(
    settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql",
    reason="creates databases on the PostgreSQL server",
)


def postgresql(**changes):
    """A Django PostgreSQL connection (not connected) like the test database's, with `changes`."""
    return DatabaseWrapper({**connection.settings_dict, **changes})


def database_url(name, user=None):
    db = connection.settings_dict
    password = f":{db['PASSWORD']}" if db.get("PASSWORD") and not user else ""
    host = db.get("HOST") or "127.0.0.1"
    port = db.get("PORT") or 5432
    return f"postgres://{user or db['USER']}{password}@{host}:{port}/{name}"


@pytest.fixture
def server():
    """An autocommit connection to the server's maintenance database."""
    with psycopg.connect(database_url("postgres"), autocommit=True) as server:
        yield server


def exists(server, name):
    query = "SELECT 1 FROM pg_database WHERE datname = %s"
    return server.execute(query, [name]).fetchone() is not None


@pytest.fixture
def scratch_name(server):
    """A database name nobody uses, dropped again afterwards."""
    name = f"kb_create_{uuid.uuid4().hex[:12]}"
    server.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))
    yield name
    server.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(sql.Identifier(name)))


def manage(*arguments, **env):
    """manage.py as `make migrate` runs it: its default settings, and `env` (no .env file)."""
    environ = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT,
        env={**environ, "ENV_FILE": "", **env},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.postgres
@on_postgresql
def test_creates_the_missing_database_once(server, scratch_name):
    assert not exists(server, scratch_name)
    result = manage("create_database", DATABASE_URL=database_url(scratch_name))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Database {scratch_name} created\n"
    assert exists(server, scratch_name)

    assert create_database(postgresql(NAME=scratch_name)) is False  # there: left alone
    assert exists(server, scratch_name)


@pytest.mark.postgres
@on_postgresql
def test_a_user_without_createdb_is_told_what_to_do(server, scratch_name):
    role = f"kb_nocreate_{uuid.uuid4().hex[:8]}"
    if not server.execute(
        "SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
    ).fetchone()[0]:
        pytest.skip("the test user may not create a role")
    server.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(role)))
    try:
        with pytest.raises(CommandError, match=f"{role} may not create databases.*CREATEDB"):
            create_database(postgresql(NAME=scratch_name, USER=role, PASSWORD=""))
        assert not exists(server, scratch_name)
    finally:
        server.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))


def test_a_server_that_does_not_answer_is_named():
    """Port 9 (discard) on the loopback: nothing listens, the connection is refused at once."""
    wrapper = postgresql(
        ENGINE="django.db.backends.postgresql",
        NAME="kennisbank",
        USER="postgres",
        PASSWORD="",
        HOST="127.0.0.1",
        PORT=9,
        OPTIONS={"connect_timeout": 2},
    )
    with pytest.raises(CommandError, match="PostgreSQL does not answer at 127.0.0.1:9"):
        create_database(wrapper)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite case")
def test_nothing_to_do_on_sqlite():
    output = StringIO()
    call_command("create_database", verbosity=2, stdout=output)
    assert output.getvalue() == "SQLite: nothing to create\n"
