"""What the benchmark scripts share: Django set up for the project (on import, so a script
imports this module before anything of Django's or the project's), a test client to time, the
common arguments and the line above a table of figures.

How agenda.py and examples.py measure: all in one process with Django's test client (no network,
no server), with DEBUG off as in production: DEBUG keeps a log of every query, which costs time.
The queries are counted in a request of their own. The cases take turns, request by request, so
a swing in CPU speed hits each of them alike.

A script runs as `python bench/<name>.py` from the project root, which puts bench/ on the path,
so it imports this module as `common`.
"""

import argparse
import logging
import math
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kennisbank.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.signals import request_started  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test import Client  # noqa: E402


def measuring_client(production=True):
    """A test client on localhost. The query log is kept across a request (so
    CaptureQueriesContext counts one), and warnings ("Not Found") are not logged between the
    figures. `production`: DEBUG off, as in production (the dev settings turn it on; its query
    log costs time, and templates are loaded as in production). Call it before the first
    request."""
    if production:
        settings.DEBUG = False
    request_started.disconnect(reset_queries)
    logging.disable(logging.WARNING)
    return Client(HTTP_HOST="localhost")


def percentile(sorted_values, fraction):
    return sorted_values[max(0, math.ceil(len(sorted_values) * fraction) - 1)]


def argument_parser(doc):
    """The arguments of a script with the docstring `doc`: --runs, and what the script adds."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="requests per case (200)")
    return parser


class Measurement:
    """The time a measurement takes and the machine's load before and after it: other work on
    the machine slows every figure."""

    def __init__(self):
        self.started = time.monotonic()
        self.load_before = os.getloadavg()[0]

    def heading(self, what, runs):
        """The line above the table: `what` was measured, how, how long, and the load."""
        load = " / ".join(f"{value:.1f}" for value in (self.load_before, *os.getloadavg()[:1]))
        return (
            f"{what}, {connection.vendor}, {runs} requests per case, "
            f"{time.monotonic() - self.started:.0f} s; load average before / after: {load}\n"
        )
