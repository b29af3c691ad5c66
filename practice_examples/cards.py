"""Practice examples as cards: what a card says about an example at a glance, and which
examples the lists of cards on other pages show (related examples). The template tags
(templatetags/practice_example_tags.py) and the views call these.

A card shows where (region), for whom (sector), about what (its first theme), by whom (its
first organisation) and when (its publication date). The taxa of a whole list of cards come in
one query, kept in the derived-data cache with the names in the visitor's language, so a page of
cards costs the same SQL however long it is, and nothing once cached.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from django.db.models import CharField, IntegerField, Value
from django.utils.translation import gettext_lazy as _

from core.derived_cache import cached
from core.localization import active_locale, attach_listing_images, localized_pages
from taxonomy.models import Organisation, Region, Theme

from .filters import published_examples
from .models import PracticeExamplePage, PracticeExampleTag

RELATED_COUNT = 3

# relation: (what the card shows of the related object, vocabulary whose names it shows)
RELATIONS = {
    "regions": ("slug", Region),
    "sectors": ("abbreviation", None),
    "themes": ("slug", Theme),
    "organisations": ("slug", Organisation),
}


@dataclass
class CardFacts:
    published: date
    regions: list = field(default_factory=list)
    sectors: list = field(default_factory=list)
    themes: list = field(default_factory=list)
    organisations: list = field(default_factory=list)

    @property
    def first_line(self):
        """[(label, text)]: region, sector and first theme, the ones the example has."""
        items = [
            (_("Region"), ", ".join(self.regions)),
            (_("Sector"), ", ".join(self.sectors)),
            (_("Theme"), self.themes[0] if self.themes else ""),
        ]
        return [(label, text) for label, text in items if text]

    @property
    def organisation(self):
        return self.organisations[0] if self.organisations else ""


def _taxa_rows(ids):
    """(example id, relation, value, name, taxon id) of every taxon of these examples, in one
    query over the link tables."""
    queries = []
    for name, (value, _vocabulary) in RELATIONS.items():
        relation = PracticeExamplePage._meta.get_field(name)
        example, related = relation.m2m_field_name(), relation.m2m_reverse_field_name()
        # Only the organisations an editor confirmed (Organisation.public()).
        public = {f"{related}__confirmed": True} if relation.related_model is Organisation else {}
        queries.append(
            relation.remote_field.through.objects.filter(**{f"{example}__in": ids}, **public)
            .order_by()
            .values_list(
                example,
                Value(name, output_field=CharField()),
                f"{related}__{value}",
                f"{related}__name",
                f"{related}__pk",
            )
        )
    return queries[0].union(*queries[1:], all=True)


def _compute(ids):
    names = {
        relation: vocabulary.names_by_slug()
        for relation, (_value, vocabulary) in RELATIONS.items()
        if vocabulary is not None
    }
    facts = {pk: {relation: [] for relation in RELATIONS} for pk in ids}
    # In the order of the example's own page (by slug; sectors in their school order): the
    # first theme on the card is the first one listed there.
    rows = sorted(_taxa_rows(ids), key=lambda r: (r[4],) if r[1] == "sectors" else (0, r[2]))
    for example_id, relation, value, name, _pk in rows:
        shown = names[relation].get(value, name) if relation in names else value
        if shown not in facts[example_id][relation]:
            facts[example_id][relation].append(shown)
    return facts


def attach_card_facts(examples):
    """Give each practice example of `examples` its `card_facts`; other pages are left alone."""
    examples = [page for page in examples if isinstance(page, PracticeExamplePage)]
    if not examples:
        return
    ids = sorted({page.pk for page in examples})
    facts = cached("example-card-facts", (active_locale().pk, ids), lambda: _compute(ids))
    for page in examples:
        page.card_facts = CardFacts(page.publication_date, **facts.get(page.pk, {}))


def prepare_cards(examples):
    """Card data for many examples at once: their images and taxa, in a fixed number of queries."""
    examples = list(examples)
    attach_listing_images(examples)
    attach_card_facts(examples)
    return examples


# Related examples --------------------------------------------------------------------------


def similar_example_ids(page, exclude, count):
    """The ids of `count` published examples (none of `exclude`) sharing most themes and tags
    with `page`, then most regions, the newest first among equals.

    Counted from the link tables alone: the links to the page's themes, tags and regions, in one
    query (UNION ALL), then the publication dates of the examples that can make the first
    `count`, in a second. (Counting with joins on the examples grouped every candidate's wide
    page row: 110 ms at 10,000 examples against 15-25 ms so, issue 18.)"""
    theme_slugs = list(page.themes.values_list("slug", flat=True))
    region_slugs = list(page.regions.values_list("slug", flat=True))
    tag_ids = list(page.tagged_items.values_list("tag_id", flat=True))
    published = published_examples().exclude(pk__in=exclude).values("pk")
    model = PracticeExamplePage
    links = [
        (model.themes.through, "practiceexamplepage_id", {"theme__slug__in": theme_slugs}, 0),
        (PracticeExampleTag, "content_object_id", {"tag_id__in": tag_ids}, 0),
        (model.regions.through, "practiceexamplepage_id", {"region__slug__in": region_slugs}, 1),
    ]
    parts = [
        through.objects.filter(**{f"{column}__in": published, **condition}).values_list(
            column, Value(kind, output_field=IntegerField())
        )
        for through, column, condition, kind in links
        if next(iter(condition.values()))
    ]
    if not parts:
        return []
    scores = {}
    for pk, kind in parts[0].union(*parts[1:], all=True):
        shared, shared_regions = scores.get(pk, (0, 0))
        scores[pk] = (shared + 1, shared_regions) if kind == 0 else (shared, shared_regions + 1)
    # The best scores that hold `count` examples between them; the dates of those alone.
    needed, held = set(), 0
    for score, number in sorted(Counter(scores.values()).items(), reverse=True):
        if held >= count:
            break
        needed.add(score)
        held += number
    candidates = [pk for pk, score in scores.items() if score in needed]
    dates = dict(model.objects.filter(pk__in=candidates).values_list("pk", "publication_date"))
    ranked = sorted(candidates, key=lambda pk: (scores[pk], dates[pk], pk), reverse=True)
    return ranked[:count]


def related_examples(page, request, count=RELATED_COUNT):
    """The examples an example page lists as related, ready for cards: the editor's choices
    first, then the examples sharing most themes and tags, then region."""
    # Each example once, even if an unsaved preview or a translation's mapping repeats one; in
    # the page's language only (a translation leaves out the examples not translated yet).
    chosen = list(
        {
            example.pk: example
            for example in localized_pages(
                (related.example for related in page.related_examples.select_related("example")),
                fallback=False,
            )
            if example.pk != page.pk
        }.values()
    )[:count]
    remaining = count - len(chosen)
    others = []
    if remaining > 0:
        exclude = [page.pk, *(example.pk for example in chosen)]
        parts = (page.pk, active_locale().pk, exclude, remaining)
        if getattr(request, "is_preview", False):
            # An editor's preview has the unsaved themes, tags and regions of the form: what
            # they find is kept under them, apart from what the published page shows.
            parts += tuple(
                sorted(values)
                for values in (
                    page.themes.values_list("slug", flat=True),
                    page.regions.values_list("slug", flat=True),
                    page.tagged_items.values_list("tag_id", flat=True),
                )
            )
        ids = cached(
            "related-examples", parts, lambda: similar_example_ids(page, exclude, remaining)
        )
        found = {example.pk: example for example in published_examples().filter(pk__in=ids)}
        others = [found[pk] for pk in ids if pk in found]
    examples = chosen + others
    attach_card_facts(examples)
    return examples
