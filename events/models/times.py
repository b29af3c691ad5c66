"""An event's time: typed as an editor thinks of it (a start date, optionally a start time, an end
date and time), from which `starts_at` and `ends_at` are derived on save, in Europe/Amsterdam,
so the agenda can sort and filter in the database. A mixin of EventPage (pages.py), whose fields
it reads."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class EventTimesMixin:
    """An event without a start time is an all-day event; an event is upcoming until it has
    ended."""

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def is_multi_day(self):
        return self.last_date != self.start_date

    @property
    def has_ended(self):
        return self.ends_at <= timezone.now()

    def compute_times(self):
        """(starts_at, ends_at) as aware datetimes. Without an end time an event runs to the end
        of its last day, so it stays upcoming for the rest of that day."""
        zone = timezone.get_default_timezone()
        start = datetime.datetime.combine(self.start_date, self.start_time or datetime.time.min)
        if self.end_time is not None:
            end = datetime.datetime.combine(self.last_date, self.end_time)
        else:
            next_day = self.last_date + datetime.timedelta(days=1)
            end = datetime.datetime.combine(next_day, datetime.time.min)
        return timezone.make_aware(start, zone), timezone.make_aware(end, zone)

    def time_errors(self):
        """{field: message} of dates and times that do not fit together (for clean())."""
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        elif (
            self.start_time
            and self.end_time
            and not self.is_multi_day
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The end time is not after the start time.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give a start time too, or leave both times empty.")
        return errors
