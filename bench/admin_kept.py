"""What the admin's kept parts save (security/admin_kept.py: the sidebar, and with `--rows` the
buttons of the listings' rows): the same admin pages requested with them switched off (A,
Wagtail's own) and on (B), taking turns request by request in one process, so that the machine's
swings in speed hit both alike.

    source /tmp/kb_admin/env.sh   # bench/README.md, "The admin at 10,000 examples"
    .venv/bin/python bench/admin_kept.py [--runs 25]

Prints per page the median of A and of B in ms and B / A.
"""

import statistics
import time

import common  # first: sets up Django
from admin import editor

from django.urls import reverse

from practice_examples.models import PracticeExampleIndexPage, PracticeExamplePage
from security import admin_kept

WAGTAILS = {"admin-sidebar": True, "admin-row-buttons": True}  # what A builds as Wagtail does


def switch(on, kept=admin_kept.cached):
    """B: kept as in production; A: what WAGTAILS names is built each time."""

    def partly(name, parts, compute, **kwargs):
        if WAGTAILS.get(name):
            return compute()
        return kept(name, parts, compute, **kwargs)

    admin_kept.cached = kept if on else partly


def main():
    parser = common.argument_parser(__doc__)
    parser.set_defaults(runs=25)
    parser.add_argument(
        "--rows", action="store_true", help="A keeps the sidebar: compare the rows' buttons alone"
    )
    args = parser.parse_args()
    if args.rows:
        WAGTAILS["admin-sidebar"] = False
    measurement = common.Measurement()
    client = common.measuring_client()
    client.force_login(editor())
    index = PracticeExampleIndexPage.objects.order_by("path").first()
    example = PracticeExamplePage.objects.child_of(index).order_by("path").first()
    explorer = reverse("wagtailadmin_explore", args=[index.pk])
    pages = [
        ("dashboard", reverse("wagtailadmin_home")),
        ("explorer, first page", explorer),
        ("explorer, page 100", f"{explorer}?p=100"),
        ("practice examples listing", reverse("practice_examples:index")),
        ("search of all pages", reverse("wagtailadmin_pages:search") + "?q=thuiszitters"),
        ("edit view, an example", reverse("wagtailadmin_pages:edit", args=[example.pk])),
    ]
    rows = []
    for name, url in pages:
        timings = {False: [], True: []}
        for on in (False, True):  # warm both
            switch(on)
            client.get(url)
        for _ in range(args.runs):
            for on in (False, True):
                switch(on)
                start = time.perf_counter()
                response = client.get(url)
                timings[on].append((time.perf_counter() - start) * 1000)
                if response.status_code != 200:
                    raise SystemExit(f"{url} answered {response.status_code}")
        a, b = statistics.median(timings[False]), statistics.median(timings[True])
        rows.append(f"| {name} | `{url}` | {a:.1f} | {b:.1f} | {b / a:.2f} |")
    total = PracticeExamplePage.objects.count()
    print(
        measurement.heading(f"{total} practice examples, as an editor, A and B in turns", args.runs)
    )
    print("| page | address | A: Wagtail's own, ms | B: kept, ms | B / A |")
    print("| --- | --- | ---: | ---: | ---: |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
