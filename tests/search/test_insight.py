"""Search insight for editors: every search counted per query and day, without who searched;
the report of the last 30 days; only for editors."""

import datetime
import time

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import DatabaseError
from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from search import insight
from search.models import QueryDailyMisses


def counts():
    """{query: (searches, found nothing)} of today."""
    today = timezone.localdate()
    misses = dict(
        QueryDailyMisses.objects.filter(date=today).values_list("query__query_string", "misses")
    )
    return {
        query: (hits, misses.get(query, 0))
        for query, hits in QueryDailyHits.objects.filter(date=today).values_list(
            "query__query_string", "hits"
        )
    }


@pytest.fixture
def page(home_page):
    return StandardPageFactory(parent=home_page, title="Passend onderwijs in de regio", body="[]")


def test_searches_are_counted_normalised_and_misses_apart(client, page):
    for query in ("Passend onderwijs", "  passend   ONDERWIJS ", "thuiszitterspact"):
        client.get("/zoeken/", {"q": query})
    assert counts() == {"passend onderwijs": (2, 0), "thuiszitterspact": (1, 1)}


@pytest.mark.parametrize("query", ["", "   ", "de het een", "!!!", "jan@example.nl", "06-12345678"])
def test_empty_meaningless_and_personal_queries_are_not_stored(client, page, query):
    client.get("/zoeken/", {"q": query})
    assert not Query.objects.exists()


def test_next_pages_and_live_filter_updates_are_no_new_search(client, page):
    client.get("/zoeken/", {"q": "passend", "page": 2})
    client.get("/praktijkvoorbeelden/", {"q": "passend"}, headers={"X-Requested-With": "fetch"})
    assert not Query.objects.exists()


def test_control_characters_are_dropped(client, page):
    client.get("/zoeken/", {"q": "passend\x00onderwijs\x07"})
    assert list(Query.objects.values_list("query_string", flat=True)) == ["passend onderwijs"]


def test_long_queries_are_cut(client, page):
    client.get("/zoeken/", {"q": "passend " * 40})
    [query] = Query.objects.values_list("query_string", flat=True)
    assert len(query) <= 100 and query.startswith("passend passend")


def test_nothing_about_the_visitor_is_stored(client, page, django_user_model):
    user = django_user_model.objects.create_user("lid", "lid@example.nl", "pw")
    client.force_login(user)
    client.get("/zoeken/", {"q": "passend onderwijs"}, REMOTE_ADDR="203.0.113.9")
    # only the query and a count per day: no user, address, session or time of day
    assert [f.name for f in Query._meta.concrete_fields] == ["id", "query_string"]
    assert [f.name for f in QueryDailyHits._meta.concrete_fields] == ["id", "query", "date", "hits"]
    assert [f.name for f in QueryDailyMisses._meta.concrete_fields] == [
        "id",
        "query",
        "date",
        "misses",
    ]
    assert counts() == {"passend onderwijs": (1, 0)}


@override_settings(PAGE_CACHE_SECONDS=300)
def test_each_search_is_counted_although_pages_are_cached(client, page):
    client.get("/zoeken/")  # the first request stores the site settings, which renews the cache
    states = [client.get("/zoeken/", {"q": "passend"})["X-Cache"] for _ in range(3)]
    assert states == ["MISS", "HIT", "HIT"]
    assert counts() == {"passend": (3, 0)}
    client.get("/zoeken/", {"q": "passend", "page": "2"})  # a page further: not a new search
    client.get("/zoeken/", {"q": "passend"}, HTTP_X_REQUESTED_WITH="XMLHttpRequest")
    assert counts() == {"passend": (3, 0)}
    # a page without search words is still kept by the page cache
    client.get("/zoeken/")
    assert client.get("/zoeken/")["X-Cache"] == "HIT"


@override_settings(SEARCH_INSIGHT_MAX_NEW_QUERIES_PER_DAY=2)
def test_a_flood_of_new_queries_is_capped_per_day(client, page):
    for query in ("verzuim", "leerplicht", "qwxzy", "zyxwq", "verzuim"):
        client.get("/zoeken/", {"q": query})
    assert counts() == {"verzuim": (2, 2), "leerplicht": (1, 1)}


def test_listing_searches_are_counted_and_a_filter_is_no_miss(client, home_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    PracticeExamplePageFactory(parent=index, title="Verzuim aanpakken", regions=[taxa["utrecht"]])
    client.get("/praktijkvoorbeelden/", {"q": "verzuim"})
    client.get("/praktijkvoorbeelden/", {"q": "verzuim", "regio": "limburg"})
    client.get("/praktijkvoorbeelden/", {"q": "zorgplicht"})
    assert counts() == {"verzuim": (2, 0), "zorgplicht": (1, 1)}


@pytest.fixture
def logged(db):
    def log(query, days_ago, hits, misses=0):
        date = timezone.localdate() - datetime.timedelta(days=days_ago)
        query = Query.get(query)
        QueryDailyHits.objects.create(query=query, date=date, hits=hits)
        if misses:
            QueryDailyMisses.objects.create(query=query, date=date, misses=misses)

    log("passend onderwijs", 0, 5)
    log("passend onderwijs", 29, 4)
    log("swv", 3, 3, misses=3)
    log("verzuim", 2, 2)
    log("oude zoekvraag", 31, 50, misses=50)


def report_rows(body, heading):
    section = body.split(heading)[1].split("</table>")[0]
    rows = section.split("<tr>")[2:]
    return [
        (row.split("</a>")[0].split(">")[-1].strip(), int(row.split("<td>")[2].split("<")[0]))
        for row in rows
    ]


def test_editors_see_frequent_and_fruitless_searches_of_the_last_30_days(client, logged):
    editor = get_user_model().objects.create_user("redacteur", "r@example.nl", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)

    response = client.get("/admin/reports/search-insight/")

    assert response.status_code == 200
    body = response.content.decode()
    assert report_rows(body, "Meest gezocht") == [
        ("passend onderwijs", 9),
        ("swv", 3),
        ("verzuim", 2),
    ]
    assert report_rows(body, "Zoekopdrachten zonder resultaat") == [("swv", 3)]
    assert "oude zoekvraag" not in body
    # each query leads to where the editor pins a page to it
    swv = Query.objects.get(query_string="swv")
    assert f'href="/admin/searchpicks/{swv.pk}/"' in body
    # and to where they add the words as a synonym, which they may do
    assert 'href="/admin/snippets/search/synonymgroup/add/"' in body
    assert client.get("/admin/snippets/search/synonymgroup/add/").status_code == 200
    assert "Zoekgedrag" in client.get("/admin/").content.decode()  # in the Reports menu


def test_others_get_no_access(client, logged, django_user_model):
    assert client.get("/admin/reports/search-insight/").status_code == 302  # to the login
    member = django_user_model.objects.create_user("lid", "lid@example.nl", "pw")
    client.force_login(member)
    assert client.get("/admin/reports/search-insight/").status_code in (302, 403)
    # an admin user without the permission (e.g. a facilitator)
    member.user_permissions.add(Permission.objects.get(codename="access_admin"))
    response = client.get("/admin/reports/search-insight/")
    assert response.status_code == 302 and "passend" not in response.content.decode()


@pytest.fixture
def written_together(settings):
    """Searches counted as in production: kept in the process, written every 30 seconds."""
    settings.SEARCH_INSIGHT_WRITE_SECONDS = 30
    insight.tally.written_at = time.monotonic()
    yield insight.tally
    insight.tally.counts.clear()


def test_cached_searches_are_written_together_and_none_is_lost(client, page, written_together):
    for _n in range(3):
        client.get("/zoeken/", {"q": "passend onderwijs"})  # rendered, then from the page cache
    client.get("/zoeken/", {"q": "thuiszitterspact"})
    assert counts() == {}  # not a write per search

    written_together.written_at -= 31
    client.get("/")  # any request of the process writes them once they are due
    assert counts() == {"passend onderwijs": (3, 0), "thuiszitterspact": (1, 1)}

    client.get("/zoeken/", {"q": "passend onderwijs"})
    insight.write_at_exit()  # a process that stops writes what it counted
    assert counts() == {"passend onderwijs": (4, 0), "thuiszitterspact": (1, 1)}


def test_the_report_shows_the_latest_searches(client, page, written_together, django_user_model):
    client.get("/zoeken/", {"q": "verzuim"})
    editor = django_user_model.objects.create_user("redacteur", "r@example.nl", "pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    body = client.get("/admin/reports/search-insight/").content.decode()
    assert report_rows(body, "Meest gezocht") == [("verzuim", 1)]


def test_counts_that_could_not_be_written_are_kept(client, page, written_together, monkeypatch):
    client.get("/zoeken/", {"q": "verzuim"})
    original = insight._count

    def fail(*args):
        raise DatabaseError("the database is gone")

    monkeypatch.setattr(insight, "_count", fail)
    insight.write_counts()
    assert counts() == {}
    monkeypatch.setattr(insight, "_count", original)
    client.get("/zoeken/", {"q": "verzuim"})
    insight.write_counts()
    assert counts() == {"verzuim": (2, 2)}  # two searches, both found nothing
