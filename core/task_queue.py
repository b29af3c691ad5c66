"""The background task queue kept honest: no task is lost when a worker dies, a failure is tried
again after a growing wait, and the operator can see what is stuck or failed.

django-tasks-db's worker (`db_worker`) marks a task RUNNING when it claims it and FAILED when it
raises, and never looks at either again: a task whose worker was killed stays RUNNING for ever,
and one failed delivery (a mail server that was down for a minute) is final. TaskWorker, the
worker of `manage.py task_worker`, adds two things to the library's worker:

- abandoned tasks: a task RUNNING for longer than TASKS_RUNNING_TIMEOUT lost its worker (no real
  task runs that long: a mail's every step waits at most EMAIL_TIMEOUT). A watchdog thread in
  each worker puts it back to READY, so another worker runs it again: at least once, a mail may
  go out twice (it keeps its Message-ID, so a retry is recognisable) but is never lost;
- retries: a task that failed goes back to READY with run_after = now + a wait that grows
  (TASKS_RETRY_DELAY, five times longer each time, at most TASKS_RETRY_MAX_DELAY), until it has
  been tried TASKS_MAX_ATTEMPTS times; then it stays FAILED. Attempts are counted by the
  library's worker_ids, one per claim.

queue_summary() counts what the operator needs to know (`manage.py task_status`, /health/).
"""

import datetime
import logging
import threading

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult, get_date_max
from django_tasks_db.utils import exclusive_transaction, is_locked_database_exception

from django.conf import settings
from django.db import OperationalError, close_old_connections, connections
from django.db.models import Count, Min, Q
from django.utils import timezone

logger = logging.getLogger(__name__)

READY, RUNNING, FAILED = "READY", "RUNNING", "FAILED"
# Failures this recent need the operator's attention (task_status, /health/).
FAILED_ATTENTION_HOURS = 24


class WorkerLost(Exception):
    """Recorded as the error of a task whose worker stopped answering on its last attempt."""


def database_task_backends():
    """The aliases of the task backends that keep their tasks in the database."""
    from django_tasks import task_backends
    from django_tasks_db import DatabaseBackend

    return [alias for alias in settings.TASKS if isinstance(task_backends[alias], DatabaseBackend)]


def running_timeout():
    return datetime.timedelta(seconds=settings.TASKS_RUNNING_TIMEOUT)


def retry_delay(attempts):
    """The wait after the `attempts`-th failed attempt: 1, 5, 25 minutes ... at most the cap
    (with the default settings)."""
    delay = settings.TASKS_RETRY_DELAY * 5 ** (attempts - 1)
    return datetime.timedelta(seconds=min(delay, settings.TASKS_RETRY_MAX_DELAY))


def retry_or_fail(task_result, now=None):
    """A task that failed (status FAILED): back to READY after its wait, unless it had its
    TASKS_MAX_ATTEMPTS. Returns the time of the next attempt, or None when it stays failed."""
    attempts = len(task_result.worker_ids)
    if attempts >= settings.TASKS_MAX_ATTEMPTS:
        logger.error(
            "Task id=%s path=%s failed %d times: given up (FAILED)",
            task_result.id,
            task_result.task_path,
            attempts,
        )
        return None
    run_after = (now or timezone.now()) + retry_delay(attempts)
    # The last error stays on the row: the operator sees why a task waits for a retry.
    DBTaskResult.objects.filter(pk=task_result.pk, status=FAILED).update(
        status=READY, run_after=run_after, finished_at=None
    )
    logger.warning(
        "Task id=%s path=%s failed (attempt %d of %d): tried again at %s",
        task_result.id,
        task_result.task_path,
        attempts,
        settings.TASKS_MAX_ATTEMPTS,
        run_after.isoformat(timespec="seconds"),
    )
    return run_after


def requeue_abandoned(backend_name, now=None):
    """Tasks RUNNING longer than TASKS_RUNNING_TIMEOUT lost their worker: back to READY at once
    (or FAILED with WorkerLost after their last attempt). Safe with several workers at once: each
    row is taken with a row lock that others skip, as the library's claim does. Returns how
    many went back to READY."""
    now = now or timezone.now()
    abandoned = DBTaskResult.objects.running().filter(
        backend_name=backend_name, started_at__lt=now - running_timeout()
    )
    requeued = 0
    with exclusive_transaction(abandoned.db):
        for task_result in abandoned.select_for_update(skip_locked=True):
            attempts = len(task_result.worker_ids)
            worker = task_result.worker_ids[-1] if task_result.worker_ids else "?"
            if attempts >= settings.TASKS_MAX_ATTEMPTS:
                task_result.set_failed(
                    WorkerLost(f"worker {worker} stopped answering during attempt {attempts}")
                )
                logger.error(
                    "Task id=%s path=%s: its worker %s stopped answering on the last attempt "
                    "(%d): given up (FAILED)",
                    task_result.id,
                    task_result.task_path,
                    worker,
                    attempts,
                )
                continue
            task_result.status = READY
            task_result.run_after = now
            task_result.save(update_fields=["status", "run_after"])
            requeued += 1
            logger.warning(
                "Task id=%s path=%s ran longer than %d s: its worker %s is gone, back in the "
                "queue (attempt %d of %d done)",
                task_result.id,
                task_result.task_path,
                settings.TASKS_RUNNING_TIMEOUT,
                worker,
                attempts,
                settings.TASKS_MAX_ATTEMPTS,
            )
    return requeued


class TaskWorker(Worker):
    """django-tasks-db's worker with a watchdog for abandoned tasks and retries with back-off."""

    def run(self):
        stop = threading.Event()
        self.check_abandoned()  # before the first claim
        watchdog = threading.Thread(
            target=self.watch_abandoned, args=(stop,), name="abandoned-tasks", daemon=True
        )
        watchdog.start()
        try:
            return super().run()
        finally:
            stop.set()
            watchdog.join(timeout=10)

    def watch_abandoned(self, stop):
        # A quarter of the timeout, at most a minute: an abandoned task waits at most that long
        # beyond the timeout. Its own database connection (Django's are per thread).
        interval = min(settings.TASKS_RUNNING_TIMEOUT / 4, 60)
        try:
            while not stop.wait(interval):
                close_old_connections()
                self.check_abandoned()
        finally:
            connections.close_all()

    def check_abandoned(self):
        try:
            requeue_abandoned(self.backend_name)
        except OperationalError as error:
            if not is_locked_database_exception(error):  # SQLite busy: next time
                logger.exception("Looking for abandoned tasks failed")
        except Exception:
            logger.exception("Looking for abandoned tasks failed")

    def run_task(self, db_task_result):
        super().run_task(db_task_result)
        if db_task_result.status == FAILED:
            retry_or_fail(db_task_result)


def queue_summary(backend_name, now=None):
    """What an operator needs to know of one backend's queue, in one query:

    ready: due now; waiting: READY with a later run_after (a retry or a scheduled task);
    retrying: READY after a failure; running; stuck: running longer than TASKS_RUNNING_TIMEOUT
    (their worker died; a worker picks them up again); failed: FAILED in the last
    FAILED_ATTENTION_HOURS; oldest_ready_seconds: how long the oldest due task has waited.
    `attention` lists what needs the operator: stuck, failed, or a due task waiting longer than
    TASKS_RUNNING_TIMEOUT (no worker runs)."""
    now = now or timezone.now()
    never = get_date_max()
    due = Q(status=READY) & (Q(run_after=never) | Q(run_after__lte=now))
    stuck = Q(status=RUNNING, started_at__lt=now - running_timeout())
    counts = DBTaskResult.objects.filter(backend_name=backend_name).aggregate(
        ready=Count("pk", filter=due),
        waiting=Count("pk", filter=Q(status=READY) & ~due),
        retrying=Count("pk", filter=Q(status=READY) & ~Q(exception_class_path="")),
        running=Count("pk", filter=Q(status=RUNNING) & ~stuck),
        stuck=Count("pk", filter=stuck),
        failed=Count(
            "pk",
            filter=Q(
                status=FAILED,
                finished_at__gte=now - datetime.timedelta(hours=FAILED_ATTENTION_HOURS),
            ),
        ),
        oldest_enqueued=Min("enqueued_at", filter=Q(status=READY, run_after=never)),
        oldest_due=Min("run_after", filter=Q(status=READY, run_after__lte=now)),
    )
    since = [time for time in (counts.pop("oldest_enqueued"), counts.pop("oldest_due")) if time]
    counts["oldest_ready_seconds"] = int((now - min(since)).total_seconds()) if since else None
    attention = [name for name in ("stuck", "failed") if counts[name]]
    if (counts["oldest_ready_seconds"] or 0) > settings.TASKS_RUNNING_TIMEOUT:
        attention.append("late")
    counts["attention"] = attention
    return counts
