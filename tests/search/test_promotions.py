"""Pages editors pinned to a query come first in site search, marked, once; never a page the
visitor may not see."""

import re

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from home.factories import StandardPageFactory
from tests.support import search_result_titles, site_search, translate_page


def promoted_titles(body):
    if "result-list--promoted" not in body:
        return []
    block = body.split("result-list--promoted")[1].split("</ul>")[0]
    return re.findall(r'<h3>\s*<a href="[^"]*">([^<]*)</a>', block)


def promote(query, *pages):
    for order, page in enumerate(pages):
        SearchPromotion.objects.create(query=Query.get(query), page=page, sort_order=order)


def test_promoted_page_comes_first_marked_and_not_repeated(client, home_page):
    StandardPageFactory(parent=home_page, title="Verzuim melden", body="[]")
    guide = StandardPageFactory(
        parent=home_page, title="Handreiking", intro="Alles over verzuim.", body="[]"
    )
    # a page without the words can be promoted too
    contact = StandardPageFactory(parent=home_page, title="Contact", body="[]")
    promote("verzuim", contact, guide)

    body = site_search(
        client, "  Verzuim "
    )  # the query as the promotions store it: lower, stripped

    assert promoted_titles(body) == ["Contact", "Handreiking"]
    assert "Aanbevolen" in body
    assert search_result_titles(body) == ["Verzuim melden"]
    assert "3 resultaten" in body


def test_drafts_private_and_other_languages_are_never_promoted(client, home_page, home_page_en):
    draft = StandardPageFactory(parent=home_page, title="Concept", live=False)
    private = StandardPageFactory(parent=home_page, title="Besloten")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    dutch = StandardPageFactory(parent=home_page, title="Nederlands")
    english = translate_page(dutch, home_page_en.locale, title="Engelse versie")
    StandardPageFactory(parent=home_page, title="Verzuim melden", body="[]")
    promote("verzuim", draft, private, english)

    body = site_search(client, "verzuim")

    assert promoted_titles(body) == []
    assert search_result_titles(body) == ["Verzuim melden"]
    for title in ("Concept", "Besloten", "Engelse versie"):
        assert title not in body


def test_query_count_does_not_grow_with_promotions(
    client, home_page, django_assert_max_num_queries
):
    pages = [
        StandardPageFactory(parent=home_page, title=f"Verzuim {n}", slug=f"v{n}", body="[]")
        for n in range(6)
    ]
    promote("verzuim", pages[0])
    client.get("/zoeken/", {"q": "verzuim"})
    with django_assert_max_num_queries(30) as one:
        site_search(client, "verzuim")
    count = len(one.captured_queries)
    SearchPromotion.objects.all().delete()
    promote("verzuim", *pages[:5])
    client.get("/zoeken/", {"q": "verzuim"})
    with django_assert_max_num_queries(count):
        body = site_search(client, "verzuim")
    assert len(promoted_titles(body)) == 5
