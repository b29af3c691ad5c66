"""The SQL queries of one warm request per page, in one process with the load test's settings.

    DJANGO_SETTINGS_MODULE=bench.load.settings DATABASE_URL=... REDIS_URL=... \
        python -m bench.load.queries < request.json

`request.json`: {"pages": [[name, path], ...], "member": e-mail or null, "member_pages": [[name,
path], ...]}. Each page is requested twice with Django's test client (behind the proxy's
headers, as gunicorn gets it from nginx), then a third time while every database connection
counts what it executes (`execute_wrapper`: the test client's query log is reset at each
request's start, so CaptureQueriesContext misses queries here). The member's pages with the
member logged in. Prints {name: queries} as JSON. bench/load/run.py runs it with the uncached
server's environment (its Redis database: the same warm derived data).
"""

import json
import sys
from contextlib import ExitStack

import django

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connections  # noqa: E402
from django.test import Client  # noqa: E402

from bench.load.stack import PROXY_HEADERS  # noqa: E402

WARM = 2  # requests before the counted one


class Counter:
    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def count(client, path):
    for _warm in range(WARM):
        client.get(path)
    counter = Counter()
    with ExitStack() as wrappers:
        for alias in connections:
            wrappers.enter_context(connections[alias].execute_wrapper(counter))
        response = client.get(path)
    if response.status_code != 200:
        raise SystemExit(f"{path} answered {response.status_code}")
    return counter.count


def client():
    return Client(HTTP_HOST="127.0.0.1", headers=PROXY_HEADERS)


def main():
    request = json.load(sys.stdin)
    anonymous = client()
    counts = {name: count(anonymous, path) for name, path in request.get("pages", [])}
    if request.get("member"):
        member = client()
        user = get_user_model().objects.get(email=request["member"])
        member.force_login(user, backend="security.permissions.CachedModelBackend")
        for name, path in request.get("member_pages", []):
            counts[name] = count(member, path)
    print(json.dumps(counts))


if __name__ == "__main__":
    main()
