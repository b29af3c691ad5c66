"""deploy/gunicorn.conf.py as an operator relies on it, and the load test's bare view kept out
of the site (bench/load, bench/README.md "Load and soak")."""

import os
import runpy
import socket
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from django.test import override_settings

from tests.production_settings import run_with_settings

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
    "GUNICORN_PRELOAD",
    "GUNICORN_PID",
    "NOTIFY_SOCKET",
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
    # The master imports the application, so a new worker is a fork, ready at once.
    assert config["preload_app"] is True
    # The access log goes to standard output with the request's time in milliseconds.
    assert config["accesslog"] == "-"
    assert config["access_log_format"].endswith("%(M)sms")
    assert "control_socket" not in config


def test_preloading_can_be_switched_off(monkeypatch):
    assert load_config(monkeypatch, GUNICORN_PRELOAD="false")["preload_app"] is False


def test_preloading_and_warming_up_open_no_connection():
    """What the master does before it forks (import the application, kennisbank.wsgi.warm_up)
    connects to neither PostgreSQL nor Redis: a connection there would be shared by every
    worker. The addresses point nowhere, so any attempt to connect would fail."""
    result = run_with_settings(
        "import kennisbank.wsgi as wsgi\n"
        "wsgi.warm_up()\n"
        "from django.core.cache import caches\n"
        "from django.db import connections\n"
        "assert all(c.connection is None for c in connections.all())\n"
        "assert caches['default']._cache._pools == {}\n"
        "import gc; assert gc.get_freeze_count() > 0\n"
        "print('no connection')",
        DATABASE_URL="postgres://nobody@127.0.0.1:1/nothing",
        REDIS_URL="redis://127.0.0.1:1/0",
        ALLOWED_HOSTS="kennisbank.example",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("no connection")


def test_a_master_started_by_a_reload_tells_systemd_it_is_the_main_process(monkeypatch, tmp_path):
    """deploy/gunicorn_reload.py starts a new master with USR2 (gunicorn sets GUNICORN_PID in
    its environment); before the old master exits, the new one sends MAINPID to systemd."""
    config = load_config(monkeypatch, GUNICORN_PRELOAD="false")
    server = SimpleNamespace(cfg=SimpleNamespace(preload_app=False), log=SimpleNamespace())
    server.log.debug = lambda *args, **kwargs: None
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    listener.bind(str(tmp_path / "notify"))
    listener.settimeout(5)
    monkeypatch.setenv("NOTIFY_SOCKET", str(tmp_path / "notify"))
    config["when_ready"](server)  # the first master: nothing to tell
    monkeypatch.setenv("GUNICORN_PID", "12345")
    config["when_ready"](server)
    assert listener.recv(100).decode() == f"MAINPID={os.getpid()}"
    listener.close()


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
    assert printed["preload_app"] == "True"
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
