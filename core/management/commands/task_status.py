"""`manage.py task_status`: the background queue at a glance, for the operator and for cron or
monitoring: how many tasks are ready, waiting for a retry, running, stuck (their worker died) or
failed in the last day, and how long the oldest ready task has waited.

It exits with status 1 when something needs attention (a stuck task, a recent failure, or a
ready task that waited longer than TASKS_RUNNING_TIMEOUT: no worker runs), else 0. With
--retry-failed it puts the tasks that failed in the last day back in the queue (after the cause,
such as a mail server that was down, is fixed); each gets one more attempt.
"""

import datetime

from django_tasks_db.models import DBTaskResult

from django.core.management.base import BaseCommand
from django.utils import timezone

from core.task_queue import FAILED_ATTENTION_HOURS, database_task_backends, queue_summary


def recent_failures(backend, now):
    return DBTaskResult.objects.failed().filter(
        backend_name=backend,
        finished_at__gte=now - datetime.timedelta(hours=FAILED_ATTENTION_HOURS),
    )


class Command(BaseCommand):
    help = "Show the background task queue; exit 1 when tasks are stuck, failed or late."

    def add_arguments(self, parser):
        parser.add_argument(
            "--retry-failed",
            action="store_true",
            help=f"Queue the tasks that failed in the last {FAILED_ATTENTION_HOURS} hours again.",
        )

    def handle(self, *args, retry_failed, **options):
        now = timezone.now()
        backends = database_task_backends()
        if not backends:
            self.stdout.write("No database task backend: tasks run at once, nothing is queued.")
            return
        attention = False
        for backend in backends:
            if retry_failed:
                count = recent_failures(backend, now).update(
                    status="READY", run_after=now, finished_at=None
                )
                self.stdout.write(f"{backend}: {count} failed task(s) queued again")
            summary = queue_summary(backend, now)
            self.report(backend, summary, now)
            attention = attention or bool(summary["attention"])
        if attention:
            raise SystemExit(1)

    def report(self, backend, summary, now):
        oldest = summary["oldest_ready_seconds"]
        waited = f", the oldest waits {oldest} s" if oldest is not None else ""
        self.stdout.write(f"Task queue {backend!r}:")
        self.stdout.write(f"  ready: {summary['ready']}{waited}")
        self.stdout.write(
            f"  waiting: {summary['waiting']} (to run later; {summary['retrying']} of all ready "
            "and waiting failed before and are being retried)"
        )
        self.stdout.write(f"  running: {summary['running']}")
        self.stdout.write(
            f"  stuck: {summary['stuck']} (running too long: their worker died; a worker takes "
            "them up again)"
        )
        self.stdout.write(f"  failed: {summary['failed']} in the last {FAILED_ATTENTION_HOURS} h")
        for task in recent_failures(backend, now).order_by("-finished_at")[:10]:
            error = task.traceback.strip().splitlines()[-1] if task.traceback else ""
            self.stdout.write(
                f"    {task.finished_at:%Y-%m-%d %H:%M} {task.task_path} {task.id} "
                f"({len(task.worker_ids)} attempts): {error}"
            )
        if summary["attention"]:
            self.stdout.write(f"  needs attention: {', '.join(summary['attention'])}")
        else:
            self.stdout.write("  ok")
