"""Events as pages show them: dates in words, places, cards with their registration state, the
facts of an event, and the upcoming events other pages show (home, theme, practice example).

Every list costs a fixed number of queries, however many events it shows.
"""

from urllib.parse import urlencode

from django import template
from django.db.models import Count
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext, pgettext

from core import page_cache
from core.localization import active_locale, localized_pages
from taxonomy.models import Audience, Organisation, Theme
from taxonomy.templatetags.taxonomy_tags import theme_url

from ..filters import near_region, open_events
from ..filters import upcoming_events as upcoming_event_queryset
from ..models import EventIndexPage, EventPage, Registration, card_key

register = template.Library()

UPCOMING_LIMIT = 3


# Where the agenda lives ---------------------------------------------------------------------


def agenda_index(request):
    """The live agenda of the visitor's language, looked up once per request."""
    if not hasattr(request, "_agenda_index"):
        request._agenda_index = EventIndexPage.objects.live().filter(locale=active_locale()).first()
    return request._agenda_index


def agenda_url(request, **params):
    index = agenda_index(request)
    if index is None:
        return ""
    url = index.get_url(request)
    return f"{url}?{urlencode(params)}" if params else url


# Dates and places ---------------------------------------------------------------------------


def _date(day, with_year=True):
    if with_year:
        return date_format(day, pgettext("event date format", "l j F Y"))
    return date_format(day, pgettext("event date format without year", "l j F"))


@register.filter(name="event_time")
def _time(moment):
    """A time as the agenda writes it: "12.30"."""
    return time_format(moment, pgettext("event time format", "H.i"))


@register.filter
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
                "start": _time(event.start_time),
                "end": _time(event.end_time),
            }
        else:
            times = gettext("from %(time)s") % {"time": _time(event.start_time)}
        return gettext("%(date)s, %(times)s") % {"date": day, "times": times}
    first = _date(start, with_year=start.year != last.year)
    if event.all_day:
        return gettext("%(start)s – %(end)s") % {"start": first, "end": _date(last)}
    end = _date(last)
    if event.end_time:
        end = gettext("%(date)s, %(time)s") % {"date": end, "time": _time(event.end_time)}
    first = gettext("%(date)s, %(time)s") % {"date": first, "time": _time(event.start_time)}
    return gettext("%(start)s – %(end)s") % {"start": first, "end": end}


@register.filter
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


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events(
    context,
    theme=None,
    themes=None,
    limit=UPCOMING_LIMIT,
    heading="",
    heading_id="agenda-heading",
    classes="",
    region=None,
    open_only=False,
    exclude=None,
):
    """The next `limit` events, optionally on a theme or on any of several themes (Theme objects
    or slugs), with a link to the agenda. Renders nothing when there are none.

    `region`: only events in that region or without one, the region's first. `open_only`: only
    events whose registration is not closed. `exclude`: a queryset of events to leave out."""
    request = context["request"]
    on_themes_only = theme is not None or themes is not None
    chosen = list(themes or []) + ([theme] if theme else [])
    slugs = sorted({getattr(item, "slug", item) for item in chosen} - {""})
    events = upcoming_event_queryset()
    if on_themes_only:
        if not slugs:
            return {"events": []}
        on_themes = EventPage.objects.filter(themes__slug__in=slugs)
        events = events.filter(pk__in=on_themes.values("pk"))
    if open_only:
        events = open_events(events)
    if exclude is not None:
        events = events.exclude(pk__in=exclude.values("pk"))
    if region is not None:
        events = near_region(events, region).order_by("elsewhere", "starts_at", "pk")
    all_url = agenda_url(request, thema=slugs[0]) if len(slugs) == 1 else agenda_url(request)
    return {
        "events": prepare_cards(events[:limit]),
        "all_url": all_url,
        "heading": heading,
        "heading_id": heading_id,
        "classes": classes,
        "request": request,
    }


# The event page -----------------------------------------------------------------------------


@register.inclusion_tag("events/includes/facts.html", takes_context=True)
def event_facts(context, page):
    """When, where, who organises it, for whom, on which themes, what it costs: each taxon
    named in the visitor's language; themes link to their theme page, tags to the agenda."""
    request = context["request"]
    organisation_names = Organisation.names_by_slug()

    def organisation_name(organisation):
        return organisation_names.get(organisation.slug, organisation.name)

    organiser = page.organiser
    co_organisers = [organisation_name(o) for o in page.co_organisers.all()]
    audience_names = Audience.names_by_slug()
    theme_names = Theme.names_by_slug()
    return {
        "page": page,
        "organiser": organisation_name(organiser) if organiser else page.organiser_name,
        "co_organisers": co_organisers,
        "audiences": [audience_names.get(a.slug, a.name) for a in page.audiences.all()],
        "themes": [
            (theme_names.get(t.slug, t.name), theme_url(context, t)) for t in page.themes.all()
        ],
        "tags": [(tag.name, agenda_url(request, tag=tag.slug)) for tag in page.tags.all()],
        "request": request,
    }


@register.simple_tag
def event_related_examples(page):
    """The practice examples an editor chose for this event, in the page's language; one that
    has no translation in it is left out, rather than shown in another language."""
    chosen = page.related_examples.select_related("example")
    return localized_pages((r.example for r in chosen), fallback=False)


@register.simple_tag(takes_context=True)
def event_agenda_url(context, **params):
    return agenda_url(context["request"], **params)
