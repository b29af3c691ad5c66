"""Wagtail API v2 at /api/v2/: live, public pages, images and documents."""

from rest_framework.filters import BaseFilterBackend

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from practice_examples.filters import FACETS
from practice_examples.models import PracticeExamplePage

# The listing's filter parameters, with the same meaning: `?thema=<slug>` and so on.
TAXONOMY_PARAMETERS = {facet.param: facet for facet in FACETS}


class TaxonomyFilter(BaseFilterBackend):
    """Practice examples by taxon, as the listing at /praktijkvoorbeelden/ filters them.

    Each parameter takes one slug or several separated by commas (alternatives); different
    parameters narrow each other. An unknown slug matches nothing.
    """

    def filter_queryset(self, request, queryset, view):
        for param, facet in TAXONOMY_PARAMETERS.items():
            value = request.GET.get(param)
            if value is None:
                continue
            values = [slug.strip() for slug in value.split(",") if slug.strip()]
            queryset = queryset.filter(pk__in=facet.examples_with(values))
        return queryset


class PublicPagesAPIViewSet(PagesAPIViewSet):
    """Only pages without a login or password restriction.

    Practice examples (`?type=practice_examples.PracticeExamplePage&fields=*`) carry their
    structured fields, themes, regions, sectors and audiences as {slug, name}, organisations and
    tags, never their contact person. They can be filtered like the listing:

    - `thema=<slug>`: examples on this theme (`thema=a,b`: on either);
    - `regio=<slug>`, `sector=<slug>`, `doelgroep=<slug>`: likewise by region, sector, audience;
    - `organisatie=<kind>`: with an organisation of this kind (e.g. `municipality`).

    These parameters also work without `type`: they then return only practice examples.
    """

    filter_backends = [
        *(backend for backend in PagesAPIViewSet.filter_backends if backend is not SearchFilter),
        TaxonomyFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(TAXONOMY_PARAMETERS)

    def get_base_queryset(self):
        return super().get_base_queryset().public()

    def get_queryset(self):
        # Every item names its locale.
        queryset = super().get_queryset().select_related("locale")
        if queryset.model is PracticeExamplePage:
            # The taxa of a whole page of examples in one query each.
            queryset = queryset.prefetch_related(
                "themes", "regions", "sectors", "audiences", "organisations"
            )
        return queryset


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", ImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
