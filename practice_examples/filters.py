"""The filters of the practice example listing, shared by the page, the feed and the CSV export.

Every filter names taxa by their slug (the same in every language), so a filtered address works
for Dutch and English alike and is safe to share. Within a filter the chosen options are
alternatives (OR); different filters narrow each other (AND). Each option shows how many
examples it would yield with the other filters and the search kept.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.derived_cache import cached
from core.forms import text_parameter
from core.localization import active_locale
from search.backends import search_queryset
from search.stemming import query_terms
from taxonomy.models import Audience, Organisation, Region, Sector, Theme

from .models import PracticeExamplePage, PracticeExampleTag

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class Facet:
    """One filter: a many-to-many relation of the example (`field`) and the attribute of the
    related object that the filter's values name (`attr`: a slug, or an organisation's kind).

    Filtering and counting work in the relation's link table, joined only to the related object:
    the example rows, which are wide, stay out of those queries.
    """

    param: str
    label: str
    field: str
    attr: str = "slug"
    model: type = None

    @property
    def lookup(self):
        return f"{self.field}__{self.attr}"

    def options(self):
        """[(value, name)] in the active language."""
        if self.model is None:
            return list(Organisation.Kind.choices)
        return list(self.model.names_by_slug().items())

    @cached_property
    def _link(self):
        relation = PracticeExamplePage._meta.get_field(self.field)
        return (
            relation.remote_field.through,
            relation.m2m_field_name(),
            relation.m2m_reverse_field_name(),
        )

    @cached_property
    def _public(self):
        """The condition on the link rows to objects the site shows: organisations only once an
        editor confirmed them (Organisation.public())."""
        _through, _example, related = self._link
        return {f"{related}__confirmed": True} if self.field == "organisations" else {}

    def examples_with(self, values):
        """The ids of the examples related to any of `values`, as a subquery."""
        through, example, related = self._link
        return through.objects.filter(
            **{f"{related}__{self.attr}__in": values}, **self._public
        ).values(example)

    def counts(self, examples):
        """{value: number of `examples` (a queryset or subquery of ids) related to it}."""
        through, example, related = self._link
        return dict(
            through.objects.filter(**{f"{example}__in": examples}, **self._public)
            .values_list(f"{related}__{self.attr}")
            .annotate(n=Count(example, distinct=True))
            .order_by()
        )


FACETS = [
    Facet("thema", _("Theme"), "themes", model=Theme),
    Facet("regio", _("Region"), "regions", model=Region),
    Facet("sector", _("Sector"), "sectors", model=Sector),
    Facet("doelgroep", _("Audience"), "audiences", model=Audience),
    Facet("organisatie", _("Kind of organisation"), "organisations", attr="kind"),
]

SORTS = {
    "relevantie": _("Relevance"),
    "nieuwste": _("Newest first"),
    "titel": _("Title (A-Z)"),
}
ORDERINGS = {"nieuwste": ["-publication_date", "-pk"], "titel": ["title", "pk"]}

# A facet shows this many options and folds the rest behind "Show all 12" (ticked ones stay out).
VISIBLE_OPTIONS = 5


@dataclass(frozen=True)
class Option:
    value: str
    name: str
    count: int
    selected: bool

    @property
    def disabled(self):
        """An option that would leave nothing is shown, but cannot be ticked (unless it is)."""
        return not self.count and not self.selected


class FacetOptions:
    """A facet's options as the listing shows them: the first few and every ticked one
    (`visible`, in their order), and the rest folded away (`folded`). Folding a single option
    saves nothing, so a facet of six shows them all."""

    def __init__(self, facet, options):
        self.facet = facet
        self.options = options
        self.visible, self.folded = options, []
        if len(options) > VISIBLE_OPTIONS + 1:
            self.visible, self.folded = [], []
            for index, option in enumerate(options):
                shown = index < VISIBLE_OPTIONS or option.selected
                (self.visible if shown else self.folded).append(option)


@dataclass(frozen=True)
class Chip:
    """One active filter value, with the address of the listing without it."""

    label: str
    name: str
    remove_query: str
    label_shown: bool = False  # the taxa speak for themselves; a tag is named as one


def published_examples():
    """Live, public examples of the active language."""
    return PracticeExamplePage.objects.live().public().filter(locale=active_locale())


class ExampleFilter:
    """The visitor's search, filters and sort order, read from GET parameters."""

    def __init__(self, params):
        self.base = published_examples()
        query = text_parameter(params, "q", MAX_QUERY_LENGTH)
        self.query = query if query_terms(query) else ""
        self.options = {facet.param: facet.options() for facet in FACETS}
        self.selected = {}
        for facet in FACETS:
            valid = {value for value, _name in self.options[facet.param]}
            self.selected[facet.param] = [v for v in params.getlist(facet.param) if v in valid]
        self.tag = text_parameter(params, "tag", 100)
        # The sort menu's first option has no value: "Relevance" with search words, else "Newest
        # first". So a search typed into the form that showed "Newest first" as the default is
        # ordered by relevance; an order the visitor chose is sent by name and kept.
        sort = params.get("sort", "")
        self.sort_default = "relevantie" if self.query else "nieuwste"
        self.sort = sort if sort in SORTS and (sort != "relevantie" or self.query) else ""
        self.sort = self.sort or self.sort_default
        self.sort_choice = "" if self.sort == self.sort_default else self.sort

    def sort_options(self):
        """[(value, label)] of the sort menu: the default first, with no value."""
        options = [("", SORTS[self.sort_default])]
        options += [
            (value, label)
            for value, label in SORTS.items()
            if value not in (self.sort_default, "relevantie")
        ]
        return options

    @property
    def active_count(self):
        """How many filter values are active (the tag counts as one); the search is not one."""
        return sum(len(values) for values in self.selected.values()) + bool(self.tag)

    def query_string(self, selected=None, tag=None, query=None):
        """The listing's GET parameters for this state, with some of it replaced."""
        selected = self.selected if selected is None else selected
        params = [("q", self.query if query is None else query)]
        params += [(facet.param, value) for facet in FACETS for value in selected[facet.param]]
        params += [("tag", self.tag if tag is None else tag), ("sort", self.sort_choice)]
        return urlencode([(name, value) for name, value in params if value])

    def chips(self):
        """[Chip] for every active filter value and the tag, in the order of the filters."""
        chips = []
        for facet in FACETS:
            names = dict(self.options[facet.param])
            chosen = self.selected[facet.param]
            for value in chosen:
                rest = {**self.selected, facet.param: [other for other in chosen if other != value]}
                chips.append(Chip(facet.label, names[value], self.query_string(selected=rest)))
        if self.tag:
            chips.append(Chip(_("Tag"), self.tag, self.query_string(tag=""), label_shown=True))
        return chips

    def clear_filters_query(self):
        """Every filter off; the search words and the chosen order stay."""
        return self.query_string(selected={facet.param: [] for facet in FACETS}, tag="")

    @property
    def is_active(self):
        return bool(self.query or self.tag or any(self.selected.values()))

    @cached_property
    def matches(self):
        """The examples that match the search words, best first, or all of them."""
        if not self.query:
            return self.base
        return search_queryset(self.base, self.query, order_by_relevance=self.sort == "relevantie")

    def narrow(self, queryset, skip=None):
        for facet in FACETS:
            values = self.selected[facet.param]
            if values and facet.param != skip:
                queryset = queryset.filter(pk__in=facet.examples_with(values))
        if self.tag:
            tagged = PracticeExampleTag.objects.filter(tag__slug=self.tag)
            queryset = queryset.filter(pk__in=tagged.values("content_object_id"))
        return queryset

    def results(self):
        results = self.narrow(self.matches)
        if self.sort in ORDERINGS:
            results = results.order_by(*ORDERINGS[self.sort])
        return results

    def count_options(self):
        """{param: {value: count}}: each facet's counts within the search and the other filters."""
        searched = self.base
        if self.query:
            searched = self.base.filter(pk__in=self.matches.order_by().values("pk"))
        return {
            facet.param: facet.counts(self.narrow(searched, skip=facet.param).values("pk"))
            for facet in FACETS
        }

    @cached_property
    def _listing(self):
        """The ids of the results in order and the facet counts, from the derived-data cache:
        the same for every visitor until content changes."""

        def compute():
            return {
                "ids": list(self.results().values_list("pk", flat=True)),
                "counts": self.count_options(),
            }

        state = (
            active_locale().pk,
            self.query,
            sorted(self.selected.items()),
            self.tag,
            self.sort,
        )
        return cached("practice-example-listing", state, compute)

    def result_ids(self):
        return self._listing["ids"]

    def facets(self):
        """[FacetOptions] of every filter, each count within the other filters."""
        counts = self._listing["counts"]
        return [
            FacetOptions(
                facet,
                [
                    Option(
                        value,
                        name,
                        counts[facet.param].get(value, 0),
                        value in self.selected[facet.param],
                    )
                    for value, name in self.options[facet.param]
                ],
            )
            for facet in FACETS
        ]
