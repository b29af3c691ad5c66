"""`/health/`: can this process serve the site? For the load balancer and monitoring.

Each check does the least that proves its service answers: one trivial query, one write and read
of a short-lived key (past the cache's safety net for an outage, kennisbank/cache.py). The answer
names each part `ok` or `error`, never the exception: its text can carry host names or user
names. The cause goes to the log (logger `kennisbank.health`).

Only the database decides the status (503 without it): while Redis is down the site still
serves every page, rendered instead of cached (kennisbank/cache.py), so a load balancer must not
take the servers out; the answer says `"cache": "error"` for monitoring to alert on.

With a database task queue the answer also says whether the queue needs the operator (`tasks`:
`ok`, `attention` when tasks are stuck, failed in the last day or wait too long, or `error`),
as information only: the status stays 200. Counting the queue reads the whole task table
(about 40 ms at 100,000 tasks), so its answer is kept in the cache for a minute: the probe of a
load balancer every few seconds stays one query. The queue is the worker's and the mail server's
business, not this process's; a load balancer that took every web server out of service because
the mail server is down would turn a late e-mail into a site that is down. `manage.py
task_status` gives the numbers (core/task_queue.py).
"""

import logging
import secrets

from django.core.cache import cache as default_cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from core.task_queue import database_task_backends, queue_summary

logger = logging.getLogger(__name__)


def check_database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise RuntimeError("the database did not answer SELECT 1")


def check_cache():
    # The site's Redis backend answers like an empty cache while Redis is down
    # (kennisbank/cache.py): the check asks without that safety net, so it sees the outage.
    cache = getattr(default_cache, "unguarded", default_cache)
    # A key of its own per request: two processes checking at once never read each other's value.
    key = f"health-check:{secrets.token_hex(8)}"
    value = secrets.token_hex(8)
    cache.set(key, value, timeout=10)
    try:
        if cache.get(key) != value:
            raise RuntimeError("the cache did not return the value just stored")
    finally:
        cache.delete(key)


TASK_QUEUE_STATE_SECONDS = 60


def task_queue_state():
    """`ok` or `attention` for the database task queues (at most a minute old), None without
    one."""
    backends = database_task_backends()
    if not backends:
        return None

    def state():
        attention = any(queue_summary(backend)["attention"] for backend in backends)
        return "attention" if attention else "ok"

    return default_cache.get_or_set("health:task-queue", state, TASK_QUEUE_STATE_SECONDS)


@never_cache
@require_safe
def health(request):
    # Looked up at each request, so tests can replace a check.
    checks = {"database": check_database, "cache": check_cache}
    results = {}
    for name, check in checks.items():
        try:
            check()
        except Exception:
            logger.exception("Health check failed: %s", name)
            results[name] = "error"
        else:
            results[name] = "ok"
    # The cache is reported, not decisive: the site serves without it (module docstring).
    healthy = results["database"] == "ok"
    try:
        tasks = task_queue_state()
    except Exception:
        logger.exception("Health check failed: tasks")
        tasks = "error"
    if tasks is not None:
        results["tasks"] = tasks  # information only: never decides the status
    return JsonResponse(results, status=200 if healthy else 503)
