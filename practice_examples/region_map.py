"""The map of the Netherlands above the example filters and on theme pages: each province with
the number of examples there within the current search and filters, as a link that filters by
it. Server-rendered SVG; the counts are the listing's own (ExampleFilter.facets())."""

from taxonomy.geometry import provinces

SHADES = 4


def shade(count, highest):
    """0 for no examples, else 1..SHADES by the share of the busiest province."""
    if not count or not highest:
        return 0
    return max(1, min(SHADES, -(-count * SHADES // highest)))


def region_map(example_filter, url, heading_level=3):
    """Context of includes/region_map.html: the region facet of `example_filter` (an
    ExampleFilter), each province a link to the listing at `url` with the same search, the other
    filters and that province."""
    shapes = provinces()["provinces"]
    options = next(f.options for f in example_filter.facets() if f.facet.param == "regio")
    highest = max((option.count for option in options), default=0)
    regions = []
    for option in options:
        shape = shapes.get(option.value)
        query = example_filter.query_string(
            selected={**example_filter.selected, "regio": [option.value]}
        )
        regions.append(
            {
                "slug": option.value,
                "name": option.name,
                "count": option.count,
                "selected": option.selected,
                "url": f"{url}?{query}" if option.count else "",
                "shade": shade(option.count, highest),
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
