"""iCalendar (RFC 5545) for the agenda: /agenda/ical/ (subscribable, ?thema=<slug>), one .ics per
event at /agenda/<slug>/ical/ (an action week's includes its activities), and `event_ics()` for
the .ics attached to confirmation e-mails.

Each event has a UID built from its translation key, so the Dutch and the English page and every
later version of an event are one calendar entry; its SEQUENCE rises on every publication
(signals.py), so calendar apps update the entry instead of adding a second one. Times carry the
Europe/Amsterdam time zone (with its VTIMEZONE); an all-day event has DATE values and an
exclusive DTEND. The link to join online is never in a calendar: only registrants get it.
"""

import datetime
import zoneinfo
from urllib.parse import urlsplit

import icalendar

from django.conf import settings
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from core.forms import text_parameter
from core.links import page_url

from .models import EventPage

FEED_MONTHS_BACK = 3
REFRESH_INTERVAL = datetime.timedelta(hours=6)
PRODID = "-//Kennisbank//Agenda//NL"
STATUS = {
    EventPage.Status.SCHEDULED: "CONFIRMED",
    EventPage.Status.POSTPONED: "TENTATIVE",
    EventPage.Status.CANCELLED: "CANCELLED",
}


def zone():
    return zoneinfo.ZoneInfo(settings.TIME_ZONE)


def uid_host():
    """The site's host name from settings, so a UID does not depend on the address a request
    came in on."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "kennisbank"


def event_uid(event):
    return f"{event.translation_key}@{uid_host()}"


def event_location(event):
    if event.location_kind == EventPage.LocationKind.ONLINE:
        return _("Online")
    if event.location_kind == EventPage.LocationKind.TO_FOLLOW:
        return _("Location to follow")
    return ", ".join(part for part in (event.venue, event.address, event.city) if part)


def event_description(event):
    """The intro as plain text, after the reason when the event is postponed or cancelled."""
    parts = []
    if event.status != EventPage.Status.SCHEDULED:
        parts.append(f"{event.get_status_display()}: {event.status_reason}".strip())
    if event.intro:
        parts.append(event.intro)
    return "\n\n".join(parts)


def add_times(vevent, event):
    if event.all_day:
        # DATE values; DTEND is exclusive: the day after the last day.
        vevent.add("dtstart", event.start_date)
        vevent.add("dtend", event.last_date + datetime.timedelta(days=1))
        return
    tz = zone()
    vevent.add("dtstart", datetime.datetime.combine(event.start_date, event.start_time, tz))
    if event.end_time is not None:
        vevent.add("dtend", datetime.datetime.combine(event.last_date, event.end_time, tz))
    elif event.is_multi_day:
        vevent.add("dtend", event.ends_at.astimezone(tz))
    # A single day with only a start time: no DTEND, the event is a moment (RFC 5545 3.6.1).


def event_vevent(event, request, now=None):
    """One VEVENT. Themes must be prefetched by a caller that builds many."""
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", now or timezone.now())
    modified = event.last_published_at or event.latest_revision_created_at
    if modified:
        vevent.add("last-modified", modified)
    vevent.add("sequence", event.sequence)
    add_times(vevent, event)
    vevent.add("summary", event.title)
    description = event_description(event)
    if description:
        vevent.add("description", description)
    location = event_location(event)
    if location:
        vevent.add("location", location)
    vevent.add("url", page_url(event))
    vevent.add("status", STATUS.get(event.status, "CONFIRMED"))
    categories = [theme.name for theme in event.themes.all()]
    if categories:
        vevent.add("categories", categories)
    return vevent


def build_calendar(events, request, name=None, subscribable=False):
    """A VCALENDAR with one VEVENT per event and the VTIMEZONE they use."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("name", name)
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    if subscribable:
        calendar.add("refresh-interval", REFRESH_INTERVAL, parameters={"VALUE": "DURATION"})
        calendar.add("x-published-ttl", icalendar.vDuration(REFRESH_INTERVAL))
    now = timezone.now()
    first_date = None
    for event in events:
        calendar.add_component(event_vevent(event, request, now))
        if first_date is None or event.start_date < first_date:
            first_date = event.start_date
    if first_date is not None:
        # From the first event's year on: keeps the VTIMEZONE short.
        calendar.add_missing_timezones(first_date=datetime.date(first_date.year, 1, 1))
    return calendar


def event_ics(event, request=None) -> str:
    """One event as an .ics text: for a download or an e-mail attachment."""
    return build_calendar([event], request).to_ical().decode()


def ics_response(calendar, filename=None):
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def feed_events(index_page, theme_slug=None):
    """Live, public events of the agenda's language from FEED_MONTHS_BACK months ago on, without
    the activities of action weeks (those are in each week's own calendar)."""
    since = timezone.now() - datetime.timedelta(days=FEED_MONTHS_BACK * 31)
    events = (
        EventPage.objects.live()
        .public()
        .descendant_of(index_page)
        .filter(locale_id=index_page.locale_id, ends_at__gte=since)
        .exclude(kind=EventPage.Kind.ACTIVITY)
    )
    if theme_slug:
        events = events.filter(themes__slug=theme_slug).distinct()
    return events.order_by("starts_at", "pk").prefetch_related("themes")


def agenda_feed_view(request, index_page):
    theme_slug = text_parameter(request.GET, "thema", 100)
    events = list(feed_events(index_page, theme_slug))
    name = index_page.title
    if theme_slug:
        name = f"{name}: {theme_name(index_page, theme_slug)}"
    calendar = build_calendar(events, request, name=name, subscribable=True)
    return ics_response(calendar)


def theme_name(index_page, slug):
    from taxonomy.models import Theme

    theme = Theme.objects.filter(locale_id=index_page.locale_id, slug=slug).first()
    return theme.name if theme else slug


def event_ical_view(request, event):
    events = [event]
    if event.kind == EventPage.Kind.ACTION_WEEK:
        events += event.activities().prefetch_related("themes")
    calendar = build_calendar(events, request, name=event.title)
    return ics_response(calendar, filename=f"{event.slug}.ics")
