"""E-mail backends for the worker tests (tests/test_task_queue.py), which a worker in another
process loads by name: delivery into files (Django's file backend, readable across processes)
that can be made to hang, and in-process servers that fail."""

import os
import time
from pathlib import Path

from django.core.mail.backends.base import BaseEmailBackend
from django.core.mail.backends.filebased import EmailBackend as FileBackend
from django.core.mail.backends.locmem import EmailBackend as LocMemBackend


class StallingFileBackend(FileBackend):
    """Django's file backend; while the file named by the environment variable STALL_FILE
    exists, a delivery first writes `<STALL_FILE>.sending` and then waits: a worker caught in
    the middle of sending."""

    def send_messages(self, email_messages):
        stall = os.environ.get("STALL_FILE")
        if stall and Path(stall).exists():
            Path(f"{stall}.sending").touch()
            while Path(stall).exists():
                time.sleep(0.05)
        return super().send_messages(email_messages)


class FlakyMailServer(LocMemBackend):
    """Refuses the first `failures` deliveries, then delivers into django.core.mail.outbox."""

    failures = 0

    def send_messages(self, email_messages):
        if FlakyMailServer.failures > 0:
            FlakyMailServer.failures -= 1
            raise ConnectionRefusedError("the mail server is down")
        return super().send_messages(email_messages)


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")
