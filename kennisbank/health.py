"""`/health/`: can this process serve the site? For the load balancer and monitoring.

Each check does the least that proves its service answers: one trivial query, one write and read
of a short-lived key (past the cache's safety net for an outage, kennisbank/cache.py). The answer
names each part `ok` or `error`, never the exception: its text can carry host names or user
names. The cause goes to the log (logger `kennisbank.health`).
"""

import logging
import secrets

from django.core.cache import cache as default_cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

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
    healthy = all(result == "ok" for result in results.values())
    return JsonResponse(results, status=200 if healthy else 503)
