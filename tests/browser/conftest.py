"""Browser tests: headless Chromium (Debian's, not Playwright's download) against a live server.

One browser per test session (so one per xdist worker), a fresh context and page per test.
Every request to a host other than the live server is aborted and recorded, so a test can
assert that nothing left the machine. On failure a screenshot and the page's HTML land in
test-artifacts/.

The live server needs a transactional database, which is emptied after each test; serialized
rollback brings back what the migrations created (root page, locale, root collection) before
each one, and each test builds its small site again (see content.py).
"""

import contextlib
import os
import re
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import sync_playwright

from django.db import connections

from .content import build_site
from .support import ARTIFACTS

# Playwright's sync API runs an event loop in this thread; without this Django refuses to use
# the database from the test while Playwright is active.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    if report.when == "call":
        item.browser_test_failed = report.failed
    return report


@pytest.fixture(scope="session")
def playwright(django_db_setup):
    if not Path(CHROMIUM).exists():
        message = f"no Chromium at {CHROMIUM}: install Debian's chromium or set CHROMIUM_PATH"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    serialized = {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }
    with sync_playwright() as playwright:
        # While Playwright's sync API runs, this code resumes in a contextvars context of
        # Playwright's, and Django keeps its connections in a context-local: from here on the
        # tests get new connection objects. Give them the migrations' data that serialized
        # rollback restores, and close them before the test database is dropped.
        for alias, contents in serialized.items():
            if contents is not None:
                connections[alias]._test_serialized_contents = contents
        yield playwright
        connections.close_all()


@pytest.fixture(scope="session")
def live_server(playwright, live_server):
    """pytest-django's live server, started once Playwright runs: on in-memory SQLite it hands
    the tests' own connection to its threads, as Django's LiveServerTestCase does."""
    return live_server


@pytest.fixture(scope="session")
def browser(playwright, live_server):
    """One Chromium per session, closed before the live server stops: a keep-alive connection
    of the browser would otherwise keep a request thread of the server busy past its stop."""
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def site_content(
    django_db_serialized_rollback, live_server, home_page, theme_index, home_page_en, locale_en
):
    return build_site(home_page, theme_index, home_page_en, locale_en)


@pytest.fixture(autouse=True)
def base_url_of_the_live_server(live_server, settings):
    """Links that leave the site (the scan's private link, mails) start with BASE_URL: here the
    live server's address, as `make run` sets it to its own."""
    settings.BASE_URL = settings.WAGTAILAPI_BASE_URL = live_server.url


@pytest.fixture
def external_requests():
    """The address of every request a page tried to send to another host than the live server."""
    return []


@pytest.fixture
def page(browser, live_server, site_content, external_requests, request):
    """A page in a fresh browser context; relative addresses go to the live server."""
    yield from open_context(browser, live_server, external_requests, request)


@pytest.fixture
def page_without_js(browser, live_server, site_content, external_requests, request):
    yield from open_context(
        browser, live_server, external_requests, request, java_script_enabled=False
    )


def open_context(browser, live_server, external_requests, request, **options):
    context = browser.new_context(base_url=live_server.url, locale="nl-NL", **options)
    context.set_default_timeout(10_000)
    origin = live_server.url.rstrip("/")

    def is_external(url):
        return not (url == origin or url.startswith((origin + "/", "data:", "blob:")))

    def block(route):
        external_requests.append(route.request.url)
        route.abort("blockedbyclient")

    context.route(is_external, block)
    page = context.new_page()
    try:
        yield page
        if getattr(request.node, "browser_test_failed", False):
            with contextlib.suppress(PlaywrightError):
                save_artifacts(page, request.node.nodeid)
    finally:
        context.close()


def save_artifacts(page, nodeid):
    ARTIFACTS.mkdir(exist_ok=True)
    name = re.sub(r"[^\w.-]+", "_", nodeid)
    page.screenshot(path=ARTIFACTS / f"{name}.png", full_page=True)
    (ARTIFACTS / f"{name}.html").write_text(page.content())
