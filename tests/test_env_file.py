"""The .env file (kennisbank/settings/env_file.py): KEY=value lines, comments, quotes; a variable
in the environment wins over the file; base.py reads it before the settings read the environment.
"""

import importlib
import os

import pytest

from django.core.exceptions import ImproperlyConfigured

from kennisbank.settings.env_file import load_env_file, read_env_file


def env_file(tmp_path, text):
    path = tmp_path / ".env"
    path.write_text(text, encoding="utf-8")
    return path


def test_lines_comments_and_quotes(tmp_path):
    path = env_file(
        tmp_path,
        "# PostgreSQL on this laptop\n"
        "\n"
        "DATABASE_URL=postgres://postgres@127.0.0.1:5432/kennisbank\n"
        "  REDIS_URL = redis://127.0.0.1:6379/0   # the cache\n"
        "export PAGE_CACHE_SECONDS=0\n"
        "DEFAULT_FROM_EMAIL='Kennisbank <noreply@example.nl>' # single quotes: as written\n"
        'OTP_TOTP_ISSUER="Kennisbank \\"test\\"\\nline two"\n'
        "HASH='a # b'\n"
        'PASSWORD="p#ss word"\n'
        "EMPTY=\n"
        "LITERAL=$HOME/kennisbank\n",
    )
    assert read_env_file(path) == {
        "DATABASE_URL": "postgres://postgres@127.0.0.1:5432/kennisbank",
        "REDIS_URL": "redis://127.0.0.1:6379/0",
        "PAGE_CACHE_SECONDS": "0",
        "DEFAULT_FROM_EMAIL": "Kennisbank <noreply@example.nl>",
        "OTP_TOTP_ISSUER": 'Kennisbank "test"\nline two',
        "HASH": "a # b",
        "PASSWORD": "p#ss word",
        "EMPTY": "",
        "LITERAL": "$HOME/kennisbank",
    }


def test_no_file_is_no_settings(tmp_path):
    assert read_env_file(tmp_path / ".env") == {}
    assert load_env_file(tmp_path / ".env", {}) == {}
    assert load_env_file("", {}) == {}


@pytest.mark.parametrize(
    "line",
    [
        "DATABASE_URL",  # no =
        "DATABASE URL=x",
        "1ST=x",
        "NAME='not closed",
        'NAME="not closed',
        "NAME='closed' trailing",
    ],
)
def test_a_line_that_is_not_a_setting_stops_with_its_number(tmp_path, line):
    path = env_file(tmp_path, f"# first\n{line}\n")
    with pytest.raises(ImproperlyConfigured, match=r"\.env, line 2: expected KEY=value"):
        read_env_file(path)


def test_the_settings_module_cannot_come_from_the_file(tmp_path):
    path = env_file(tmp_path, "DJANGO_SETTINGS_MODULE=kennisbank.settings.production\n")
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SETTINGS_MODULE"):
        read_env_file(path)


def test_the_environment_wins_over_the_file(tmp_path):
    path = env_file(tmp_path, "DATABASE_URL=postgres://from-file/kb\nREDIS_URL=redis://file\n")
    environ = {"DATABASE_URL": "postgres://from-environment/kb"}
    assert load_env_file(path, environ) == {"REDIS_URL": "redis://file"}
    assert environ == {
        "DATABASE_URL": "postgres://from-environment/kb",
        "REDIS_URL": "redis://file",
    }


def test_the_settings_read_it(tmp_path, monkeypatch):
    """base.py reads ENV_FILE (default: .env in the project folder) before DATABASE_URL."""
    path = env_file(
        tmp_path,
        "DATABASE_URL=postgres://kb@db.example:5433/from_file\nFRAGMENT_CACHE_SECONDS=7\n",
    )
    for name in ("DATABASE_URL", "FRAGMENT_CACHE_SECONDS", "PAGE_CACHE_SECONDS"):
        # set, then removed: the monkeypatch takes back what the file adds as well
        monkeypatch.setenv(name, "")
        monkeypatch.delenv(name)
    monkeypatch.setenv("ENV_FILE", str(path))
    monkeypatch.setenv("PAGE_CACHE_SECONDS", "11")
    env_file(tmp_path, path.read_text() + "PAGE_CACHE_SECONDS=99\n")
    import kennisbank.settings.base

    try:
        base = importlib.reload(kennisbank.settings.base)
        assert base.DATABASES["default"]["NAME"] == "from_file"
        assert (base.FRAGMENT_CACHE_SECONDS, base.PAGE_CACHE_SECONDS) == (7, 11)
        assert os.environ["DATABASE_URL"] == "postgres://kb@db.example:5433/from_file"
    finally:
        monkeypatch.undo()
        importlib.reload(kennisbank.settings.base)
