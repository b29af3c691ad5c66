"""Matched words marked in the snippets of site search and of the listing's cards, the rest
escaped."""

import re

from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from search.highlight import snippet
from tests.support import site_search


def result_snippets(body):
    return re.findall(r'<p class="meta">.*?</p>\s*<p>(.*?)</p>', body, re.S)


def test_matched_word_forms_are_marked(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Terug naar school",
        intro="Thuiszitters gaan weer naar school; de scholen en thuiszitten als thema.",
        body="[]",
    )
    [text] = result_snippets(site_search(client, "thuiszitter scholen"))
    assert text == (
        "<mark>Thuiszitters</mark> gaan weer naar <mark>school</mark>; de <mark>scholen</mark>"
        " en <mark>thuiszitten</mark> als thema."
    )


def test_markup_in_the_intro_stays_text(client, home_page):
    StandardPageFactory(
        parent=home_page,
        title="Verzuim",
        intro='Over verzuim <script>alert("x")</script> & <b>meer</b>.',
        body="[]",
    )
    body = site_search(client, "verzuim")
    [text] = result_snippets(body)
    assert text == (
        "Over <mark>verzuim</mark> &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; "
        "&lt;b&gt;meer&lt;/b&gt;."
    )
    assert "<script>alert" not in body


def test_snippet_around_the_first_match_else_the_beginning():
    words = " ".join(f"woord{n}" for n in range(60))
    text = f"{words} Het thuiszitterspact werkt. {words}"
    marked = snippet(["", text], "thuiszitterspact")
    assert marked.startswith("… woord53 woord54 ")  # eight words before it
    assert "<mark>thuiszitterspact</mark>" in marked and marked.endswith(" …")
    # the search description is taken when it has the word, the intro otherwise
    assert snippet(["Over verzuim.", "Over leerplicht."], "leerplicht") == (
        "Over <mark>leerplicht</mark>."
    )
    # no match in either: the beginning of the first text, nothing marked
    assert snippet(["", "Over leerplicht."], "verzuim") == "Over leerplicht."


def test_listing_cards_mark_the_search_words(client, home_page, taxa):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    PracticeExamplePageFactory(
        parent=index,
        title="Maatwerk",
        intro="Maatwerk voor leerlingen die <thuiszitten>.",
    )
    body = client.get("/praktijkvoorbeelden/", {"q": "thuiszitters"}).content.decode()
    assert "Maatwerk voor leerlingen die &lt;<mark>thuiszitten</mark>&gt;." in body
    # without search words the card shows the intro, unmarked
    body = client.get("/praktijkvoorbeelden/").content.decode()
    assert "Maatwerk voor leerlingen die &lt;thuiszitten&gt;." in body
    assert "<mark>" not in body
