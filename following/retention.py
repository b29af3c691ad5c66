"""Following keeps an address only while it is wanted (apply_retention, daily): a subscription
nobody confirmed within 7 days is deleted, and so is a follow added later and not confirmed."""

from core import retention

from .links import CONFIRM_MAX_AGE
from .models import Follow, Subscriber


def unconfirmed_subscribers(now):
    return Subscriber.objects.filter(
        confirmed_at__isnull=True, created_at__lt=now - CONFIRM_MAX_AGE
    )


def unconfirmed_follows(now):
    return Follow.objects.filter(confirmed_at__isnull=True, created_at__lt=now - CONFIRM_MAX_AGE)


@retention.rule(70)
def subscribers(now, dry_run):
    count = retention.delete(unconfirmed_subscribers(now), dry_run)
    return retention.Outcome(
        "unconfirmed subscribers deleted", count, "not confirmed within 7 days"
    )


@retention.rule(71)
def follows(now, dry_run):
    """A confirmed subscriber's follow that waited 7 days. Its subscriber stays, unless that
    leaves it nothing to follow."""
    count = retention.delete(unconfirmed_follows(now), dry_run)
    if not dry_run:
        Subscriber.objects.filter(confirmed_at__isnull=False, follows__isnull=True).delete()
    return retention.Outcome("unconfirmed follows deleted", count, "not confirmed within 7 days")
