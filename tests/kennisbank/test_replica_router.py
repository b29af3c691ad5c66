"""The read-replica router (kennisbank/db_router.py) against a real second database.

The replica is a copy of the test database taken during the test (PostgreSQL: a new database
with the test database as template; SQLite: the backup API into a file), registered as
`replica_1`. A change made in one copy only tells which database a query read.
"""

import sqlite3

import pytest
from django_tasks_db.models import DBTaskResult

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import connections, transaction
from django.test import override_settings

from wagtail.models import Site

from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventPage, Registration
from home.models import SiteSettings
from kennisbank.db_router import PIN_COOKIE, ReplicaRouter, use_replicas
from tests.production_settings import production_settings

ROUTER = "kennisbank.db_router.ReplicaRouter"
MIDDLEWARE = "kennisbank.db_router.ReplicaPinMiddleware"

# Real commits: the replica is copied from what the test stored, and the router reads the primary
# inside any transaction, so the test cannot run inside one.
transactional = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def copy_database(target_name, tmp_path):
    """A copy of the default (test) database as it is now: its settings for `replica_1`."""
    default = connections["default"]
    if default.vendor == "postgresql":
        source = default.settings_dict["NAME"]
        default.close()  # CREATE DATABASE ... TEMPLATE needs the source without sessions:
        with admin_connection(default.settings_dict) as admin:
            # a live server's thread of an earlier test may still hold one (it reconnects).
            admin.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [source],
            )
            admin.execute(f'DROP DATABASE IF EXISTS "{target_name}"')
            admin.execute(f'CREATE DATABASE "{target_name}" TEMPLATE "{source}"')
        return {**default.settings_dict, "NAME": target_name}
    path = tmp_path / f"{target_name}.sqlite3"
    default.ensure_connection()
    target = sqlite3.connect(path)
    default.connection.backup(target)
    target.close()
    return {**default.settings_dict, "NAME": str(path), "TEST": {"NAME": str(path)}}


def admin_connection(settings_dict):
    import psycopg

    return psycopg.connect(
        dbname="postgres",
        user=settings_dict["USER"],
        password=settings_dict["PASSWORD"] or None,
        host=settings_dict["HOST"] or None,
        port=settings_dict["PORT"] or None,
        autocommit=True,
    )


@pytest.fixture
def event(home_page):
    # The site's settings exist (the first page view would create them: a write).
    SiteSettings.for_site(Site.objects.get(is_default_site=True))
    return EventPageFactory(
        parent=EventIndexPageFactory(parent=home_page),
        title="Kennisdeelmiddag primair",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=10,
    )


@pytest.fixture
def replica(event, tmp_path):
    """`replica_1`, a copy of the database with the event in it, and the router switched on
    as DATABASE_REPLICA_URLS does it."""
    name = f"{connections['default'].settings_dict['NAME']}_replica".rsplit("/", 1)[-1]
    connections.settings["replica_1"] = copy_database(name, tmp_path)
    # The test case allows only the databases it knew when it started; a connection opened
    # here, not by its guarded ensure_connection(), is allowed and stays open for the test.
    connections["replica_1"].connect()
    try:
        with override_settings(
            DATABASE_ROUTERS=[ROUTER], MIDDLEWARE=[MIDDLEWARE, *settings.MIDDLEWARE]
        ):
            yield "replica_1"
    finally:
        connections["replica_1"].close()
        del connections["replica_1"]
        replica_settings = connections.settings.pop("replica_1")
        if connections["default"].vendor == "postgresql":
            with admin_connection(replica_settings) as admin:
                admin.execute(f'DROP DATABASE IF EXISTS "{replica_settings["NAME"]}"')


def only_on_replica(name="only-on-the-replica"):
    Group.objects.using("replica_1").create(name=name)
    return name


@transactional
class TestRouting:
    def test_reads_in_a_request_go_to_the_replica(self, replica):
        name = only_on_replica()

        with use_replicas():
            assert Group.objects.filter(name=name).exists()
        # Outside a request (the worker, commands, the shell): the primary.
        assert not Group.objects.filter(name=name).exists()

    def test_writes_land_on_the_primary_and_later_reads_follow_them(self, replica):
        name = only_on_replica()

        with use_replicas() as state:
            Group.objects.create(name="written")
            assert state.wrote
            # After a write the request reads the primary: it sees what it wrote.
            assert Group.objects.filter(name="written").exists()
            assert not Group.objects.filter(name=name).exists()

        assert Group.objects.using("default").filter(name="written").exists()
        assert not Group.objects.using("replica_1").filter(name="written").exists()

    def test_transactions_and_row_locks_use_the_primary(self, replica):
        name = only_on_replica()

        with use_replicas():
            with transaction.atomic():
                assert not Group.objects.filter(name=name).exists()
                assert list(Group.objects.select_for_update().filter(name=name)) == []
            assert Group.objects.select_for_update().filter(name=name).db == "default"

    def test_the_task_queue_and_login_locks_are_always_read_on_the_primary(self, replica):
        from axes.models import AccessAttempt

        with use_replicas():
            assert DBTaskResult.objects.all().db == "default"
            assert AccessAttempt.objects.all().db == "default"
            assert Group.objects.all().db == "replica_1"

    def test_objects_of_both_databases_may_be_related_and_only_the_primary_migrates(self, replica):
        router = ReplicaRouter()
        on_replica = Group.objects.using("replica_1").get(name="Moderators")
        on_primary = Group.objects.using("default").get(name="Editors")
        assert router.allow_relation(on_replica, on_primary) is True
        assert router.allow_migrate("default", "events") is True
        assert router.allow_migrate("replica_1", "events") is False


@transactional
def test_a_page_and_a_registration_with_the_router_on(client, event, replica):
    EventPage.objects.using("replica_1").filter(pk=event.pk).update(title="Kennisdeelmiddag kopie")

    page = client.get(event.url)
    assert page.status_code == 200
    assert "Kennisdeelmiddag kopie" in page.content.decode()  # read on the replica
    assert PIN_COOKIE not in page.cookies  # a read-only request pins nothing

    register_url = event.url + event.reverse_subpage("register")
    form = client.get(register_url)
    assert form.status_code == 200
    response = client.post(
        register_url,
        {
            "name": "Fatima el Amrani",
            "email": "fatima@swv-utrecht.example",
            "organisation": "SWV Utrecht PO",
            "consent": "on",
            "website": "",
        },
    )

    assert response.status_code == 302
    assert Registration.objects.using("default").filter(event=event).count() == 1
    assert not Registration.objects.using("replica_1").exists()  # the replica has not caught up
    cookie = response.cookies[PIN_COOKIE]
    assert cookie["max-age"] == settings.DATABASE_REPLICA_PIN_SECONDS
    assert cookie["httponly"]

    # The page after the form reads the primary while the cookie lives: it finds the new
    # registration (and the primary's title).
    result = client.get(response["Location"])
    html = result.content.decode()
    assert 'data-outcome="confirmed"' in html
    assert "Kennisdeelmiddag primair" in html

    # Without the cookie it would read the replica, which lags behind: no registration there.
    del client.cookies[PIN_COOKIE]
    stale = client.get(response["Location"]).content.decode()
    assert 'data-outcome="confirmed"' not in stale
    assert "Kennisdeelmiddag kopie" in stale


def settings_in_subprocess(**env):
    """DATABASES, DATABASE_ROUTERS and the first middleware of the production settings."""
    return production_settings(
        "{'databases': settings.DATABASES, 'routers': settings.DATABASE_ROUTERS, "
        "'middleware': settings.MIDDLEWARE[0]}",
        clear=("DATABASE",),
        DATABASE_URL="postgres://kb:pw@primary.example:5432/kennisbank",
        **env,
    )


def test_replica_urls_add_aliases_router_and_middleware():
    result = settings_in_subprocess(
        DATABASE_REPLICA_URLS=(
            "postgres://kb:pw@replica-a.example:5432/kennisbank, "
            "postgres://kb:pw@replica-b.example:5433/kennisbank"
        )
    )

    databases = result["databases"]
    assert sorted(databases) == ["default", "replica_1", "replica_2"]
    assert databases["replica_1"]["HOST"] == "replica-a.example"
    assert (databases["replica_2"]["HOST"], databases["replica_2"]["PORT"]) == (
        "replica-b.example",
        5433,
    )
    for alias in ("replica_1", "replica_2"):
        replica = databases[alias]
        assert replica["ENGINE"] == "django.db.backends.postgresql"
        assert replica["CONN_MAX_AGE"] == databases["default"]["CONN_MAX_AGE"]
        assert replica["CONN_HEALTH_CHECKS"] is True
        assert replica["OPTIONS"] == databases["default"]["OPTIONS"]  # random_page_cost
        assert replica["TEST"] == {"MIRROR": "default"}
    assert result["routers"] == [ROUTER]
    assert result["middleware"] == MIDDLEWARE


def test_without_replica_urls_there_is_no_router():
    result = settings_in_subprocess()

    assert list(result["databases"]) == ["default"]
    assert result["routers"] == []
    assert result["middleware"] != MIDDLEWARE
