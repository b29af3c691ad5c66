"""Personal data of events is kept no longer than needed: the registrations of events that ended
more than EVENTS_REGISTRATION_RETENTION_DAYS ago are anonymised, and so is whoever submitted such
an activity. Used by `manage.py anonymise_registrations` and the daily `manage.py
apply_retention`.

Name, e-mail, organisation, role and remarks are blanked; status and attendance stay, for the
figures, and the admin's history of them keeps no name. The name and e-mail address of whoever
submitted an activity through the site are blanked on the page and in every revision of it.
Running it again changes nothing.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from wagtail.models import ModelLogEntry, Page, Revision

from core import retention

from .models import EventPage, Registration

ANONYMOUS = "—"


def registrations_due(days, now=None):
    """The registrations not yet anonymised of events that ended more than `days` ago."""
    ended_before = (now or timezone.now()) - datetime.timedelta(days=days)
    return Registration.objects.filter(anonymised_at__isnull=True, event__ends_at__lt=ended_before)


def submitters_due(days, now=None):
    """The events that ended more than `days` ago and still name who submitted them."""
    ended_before = (now or timezone.now()) - datetime.timedelta(days=days)
    return EventPage.objects.filter(ends_at__lt=ended_before).exclude(
        submitter_name="", submitter_email=""
    )


def anonymise(days, now=None):
    """Anonymise what is due; returns how many registrations were anonymised. The admin's
    history of those registrations loses their names too."""
    now = now or timezone.now()
    due = registrations_due(days, now)
    ids = [str(pk) for pk in due.values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Registration), object_id__in=ids
    ).update(label=ANONYMOUS)
    return due.update(
        name="",
        email="",
        organisation="",
        role="",
        remarks="",
        anonymised_at=now,
    )


def forget_submitters(days, now=None):
    """Blank the submitter of activities that ended more than `days` ago, on the page and in
    every revision of it; returns how many pages."""
    due = submitters_due(days, now)
    ids = [str(pk) for pk in due.values_list("pk", flat=True)]
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids
    )
    for revision in revisions.iterator():
        revision.content.update(submitter_name="", submitter_email="")
        revision.save(update_fields=["content"])
    return due.update(submitter_name="", submitter_email="")


def apply_event_retention(days, dry_run=False):
    """Anonymise registrations and submitters that are due: (registrations, submitters), the
    numbers anonymised, or due when `dry_run`."""
    if dry_run:
        return registrations_due(days).count(), submitters_due(days).count()
    return anonymise(days), forget_submitters(days)


@retention.rule(10)
def registrations(now, dry_run):
    days = settings.EVENTS_REGISTRATION_RETENTION_DAYS
    count, submitters = apply_event_retention(days, dry_run=dry_run)
    detail = f"{submitters} activity submitter(s) too; events ended over {days} days ago"
    return retention.Outcome("registrations anonymised", count, detail)
