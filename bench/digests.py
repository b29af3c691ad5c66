"""Queuing and rendering the digests (issue 20): `queue_digests` for N confirmed weekly
subscribers with on average three follows (themes and regions) and 50 new items in the last
week, and rendering one digest.

On PostgreSQL, in a database of its own (the script seeds it: a small site, the 50 items, the
subscribers and their follows; the first run takes a minute, later runs reuse what is there):

    createdb -h 127.0.0.1 -U postgres kb_digest_bench
    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/kb_digest_bench
    .venv/bin/python manage.py migrate
    .venv/bin/python bench/digests.py --subscribers 20000

The send tasks are stored with the database task backend (TASKS_BACKEND=database), as in
production, and not run: the queuing is timed with the INSERT of its task rows. Between runs
the digests and their tasks are deleted and every subscriber's `digest_since` put back.
"""

import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ["TASKS_BACKEND"] = "database"
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Measurement, argument_parser, percentile  # noqa: E402
from django_tasks_db.models import DBTaskResult  # noqa: E402

from django.conf import settings  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.utils import timezone  # noqa: E402

from wagtail.models import Locale, Page, Site  # noqa: E402

from development_groups.factories import (  # noqa: E402
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    DevelopmentSessionPageFactory,
    SessionOutcomeFactory,
)
from events.factories import EventIndexPageFactory, EventPageFactory  # noqa: E402
from following import queuing, sending  # noqa: E402
from following.models import (  # noqa: E402
    Digest,
    Follow,
    Frequency,
    Subscriber,
    SummaryPublication,
)
from following.periods import last_full_period  # noqa: E402
from home.factories import HomePageFactory  # noqa: E402
from home.models import HomePage  # noqa: E402
from practice_examples.factories import (  # noqa: E402
    PracticeExampleIndexPageFactory,
    PracticeExamplePageFactory,
)
from practice_examples.models import PracticeExamplePage  # noqa: E402
from taxonomy.factories import RegionFactory, SectorFactory, ThemeFactory  # noqa: E402
from taxonomy.models import Region, Sector, Theme  # noqa: E402

MARK = "digest-bench"  # the seeded items' slugs and the subscribers' addresses start with it


def taxa(model, factory, count):
    while model.objects.filter(locale=Locale.get_default()).count() < count:
        factory()
    return list(model.objects.filter(locale=Locale.get_default()).order_by("pk")[:count])


def seed_site(week, rng):
    """The 50 new items of last week (30 examples, 15 events, 5 session summaries), on 12
    themes, 12 regions and 4 sectors; made once."""
    themes, regions, sectors = (
        taxa(Theme, ThemeFactory, 12),
        taxa(Region, RegionFactory, 12),
        taxa(Sector, SectorFactory, 4),
    )
    if PracticeExamplePage.objects.filter(slug__startswith=MARK).exists():
        return themes, regions
    home = HomePage.objects.first()
    if home is None:
        home = HomePageFactory(parent=Page.get_first_root_node(), title="Kennisbank", slug="kb")
        Site.objects.update_or_create(
            is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
        )
    examples = PracticeExampleIndexPageFactory(parent=home, slug=f"{MARK}-voorbeelden")
    agenda = EventIndexPageFactory(parent=home, slug=f"{MARK}-agenda")
    groups = DevelopmentGroupIndexPageFactory(parent=home, slug=f"{MARK}-groepen")
    group = DevelopmentGroupPageFactory(parent=groups, slug=f"{MARK}-groep")
    moment = week.start + timezone.timedelta(days=2)
    pages = []
    for number in range(30):
        pages.append(
            PracticeExamplePageFactory(
                parent=examples,
                slug=f"{MARK}-voorbeeld-{number}",
                title=f"Praktijkvoorbeeld {number} over thuiszitters",
                themes=rng.sample(themes, rng.randint(1, 3)),
                regions=rng.sample(regions, rng.randint(1, 2)),
                sectors=rng.sample(sectors, rng.randint(1, 2)),
            )
        )
    for number in range(15):
        pages.append(
            EventPageFactory(
                parent=agenda,
                slug=f"{MARK}-bijeenkomst-{number}",
                themes=rng.sample(themes, rng.randint(1, 2)),
                region=rng.choice(regions),
            )
        )
    for number in range(5):
        session = DevelopmentSessionPageFactory(
            parent=group, slug=f"{MARK}-sessie-{number}", themes=[rng.choice(themes)]
        )
        outcome = SessionOutcomeFactory(
            session=session,
            public_summary="De groep deelde wat werkt bij terugkeer naar school. " * 5,
            public_summary_published=True,
        )
        SummaryPublication.objects.filter(outcome=outcome).update(published_at=moment)
        Page.objects.filter(pk=session.pk).update(
            first_published_at=week.start - timezone.timedelta(days=30)
        )
    Page.objects.filter(pk__in=[page.pk for page in pages]).update(first_published_at=moment)
    return themes, regions


def seed_subscribers(count, week, themes, regions, rng):
    """`count` confirmed weekly subscribers (one in ten English) with 1 to 5 follows each
    (three on average): a theme, a region, or both; mostly of everything, some of the examples
    or the agenda only."""
    if Subscriber.objects.filter(email__startswith=MARK).count() == count:
        return
    Subscriber.objects.filter(email__startswith=MARK).delete()
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(
            email=f"{MARK}-{number}@example.nl",
            language="en" if number % 10 == 0 else "nl",
            frequency=Frequency.WEEKLY,
            confirmed_at=week.start,
            digest_since=week.start,
        )
        for number in range(count)
    )
    scopes = [Follow.Scope.EVERYTHING] * 6 + [Follow.Scope.EXAMPLES] * 2 + [Follow.Scope.EVENTS] * 2
    follows, chosen = [], []
    for subscriber in subscribers:
        for _number in range(rng.randint(1, 5)):
            follows.append(
                Follow(subscriber=subscriber, scope=rng.choice(scopes), confirmed_at=week.start)
            )
            roll = rng.random()
            chosen.append(
                (
                    [rng.choice(themes)] if roll < 0.7 else [],
                    [rng.choice(regions)] if roll >= 0.6 else [],
                )
            )
    follows = Follow.objects.bulk_create(follows, batch_size=5000)
    themes_through, regions_through = Follow.themes.through, Follow.regions.through
    themes_through.objects.bulk_create(
        (
            themes_through(follow_id=follow.pk, theme_id=theme.pk)
            for follow, (on_themes, _r) in zip(follows, chosen, strict=True)
            for theme in on_themes
        ),
        batch_size=5000,
    )
    regions_through.objects.bulk_create(
        (
            regions_through(follow_id=follow.pk, region_id=region.pk)
            for follow, (_t, in_regions) in zip(follows, chosen, strict=True)
            for region in in_regions
        ),
        batch_size=5000,
    )
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def reset(week):
    Digest.objects.all().delete()
    DBTaskResult.objects.filter(task_path__startswith="following.").delete()
    Subscriber.objects.update(digest_since=week.start)


def time_queuing(week, runs):
    """[(seconds, totals)] of `runs` runs of queue_digests."""
    results = []
    for _run in range(runs):
        reset(week)
        started = time.perf_counter()
        totals = queuing.queue_digests()
        results.append((time.perf_counter() - started, totals))
    return results


def count_queries(week):
    """(queries in all, [queries of each batch], totals) of one run. A batch's queries: those
    of queue_batch and the SELECT of its subscribers before it."""
    reset(week)
    per_batch = []
    original = queuing.queue_batch

    def counted(*args):
        with CaptureQueriesContext(connection) as queries:
            result = original(*args)
        per_batch.append(len(queries) + 1)
        return result

    queuing.queue_batch = counted
    try:
        with CaptureQueriesContext(connection) as queries:
            totals = queuing.queue_digests()
    finally:
        queuing.queue_batch = original
    return len(queries), per_batch, totals


def time_rendering(renders):
    """Median and p95 ms of rendering one digest (with loading what it shows, as a task does
    for its digests), and the digest's items."""
    digest = max(
        Digest.objects.select_related("subscriber").filter(subscriber__language="nl")[:200],
        key=lambda digest: sum(len(ids) for ids in digest.items.values()),
    )
    times = []
    for _run in range(renders):
        started = time.perf_counter()
        with transaction.atomic():
            message = sending.message(digest, sending.Content([digest]))
            message.message().as_bytes()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), percentile(times, 0.95), digest, message


def time_task_rendering():
    """ms per digest of rendering the digests of one send task (DIGESTS_PER_TASK of them),
    with loading what they show once for all, as the task does; no mail sent."""
    digests = list(
        Digest.objects.select_related("subscriber").order_by("pk")[: queuing.DIGESTS_PER_TASK]
    )
    started = time.perf_counter()
    with transaction.atomic():
        content = sending.Content(digests)
        for digest in digests:
            sending.message(digest, content).message().as_bytes()
    return (time.perf_counter() - started) * 1000 / len(digests)


def main():
    parser = argument_parser(__doc__)
    parser.add_argument("--subscribers", type=int, default=20000)
    parser.add_argument("--queue-runs", type=int, default=3)
    parser.add_argument("--renders", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20)
    args = parser.parse_args()
    settings.DEBUG = False
    rng = random.Random(args.seed)
    week = last_full_period(Frequency.WEEKLY)
    measurement = Measurement()
    themes, regions = seed_site(week, rng)
    seed_subscribers(args.subscribers, week, themes, regions, rng)
    runs = args.queue_runs
    timings = time_queuing(week, runs)
    queries, per_batch, totals = count_queries(week)
    median_ms, p95_ms, digest, message = time_rendering(args.renders)
    per_digest_ms = time_task_rendering()
    seconds = sorted(seconds for seconds, _totals in timings)
    load = " / ".join(f"{value:.1f}" for value in (measurement.load_before, os.getloadavg()[0]))
    print(
        f"Digests, {args.subscribers} subscribers, {connection.vendor}, {runs} runs of "
        f"queue_digests, {args.renders} renders; load average before / after: {load}\n"
    )
    print("| what | figure |")
    print("| --- | ---: |")
    print(f"| subscribers due | {totals['subscribers']} |")
    print(f"| digests queued | {totals['digests']} |")
    print(f"| send tasks queued | {totals['tasks']} |")
    print(f"| queue_digests, runs (s) | {', '.join(f'{s:.1f}' for s in seconds)} |")
    print(f"| queue_digests, median (s) | {statistics.median(seconds):.1f} |")
    print(f"| queries in all ({len(per_batch)} batches of {queuing.BATCH_SIZE}) | {queries} |")
    print(
        f"| queries per batch, without BEGIN and COMMIT (fewest, most) | "
        f"{min(per_batch)}, {max(per_batch)} |"
    )
    items = sum(len(ids) for ids in digest.items.values())
    print(f"| rendering one digest ({items} items), median ms | {median_ms:.1f} |")
    print(f"| rendering one digest, p95 ms | {p95_ms:.1f} |")
    per_task = queuing.DIGESTS_PER_TASK
    print(f"| rendering a task's {per_task} digests, ms per digest | {per_digest_ms:.1f} |")
    print(f"\nsubject of the rendered digest: {message.subject}")


if __name__ == "__main__":
    main()
