"""Events in templates: dates in words, places, the upcoming events other pages show (home,
theme, practice example, scan result), the facts of an event and its related examples. What the
cards and lists show is prepared in events/cards.py.
"""

from urllib.parse import urlencode

from django import template

from core.localization import active_locale
from taxonomy.cards import theme_links
from taxonomy.models import Audience, Organisation

from .. import cards
from ..models import EventIndexPage

register = template.Library()

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


# Dates and places (events/cards.py) --------------------------------------------------------

register.filter("event_time", cards.event_time)
register.filter("event_when", cards.event_when)
register.filter("event_place", cards.event_place)


# Lists --------------------------------------------------------------------------------------


@register.inclusion_tag("events/includes/upcoming_events.html", takes_context=True)
def upcoming_events(
    context,
    theme=None,
    themes=None,
    limit=cards.UPCOMING_LIMIT,
    heading="",
    heading_id="agenda-heading",
    classes="",
    region=None,
    open_only=False,
    exclude=None,
):
    """The next `limit` events, optionally on a theme or on any of several themes (Theme objects
    or slugs), with a link to the agenda. Renders nothing when there are none. `classes`: of
    the section, after "upcoming-events".

    `region`: only events in that region or without one, the region's first. `open_only`: only
    events whose registration is not closed. `exclude`: a queryset of events to leave out."""
    request = context["request"]
    on_themes_only = theme is not None or themes is not None
    chosen = list(themes or []) + ([theme] if theme else [])
    slugs = sorted({getattr(item, "slug", item) for item in chosen} - {""})
    if on_themes_only and not slugs:
        return {"events": []}
    events = cards.upcoming_cards(
        slugs if on_themes_only else None,
        limit,
        region=region,
        open_only=open_only,
        exclude=exclude,
    )
    all_url = agenda_url(request, thema=slugs[0]) if len(slugs) == 1 else agenda_url(request)
    return {
        "events": events,
        "all_url": all_url,
        "heading": heading,
        "heading_id": heading_id,
        "classes": f"upcoming-events {classes}".strip(),
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
    return {
        "page": page,
        "organiser": organisation_name(organiser) if organiser else page.organiser_name,
        "co_organisers": co_organisers,
        "audiences": [audience_names.get(a.slug, a.name) for a in page.audiences.all()],
        "themes": theme_links(request, page.themes.all()),
        "tags": [(tag.name, agenda_url(request, tag=tag.slug)) for tag in page.tags.all()],
        "request": request,
    }


@register.simple_tag
def event_related_examples(page):
    """The practice examples an editor chose for this event (events/cards.py)."""
    return cards.related_examples(page)


@register.simple_tag(takes_context=True)
def event_agenda_url(context, **params):
    return agenda_url(context["request"], **params)
