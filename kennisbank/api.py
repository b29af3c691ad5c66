"""Wagtail API v2 at /api/v2/: live, public pages, images and documents."""

from rest_framework.filters import BaseFilterBackend

from wagtail.api.v2.filters import SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageHtmlUrlField, PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.links import page_url
from practice_examples.filters import FACETS
from practice_examples.models import PracticeExamplePage
from search.stemming import query_terms

# The listing's filter parameters, with the same meaning: `?thema=<slug>` and so on.
TAXONOMY_PARAMETERS = {facet.param: facet for facet in FACETS}


# The database counts rows and numbers them in a bigint: beyond it is a bad request, not a crash.
MAX_OFFSET = 2**31
MAX_ID = 2**63 - 1


class CheckedParametersMixin:
    """Query parameters that no filter can take answer 400 instead of a server error: a NUL
    (PostgreSQL refuses it in a query, the filters would hand it on), an offset out of range and
    an id to find that is no number."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        if any("\x00" in value for _name, values in request.GET.lists() for value in values):
            raise BadRequestError("query parameters cannot contain NUL characters")
        offset = request.GET.get("offset", "")
        if offset.isdecimal() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")

    def find_object(self, queryset, request):
        """/find/?id=: a whole number, or a bad request."""
        given = request.GET.get("id")
        if given is not None and not (given.isdecimal() and int(given) <= MAX_ID):
            raise BadRequestError("id must be a positive whole number")
        return super().find_object(queryset, request)


class WordSearchFilter(SearchFilter):
    """Wagtail's `?search=`, except that a search without a word to look for (punctuation,
    single letters, stop words) finds nothing, as on the site's search page: SQLite's full-text
    backend cannot build a query from it."""

    def filter_queryset(self, request, queryset, view):
        if "search" in request.GET and not query_terms(request.GET["search"]):
            return queryset.none()
        return super().filter_queryset(request, queryset, view)


def with_word_search(backends):
    return [WordSearchFilter if backend is SearchFilter else backend for backend in backends]


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


class BaseUrlHtmlUrlField(PageHtmlUrlField):
    """`meta.html_url` under BASE_URL (core/links.py), like every other address the API gives
    (WAGTAILAPI_BASE_URL), not under the Site record's host."""

    def to_representation(self, page):
        if super().to_representation(page) is None:
            return None
        return page_url(page, self.context.get("request"))


class PublicPageSerializer(PageSerializer):
    html_url = BaseUrlHtmlUrlField(read_only=True)


class PublicPagesAPIViewSet(CheckedParametersMixin, PagesAPIViewSet):
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
        WordSearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(TAXONOMY_PARAMETERS)
    base_serializer_class = PublicPageSerializer

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


class CheckedImagesAPIViewSet(CheckedParametersMixin, ImagesAPIViewSet):
    filter_backends = with_word_search(ImagesAPIViewSet.filter_backends)


class CheckedDocumentsAPIViewSet(CheckedParametersMixin, DocumentsAPIViewSet):
    filter_backends = with_word_search(DocumentsAPIViewSet.filter_backends)


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", CheckedImagesAPIViewSet)
api_router.register_endpoint("documents", CheckedDocumentsAPIViewSet)
