"""The feed of new practice examples: RSS 2.0 (and Atom), filtered like the listing."""

import datetime
import xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

from django.db import connection
from django.template.loader import render_to_string
from django.test.utils import CaptureQueriesContext

from wagtail.models import PageViewRestriction

from practice_examples.factories import PracticeExamplePageFactory
from taxonomy.factories import RegionFactory, ThemeFactory
from tests.support import translate_page

ATOM = "{http://www.w3.org/2005/Atom}"


def feed_url(index, **query):
    url = index.url + index.reverse_subpage("feed")
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def rss(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    return ET.fromstring(response.content).find("channel")


def item_titles(channel):
    return [item.findtext("title") for item in channel.findall("item")]


def day(offset):
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=offset)


def test_feed_lists_live_public_examples_newest_first(client, example_index):
    make = PracticeExamplePageFactory
    make(parent=example_index, title="Oud voorbeeld", publication_date=day(1))
    make(parent=example_index, title="Nieuw voorbeeld", publication_date=day(30))
    make(parent=example_index, title="Middel voorbeeld", publication_date=day(10))
    make(parent=example_index, title="Concept", publication_date=day(40), live=False)
    private = make(parent=example_index, title="Besloten", publication_date=day(50))
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    secret = make(parent=example_index, title="Met wachtwoord", publication_date=day(60))
    PageViewRestriction.objects.create(page=secret, restriction_type="password", password="x")

    channel = rss(client, feed_url(example_index))

    assert item_titles(channel) == ["Nieuw voorbeeld", "Middel voorbeeld", "Oud voorbeeld"]
    assert channel.findtext("title") == example_index.title
    assert channel.findtext("language") == "nl"


def test_feed_item_has_absolute_link_intro_date_and_themes(client, example_index):
    themes = [ThemeFactory(name="Ouderbetrokkenheid"), ThemeFactory(name="Terug naar school")]
    example = PracticeExamplePageFactory(
        parent=example_index,
        title="Ouders aan tafel",
        intro="Ouders praten mee over het plan voor hun kind.",
        publication_date=datetime.date(2025, 3, 1),
        themes=themes,
        contact_name="Mr. Geheim",
        contact_email="geheim@example.nl",
    )

    response = client.get(feed_url(example_index))
    item = ET.fromstring(response.content).find("channel/item")

    assert item.findtext("link") == f"http://testserver{example.url}"
    assert item.findtext("description") == "Ouders praten mee over het plan voor hun kind."
    assert parsedate_to_datetime(item.findtext("pubDate")).date() == datetime.date(2025, 3, 1)
    assert sorted(category.text for category in item.findall("category")) == [
        "Ouderbetrokkenheid",
        "Terug naar school",
    ]
    body = response.content.decode()
    assert "geheim@example.nl" not in body
    assert "Mr. Geheim" not in body


def test_feed_per_theme(client, example_index):
    parents = ThemeFactory(name="Ouderbetrokkenheid", slug="ouderbetrokkenheid")
    other = ThemeFactory(name="Verzuim", slug="verzuim")
    make = PracticeExamplePageFactory
    make(parent=example_index, title="Ouders aan tafel", themes=[parents], publication_date=day(1))
    make(parent=example_index, title="Beide", themes=[parents, other], publication_date=day(2))
    make(parent=example_index, title="Alleen verzuim", themes=[other], publication_date=day(3))

    channel = rss(client, feed_url(example_index, thema="ouderbetrokkenheid"))

    assert item_titles(channel) == ["Beide", "Ouders aan tafel"]
    assert "Ouderbetrokkenheid" in channel.findtext("title")
    assert channel.findtext("link").endswith("/praktijkvoorbeelden/?thema=ouderbetrokkenheid")


def test_feed_takes_the_other_filters_and_ignores_unknown_values(client, example_index):
    utrecht = RegionFactory(name="Utrecht", slug="utrecht")
    make = PracticeExamplePageFactory
    make(parent=example_index, title="In Utrecht", regions=[utrecht])
    make(parent=example_index, title="Elders")

    assert item_titles(rss(client, feed_url(example_index, regio="utrecht"))) == ["In Utrecht"]
    assert set(item_titles(rss(client, feed_url(example_index, thema="bestaat-niet")))) == {
        "In Utrecht",
        "Elders",
    }


def test_feed_holds_the_newest_twenty(client, example_index):
    for n in range(22):
        PracticeExamplePageFactory(
            parent=example_index, title=f"Voorbeeld {n}", publication_date=day(n)
        )

    titles = item_titles(rss(client, feed_url(example_index)))

    assert len(titles) == 20
    assert titles[0] == "Voorbeeld 21"
    assert "Voorbeeld 0" not in titles


def test_atom_feed(client, example_index):
    PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel")

    response = client.get(feed_url(example_index, format="atom"))

    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    assert [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")] == [
        "Ouders aan tafel"
    ]


def test_feed_is_in_the_visitors_language(client, example_index, locale_en):
    PracticeExamplePageFactory(parent=example_index, title="Alleen in het Nederlands")
    translated = PracticeExamplePageFactory(parent=example_index, title="Ouders aan tafel")
    translate_page(translated, locale_en, title="Parents at the table")
    index_en = example_index.get_translation(locale_en)

    dutch = item_titles(rss(client, feed_url(example_index)))
    english_channel = rss(client, feed_url(index_en))

    assert set(dutch) == {"Alleen in het Nederlands", "Ouders aan tafel"}
    assert item_titles(english_channel) == ["Parents at the table"]
    assert english_channel.findtext("language") == "en"


def test_feed_queries_do_not_grow_with_the_number_of_examples(
    client, example_index, django_assert_max_num_queries
):
    themes = [ThemeFactory(), ThemeFactory()]

    def add(count):
        for _ in range(count):
            PracticeExamplePageFactory(parent=example_index, themes=themes)

    add(5)
    url = feed_url(example_index, thema=themes[0].slug)
    client.get(url)  # warm the site root paths cache
    with CaptureQueriesContext(connection) as five:
        assert len(item_titles(rss(client, url))) == 5
    few = len(five.captured_queries)  # read before the next request empties the query log
    add(20)
    client.get(url)  # warm the cached taxon names again: adding examples expired them
    with django_assert_max_num_queries(few):
        assert len(item_titles(rss(client, url))) == 20


def test_feed_discovery_links(rf, example_index):
    request = rf.get("/praktijkvoorbeelden/", {"thema": "verzuim"})

    html = render_to_string(
        "practice_examples/includes/feed_link.html",
        {"page": example_index, "query_without_page": "thema=verzuim"},
        request=request,
    )

    assert (
        'type="application/rss+xml"' in html
        and 'href="/praktijkvoorbeelden/feed/?thema=verzuim"' in html
    )
    assert 'type="application/atom+xml"' in html
    assert 'href="/praktijkvoorbeelden/feed/?thema=verzuim&amp;format=atom"' in html


def test_a_feed_for_a_tag_or_search_with_control_characters(client, examples, example_index):
    """The feed's title names the tag and the search; XML cannot carry control characters, so
    they are dropped from both (found by the fuzz test: a server error before)."""
    response = client.get(feed_url(example_index), {"tag": "oud\x01ers\x00", "q": "oud\x01ers"})
    assert response.status_code == 200
    title = ET.fromstring(response.content).find("channel").findtext("title")
    assert title.endswith(": ouders, “ouders”")
