"""`manage.py task_worker`: the background worker of production (kennisbank-worker.service).

django-tasks-db's `db_worker` with the same options, whose worker (core.task_queue.TaskWorker)
also puts the tasks of a worker that died back in the queue after TASKS_RUNNING_TIMEOUT and
tries a failed task again after a growing wait, up to TASKS_MAX_ATTEMPTS attempts.
"""

import logging

from django_tasks_db.management.commands import db_worker

from django.core.management.base import CommandError

from core.task_queue import TaskWorker


class Command(db_worker.Command):
    help = (
        "Run the database background worker: db_worker that also picks up the tasks of a worker "
        "that died and retries failed tasks with back-off."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        # Autoreload is for development, where tasks run at once (TASKS_BACKEND=immediate).
        parser.set_defaults(reload=False)

    def configure_logging(self, verbosity):
        super().configure_logging(verbosity)
        # The watchdog's and the retries' messages, next to the library's.
        ours = logging.getLogger("core.task_queue")
        ours.setLevel(logging.getLogger("django_tasks_db").level)
        if not ours.hasHandlers():
            ours.addHandler(logging.StreamHandler(self.stdout))

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, **options):
        if reload:
            raise CommandError("task_worker does not reload; use db_worker --reload to develop.")
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        excluded_queue_names = exclude_queues.split(",") if exclude_queues else []
        if excluded_queue_names and "*" not in queue_names:
            raise CommandError("--exclude-queues can only be used with --queue-name=*")
        worker = TaskWorker(
            queue_names=queue_names,
            excluded_queue_names=excluded_queue_names,
            interval=options["interval"],
            batch=options["batch"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        worker.configure_signals()
        worker.run()
