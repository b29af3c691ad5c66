"""Settings come from the environment; production refuses to start without a secret."""

import importlib

import polib
import pytest

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def load(module, monkeypatch, **environ):
    monkeypatch.setenv("ENV_FILE", "")  # this environment only, not a developer's .env
    for name in ("DATABASE_URL", "REDIS_URL", "EMAIL_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    import kennisbank.settings.base

    importlib.reload(kennisbank.settings.base)
    return importlib.reload(importlib.import_module(module))


def test_defaults_are_embedded_and_safe(monkeypatch):
    base = load("kennisbank.settings.base", monkeypatch)
    assert base.DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3"
    assert base.DATABASES["default"]["NAME"] == str(base.BASE_DIR / "db.sqlite3")
    assert base.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    assert base.EMAIL_BACKEND.endswith("console.EmailBackend")
    assert base.DEBUG is False
    assert base.SECRET_KEY == ""


def test_environment_configures_services(monkeypatch):
    base = load(
        "kennisbank.settings.base",
        monkeypatch,
        DATABASE_URL="postgres://kb:geheim@db.example:5433/kennisbank",
        REDIS_URL="redis://127.0.0.1:6379/2",
        EMAIL_URL="smtp+tls://mailer:p%40ss@smtp.example:587",
        ALLOWED_HOSTS="kennisbank.nl, www.kennisbank.nl",
        DEBUG="true",
    )
    database = base.DATABASES["default"]
    assert (database["ENGINE"], database["HOST"], database["PORT"], database["NAME"]) == (
        "django.db.backends.postgresql",
        "db.example",
        5433,
        "kennisbank",
    )
    assert base.CACHES["default"]["LOCATION"] == "redis://127.0.0.1:6379/2"
    assert (base.EMAIL_HOST, base.EMAIL_PORT, base.EMAIL_HOST_PASSWORD) == (
        "smtp.example",
        587,
        "p@ss",
    )
    assert base.EMAIL_USE_TLS and not base.EMAIL_USE_SSL
    assert base.ALLOWED_HOSTS == ["kennisbank.nl", "www.kennisbank.nl"]
    assert base.DEBUG is True


def test_production_needs_a_secret_key(monkeypatch):
    with pytest.raises(ImproperlyConfigured):
        load("kennisbank.settings.production", monkeypatch)
    production = load("kennisbank.settings.production", monkeypatch, SECRET_KEY="s" * 50)
    assert production.SESSION_COOKIE_SECURE and production.CSRF_COOKIE_SECURE
    assert production.DEBUG is False


def test_every_interface_string_has_a_dutch_translation():
    po = polib.pofile(str(settings.BASE_DIR / "locale/nl/LC_MESSAGES/django.po"))
    assert len(po) > 50
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
