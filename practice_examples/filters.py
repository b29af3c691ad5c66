"""The filters of the practice example listing, shared by the page, the feed and the CSV export.

Every filter names taxa by their slug (the same in every language), so a filtered address works
for Dutch and English alike and is safe to share. Within a filter the chosen options are
alternatives (OR); different filters narrow each other (AND). Each option shows how many
examples it would yield with the other filters and the search kept.
"""

from dataclasses import dataclass

from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from search.backends import search_queryset
from search.stemming import query_terms
from taxonomy.models import Audience, Organisation, Region, Sector, Theme

from .models import PracticeExamplePage

MAX_QUERY_LENGTH = 200


@dataclass(frozen=True)
class Facet:
    param: str
    label: str
    lookup: str
    model: type = None

    def options(self):
        """[(value, name)] in the active language."""
        if self.model is None:
            return list(Organisation.Kind.choices)
        return list(self.model.names_by_slug().items())


FACETS = [
    Facet("thema", _("Theme"), "themes__slug", Theme),
    Facet("regio", _("Region"), "regions__slug", Region),
    Facet("sector", _("Sector"), "sectors__slug", Sector),
    Facet("doelgroep", _("Audience"), "audiences__slug", Audience),
    Facet("organisatie", _("Kind of organisation"), "organisations__kind"),
]

SORTS = {
    "relevantie": _("Relevance"),
    "nieuwste": _("Newest first"),
    "titel": _("Title (A-Z)"),
}
ORDERINGS = {"nieuwste": ["-publication_date", "-pk"], "titel": ["title", "pk"]}


def published_examples():
    """Live, public examples of the active language."""
    return PracticeExamplePage.objects.live().public().filter(locale=Locale.get_active())


class ExampleFilter:
    """The visitor's search, filters and sort order, read from GET parameters."""

    def __init__(self, params, base=None):
        self.base = published_examples() if base is None else base
        query = params.get("q", "").strip()[:MAX_QUERY_LENGTH]
        self.query = query if query_terms(query) else ""
        self.options = {facet.param: facet.options() for facet in FACETS}
        self.selected = {}
        for facet in FACETS:
            valid = {value for value, _name in self.options[facet.param]}
            self.selected[facet.param] = [v for v in params.getlist(facet.param) if v in valid]
        self.tag = params.get("tag", "").strip()[:100]
        sort = params.get("sort", "")
        default = "relevantie" if self.query else "nieuwste"
        self.sort = sort if sort in SORTS and (sort != "relevantie" or self.query) else default

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
                chosen = PracticeExamplePage.objects.filter(**{f"{facet.lookup}__in": values})
                queryset = queryset.filter(pk__in=chosen.values("pk"))
        if self.tag:
            tagged = PracticeExamplePage.objects.filter(tagged_items__tag__slug=self.tag)
            queryset = queryset.filter(pk__in=tagged.values("pk"))
        return queryset

    def results(self):
        results = self.narrow(self.matches)
        if self.sort in ORDERINGS:
            results = results.order_by(*ORDERINGS[self.sort])
        return results

    def facets(self):
        """[(facet, [(value, name, count, selected)])], each count within the other filters."""
        searched = self.base
        if self.query:
            searched = self.base.filter(pk__in=self.matches.order_by().values("pk"))
        result = []
        for facet in FACETS:
            counts = dict(
                self.narrow(searched, skip=facet.param)
                .values_list(facet.lookup)
                .annotate(n=Count("pk", distinct=True))
                .order_by()
            )
            selected = self.selected[facet.param]
            result.append(
                (
                    facet,
                    [
                        (value, name, counts.get(value, 0), value in selected)
                        for value, name in self.options[facet.param]
                    ],
                )
            )
        return result
