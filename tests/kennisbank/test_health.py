"""/health/ tells a load balancer whether the database and the cache answer, and never more."""

import importlib

import pytest

from django.core.cache import cache
from django.db import OperationalError

import kennisbank.settings.base
from kennisbank import health

SECRET = "password authentication failed for user kb on db.internal.example"


def assert_never_cached(response):
    assert "no-store" in response["Cache-Control"]


def failing(error):
    def check():
        raise error

    return check


@pytest.mark.django_db
def test_healthy_database_and_cache(client, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        response = client.get("/health/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert_never_cached(response)


@pytest.mark.django_db
def test_head_answers_and_other_methods_are_refused(client):
    head = client.head("/health/")
    assert head.status_code == 200
    assert_never_cached(head)
    assert client.post("/health/").status_code == 405
    assert client.options("/health/").status_code == 405


def test_the_endpoint_lives_outside_the_language_prefix(client, db):
    assert client.get("/en/health/").status_code == 404


def test_a_probe_over_plain_http_is_not_redirected(client, db, settings, monkeypatch):
    """Production redirects plain HTTP to HTTPS, except for the probe of a load balancer that asks
    the application server directly."""
    monkeypatch.setattr(kennisbank.settings.base, "SECRET_KEY", "s" * 50)
    production = importlib.reload(importlib.import_module("kennisbank.settings.production"))
    settings.SECURE_SSL_REDIRECT = production.SECURE_SSL_REDIRECT
    settings.SECURE_REDIRECT_EXEMPT = production.SECURE_REDIRECT_EXEMPT
    assert client.get("/health/").status_code == 200
    redirect = client.get("/zoeken/")
    assert (redirect.status_code, redirect["Location"]) == (301, "https://testserver/zoeken/")


@pytest.mark.django_db
def test_a_failing_database_answers_503_without_details(client, monkeypatch, caplog):
    monkeypatch.setattr(health, "check_database", failing(OperationalError(SECRET)))
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"database": "error", "cache": "ok"}
    assert SECRET.encode() not in response.content
    assert_never_cached(response)
    # The cause is in the log for whoever runs the site.
    assert SECRET in caplog.text


@pytest.mark.django_db
def test_a_failing_cache_is_reported_without_details_but_the_server_stays_in(client, monkeypatch):
    # The site serves every page without Redis (rendered, not cached): a load balancer must not
    # take the servers out, monitoring reads the answer.
    monkeypatch.setattr(health, "check_cache", failing(ConnectionError(SECRET)))
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "error"}
    assert SECRET.encode() not in response.content
    assert_never_cached(response)


@pytest.mark.django_db
def test_an_unreachable_redis_is_reported(client, settings):
    # Nothing listens on port 1: the real check meets a refused connection.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1},
        }
    }
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "error"}
    assert b"127.0.0.1" not in response.content


@pytest.mark.django_db
def test_each_answer_is_fresh(client, monkeypatch):
    assert client.get("/health/").status_code == 200
    monkeypatch.setattr(health, "check_database", failing(OperationalError("down")))
    assert client.get("/health/").status_code == 503
    monkeypatch.undo()
    assert client.get("/health/").status_code == 200


def test_the_cache_check_leaves_no_key_behind():
    health.check_cache()
    assert not any(key.startswith(":1:health-check:") for key in cache._cache)
