"""What is new in a span of time, and which of it a subscriber's follows ask for.

New are: practice examples first published in the span; events first published in it that have
not ended ("announced"), with the agenda's rule for the activities of action weeks (only for a
follow narrowed by region); public session summaries first published in it
(SummaryPublication), of live, public sessions. Every item is a live, public page in one
language (a summary: its session's page in that language), so a subscriber gets only what the
site shows in their language, and nothing private.

Each item carries the translation keys of its taxa: a follow stores the Dutch taxon, the English
page the English one, and both share the key. Examples have themes, regions and sectors; events
themes and their one region; a summary the themes of its session and of its group. A follow
matches an item when, for every vocabulary the follow names, the item has one of its taxa (any
of within a vocabulary, all of across them, as the listings' filters); an item without that
vocabulary (an event has no sectors, a summary no regions) does not match a follow narrowed by
it. A follow without taxa matches everything of its scope.

`new_items` loads everything of a span in a fixed number of queries, whatever its size;
`FollowSpec.matches` and `choose` then work in Python, so a batch of subscribers costs the same
SQL as one.
"""

from dataclasses import dataclass, field

from development_groups.models import DevelopmentGroupPage, DevelopmentSessionPage
from events.models import EventPage
from practice_examples.models import PracticeExamplePage

from .models import Follow, SummaryPublication

EXAMPLES, EVENTS, SUMMARIES = "examples", "events", "summaries"
KINDS = (EXAMPLES, EVENTS, SUMMARIES)
NOTHING = frozenset()


@dataclass(frozen=True)
class NewItem:
    kind: str  # EXAMPLES, EVENTS or SUMMARIES
    pk: int  # the page, in its language (a summary: its session's page)
    locale_id: int
    published_at: object  # aware datetime: when it became new
    order: tuple  # within its kind: examples and summaries newest first, events soonest first
    themes: frozenset = NOTHING  # translation keys
    regions: frozenset = NOTHING
    sectors: frozenset = NOTHING
    is_activity: bool = False


@dataclass(frozen=True)
class FollowSpec:
    """A Follow as matching needs it: its scope and its taxa's translation keys. Hashable, so
    the many subscribers who follow the same theme share one match."""

    scope: str
    themes: frozenset = NOTHING
    regions: frozenset = NOTHING
    sectors: frozenset = NOTHING

    def matches(self, item):
        if self.scope == Follow.Scope.EXAMPLES and item.kind != EXAMPLES:
            return False
        if self.scope == Follow.Scope.EVENTS and item.kind != EVENTS:
            return False
        if item.is_activity and not self.regions:
            return False
        return all(
            not wanted or wanted & present
            for wanted, present in (
                (self.themes, item.themes),
                (self.regions, item.regions),
                (self.sectors, item.sectors),
            )
        )


@dataclass
class News:
    """Everything new in a span, by language (locale id), and a memo of which items each
    FollowSpec matches."""

    by_locale: dict = field(default_factory=dict)
    _matched: dict = field(default_factory=dict)

    def matching(self, spec, locale_id):
        key = (spec, locale_id)
        if key not in self._matched:
            items = self.by_locale.get(locale_id, [])
            self._matched[key] = [item for item in items if spec.matches(item)]
        return self._matched[key]

    def choose(self, specs, locale_id, since):
        """{kind: [page ids in order]} of what `specs` ask for, new since `since`; every item
        once however many follows match it; {} when nothing is new."""
        chosen = {}
        for spec in specs:
            for item in self.matching(spec, locale_id):
                if item.published_at >= since:
                    chosen[(item.kind, item.pk)] = item
        if not chosen:
            return {}
        result = {}
        for item in sorted(chosen.values(), key=lambda item: (KINDS.index(item.kind), item.order)):
            result.setdefault(item.kind, []).append(item.pk)
        return result


def _taxa(model, field_name, ids):
    """{object id: frozenset of translation keys} of a many-to-many to a taxonomy, in one query
    on the link table joined to the taxa."""
    relation = model._meta.get_field(field_name)
    through = relation.remote_field.through
    own, related = relation.m2m_field_name(), relation.m2m_reverse_field_name()
    result = {}
    rows = through.objects.filter(**{f"{own}__in": ids}).values_list(
        own, f"{related}__translation_key"
    )
    for pk, key in rows:
        result.setdefault(pk, set()).add(key)
    return {pk: frozenset(keys) for pk, keys in result.items()}


def new_examples(since, until):
    rows = list(
        PracticeExamplePage.objects.live()
        .public()
        .filter(first_published_at__gte=since, first_published_at__lt=until)
        .values_list("pk", "locale_id", "first_published_at")
    )
    ids = [row[0] for row in rows]
    themes, regions, sectors = (
        _taxa(PracticeExamplePage, name, ids) for name in ("themes", "regions", "sectors")
    )
    return [
        NewItem(
            EXAMPLES,
            pk,
            locale_id,
            published,
            (-published.timestamp(), -pk),
            themes.get(pk, NOTHING),
            regions.get(pk, NOTHING),
            sectors.get(pk, NOTHING),
        )
        for pk, locale_id, published in rows
    ]


def new_events(since, until, now):
    rows = list(
        EventPage.objects.live()
        .public()
        .filter(first_published_at__gte=since, first_published_at__lt=until, ends_at__gt=now)
        .values_list(
            "pk", "locale_id", "first_published_at", "starts_at", "kind", "region__translation_key"
        )
    )
    themes = _taxa(EventPage, "themes", [row[0] for row in rows])
    return [
        NewItem(
            EVENTS,
            pk,
            locale_id,
            published,
            (starts_at.timestamp(), pk),
            themes.get(pk, NOTHING),
            frozenset([region]) if region else NOTHING,
            is_activity=kind == EventPage.Kind.ACTIVITY,
        )
        for pk, locale_id, published, starts_at, kind, region in rows
    ]


def new_summaries(since, until):
    """Summaries published in the span, as one item per live, public translation of their
    session. The outcome belongs to the session in the default language; its themes and its
    group's count, by translation key."""
    published = dict(
        SummaryPublication.objects.filter(
            published_at__gte=since,
            published_at__lt=until,
            outcome__public_summary_published=True,
        ).values_list("outcome__session_id", "published_at")
    )
    if not published:
        return []
    sources = list(
        EventPage.objects.filter(pk__in=published).values_list("pk", "translation_key", "path")
    )
    session_themes = _taxa(EventPage, "themes", list(published))
    group_themes = {}
    group_rows = (
        DevelopmentGroupPage.objects.filter(
            path__in=[path[: -EventPage.steplen] for *_, path in sources]
        )
        .filter(themes__isnull=False)
        .values_list("path", "themes__translation_key")
    )
    for path, key in group_rows:
        group_themes.setdefault(path, set()).add(key)
    by_key = {}
    for pk, key, path in sources:
        themes = session_themes.get(pk, NOTHING) | group_themes.get(
            path[: -EventPage.steplen], NOTHING
        )
        by_key[key] = (published[pk], frozenset(themes))
    pages = (
        DevelopmentSessionPage.objects.live()
        .public()
        .filter(translation_key__in=by_key)
        .values_list("pk", "locale_id", "translation_key")
    )
    items = []
    for pk, locale_id, key in pages:
        when, themes = by_key[key]
        items.append(NewItem(SUMMARIES, pk, locale_id, when, (-when.timestamp(), -pk), themes))
    return items


def new_items(since, until, now):
    """News of everything published in [since, until), by language."""
    news = News()
    for item in [
        *new_examples(since, until),
        *new_events(since, until, now),
        *new_summaries(since, until),
    ]:
        news.by_locale.setdefault(item.locale_id, []).append(item)
    return news
