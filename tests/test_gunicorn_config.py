"""deploy/gunicorn.conf.py as an operator relies on it, and the load test's bare view kept out
of the site (bench/load, bench/README.md "Load and soak")."""

import os
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from django.test import override_settings

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "deploy" / "gunicorn.conf.py"
GUNICORN = Path(sys.executable).parent / "gunicorn"
GUNICORN_ENV = (
    "WEB_CONCURRENCY",
    "GUNICORN_BIND",
    "GUNICORN_WORKER_CLASS",
    "GUNICORN_THREADS",
    "GUNICORN_TIMEOUT",
    "GUNICORN_MAX_REQUESTS",
    "GUNICORN_ACCESSLOG",
    "FORWARDED_ALLOW_IPS",
    "GUNICORN_CONTROL_SOCKET",
    "RUNTIME_DIRECTORY",
)


def load_config(monkeypatch, **env):
    for name in GUNICORN_ENV:
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(CONFIG))


def test_defaults_follow_the_documented_formula(monkeypatch):
    config = load_config(monkeypatch)
    cores = len(os.sched_getaffinity(0))
    assert config["workers"] == 2 * cores + 1
    assert config["worker_class"] == "sync"
    assert config["bind"] == ["127.0.0.1:8000"]
    assert config["forwarded_allow_ips"] == "127.0.0.1,::1"
    assert config["timeout"] == 30
    assert config["graceful_timeout"] == 30
    # Workers are recycled (memory safety), spread widely enough not to restart together.
    assert config["max_requests"] > 0
    assert config["max_requests_jitter"] >= config["max_requests"] // 2
    # A HUP reload must load the new code: nothing is imported in the master.
    assert config["preload_app"] is False
    # The access log goes to standard output with the request's time in milliseconds.
    assert config["accesslog"] == "-"
    assert config["access_log_format"].endswith("%(M)sms")
    assert "control_socket" not in config


def test_environment_overrides(monkeypatch, tmp_path):
    config = load_config(
        monkeypatch,
        WEB_CONCURRENCY="3",
        GUNICORN_BIND="unix:/run/kennisbank/web.sock, 127.0.0.1:8001",
        GUNICORN_MAX_REQUESTS="0",
        GUNICORN_ACCESSLOG="",
        FORWARDED_ALLOW_IPS="10.0.0.0/8",
        RUNTIME_DIRECTORY=str(tmp_path),
    )
    assert config["workers"] == 3
    assert config["bind"] == ["unix:/run/kennisbank/web.sock", "127.0.0.1:8001"]
    assert config["max_requests"] == 0
    assert config["accesslog"] is None
    assert config["forwarded_allow_ips"] == "10.0.0.0/8"
    assert config["control_socket"] == str(tmp_path / "gunicorn.ctl")


def test_gunicorn_accepts_the_file():
    """gunicorn itself reads the file: every name is one of its settings, every value valid."""
    env = {k: v for k, v in os.environ.items() if k not in GUNICORN_ENV}
    result = subprocess.run(
        [GUNICORN, "-c", CONFIG, "--print-config", "kennisbank.wsgi"],
        cwd=ROOT,
        env={**env, "WEB_CONCURRENCY": "4", "DJANGO_SETTINGS_MODULE": "kennisbank.settings.test"},
        capture_output=True,
        text=True,
        check=True,
    )
    printed = dict(
        (name.strip(), value.strip())
        for name, _, value in (line.partition("=") for line in result.stdout.splitlines())
    )
    assert printed["workers"] == "4"
    assert printed["preload_app"] == "False"
    assert printed["max_requests"] == "10000"


@pytest.mark.django_db
def test_the_bare_view_is_not_part_of_the_site(client):
    assert client.get("/_bench/fixed/").status_code == 404


@pytest.mark.django_db
@override_settings(ROOT_URLCONF="bench.load.urls")
def test_the_bare_view_under_the_bench_urlconf(client):
    response = client.get("/_bench/fixed/")
    assert response.status_code == 200
    assert response.content == b"ok\n"
