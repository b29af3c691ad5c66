"""The site under faults: Redis stopped or hanging, the database unreachable (docs/deployment.md,
"When a service is down"). Against a Redis server of the test's own and, for the database, the
PostgreSQL server the suite runs on."""

import time

import pytest

from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.urls import reverse

from events.factories import EventPageFactory
from events.models import EventPage, Registration
from home.models import SiteSettings
from tests.fixtures.redis_server import free_port
from tests.production_settings import production_settings
from tests.support import registration_data, registration_url


@pytest.fixture
def event(event_index):
    SiteSettings.for_site(event_index.get_site())  # stored now: its creation would purge
    return EventPageFactory(
        parent=event_index,
        title="Kennisdeelmiddag thuiszitters",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=20,
    )


DOWN_SECONDS = 4


@pytest.fixture
def site_on_redis(redis_server, settings):
    """The production set-up on the test's own Redis: the resilient cache, sessions in the
    database with a copy in the cache."""
    settings.CACHES = redis_server.cache_settings(timeout=0.3, down_seconds=DOWN_SECONDS)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    return redis_server


def get(client, url):
    response = client.get(url)
    return response.status_code, response.get("X-Cache")


# Redis --------------------------------------------------------------------------------------


def test_with_redis_stopped_pages_forms_and_health_still_answer(
    site_on_redis, event, django_capture_on_commit_callbacks, caplog
):
    client = Client()
    assert get(client, event.url) == (200, "MISS")
    assert get(client, event.url) == (200, "HIT")  # Redis is in use
    assert client.get("/health/").json() == {"database": "ok", "cache": "ok"}

    site_on_redis.stop()
    started = time.monotonic()

    # Pages: rendered for every request, uncached.
    assert get(client, event.url) == (200, "MISS")
    assert get(client, "/agenda/") == (200, "MISS")
    assert get(client, "/") == (200, "MISS")
    # Searches: the synonyms, the site's words and the suggestions come from the database.
    for url in ("/zoeken/?q=swv", "/zoeken/?q=thuizitters", "/api/v2/pages/?search=absentie"):
        assert client.get(url).status_code == 200, url
    # A form: the registration is stored, the visitor's session (in the database) remembers it.
    with django_capture_on_commit_callbacks(execute=True):
        sent = client.post(registration_url(event), registration_data())
    assert sent.status_code == 302
    result = client.get(sent["Location"])
    assert result.status_code == 200
    assert 'id="registration-result"' in result.content.decode()
    assert Registration.objects.filter(event=event).count() == 1
    # The health check sees the outage.
    health = client.get("/health/")
    assert (health.status_code, health.json()) == (200, {"database": "ok", "cache": "error"})

    assert time.monotonic() - started < 10
    # Logged, but not once per call.
    assert caplog.text.count("Redis does not answer") == 1


def test_with_redis_stopped_the_admin_lists_pages_with_their_buttons(
    site_on_redis, example_index, examples, django_user_model
):
    """The admin's kept parts (the sidebar, the rows' buttons: security/admin_kept.py) are built
    for every request while the cache does not answer."""
    client = Client()
    client.force_login(django_user_model.objects.create_superuser("beheer", "b@example.nl", "x"))
    explorer = reverse("wagtailadmin_explore", args=[example_index.pk])
    before = client.get(explorer).content.decode()
    site_on_redis.stop()
    response = client.get(explorer)
    assert response.status_code == 200
    html = response.content.decode()
    for page in examples.values():
        assert reverse("wagtailadmin_pages:history", args=[page.pk]) in html
    assert html.count('class="actions"') == before.count('class="actions"') == len(examples)


def test_a_hanging_redis_costs_one_timeout_per_window_and_nothing_stays_stale(
    site_on_redis, event, settings
):
    """A Redis that stops answering but keeps its data and port (paused): each call would wait
    for the timeout; the backend waits once and leaves Redis alone for DOWN_SECONDS. A change
    published meanwhile shows once Redis is back, although Redis kept the old page."""
    client = Client()
    assert get(client, event.url) == (200, "MISS")
    assert get(client, event.url) == (200, "HIT")

    site_on_redis.pause()
    started = time.monotonic()
    assert cache.get("anything") is None  # waits for the timeout (0.3 s) once
    first = time.monotonic() - started
    for _attempt in range(100):
        assert cache.get("anything") is None
    rest = time.monotonic() - started - first
    assert 0.25 < first < 2
    assert rest < 0.25  # not 100 timeouts: Redis is left alone for DOWN_SECONDS
    # (so the publish below never reaches the paused Redis, which keeps the old versions)
    for _attempt in range(3):
        assert get(client, event.url) == (200, "MISS")

    event.title = "Kennisdeelmiddag thuiszitters, nieuwe datum"
    event.save_revision().publish()

    site_on_redis.resume()
    time.sleep(DOWN_SECONDS)
    response = client.get(event.url)
    assert response.status_code == 200
    assert "nieuwe datum" in response.content.decode()


def logged_in(client):
    return "Mijn groepen" in client.get("/").content.decode()


def test_a_logout_while_redis_hangs_stays_a_logout(site_on_redis, home_page, django_user_model):
    """The session's copy in Redis could not be deleted at the logout; once Redis answers again
    that copy is deleted before anything is read, so the old cookie logs nobody in."""
    member = django_user_model.objects.create_user("lid@example.nl", password="geheim-wachtwoord")
    client = Client()
    client.force_login(member)
    assert logged_in(client)
    cookie = client.cookies["sessionid"].value

    site_on_redis.pause()
    assert cache.get("anything") is None  # the outage is noticed: Redis is left alone now
    assert client.post("/account/uitloggen/").status_code == 302
    assert not logged_in(client)

    site_on_redis.resume()
    time.sleep(DOWN_SECONDS)
    client.cookies["sessionid"] = cookie
    assert not logged_in(client)


def test_too_many_lost_writes_clear_the_cache(site_on_redis, monkeypatch):
    monkeypatch.setattr("kennisbank.cache.MAX_LOST_KEYS", 3)
    cache.set("kept-before", "old")
    site_on_redis.stop()
    for number in range(5):
        cache.set(f"key-{number}", number)
    site_on_redis.start()  # empty again, but a Redis that kept its data would hold "kept-before"
    cache.unguarded.set("kept-before", "old")
    time.sleep(DOWN_SECONDS)
    assert cache.get("kept-before") is None


# The database -------------------------------------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="stops the connection to a PostgreSQL server: set DATABASE_URL to one to run it",
)
def test_with_the_database_unreachable_visitors_get_503_and_cached_pages(event):
    client = Client(raise_request_exception=False)
    assert get(client, event.url) == (200, "MISS")
    assert get(client, event.url) == (200, "HIT")

    original = connection.settings_dict.copy()
    connection.close()
    connection.settings_dict.update(HOST="127.0.0.1", PORT=free_port())
    try:
        # The page in the cache is still served to anonymous visitors.
        assert get(client, event.url) == (200, "HIT")
        # Anything else: 503, come back in 30 seconds, in the site's words.
        response = client.get("/agenda/")
        assert response.status_code == 503
        assert response["Retry-After"] == "30"
        html = response.content.decode()
        assert "Even niet bereikbaar" in html
        assert 'class="site-header"' in html
        english = client.get("/en/events/")
        assert english.status_code == 503
        assert "Briefly unavailable" in english.content.decode()
        health = client.get("/health/")
        assert (health.status_code, health.json()) == (503, {"database": "error", "cache": "ok"})
        # A member with a session, and a form: 503 as well, never the 500 page.
        client.cookies["sessionid"] = "x" * 32
        assert client.get(event.url).status_code == 503
        assert client.post(registration_url(event), registration_data()).status_code == 503
    finally:
        connection.close()
        connection.settings_dict.update(original)
    assert get(Client(), "/agenda/") == (200, "MISS")


# Settings -----------------------------------------------------------------------------------


def test_production_uses_the_resilient_cache_and_sessions_in_the_database():
    cache, engine, database = production_settings(
        "[settings.CACHES['default'], settings.SESSION_ENGINE, settings.DATABASES['default']]",
        REDIS_URL="redis://127.0.0.1:6379/3",
        DATABASE_URL="postgres://kb@db.example:5432/kennisbank",
    )
    assert cache["BACKEND"] == "kennisbank.cache.ResilientRedisCache"
    assert cache["OPTIONS"] == {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
    assert cache["DOWN_SECONDS"] == 5
    assert engine == "django.contrib.sessions.backends.cached_db"
    assert database["OPTIONS"]["connect_timeout"] == 5  # an unreachable server is given up
