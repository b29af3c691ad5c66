"""`manage.py ensure_admin`: one superuser for a fresh site, its password shown only once."""

import re
from io import StringIO

import pytest

from django.contrib.auth import get_user_model
from django.core.management import call_command


def ensure_admin():
    out = StringIO()
    call_command("ensure_admin", stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def no_admin_environment(monkeypatch):
    monkeypatch.delenv("ADMIN_USERNAME", raising=False)
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)


def test_creates_admin_once_and_prints_the_password_once(db):
    first = ensure_admin()
    match = re.search(r"gebruiker: admin\s+wachtwoord: (\S+)", first)
    assert match, first
    password = match.group(1)
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.is_staff and admin.check_password(password)
    assert "/admin/" in first

    second = ensure_admin()
    assert password not in second and "wachtwoord" not in second
    assert "beheerder" in second
    assert get_user_model().objects.count() == 1


def test_honours_username_and_password_from_the_environment(db, monkeypatch):
    monkeypatch.setenv("ADMIN_USERNAME", "beheer")
    monkeypatch.setenv("ADMIN_PASSWORD", "een-lang-geheim-wachtwoord")
    out = ensure_admin()
    assert "gebruiker: beheer" in out
    assert "een-lang-geheim-wachtwoord" not in out  # known already, so not echoed
    assert (
        get_user_model().objects.get(username="beheer").check_password("een-lang-geheim-wachtwoord")
    )


def test_creates_nothing_when_a_superuser_exists(db):
    get_user_model().objects.create_superuser("redacteur", "", "x" * 16)
    out = ensure_admin()
    assert "wachtwoord" not in out
    assert not get_user_model().objects.filter(username="admin").exists()
