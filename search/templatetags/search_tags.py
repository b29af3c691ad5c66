from django import template

from search.vocabulary import suggestion

register = template.Library()

# A search with this many results or fewer suggests a closer word.
FEW_RESULTS = 2


@register.simple_tag(takes_context=True)
def search_suggestion(context, query, count):
    """'Did you mean: ...?' for templates/search/includes/suggestion.html: the corrected words
    and the query string of the same page with them (its other parameters, such as the listing's
    filters, kept; back to the first page), when `query` found `count` <= FEW_RESULTS results.
    None when there is nothing to suggest."""
    request = context.get("request")
    if not query or request is None or count > FEW_RESULTS:
        return None
    corrected = suggestion(query)
    if not corrected or corrected == query.strip().lower():
        return None
    parameters = request.GET.copy()
    parameters["q"] = corrected
    parameters.pop("page", None)
    return {"words": corrected, "query_string": parameters.urlencode()}
