"""Settings of a worker started as a subprocess by tests/test_task_queue.py: the test settings
with the database task queue, delivering into files in EMAIL_FILE_PATH
(tests.mail_backends.StallingFileBackend). DATABASE_URL names the test database."""

import os

from kennisbank.settings.test import *  # noqa: F403

TASKS = tasks_setting("database")  # noqa: F405
EMAIL_BACKEND = "tests.mail_backends.StallingFileBackend"
EMAIL_FILE_PATH = os.environ["EMAIL_FILE_PATH"]
