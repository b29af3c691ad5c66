"""The site header: a compact header with a "Menu" disclosure, and one search box per page
(issue 15)."""

import re

import pytest

from home.factories import StandardPageFactory
from practice_examples.factories import PracticeExampleIndexPageFactory
from tests.support import text_of


def html(response):
    return response.content.decode()


def search_boxes(body):
    return re.findall(r'<input[^>]*type="search"[^>]*>', body)


def site_menu(body):
    """What the "Menu" button opens: the <details> of the header."""
    header = body[body.index('<header class="site-header">') :].split("</header>")[0]
    return re.search(r'<details class="site-menu"[^>]*>(.*)</details>', header, re.S).group(1)


def test_the_menu_button_opens_navigation_search_members_and_languages(client, home_page):
    StandardPageFactory(parent=home_page, title="Over het Steunpunt", show_in_menus=True)
    body = html(client.get("/over-het-steunpunt/"))
    menu = site_menu(body)
    summary = re.search(r"<summary[^>]*>(.*?)</summary>", menu, re.S).group(1)
    assert text_of(summary) == "Menu"
    # what the button opens, in this order: search, members, languages, the main navigation
    order = [
        menu.index('id="header-search"'),
        menu.index('class="site-header__account"'),
        menu.index('class="language-switch"'),
        menu.index('class="main-nav"'),
    ]
    assert order == sorted(order)
    assert "Over het Steunpunt" in menu
    # closed in the page as sent: the wide screen opens it with CSS (and JavaScript)
    assert re.search(r'<details class="site-menu"[^>]*\sopen[\s>]', body) is None


@pytest.mark.parametrize(
    ("path", "own_search"),
    [
        ("/", 'id="hero-search"'),
        ("/praktijkvoorbeelden/", 'id="example-q"'),
        ("/zoeken/?q=thuiszitten", 'id="search-page-query"'),
        ("/bestaat-niet/", 'id="notfound-search"'),
    ],
)
def test_a_page_with_its_own_search_box_shows_only_that_one(client, home_page, path, own_search):
    PracticeExampleIndexPageFactory(parent=home_page)
    response = client.get(path)
    body = html(response)
    boxes = search_boxes(body)
    assert len(boxes) == 1, boxes
    assert own_search in boxes[0]
    assert 'id="header-search"' not in body


def test_other_pages_have_the_header_search(client, home_page):
    StandardPageFactory(parent=home_page, title="Over het Steunpunt")
    boxes = search_boxes(html(client.get("/over-het-steunpunt/")))
    assert len(boxes) == 1 and 'id="header-search"' in boxes[0]


def test_the_english_pages_too(client, home_page_en):
    body = html(client.get("/en/"))
    assert len(search_boxes(body)) == 1
    assert ">Menu<" in body.replace("\n", "").replace(" ", "")
