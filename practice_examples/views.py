from django.core.paginator import Paginator

from .filters import ExampleFilter, published_examples
from .region_map import region_map
from .templatetags.practice_example_tags import prepare_cards

PER_PAGE = 12


def index_view(request, index_page):
    """/praktijkvoorbeelden/: search, filters with counts, sorting and pages, all in the address."""
    example_filter = ExampleFilter(request.GET)
    page_obj = Paginator(example_filter.result_ids(), PER_PAGE).get_page(request.GET.get("page"))
    page_obj.object_list = examples_in_order(page_obj.object_list)
    params = request.GET.copy()
    params.pop("page", None)
    return index_page.render(
        request,
        context_overrides={
            "filter": example_filter,
            "facets": example_filter.facets(),
            "region_map": region_map(example_filter, index_page.get_url(request)),
            "page_obj": page_obj,
            "query_without_page": params.urlencode(),
        },
    )


def examples_in_order(ids):
    """The published examples with these ids, ready for cards, in the order of `ids` (an example
    unpublished since the ids were cached is left out)."""
    examples = {
        example.pk: example for example in prepare_cards(published_examples().filter(pk__in=ids))
    }
    return [examples[pk] for pk in ids if pk in examples]
