"""200 people register at the same moment for an event with 50 places, over real HTTP.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/kennisbank \
        .venv/bin/python bench/registration.py [--people 200] [--capacity 50]

PostgreSQL only (the capacity rule rests on its row lock). The script creates a database of its
own (Django's test database, "test_" + the name in DATABASE_URL) and drops it afterwards, builds
a site with one event, and serves the site on 127.0.0.1 from a WSGI server with a fixed pool of
request threads in a few pre-forked processes, as an application server behind a load balancer
has. Each of the visitors fetches the form (for its CSRF token), then all post their
registration at once. It reports the time from the first post to the last answer, the latency
per post, and checks that every post was answered with the redirect to the result page, that
exactly `capacity` registrations are confirmed and the rest wait. The last line is the row for
bench/README.md.

The rate limit counts per address and every visitor here comes from 127.0.0.1, so the script
lifts it; everything else (form, honeypot, lock, e-mails with their .ics) runs as in production.
"""

import argparse
import http.client
import os
import re
import signal
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.test")

import django  # noqa: E402

django.setup()

from django.core.handlers.wsgi import WSGIHandler  # noqa: E402
from django.core.servers.basehttp import WSGIRequestHandler, WSGIServer  # noqa: E402
from django.db import connection, connections  # noqa: E402

from events import registration  # noqa: E402
from events.factories import EventIndexPageFactory, EventPageFactory  # noqa: E402
from events.models import EventPage, Registration  # noqa: E402
from tests.support import make_home_page  # noqa: E402

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
CSRF_COOKIE = re.compile(r"csrftoken=([^;]+)")


class QuietHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class PooledWSGIServer(WSGIServer):
    """Django's WSGI server with a fixed pool of request threads instead of one per request:
    at most `workers` requests (and database connections) at a time, the rest wait in line."""

    request_queue_size = 1024

    def __init__(self, address, workers):
        super().__init__(address, QuietHandler, ipv6=False)
        self.workers = workers
        self.pool = None  # made in the process that serves
        self.set_app(WSGIHandler())

    def serve_forever(self, *args, **kwargs):
        self.pool = ThreadPoolExecutor(max_workers=self.workers)
        super().serve_forever(*args, **kwargs)

    def process_request(self, request, client_address):
        self.pool.submit(self.work, request, client_address)

    def work(self, request, client_address):
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)
            connections.close_all()


def start_servers(server, processes):
    """Fork `processes` copies that all accept on the server's socket, as a pre-forking
    application server does (one Python process uses one core). Returns their ids."""
    connections.close_all()
    pids = []
    for _ in range(processes):
        pid = os.fork()
        if pid == 0:  # the child serves until the parent stops it
            try:
                server.serve_forever()
            finally:
                os._exit(0)
        pids.append(pid)
    return pids


def stop_servers(pids):
    for pid in pids:
        os.kill(pid, signal.SIGTERM)
    for pid in pids:
        os.waitpid(pid, 0)
    time.sleep(0.5)  # PostgreSQL ends their sessions before the database is dropped


def build_event(capacity):
    home = make_home_page()
    index = EventIndexPageFactory(parent=home)
    return EventPageFactory(
        parent=index,
        title="Landelijke kennisdag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=capacity,
    )


def visitor(port, path, number, start):
    """Fetch the form, wait for the others, post: (status, location, seconds for the post)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("GET", path)
    response = conn.getresponse()
    form = response.read().decode()
    cookie = CSRF_COOKIE.search(response.getheader("Set-Cookie", "")).group(1)
    token = CSRF_INPUT.search(form).group(1)
    conn.close()
    body = urlencode(
        {
            "csrfmiddlewaretoken": token,
            "name": f"Deelnemer {number}",
            "email": f"deelnemer{number}@example.nl",
            "organisation": "SWV Utrecht PO",
            "consent": "on",
            "website": "",
        }
    )
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": f"csrftoken={cookie}",
    }
    start.wait()
    began = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    conn.request("POST", path, body=body, headers=headers)
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, response.getheader("Location", ""), time.perf_counter() - began


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--processes", type=int, default=2, help="server processes")
    parser.add_argument("--workers", type=int, default=8, help="request threads per process")
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database: the benchmark is about its row lock.")

    connections["default"].settings_dict["CONN_MAX_AGE"] = 0
    registration.REGISTRATION_FORM.limit.limit = args.people * 10  # one address for all
    name = connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    server, pids = None, []
    try:
        event = build_event(args.capacity)
        path = event.url + event.reverse_subpage("register")
        connections.close_all()

        server = PooledWSGIServer(("127.0.0.1", 0), args.workers)
        port = server.server_address[1]
        pids = start_servers(server, args.processes)

        start = threading.Barrier(args.people + 1)
        with ThreadPoolExecutor(max_workers=args.people) as pool:
            futures = [
                pool.submit(visitor, port, path, number, start) for number in range(args.people)
            ]
            start.wait(timeout=300)
            began = time.perf_counter()
            answers = [future.result() for future in futures]
            total = time.perf_counter() - began

        answered = sum(
            1 for status, location, _s in answers if status == 302 and "verzonden=1" in location
        )
        registrations = Registration.objects.filter(event=event)
        confirmed = registrations.filter(status=Registration.Status.CONFIRMED).count()
        waiting = registrations.filter(status=Registration.Status.WAITING).count()
        latencies = sorted(seconds for _status, _location, seconds in answers)
        median = statistics.median(latencies)
        p95 = latencies[int(0.95 * (len(latencies) - 1))]
        ok = answered == args.people and confirmed == args.capacity
        ok = ok and waiting == args.people - args.capacity

        print(
            f"people {args.people}, places {args.capacity}, "
            f"server {args.processes} processes x {args.workers} threads"
        )
        print(f"answered with the result page: {answered}/{args.people}")
        print(f"confirmed {confirmed}, waiting list {waiting}, stored {registrations.count()}")
        print(
            f"total {total:.2f} s, per post median {median * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms"
        )
        print()
        print(
            "| concurrent registrations | places | answered | confirmed | waiting "
            "| total | median | p95 |"
        )
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        print(
            f"| {args.people} | {args.capacity} | {answered} | {confirmed} | {waiting} "
            f"| {total:.2f} s | {median * 1000:.0f} ms | {p95 * 1000:.0f} ms |"
        )
        if not ok:
            sys.exit("FAILED: not every post answered, or the capacity was not kept exactly")
    finally:
        stop_servers(pids)
        if server is not None:
            server.server_close()
        connections.close_all()
        connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    main()
