"""Site search shows when an event takes place, and says so when it is over, so a session of
2020 does not look current; without a query per result."""

import datetime

import pytest

from events.factories import EventIndexPageFactory, EventPageFactory
from tests.support import site_search

today = datetime.date.today


def result(body, title):
    """The HTML of the search result with this title."""
    for part in body.split('<li class="result')[1:]:
        if f">{title}</a>" in part:
            return part.split("</li>")[0]
    raise AssertionError(f"no result {title!r}")


@pytest.fixture
def index(home_page):
    return EventIndexPageFactory(parent=home_page)


def test_event_results_show_their_date_and_past_ones_say_so(client, index):
    past_day = datetime.date(today().year - 6, 3, 10)
    coming_day = today() + datetime.timedelta(days=20)
    EventPageFactory(parent=index, title="Thuiszittersoverleg toen", start_date=past_day)
    EventPageFactory(parent=index, title="Thuiszittersoverleg straks", start_date=coming_day)
    body = site_search(client, "thuiszittersoverleg")

    past = result(body, "Thuiszittersoverleg toen")
    assert f'<time datetime="{past_day:%Y-%m-%d}">' in past
    assert f"10 maart {past_day.year}" in past
    assert "Afgelopen" in past

    coming = result(body, "Thuiszittersoverleg straks")
    assert f'<time datetime="{coming_day:%Y-%m-%d}">' in coming
    assert "Afgelopen" not in coming


def test_event_dates_cost_no_query_per_result(client, index, django_assert_max_num_queries):
    def add(n):
        for _ in range(n):
            EventPageFactory(
                parent=index,
                title="Thuiszittersoverleg",
                start_date=today() - datetime.timedelta(days=len(index.get_children()) * 40),
            )

    add(1)
    site_search(client, "thuiszittersoverleg")  # warm the caches
    with django_assert_max_num_queries(40) as few:
        body = site_search(client, "thuiszittersoverleg")
    count = len(few.captured_queries)  # read before the next request empties the query log
    assert body.count('class="result__when"') == 1
    add(8)
    site_search(client, "thuiszittersoverleg")  # the new pages expired the menu cache
    with django_assert_max_num_queries(count):
        body = site_search(client, "thuiszittersoverleg")
    assert body.count('class="result__when"') == 9
