from django.core.paginator import Paginator
from django.utils.functional import SimpleLazyObject

from search.highlight import highlight
from search.views import counted

from .cards import prepare_cards
from .filters import ExampleFilter, published_examples
from .region_map import region_map

PER_PAGE = 12


def index_view(request, index_page):
    """/praktijkvoorbeelden/: search, filters with counts, sorting and pages, all in the address."""
    example_filter = ExampleFilter(request.GET)
    page_obj = Paginator(example_filter.result_ids(), PER_PAGE).get_page(request.GET.get("page"))
    ids = page_obj.object_list

    def cards():
        examples = examples_in_order(ids)
        if example_filter.query:
            highlight(examples, example_filter.query)  # example.snippet, the card's text
        return examples

    # Loaded only when the template renders them: not when it shows the listing's fragment
    # from the cache (core/fragment_cache.py).
    page_obj.object_list = SimpleLazyObject(cards)
    params = request.GET.copy()
    params.pop("page", None)
    response = index_page.render(
        request,
        context_overrides={
            "filter": example_filter,
            "facets": SimpleLazyObject(example_filter.facets),
            "region_map": SimpleLazyObject(
                lambda: region_map(example_filter, index_page.get_url(request))
            ),
            "page_obj": page_obj,
            "query_without_page": params.urlencode(),
        },
    )
    if example_filter.query:
        # found nothing: counted only when no filter narrowed the search
        narrowed = example_filter.tag or any(example_filter.selected.values())
        counted(response, request, example_filter.query, bool(page_obj.paginator.count or narrowed))
    return response


def examples_in_order(ids):
    """The published examples with these ids, ready for cards, in the order of `ids` (an example
    unpublished since the ids were cached is left out)."""
    examples = {
        example.pk: example for example in prepare_cards(published_examples().filter(pk__in=ids))
    }
    return [examples[pk] for pk in ids if pk in examples]
