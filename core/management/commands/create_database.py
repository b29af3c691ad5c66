"""Create the PostgreSQL database that DATABASE_URL names when it does not exist yet, so that
`make run` works on a fresh server (`make migrate` runs this first, and so does .ci/run).

It connects as the same user to the server's maintenance database `postgres`, which needs the
CREATEDB privilege (the local superuser `postgres` has it; on a server the database is created
once by an administrator, docs/deployment.md). On SQLite there is nothing to do: the file is
created by the first connection.
"""

import time

import psycopg
from psycopg import errors, sql

from django.core.management.base import BaseCommand, CommandError
from django.db import DEFAULT_DB_ALIAS, connections


def connect_to_server(connection, wait):
    """An autocommit connection to the server's `postgres` database, with the user, password,
    host, port and options of `connection` (a Django database wrapper), trying again for up to
    `wait` seconds while the server does not answer (it may still be starting)."""
    params = {**connection.get_connection_params(), "dbname": "postgres", "autocommit": True}
    deadline = time.monotonic() + wait
    while True:
        try:
            return psycopg.connect(**params)
        except psycopg.OperationalError as error:
            if time.monotonic() >= deadline:
                where = f"{params.get('host', 'the local socket')}:{params.get('port', 5432)}"
                raise CommandError(f"PostgreSQL does not answer at {where}: {error}") from error
            time.sleep(1)


def create_database(connection, *, wait=0):
    """Create the database of `connection` unless it exists; True when it was created."""
    name = connection.settings_dict["NAME"]
    with connect_to_server(connection, wait) as server:
        query = "SELECT 1 FROM pg_database WHERE datname = %s"
        if server.execute(query, [name]).fetchone():
            return False
        try:
            server.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        except errors.DuplicateDatabase:  # created by another process in between
            return False
        except errors.InsufficientPrivilege as error:
            user = connection.settings_dict["USER"] or "this user"
            raise CommandError(
                f"{user} may not create databases: create {name} as an administrator "
                f"(createdb --owner {user} {name}), or give {user} CREATEDB. {error}"
            ) from error
    return True


class Command(BaseCommand):
    help = (
        "Create the PostgreSQL database that DATABASE_URL names when it is missing "
        "(connecting to the server's 'postgres' database); nothing to do on SQLite."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("--database", default=DEFAULT_DB_ALIAS, help="the database alias")
        parser.add_argument(
            "--wait",
            type=int,
            default=0,
            metavar="SECONDS",
            help="keep trying this long while the server does not answer (default: 0)",
        )

    def handle(self, *args, database, wait, verbosity, **options):
        connection = connections[database]
        name = connection.settings_dict["NAME"]
        if connection.vendor != "postgresql":
            if verbosity >= 2:
                self.stdout.write(f"{connection.display_name}: nothing to create")
            return
        if create_database(connection, wait=wait):
            if verbosity >= 1:
                self.stdout.write(self.style.SUCCESS(f"Database {name} created"))
        elif verbosity >= 2:
            self.stdout.write(f"Database {name} exists")
