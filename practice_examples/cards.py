"""What a practice example's card says about it at a glance: where (region), for whom (sector),
about what (its first theme), by whom (its first organisation) and when (its publication date).

The taxa of a whole list of cards come in one query, kept in the derived-data cache with the
names in the visitor's language, so a page of cards costs the same SQL however long it is, and
nothing once cached.
"""

from dataclasses import dataclass, field
from datetime import date

from django.db.models import CharField, Value
from django.utils.translation import gettext_lazy as _

from core.derived_cache import cached
from core.localization import active_locale
from taxonomy.models import Organisation, Region, Theme

from .models import PracticeExamplePage

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
