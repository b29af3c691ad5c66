"""Events as lists and cards show them: dates in words, places, the registration state of a card,
the upcoming events other pages show (home, theme, practice example, scan result) and the
practice examples an event page lists. The template tags (templatetags/event_tags.py) and the
views call these.

Every list costs a fixed number of queries, however many events it shows.
"""

from django.db.models import Count
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext, pgettext

from core import page_cache
from core.localization import localized_pages

from .filters import near_region, open_events
from .filters import upcoming_events as upcoming_event_queryset
from .models import EventPage, Registration, card_key

UPCOMING_LIMIT = 3


# Dates and places ---------------------------------------------------------------------------


def _date(day, with_year=True):
    if with_year:
        return date_format(day, pgettext("event date format", "l j F Y"))
    return date_format(day, pgettext("event date format without year", "l j F"))


def event_time(moment):
    """A time as the agenda writes it: "12.30"."""
    return time_format(moment, pgettext("event time format", "H.i"))


def event_when(event):
    """When an event takes place, in words: "donderdag 6 juni 2019, 12.30–16.15 uur",
    "maandag 3 juni – vrijdag 7 juni 2019", in the visitor's language."""
    start, last = event.start_date, event.last_date
    if not event.is_multi_day:
        day = _date(start)
        if event.all_day:
            return day
        if event.end_time:
            times = gettext("%(start)s–%(end)s") % {
                "start": event_time(event.start_time),
                "end": event_time(event.end_time),
            }
        else:
            times = gettext("from %(time)s") % {"time": event_time(event.start_time)}
        return gettext("%(date)s, %(times)s") % {"date": day, "times": times}
    first = _date(start, with_year=start.year != last.year)
    if event.all_day:
        return gettext("%(start)s – %(end)s") % {"start": first, "end": _date(last)}
    end = _date(last)
    if event.end_time:
        end = gettext("%(date)s, %(time)s") % {"date": end, "time": event_time(event.end_time)}
    first = gettext("%(date)s, %(time)s") % {"date": first, "time": event_time(event.start_time)}
    return gettext("%(start)s – %(end)s") % {"start": first, "end": end}


def event_place(event):
    """Where, in one line for a card: "De Observant, Utrecht", "Online", "Utrecht (location to
    follow)". Never the link to join online: that is for registrants only."""
    kinds = EventPage.LocationKind
    if event.location_kind == kinds.ONLINE:
        return gettext("Online")
    if event.location_kind == kinds.TO_FOLLOW:
        if event.city:
            return gettext("%(city)s (location to follow)") % {"city": event.city}
        return gettext("Location to follow")
    return ", ".join(part for part in (event.venue, event.city) if part)


# Cards --------------------------------------------------------------------------------------


def confirmed_counts(events):
    """{translation_key: confirmed registrations} for many events in one query.

    Registrations belong to one translation of an event (see EventPage.registration_event), so
    counting by translation key gives every translation its event's count.
    """
    keys = {
        event.translation_key
        for event in events
        if event.registration_mode == EventPage.RegistrationMode.SITE and event.capacity
    }
    if not keys:
        return {}
    page_cache.depends_on(*(card_key(key) for key in sorted(keys)))
    rows = (
        Registration.objects.filter(
            status=Registration.Status.CONFIRMED, event__translation_key__in=keys
        )
        .values_list("event__translation_key")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return dict(rows)


def prepare_cards(events):
    """The events as a list, each with `card_state` (its RegistrationState, None when there is
    nothing to say: ended, postponed or cancelled) and `card_places_left` (with few left)."""
    events = list(events)
    counts = confirmed_counts(events)
    for event in events:
        confirmed = counts.get(event.translation_key, 0)
        event.card_state, event.card_places_left = event.card_registration(confirmed)
    return events


def upcoming_cards(
    theme_slugs=None, limit=UPCOMING_LIMIT, region=None, open_only=False, exclude=None
):
    """The next `limit` events, ready for cards; only those on any of `theme_slugs` unless that
    is None.

    `region`: only events in that region or without one, the region's first. `open_only`: only
    events whose registration is not closed. `exclude`: a queryset of events to leave out."""
    events = upcoming_event_queryset()
    if theme_slugs is not None:
        if not theme_slugs:
            return []
        on_themes = EventPage.objects.filter(themes__slug__in=theme_slugs)
        events = events.filter(pk__in=on_themes.values("pk"))
    if open_only:
        events = open_events(events)
    if exclude is not None:
        events = events.exclude(pk__in=exclude.values("pk"))
    if region is not None:
        events = near_region(events, region).order_by("elsewhere", "starts_at", "pk")
    return prepare_cards(events[:limit])


def related_examples(page):
    """The practice examples an editor chose for this event, in the page's language; one that
    has no translation in it is left out, rather than shown in another language."""
    chosen = page.related_examples.select_related("example")
    return localized_pages((r.example for r in chosen), fallback=False)
