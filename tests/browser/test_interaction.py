"""What a visitor does: play a video, switch language, skip to content, search without JS."""

import re

import pytest
from playwright.sync_api import expect

from .content import BLOCK_TEXT, SEARCH_WORD, STANDARD_PAGE_TITLE, VIDEO_URL, dutch

pytestmark = pytest.mark.browser

PLAYER_ORIGIN = "https://www.youtube-nocookie.com"
STUB_PLAYER = "<!DOCTYPE html><title>Stub player</title><p>Nothing left the machine.</p>"


def test_video_contacts_youtube_only_after_the_click(
    page, site_content, live_server, external_requests
):
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    def stub_player(route):
        route.fulfill(status=200, content_type="text/html", body=STUB_PLAYER)

    # Added after the context's catch-all block, so it answers the player's request instead:
    # nothing leaves the machine.
    page.route(f"{PLAYER_ORIGIN}/**", stub_player)

    page.goto(site_content.standard.url)
    page.wait_for_load_state("networkidle")
    play = page.get_by_role("link", name=BLOCK_TEXT["video_title"])
    expect(play).to_have_attribute("href", VIDEO_URL)  # without JavaScript: the video's own page

    own_origin = live_server.url.rstrip("/") + "/"
    assert any(url.startswith(own_origin) for url in requests)
    assert [url for url in requests if not url.startswith(own_origin)] == []
    assert external_requests == []
    expect(page.locator("iframe")).to_have_count(0)

    with page.expect_request(lambda request: request.url.startswith(PLAYER_ORIGIN)) as player:
        play.click()

    assert player.value.url.startswith(f"{PLAYER_ORIGIN}/embed/aqz-KE-bpKQ?")
    iframe = page.locator("figure.block-video iframe")
    expect(iframe).to_have_count(1)
    expect(iframe).to_have_attribute("src", player.value.url)
    expect(iframe).to_have_attribute("title", re.compile(re.escape(BLOCK_TEXT["video_title"])))
    expect(page).to_have_url(re.compile(re.escape(site_content.standard.url) + "$"))
    assert external_requests == []


def test_language_switch_leads_to_the_english_page(page, site_content):
    page.goto(site_content.standard.url)
    expect(page.locator("html")).to_have_attribute("lang", "nl")

    language_switch = page.get_by_role("navigation", name=dutch("Language"))
    language_switch.get_by_role("link", name=re.compile(r"^EN\b")).click()

    expect(page).to_have_url(re.compile(re.escape(site_content.standard_en.url) + "$"))
    assert site_content.standard_en.url.startswith("/en/")
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("heading", level=1)).to_have_text(site_content.standard_en.title)


def test_skip_link_moves_focus_to_main(page, site_content):
    page.goto("/")

    page.keyboard.press("Tab")
    expect(page.get_by_role("link", name=dutch("Skip to content"))).to_be_focused()
    page.keyboard.press("Enter")

    expect(page.locator("main#main")).to_be_focused()


def test_search_works_without_javascript(page_without_js, site_content, external_requests):
    page = page_without_js
    page.goto("/")

    search = page.get_by_role("search").first
    search.get_by_role("searchbox").fill(SEARCH_WORD)
    search.get_by_role("button").click()

    expect(page).to_have_url(re.compile(rf"/zoeken/\?q={SEARCH_WORD}$"))
    expect(
        page.locator(".result-list").get_by_role("link", name=STANDARD_PAGE_TITLE)
    ).to_be_visible()
    assert external_requests == []
