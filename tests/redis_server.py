"""A Redis server of a test's own, on a free port, that the test may stop, pause or resume
without touching anyone else's Redis. Needs `redis-server` on the PATH: without it the test is
skipped, except in CI (CI=true), where it fails."""

import os
import shutil
import signal
import socket
import subprocess
import time

import pytest
import redis


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--port", str(self.port),
                "--bind", "127.0.0.1",
                "--save", "",
                "--appendonly", "no",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        client = redis.Redis.from_url(self.url, socket_timeout=1)
        for _attempt in range(100):
            try:
                client.ping()
                return
            except redis.ConnectionError:
                time.sleep(0.05)
        raise RuntimeError(f"redis-server did not start on port {self.port}")

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGCONT)  # a paused server cannot stop
            self.process.terminate()
            self.process.wait(timeout=10)

    def pause(self):
        """The process stops answering but keeps its data and its port: a hanging Redis."""
        self.process.send_signal(signal.SIGSTOP)

    def resume(self):
        self.process.send_signal(signal.SIGCONT)

    def cache_settings(self, timeout=0.3, down_seconds=1):
        """CACHES for the site's own Redis backend on this server, with short waits."""
        return {
            "default": {
                "BACKEND": "kennisbank.cache.ResilientRedisCache",
                "LOCATION": self.url,
                "KEY_PREFIX": "kennisbank",
                "DOWN_SECONDS": down_seconds,
                "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
            }
        }


@pytest.fixture
def redis_server():
    if not shutil.which("redis-server"):
        if os.environ.get("CI"):
            pytest.fail("redis-server is not installed (CI needs it for the fault tests)")
        pytest.skip("redis-server is not installed")
    server = RedisServer()
    server.start()
    yield server
    server.stop()
