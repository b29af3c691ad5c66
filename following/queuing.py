"""Queuing the digests that are due (`manage.py queue_digests`, run daily by a timer).

For each frequency, the last full period (following/periods.py) is due for every confirmed
subscriber whose `digest_since` lies before its end. What is new since the earliest of those
moments is loaded once (following/news.py); then the subscribers go in batches of BATCH_SIZE,
each in one transaction with a fixed number of queries, however many subscribers and follows:

1. the batch's subscribers, locked (`select_for_update(skip_locked=True)`: a second run at the
   same moment takes other subscribers, or none, rather than waiting);
2. their confirmed follows and their taxa (one query per vocabulary, as rows of values);
3. in Python: each subscriber's items, in their language, new since their `digest_since`;
4. one INSERT of the Digest rows (`bulk_create(ignore_conflicts=True)`: a row for the same
   subscriber and period that exists already stays as it was, so a second run queues nothing
   twice), one SELECT of the batch's digests still queued, one UPDATE moving `digest_since` to
   the period's end (also of those with nothing new: no row, no mail, and next time they start
   from there);
5. the send tasks, one per DIGESTS_PER_TASK digests.

One task per digest would cost one INSERT per subscriber (20,000 task rows a week); one task per
batch would run for minutes, past the time after which the task queue takes a task for abandoned
and runs it again (TASKS_RUNNING_TIMEOUT). A task of DIGESTS_PER_TASK digests shares one
connection to the mail server, stays well under that time (it hands what is left to a new task
when it runs long: following/sending.py) and still lets two workers share the work.

A digest's Message-ID is chosen here, so a digest sent again after its worker died carries the
same one, as the site's other mails do (core/mail.py).
"""

from collections import Counter

from django.db import transaction
from django.db.models import Min, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from wagtail.models import Locale

from core.mail import enqueue, new_message_id

from .models import Digest, Follow, Frequency, Subscriber
from .news import FollowSpec, new_items
from .periods import last_full_period
from .tasks import send_digests

BATCH_SIZE = 500
DIGESTS_PER_TASK = 100


def due_subscribers(period):
    """Confirmed subscribers of the period's frequency whose last digest (or confirmation)
    lies before the period's end."""
    return Subscriber.objects.filter(
        Q(digest_since__lt=period.end) | Q(digest_since__isnull=True, confirmed_at__lt=period.end),
        confirmed_at__isnull=False,
        frequency=period.frequency,
    )


def queue_digests(now=None, batch_size=BATCH_SIZE):
    """Queue every due digest of every frequency. Returns a Counter of subscribers (looked
    at), digests (queued) and tasks (enqueued)."""
    now = now or timezone.now()
    totals = Counter()
    for frequency in Frequency.values:
        totals += queue_period(last_full_period(frequency, now), now, batch_size)
    return totals


def queue_period(period, now, batch_size=BATCH_SIZE):
    due = due_subscribers(period)
    earliest = due.aggregate(since=Min(Coalesce("digest_since", "confirmed_at")))["since"]
    totals = Counter()
    if earliest is None:
        return totals
    news = new_items(earliest, period.end, now)
    locales = dict(Locale.objects.values_list("language_code", "pk"))
    last_pk = 0
    while True:
        with transaction.atomic():
            batch = list(
                due.filter(pk__gt=last_pk)
                .order_by("pk")
                .select_for_update(skip_locked=True)
                .only("pk", "language", "digest_since", "confirmed_at")[:batch_size]
            )
            if not batch:
                return totals
            totals += queue_batch(batch, period, news, locales)
            last_pk = batch[-1].pk


def follow_specs(subscriber_ids):
    """{subscriber id: {FollowSpec}} of their confirmed follows, in four queries: the follows,
    and the translation keys of their taxa from each vocabulary's link table (rows of values,
    not model instances: a batch has some 1,500 follows)."""
    confirmed = Follow.objects.filter(subscriber_id__in=subscriber_ids, confirmed_at__isnull=False)
    keys = {}
    for vocabulary, taxon in (("themes", "theme"), ("regions", "region"), ("sectors", "sector")):
        through = getattr(Follow, vocabulary).through
        rows = through.objects.filter(follow__in=confirmed).values_list(
            "follow_id", f"{taxon}__translation_key"
        )
        for follow_id, key in rows:
            keys.setdefault((follow_id, vocabulary), set()).add(key)
    specs = {}
    for pk, subscriber_id, scope in confirmed.values_list("pk", "subscriber_id", "scope"):
        spec = FollowSpec(
            scope,
            *(frozenset(keys.get((pk, name), ())) for name in ("themes", "regions", "sectors")),
        )
        specs.setdefault(subscriber_id, set()).add(spec)
    return specs


def queue_batch(batch, period, news, locales):
    specs = follow_specs([subscriber.pk for subscriber in batch])
    digests = []
    for subscriber in batch:
        since = subscriber.digest_since or subscriber.confirmed_at
        items = news.choose(specs.get(subscriber.pk, ()), locales.get(subscriber.language), since)
        if items:
            digests.append(
                Digest(
                    subscriber_id=subscriber.pk,
                    period=period.key,
                    period_start=period.start,
                    period_end=period.end,
                    items=items,
                    message_id=new_message_id(),
                )
            )
    ids = []
    if digests:
        Digest.objects.bulk_create(digests, ignore_conflicts=True)
        ids = list(
            Digest.objects.filter(
                subscriber_id__in=[digest.subscriber_id for digest in digests],
                period=period.key,
                state=Digest.State.QUEUED,
            )
            .order_by("pk")
            .values_list("pk", flat=True)
        )
    Subscriber.objects.filter(pk__in=[subscriber.pk for subscriber in batch]).update(
        digest_since=period.end
    )
    chunks = [ids[i : i + DIGESTS_PER_TASK] for i in range(0, len(ids), DIGESTS_PER_TASK)]
    for chunk in chunks:
        enqueue(send_digests, chunk)
    return Counter(subscribers=len(batch), digests=len(ids), tasks=len(chunks))
