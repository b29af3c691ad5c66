"""Reads on read replicas (DATABASE_REPLICA_URLS; settings add the aliases replica_1, ...).

Replicas are streaming copies of the primary that lag behind it by a moment. So reads go to a
replica only where a stale answer does no harm:

- only while a web request is served (ReplicaPinMiddleware marks it): the background worker,
  the retention job, management commands and the shell read the primary;
- not inside a transaction on the primary (select_for_update for seats, votes and scans, and
  read-after-write in `transaction.atomic`), and never for select_for_update (Django routes
  that as a write);
- not after the request wrote anything (a statement that changes data ran on the primary),
  and not for DATABASE_REPLICA_PIN_SECONDS after the visitor's last write: a response to a
  request that wrote sets a short-lived cookie, so the page after a form (POST, redirect, GET)
  shows what was just stored;
- never for the tables of PRIMARY_ONLY_APPS: the task queue, the login lockouts, sessions and
  two-factor devices, which must be current.

Writes and migrations go to the primary only; replicas are physical copies.
"""

import contextvars
import random

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

PIN_COOKIE = "kb_primary"
# App labels: django-tasks-db's is "django_tasks_database".
PRIMARY_ONLY_APPS = {
    "django_tasks_database",
    "axes",
    "sessions",
    "django_otp",
    "otp_totp",
    "otp_static",
}


class RequestState:
    """What the router knows about the request being served."""

    def __init__(self, pinned=False):
        self.pinned = pinned  # read the primary (a recent write of this visitor)
        self.wrote = False  # this request wrote to the database
        self.replica = None  # the replica this request reads, chosen at its first read


_request = contextvars.ContextVar("kennisbank_replica_request", default=None)


def replica_aliases():
    return [alias for alias in connections if alias.startswith("replica_")]


# Statements that change data. Django asks the router "db_for_write" for reads too
# (get_or_create, select_for_update, assigning a related object), so what counts as a write is
# what the primary is actually told to do.
WRITE_STATEMENTS = ("INSERT", "UPDATE", "DELETE", "MERGE", "TRUNCATE", "COPY", "CREATE", "ALTER")


class use_replicas:
    """Context manager: reads in it may go to replicas (what the middleware does per request);
    `pinned` keeps them on the primary from the start. Once a statement that changes data runs
    on the primary, the rest goes to the primary too."""

    def __init__(self, pinned=False):
        self.state = RequestState(pinned)

    def watch(self, execute, sql, params, many, context):
        if not self.state.wrote and str(sql).lstrip().upper().startswith(WRITE_STATEMENTS):
            self.state.wrote = True
        return execute(sql, params, many, context)

    def __enter__(self):
        self.token = _request.set(self.state)
        self.wrapper = connections[DEFAULT_DB_ALIAS].execute_wrapper(self.watch)
        self.wrapper.__enter__()
        return self.state

    def __exit__(self, *exc_info):
        self.wrapper.__exit__(*exc_info)
        _request.reset(self.token)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        state = _request.get()
        if (
            state is None
            or state.pinned
            or state.wrote
            or model._meta.app_label in PRIMARY_ONLY_APPS
            or connections[DEFAULT_DB_ALIAS].in_atomic_block
        ):
            return DEFAULT_DB_ALIAS
        if state.replica is None:
            replicas = replica_aliases()
            # One replica for the whole request: replicas can lag by different amounts.
            state.replica = random.choice(replicas) if replicas else DEFAULT_DB_ALIAS  # noqa: S311
        return state.replica

    def db_for_write(self, model, **hints):
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        ours = {DEFAULT_DB_ALIAS, *replica_aliases()}
        if obj1._state.db in ours and obj2._state.db in ours:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


class ReplicaPinMiddleware:
    """Serves each request with replicas allowed (ReplicaRouter), on the primary while the
    visitor's pin cookie lives; a request that wrote sets that cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with use_replicas(pinned=PIN_COOKIE in request.COOKIES) as state:
            response = self.get_response(request)
        if state.wrote:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=settings.DATABASE_REPLICA_PIN_SECONDS,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite="Lax",
            )
        return response
