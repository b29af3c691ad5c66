"""The map of the Netherlands above the example filters and on theme pages."""

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from django.core.cache import cache

from practice_examples.factories import PracticeExamplePageFactory
from practice_examples.region_map import shade
from taxonomy import geometry
from taxonomy.demo import REGIONS
from taxonomy.factories import RegionFactory
from taxonomy.geometry import provinces


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def the_map(body):
    return body.split('<div class="region-map', 1)[1].split("</details>", 1)[0]


def map_links(body):
    """{region slug: (accessible name, address)} of the provinces on the map."""
    svg = the_map(body).split("</svg>")[0]
    links = re.findall(
        r'<a href="([^"]+)"[^>]*data-region="([\w-]+)"[^>]*aria-label="([^"]+)"', svg, re.S
    )
    return {slug: (name, href.replace("&amp;", "&")) for href, slug, name in links}


def query_of(href):
    return parse_qs(urlsplit(href).query)


def test_map_shows_the_listings_counts_as_named_links(client, examples):
    links = map_links(get(client, "/praktijkvoorbeelden/"))
    assert links["utrecht"][0] == "Utrecht: 2 voorbeelden"
    assert links["limburg"][0] == "Limburg: 1 voorbeeld"
    assert query_of(links["utrecht"][1]) == {"regio": ["utrecht"]}
    assert '<text x="' in the_map(get(client, "/praktijkvoorbeelden/"))


def test_map_counts_follow_the_filters_and_search(client, examples):
    body = get(client, "/praktijkvoorbeelden/", thema="ouderbetrokkenheid")
    links = map_links(body)
    assert links["utrecht"][0] == "Utrecht: 1 voorbeeld"
    assert links["limburg"][0] == "Limburg: 1 voorbeeld"
    # The same numbers as the region filter's own options.
    assert re.search(r'id="f-regio-utrecht"[^>]*>\s*<label[^>]*>Utrecht <span[^>]*>\(1\)', body)

    links = map_links(get(client, "/praktijkvoorbeelden/", q="leerplichtambtenaar"))
    assert set(links) == {"utrecht"}


def test_map_links_keep_the_other_filters_and_the_search_words(client, examples):
    body = get(
        client,
        "/praktijkvoorbeelden/",
        q="thuiszitten",
        thema=["ouderbetrokkenheid", "terug-naar-onderwijs"],
        regio="utrecht",
        page="1",
    )
    query = query_of(map_links(body)["limburg"][1])
    assert query == {
        "q": ["thuiszitten"],
        "thema": ["ouderbetrokkenheid", "terug-naar-onderwijs"],
        "regio": ["limburg"],
    }
    # The chosen province is marked as such.
    assert re.search(r'data-region="utrecht"\s+aria-current="true"', the_map(body))


def test_a_province_without_examples_is_no_link_but_is_in_the_list(client, examples, taxa):
    RegionFactory(name="Zeeland", slug="zeeland", code="ZE")
    body = get(client, "/praktijkvoorbeelden/")
    assert "zeeland" not in map_links(body)
    assert re.search(r'data-region="zeeland"\s+aria-hidden="true"', the_map(body))
    assert re.search(r"<li>\s*Zeeland\s*<span[^>]*>\(0\)</span>", the_map(body))


def test_the_text_list_names_every_region_also_one_without_a_shape(client, examples, taxa):
    other = RegionFactory(name="Caribisch Nederland", slug="caribisch-nederland", code="CN")
    PracticeExamplePageFactory(parent=examples["tafel"].get_parent(), regions=[other])
    body = get(client, "/praktijkvoorbeelden/")
    listed = the_map(body).split("<details", 1)[1]
    assert "regio=caribisch-nederland" in listed and ">Caribisch Nederland</a>" in listed
    assert ">Utrecht</a>" in listed and "(2)" in listed
    assert "caribisch-nederland" not in map_links(body)


def test_english_map_names_provinces_in_english(client, examples, home_page_en, taxa):
    from tests.support import translate_page

    region = taxa["limburg"].copy_for_translation(home_page_en.locale)
    region.name = "Limburg (EN)"
    region.save()
    translate_page(examples["stap"], home_page_en.locale, title="Step by step")
    links = map_links(get(client, "/en/practice-examples/"))
    assert links["limburg"][0] == "Limburg (EN): 1 example"


def test_theme_page_map_links_to_the_listing_by_theme_and_province(client, examples, theme_index):
    body = get(client, "/themas/ouderbetrokkenheid/")
    assert '<h2 class="region-map__heading" id="region-map-heading">' in body
    links = map_links(body)
    assert links["limburg"][0] == "Limburg: 1 voorbeeld"
    href = links["utrecht"][1]
    assert href.startswith("/praktijkvoorbeelden/?")
    assert query_of(href) == {"thema": ["ouderbetrokkenheid"], "regio": ["utrecht"]}
    # That address shows exactly the examples the map counted.
    assert re.search(r"example-finder__count[^>]*>\s*1 voorbeeld\s*<", get(client, href))


@pytest.mark.parametrize(
    "url, params",
    [
        ("/praktijkvoorbeelden/", {"thema": "ouderbetrokkenheid"}),
        ("/themas/ouderbetrokkenheid/", {}),
    ],
)
def test_map_costs_the_same_queries_at_any_size(
    client, example_index, theme_index, taxa, django_assert_max_num_queries, url, params
):
    def add(n):
        for i in range(n):
            region = taxa["utrecht"] if i % 2 else taxa["limburg"]
            PracticeExamplePageFactory(
                parent=example_index, themes=[taxa["ouders"]], regions=[region]
            )

    add(3)
    get(client, url, **params)
    cache.clear()
    with django_assert_max_num_queries(60) as few:
        get(client, url, **params)
    count = len(few.captured_queries)
    add(20)
    cache.clear()
    with django_assert_max_num_queries(count):
        body = get(client, url, **params)
    assert map_links(body)["limburg"][0] == "Limburg: 12 voorbeelden"


def test_shades_grow_with_the_number_of_examples():
    assert shade(0, 10) == 0
    assert shade(1, 10) == 1
    assert shade(5, 10) == 2
    assert shade(10, 10) == 4


def test_province_outlines_cover_the_twelve_demo_regions_and_stay_small():
    from django.utils.text import slugify

    data = Path(geometry.__file__).with_name("provinces.json")
    assert data.stat().st_size < 20_000
    assert "CC BY 4.0" in json.loads(data.read_text())["source"]
    shapes = provinces()["provinces"]
    assert set(shapes) == {slugify(name.nl) for _code, name in REGIONS}
    for shape in shapes.values():
        assert shape["d"].startswith("M") and shape["d"].endswith("z")
