"""Every error a visitor can cause has the site's page: Dutch, English under /en/, in the site's
layout, never Django's bare English text or a technical page (kennisbank/errors.py)."""

import pytest

from django.db import OperationalError
from django.test import Client, RequestFactory

from events import registration, registration_views
from events.factories import EventPageFactory
from events.models import EventPage
from kennisbank import errors
from tests.support import registration_data, registration_url, translate_page

TITLES = {
    "nl": {
        400: "Deze aanvraag kan niet worden verwerkt",
        403: "Het formulier is verlopen",
        404: "Pagina niet gevonden",
        405: "Dit kan hier niet",
        413: "Te veel in één keer verstuurd",
        429: "Te veel aanmeldingen verstuurd",
        500: "Er ging iets mis",
        503: "Even niet bereikbaar",
    },
    "en": {
        400: "This request cannot be handled",
        403: "The form has expired",
        404: "Page not found",
        405: "This is not possible here",
        413: "Too much sent at once",
        429: "Too many registrations sent",
        500: "Something went wrong",
        503: "Briefly unavailable",
    },
}
TOO_MANY = "&".join(f"thema=t{number}" for number in range(1001))


@pytest.fixture
def event(event_index, locale_en, home_page_en):
    dutch = EventPageFactory(
        parent=event_index,
        title="Kennisdeelmiddag",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=20,
    )
    return {"nl": dutch, "en": translate_page(dutch, locale_en, title="Knowledge afternoon")}


def prefix(language):
    return "" if language == "nl" else "/en"


def cause(status, language, event, monkeypatch, settings):
    """Do what a visitor does to get `status`; the response."""
    client = Client(raise_request_exception=False)
    form = registration_url(event[language])
    if status == 400:
        search = {"nl": "/zoeken/", "en": "/en/search/"}[language]
        return client.get(f"{search}?{TOO_MANY}")
    if status == 403:  # the form's token is gone: expired, or cookies blocked
        return Client(enforce_csrf_checks=True).post(form, registration_data())
    if status == 404:
        return client.get(f"{prefix(language)}/bestaat-niet/")
    if status == 405:
        return client.put(form)
    if status == 413:
        settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1000
        return client.post(form, registration_data(remarks="x" * 2000))
    if status == 429:
        monkeypatch.setattr(registration.REGISTRATION_FORM.limit, "limit", 0)
        return client.post(form, registration_data())
    if status == 500:
        monkeypatch.setattr(registration_views, "closed_reason", broken(RuntimeError("a bug")))
        return client.get(form)
    if status == 503:
        monkeypatch.setattr(
            registration_views, "closed_reason", broken(OperationalError("no server"))
        )
        return client.get(form)
    raise AssertionError(status)


def broken(error):
    def raising(*args, **kwargs):
        raise error

    return raising


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("status", [400, 403, 404, 405, 413, 429, 500, 503])
def test_every_error_has_the_sites_page_in_the_visitors_language(
    status, language, event, monkeypatch, settings
):
    response = cause(status, language, event, monkeypatch, settings)

    assert response.status_code == status
    html = response.content.decode()
    assert f'<html lang="{language}">' in html
    assert TITLES[language][status] in html
    other = "en" if language == "nl" else "nl"
    assert TITLES[other][status] not in html
    assert 'class="site-header"' in html  # the site's layout
    assert "kennisbank.css" in html
    for technical in ("Traceback", "URLconf", "Bad Request", "Forbidden", "Server Error"):
        assert technical not in html


def test_what_a_visitor_did_wrong_shows_the_menu(event):
    response = Client().get("/bestaat-niet/")
    html = response.content.decode()
    assert 'class="main-nav' in html
    assert 'id="notfound-search"' in html  # a way on: search


@pytest.mark.parametrize("url", ["/praktijkvoorbeelden/", "/agenda/"])
def test_too_many_query_parameters_answer_400_at_once(client, example_index, event_index, url):
    """Repeating a filter more than 1,000 times (DATA_UPLOAD_MAX_NUMBER_FIELDS) is refused with
    the site's page; nothing reads the parameters again while it renders."""
    response = client.get(f"{url}?{TOO_MANY}")
    assert response.status_code == 400
    assert TITLES["nl"][400] in response.content.decode()


def test_a_405_keeps_its_allow_header(event):
    response = Client().delete(registration_url(event["nl"]))
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"
    assert TITLES["nl"][405] in response.content.decode()


def test_a_503_asks_to_come_back(event, monkeypatch):
    monkeypatch.setattr(registration_views, "closed_reason", broken(OperationalError("no server")))
    response = Client(raise_request_exception=False).get(registration_url(event["nl"]))
    assert response.status_code == 503
    assert response["Retry-After"] == "30"


def test_an_unknown_host_gets_the_page_without_the_menu(client, home_page, settings, caplog):
    """The menu needs the site of the host: a host that is not the site's gets the standalone
    layout (and no trace of the refused host name)."""
    settings.ALLOWED_HOSTS = ["testserver"]
    response = client.get("/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    html = response.content.decode()
    assert TITLES["nl"][400] in html
    assert 'class="site-header"' in html
    assert "evil.example" not in html
    assert "fell back" not in caplog.text  # expected, so not logged as a fault of the page


def test_a_page_that_cannot_render_in_the_layout_falls_back(client, home_page, monkeypatch):
    def broken_menu(request):
        raise RuntimeError("the menu is broken")

    monkeypatch.setattr("home.templatetags.navigation_tags.navigation", broken_menu)
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = response.content.decode()
    assert TITLES["nl"][404] in html
    assert 'class="main-nav' not in html


@pytest.mark.parametrize("handler", [errors.server_error, errors.unavailable])
def test_the_500_and_503_pages_need_no_database(handler, django_db_blocker):
    """They render while the database is down: any query would raise here."""
    with django_db_blocker.block():
        response = handler(RequestFactory().get("/en/events/"))
    assert response["Content-Language"] == "en"
    assert TITLES["en"][response.status_code] in response.content.decode()


def test_a_page_that_cannot_render_because_the_database_is_down_is_a_503(
    client, home_page, monkeypatch
):
    monkeypatch.setattr(
        "home.templatetags.navigation_tags.navigation", broken(OperationalError("no server"))
    )
    response = client.get("/bestaat-niet/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
