"""The map of the Netherlands above the example filters and on theme pages: each province with
the number of examples there within the current search and filters, as a link that filters by
it. Server-rendered SVG; the counts are the listing's own (ExampleFilter.facets())."""

from urllib.parse import urlencode

from taxonomy.geometry import provinces

SHADES = 4


def shade(count, highest):
    """0 for no examples, else 1..SHADES by the share of the busiest province."""
    if not count or not highest:
        return 0
    return max(1, min(SHADES, -(-count * SHADES // highest)))


def region_map(options, url, params, heading_level=3):
    """Context of includes/region_map.html.

    options: the region facet's [(slug, name, count, selected)] (ExampleFilter.facets());
    url: the listing's address; params: the other GET parameters to keep, as [(name, value)]
    (without "regio" and "page").
    """
    shapes = provinces()["provinces"]
    highest = max((count for _slug, _name, count, _selected in options), default=0)
    regions = []
    for slug, name, count, selected in options:
        shape = shapes.get(slug)
        regions.append(
            {
                "slug": slug,
                "name": name,
                "count": count,
                "selected": selected,
                "url": f"{url}?{urlencode([*params, ('regio', slug)])}" if count else "",
                "shade": shade(count, highest),
                "path": shape["d"] if shape else "",
                "label_x": shape["label"][0] if shape else 0,
                "label_y": shape["label"][1] if shape else 0,
            }
        )
    return {
        "view_box": provinces()["viewBox"],
        "regions": regions,
        "on_map": [region for region in regions if region["path"]],
        "heading_level": heading_level,
    }


def filter_params(example_filter, skip="regio"):
    """The search words, the filters other than `skip`, the tag and a chosen sort order of an
    ExampleFilter, as [(name, value)] for an address."""
    params = [("q", example_filter.query)] if example_filter.query else []
    for param, values in example_filter.selected.items():
        if param != skip:
            params += [(param, value) for value in values]
    if example_filter.tag:
        params.append(("tag", example_filter.tag))
    if example_filter.sort != ("relevantie" if example_filter.query else "nieuwste"):
        params.append(("sort", example_filter.sort))
    return params


def region_options(facets):
    """The region facet's [(slug, name, count, selected)] from ExampleFilter.facets()."""
    return next(options for facet, options in facets if facet.param == "regio")
