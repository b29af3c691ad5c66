"""Anonymise the registrations of events that ended more than N days ago (events/retention.py;
the daily `manage.py apply_retention` does it too). Running it again changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from events.retention import apply_event_retention


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
        count, submitters = apply_event_retention(days)
        self.stdout.write(
            f"Anonymised {count} registration(s) and {submitters} activity submitter(s) of "
            f"events that ended over {days} days ago."
        )
