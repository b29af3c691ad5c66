"""The agenda's filters: period, month, theme, audience, kind, region and tag, from GET parameters.

Each filter takes one value, named by slug (taxa: the same in every language) or by code (kind),
so a filtered address is short, works in Dutch and English alike and is safe to share. Unknown
values are ignored rather than answered with an empty list.

An event is upcoming until it has ended: today's events stay in the upcoming list all day.
Activities of an action week are listed on the week's own page; the agenda shows them when a
visitor asks for them (kind "activity") or for a region, where the regional activities are what
they came for.
"""

import datetime
import re
from dataclasses import dataclass

from django.db.models import Case, Q, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.functional import cached_property
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from core.derived_cache import cached
from core.forms import text_parameter
from core.localization import active_locale
from taxonomy.models import Audience, Region, Theme

from .models import EventPage

UPCOMING = "komend"
PAST = "verleden"
PERIODS = {UPCOMING: _("Upcoming"), PAST: _("Past")}
# Years 1000 to 2999 in ASCII digits, nothing after: a month whose bounds are real dates.
MONTH_PATTERN = re.compile(r"([12][0-9]{3})-(0[1-9]|1[0-2])")
MONTH_FORMAT = pgettext_lazy("month filter option", "F Y")


def public_events():
    """Live, public events of the active language."""
    return EventPage.objects.live().public().filter(locale=active_locale())


def upcoming_events(now=None):
    """Events that have not ended yet, soonest first, without the activities of action weeks."""
    now = now or timezone.now()
    return (
        public_events()
        .filter(ends_at__gt=now)
        .exclude(kind=EventPage.Kind.ACTIVITY)
        .order_by("starts_at", "pk")
    )


def open_events(events, now=None):
    """The events whose registration is not closed: the queryset form of
    `EventPage.registration_is_closed` (scheduled, not closed by hand, before the deadline or,
    without one, the start). Events without registration follow the same rule."""
    now = now or timezone.now()
    return (
        events.filter(status=EventPage.Status.SCHEDULED, registration_closed=False)
        .annotate(closes_at=Coalesce("registration_deadline", "starts_at"))
        .filter(closes_at__gt=now)
    )


def near_region(events, region):
    """Events in `region` (a Region or its slug, the same in every language) or without one
    (national, online), annotated `elsewhere` (0 in the region, 1 without one)."""
    slug = getattr(region, "slug", region)
    return events.filter(Q(region__slug=slug) | Q(region__isnull=True)).alias(
        elsewhere=Case(When(region__slug=slug, then=Value(0)), default=Value(1))
    )


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    lookup: str
    model: type = None

    def options(self):
        """[(value, name)] in the active language."""
        if self.model is None:
            return list(EventPage.Kind.choices)
        return list(self.model.names_by_slug().items())


FACETS = [
    Facet("thema", _("Theme"), "themes__slug", Theme),
    Facet("doelgroep", _("Audience"), "audiences__slug", Audience),
    Facet("soort", _("Kind of event"), "kind"),
    Facet("regio", _("Region"), "region__slug", Region),
]


def month_bounds(value):
    """(start, end) of a "YYYY-MM" month as aware datetimes in Europe/Amsterdam."""
    match = MONTH_PATTERN.fullmatch(value)
    year, month = int(match.group(1)), int(match.group(2))
    first = datetime.date(year, month, 1)
    following = datetime.date(year + month // 12, month % 12 + 1, 1)
    zone = timezone.get_default_timezone()

    def aware(day):
        return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), zone)

    return aware(first), aware(following)


class EventFilter:
    """The visitor's period and filters, read from GET parameters."""

    def __init__(self, params, now=None):
        self.now = now or timezone.now()
        self.period = params.get("periode") if params.get("periode") in PERIODS else UPCOMING
        self.options = {facet.param: facet.options() for facet in FACETS}
        self.selected = {}
        for facet in FACETS:
            value = params.get(facet.param, "")
            valid = {option for option, _name in self.options[facet.param]}
            self.selected[facet.param] = value if value in valid else ""
        month = params.get("maand", "")
        self.month = month if MONTH_PATTERN.fullmatch(month) else ""
        self.tag = text_parameter(params, "tag", 100)

    @property
    def is_past(self):
        return self.period == PAST

    @property
    def is_active(self):
        """Whether anything narrows the list beyond the period."""
        return bool(self.month or self.tag or any(self.selected.values()))

    def in_period(self):
        events = public_events()
        if self.is_past:
            return events.filter(ends_at__lte=self.now)
        return events.filter(ends_at__gt=self.now)

    def results(self):
        events = self.in_period()
        for facet in FACETS:
            value = self.selected[facet.param]
            if value:
                events = events.filter(**{facet.lookup: value})
        if not (self.selected["soort"] or self.selected["regio"]):
            events = events.exclude(kind=EventPage.Kind.ACTIVITY)
        if self.month:
            start, end = month_bounds(self.month)
            events = events.filter(starts_at__lt=end, ends_at__gt=start)
        if self.tag:
            events = events.filter(tagged_items__tag__slug=self.tag)
        if self.is_past:
            return events.order_by("-starts_at", "-pk")
        return events.order_by("starts_at", "pk")

    @cached_property
    def months(self):
        """[(value, name, selected)]: every month in which an event of the period starts, and
        the chosen month even when nothing starts in it. The months are cached until content
        changes (and per hour, as events move from upcoming to past)."""
        zone = timezone.get_default_timezone()

        def compute():
            moments = self.in_period().datetimes("starts_at", "month", tzinfo=zone)
            return sorted({moment.date().strftime("%Y-%m") for moment in moments})

        hour = timezone.localtime(self.now).strftime("%Y-%m-%d %H")
        months = set(cached("agenda-months", (get_language(), self.period, hour), compute))
        if self.month:
            months.add(self.month)
        result = []
        for value in sorted(months, reverse=self.is_past):
            first = datetime.date(int(value[:4]), int(value[5:]), 1)
            result.append((value, date_format(first, str(MONTH_FORMAT)), value == self.month))
        return result

    def facets(self):
        """[(facet, [(value, name, selected)])] for the filter form."""
        return [
            (
                facet,
                [
                    (value, name, value == self.selected[facet.param])
                    for value, name in self.options[facet.param]
                ],
            )
            for facet in FACETS
        ]
