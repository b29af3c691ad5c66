"""Anonymise the registrations of events that ended more than N days ago (meant to run daily).

Name, e-mail, organisation, role and remarks are blanked; status and attendance stay, for the
figures, and the admin's history of them keeps no name. The name and e-mail address of whoever
submitted an activity through the site are blanked on the same schedule, on the page and in
every revision of it. Running it again changes nothing.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from wagtail.models import ModelLogEntry, Page, Revision

from events.models import EventPage, Registration

ANONYMOUS = "—"


def anonymise(days, now=None):
    """Anonymise what is due; returns how many registrations were anonymised. The admin's
    history of those registrations loses their names too."""
    now = now or timezone.now()
    ended_before = now - datetime.timedelta(days=days)
    due = Registration.objects.filter(anonymised_at__isnull=True, event__ends_at__lt=ended_before)
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
    now = now or timezone.now()
    due = EventPage.objects.filter(ends_at__lt=now - datetime.timedelta(days=days)).exclude(
        submitter_name="", submitter_email=""
    )
    ids = [str(pk) for pk in due.values_list("pk", flat=True)]
    revisions = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page), object_id__in=ids
    )
    for revision in revisions.iterator():
        revision.content.update(submitter_name="", submitter_email="")
        revision.save(update_fields=["content"])
    return due.update(submitter_name="", submitter_email="")


class Command(BaseCommand):
    help = "Anonymise the registrations of events that ended more than --days days ago."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=settings.EVENTS_REGISTRATION_RETENTION_DAYS,
            help="Days after the end of an event (default: EVENTS_REGISTRATION_RETENTION_DAYS).",
        )

    def handle(self, *args, days, **options):
        if days < 0:
            raise CommandError("--days cannot be negative.")
        count = anonymise(days)
        submitters = forget_submitters(days)
        self.stdout.write(
            f"Anonymised {count} registration(s) and {submitters} activity submitter(s) of "
            f"events that ended over {days} days ago."
        )
