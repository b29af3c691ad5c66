import json
import re

import pytest

from wagtail.models import Site

from home.factories import StandardPageFactory
from home.models import SiteSettings
from taxonomy.factories import ThemeFactory


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def stream(*blocks):
    return json.dumps([{"type": kind, "value": value} for kind, value in blocks])


@pytest.fixture
def standard_page(home_page):
    return StandardPageFactory(
        parent=home_page,
        title="Over het Steunpunt",
        slug="over-het-steunpunt",
        intro="Het Steunpunt ondersteunt samenwerkingsverbanden.",
        body=stream(
            ("heading", {"text": "Wie wij zijn", "level": "h2"}),
            ("paragraph", "<p>Wij werken samen met <b>Ingrado</b> en het NJi.</p>"),
            ("quote", {"quote": "Geen kind hoort thuis te zitten.", "attribution": "Een ouder"}),
            (
                "call_to_action",
                {
                    "title": "Doe de scan",
                    "text": "In een kwartier klaar.",
                    "link": {
                        "page": None,
                        "url": "https://example.org/scan/",
                        "label": "Naar de scan",
                    },
                },
            ),
            (
                "video",
                {
                    "title": "Wat is passend onderwijs?",
                    "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                    "poster": None,
                    "description": "Een leerling vraagt het op haar school.",
                },
            ),
            (
                "table",
                {
                    "caption": "Thuiszitters per schooljaar",
                    "table": {
                        "columns": [
                            {"type": "text", "heading": "Schooljaar"},
                            {"type": "number", "heading": "Aantal"},
                        ],
                        "rows": [{"values": ["2023-2024", "1200"]}],
                    },
                },
            ),
        ),
    )


def test_home_page_shows_intro_menu_themes_and_featured(client, home_page, theme_index):
    page = StandardPageFactory(parent=home_page, title="Wat is passend onderwijs?")
    ThemeFactory(name="Terug naar school", slug="terug-naar-school", summary="Zo lukt het.")
    home_page.featured = stream(("page", {"page": page.pk, "text": "Uitgelicht!"}))
    home_page.save_revision().publish()

    body = html(client.get("/"))

    assert home_page.intro in body
    assert 'href="/themas/terug-naar-school/"' in body
    assert "Zo lukt het." in body
    assert "Uitgelicht!" in body
    assert 'href="/wat-is-passend-onderwijs/"' in body
    assert '<a class="skip-link" href="#main">' in body
    assert '<html lang="nl">' in body


def test_standard_page_renders_every_block(client, standard_page):
    body = html(client.get("/over-het-steunpunt/"))

    assert "<h1>Over het Steunpunt</h1>" in body
    assert "<h2>Wie wij zijn</h2>" in body
    assert "<b>Ingrado</b>" in body
    assert "Geen kind hoort thuis te zitten." in body
    assert 'href="https://example.org/scan/"' in body
    assert "Thuiszitters per schooljaar" in body and "<td>2023-2024</td>" in body
    # breadcrumbs lead back home
    crumbs = body[body.index('<nav class="breadcrumbs') :].split("</nav>")[0]
    assert '<a href="/">Home</a>' in crumbs
    assert '<li aria-current="page">Over het Steunpunt</li>' in crumbs


def test_video_makes_no_third_party_request_before_the_click(client, standard_page):
    body = html(client.get("/over-het-steunpunt/"))

    assert "<iframe" not in body
    assert 'data-video-src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ' in body
    # the only third-party address is the link a visitor follows without JavaScript
    assert not re.search(r'\ssrc="https?://', body)
    assert 'href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"' in body


def test_footer_comes_from_site_settings(client, home_page, standard_page):
    settings = SiteSettings.for_site(Site.objects.get())
    settings.contact_email = "info@steunpunt.example"
    settings.footer_links = stream(("link", {"page": standard_page.pk, "url": "", "label": ""}))
    settings.social_links = stream(("link", {"platform": "linkedin", "url": "https://li.example/"}))
    settings.save()

    body = html(client.get("/"))

    assert 'href="mailto:info@steunpunt.example"' in body
    assert '<a href="https://li.example/" rel="me">LinkedIn</a>' in body
    assert '<a href="/over-het-steunpunt/">Over het Steunpunt</a>' in body

    # The footer is cached, until the settings change.
    settings.footer_links = stream(("link", {"url": "https://po.example/", "label": "PO-Raad"}))
    settings.save()
    body = html(client.get("/"))
    assert '<a href="https://po.example/">PO-Raad</a>' in body
    assert "Over het Steunpunt</a>" not in body.split("site-footer")[1]


def test_draft_and_private_pages_are_not_served_or_listed(client, home_page):
    draft = StandardPageFactory(parent=home_page, title="Concept", slug="concept", live=False)
    assert client.get(draft.url or "/concept/").status_code == 404
    assert "Concept" not in html(client.get("/"))


def test_language_switch_leads_to_the_same_page_in_english(client, home_page_en, standard_page):
    from tests.support import translate_page

    english = translate_page(standard_page, home_page_en.locale, title="About us")

    dutch_body = html(client.get("/over-het-steunpunt/"))
    assert f'href="{english.url}"' in dutch_body
    assert english.url.startswith("/en/")

    english_body = html(client.get(english.url))
    assert '<html lang="en">' in english_body
    assert "About us" in english_body
    assert 'href="/over-het-steunpunt/"' in english_body


def test_language_switch_without_translation_goes_to_the_other_home(client, home_page_en):
    StandardPageFactory(parent=home_page_en.get_parent().get_children().first(), slug="alleen-nl")
    body = html(client.get("/alleen-nl/"))
    assert 'hreflang="en"' in body and 'href="/en/"' in body


def test_404_is_dutch_and_friendly(client, home_page):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Pagina niet gevonden" in body
    assert 'name="q"' in body


def test_404_in_english_under_en(client, home_page_en):
    response = client.get("/en/does-not-exist/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_home_page_query_count_stays_constant(
    client, home_page, theme_index, django_assert_max_num_queries
):
    client.get("/")  # warm the site root cache
    for _ in range(3):
        ThemeFactory()
        StandardPageFactory(parent=home_page, show_in_menus=True)
    with django_assert_max_num_queries(20) as few:
        client.get("/")
    for _ in range(20):
        ThemeFactory()
        StandardPageFactory(parent=home_page, show_in_menus=True)
    with django_assert_max_num_queries(len(few.captured_queries)):
        html(client.get("/"))


def test_featured_cards_and_footer_links_follow_the_language(client, home_page_en, standard_page):
    from tests.support import translate_page

    english = translate_page(standard_page, home_page_en.locale, title="About us")
    draft = StandardPageFactory(parent=standard_page.get_parent(), title="Concept", live=False)
    home = standard_page.get_parent().specific
    home.featured = stream(
        ("page", {"page": standard_page.pk, "text": ""}), ("page", {"page": draft.pk, "text": ""})
    )
    home.save_revision().publish()
    settings = SiteSettings.for_site(Site.objects.get())
    settings.footer_links = stream(("link", {"page": standard_page.pk, "url": "", "label": ""}))
    settings.save()

    dutch = html(client.get("/"))
    body = html(client.get("/en/"))

    assert f'<a href="{english.url}">About us</a>' in body  # footer
    assert "Concept" not in dutch  # a draft is never featured
    assert 'href="/over-het-steunpunt/"' in dutch


def test_the_main_menu_shows_a_pages_menu_title_where_it_has_one(client, home_page):
    StandardPageFactory(parent=home_page, title="Over het Steunpunt", show_in_menus=True)
    StandardPageFactory(
        parent=home_page,
        title="Wat is passend onderwijs in het voortgezet onderwijs?",
        menu_title="Passend onderwijs",
        show_in_menus=True,
    )

    body = html(client.get("/"))
    menu = body[body.index('<ul class="main-nav__list') :].split("</ul>")[0]

    assert ">Over het Steunpunt</a>" in menu
    assert ">Passend onderwijs</a>" in menu
    assert "voortgezet onderwijs?" not in menu


def featured_section(body):
    start = body.index('aria-labelledby="featured-heading"')
    return body[start : body.index("</section>", start)]


@pytest.fixture
def start_pages(home_page, home_page_en, locale_en):
    """The three pages a home page features by default, in Dutch and English, made in another
    order than they are shown."""
    from events.factories import EventIndexPageFactory
    from practice_examples.factories import PracticeExampleIndexPageFactory
    from scan.factories import ScanPageFactory
    from tests.support import translate_page

    dutch = {
        "agenda": EventIndexPageFactory(parent=home_page, intro="Bijeenkomsten."),
        "scan": ScanPageFactory(parent=home_page, intro="Hoe staat uw school ervoor?"),
        "examples": PracticeExampleIndexPageFactory(parent=home_page, intro="Wat werkt."),
    }
    english = {
        "agenda": translate_page(dutch["agenda"], locale_en, title="Events", slug="events"),
        "scan": translate_page(dutch["scan"], locale_en, title="Scan", intro="Your school?"),
        "examples": translate_page(
            dutch["examples"], locale_en, title="Practice examples", slug="practice-examples"
        ),
    }
    return dutch, english


def test_without_featured_pages_the_home_page_features_examples_scan_and_agenda(
    client, home_page, start_pages
):
    dutch, english = start_pages
    StandardPageFactory(parent=home_page, title="Over ons")
    assert not home_page.featured

    featured = featured_section(html(client.get("/")))
    featured_en = featured_section(html(client.get("/en/")))

    links = re.findall(r'<a href="([^"]+)">', featured)
    assert links == ["/praktijkvoorbeelden/", "/scan/", "/agenda/"]
    assert "Hoe staat uw school ervoor?" in featured  # with their intros
    assert "Over ons" not in featured
    links_en = re.findall(r'<a href="([^"]+)">', featured_en)
    assert links_en == ["/en/practice-examples/", "/en/scan/", "/en/events/"]
    assert "Your school?" in featured_en and "Hoe staat" not in featured_en


def test_the_default_features_only_live_public_pages(client, start_pages):
    from wagtail.models import PageViewRestriction

    dutch, english = start_pages
    english["scan"].unpublish()
    PageViewRestriction.objects.create(
        page=dutch["agenda"], restriction_type=PageViewRestriction.PASSWORD, password="geheim"
    )

    links = re.findall(r'<a href="([^"]+)">', featured_section(html(client.get("/"))))
    links_en = re.findall(r'<a href="([^"]+)">', featured_section(html(client.get("/en/"))))

    assert links == ["/praktijkvoorbeelden/", "/scan/"]
    assert links_en == ["/en/practice-examples/", "/en/events/"]


def test_pages_an_editor_features_replace_the_default(client, home_page, start_pages):
    page = StandardPageFactory(parent=home_page, title="Over ons", slug="over-ons")
    home_page.featured = stream(("page", {"page": page.pk, "text": "Lees wie we zijn."}))
    home_page.save_revision().publish()

    featured = featured_section(html(client.get("/")))

    assert re.findall(r'<a href="([^"]+)">', featured) == ["/over-ons/"]
