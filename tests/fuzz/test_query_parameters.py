"""Every public address with hostile query parameters and path segments: never a server error.

The listing filters, search, feeds, exports, calendars, the API and the sitemap read their
parameters straight from request.GET, outside any form field that would refuse a NUL byte or a
value of the wrong type; the tokens in links are typed or mangled by visitors and mail clients.
"""

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from following import links

from .support import (
    assert_no_server_error,
    fresh_client,
    fuzz,
    path_segment,
    query,
    raw_query_value,
    subpage,
)

EXAMPLE_PARAMS = ["q", "thema", "regio", "sector", "doelgroep", "organisatie", "tag", "sort"]
EXAMPLE_VALUES = ["ouderbetrokkenheid", "utrecht", "po", "ouders", "municipality", "nieuwste"]
AGENDA_PARAMS = ["periode", "thema", "doelgroep", "soort", "regio", "maand", "tag"]
AGENDA_VALUES = ["verleden", "komend", "ouderbetrokkenheid", "activity", "utrecht", "2030-01"]
AGENDA_VALUES += ["0001-01", "9999-12", "2030-01\n", "\u0662\u0660\u0663\u0660-01"]
FOLLOW_PARAMS = ["scope", "thema", "regio", "sector", "terug"]
FOLLOW_VALUES = ["examples", "events", "ouderbetrokkenheid", "utrecht", "po", "/themas/"]
API_PARAMS = [
    "type",
    "fields",
    "search",
    "search_operator",
    "order",
    "limit",
    "offset",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
    "locale",
    "slug",
    "title",
    "id",
    "show_in_menus",
    "html_path",
    "thema",
    "regio",
    "sector",
    "doelgroep",
    "organisatie",
]
API_VALUES = [
    "practice_examples.PracticeExamplePage",
    "events.EventPage",
    "*",
    "title,intro",
    "-title",
    "random",
    "2",
    "nl",
    "ouderbetrokkenheid",
    "/",
]


def path_of(url):
    return urlsplit(url).path


def doors(site):
    """(address, parameter names it reads, some valid values) for every public GET."""
    examples = site.example_index
    return [
        ("/", ["verzonden"], []),
        ("/en/", [], []),
        ("/zoeken/", ["q", "page"], ["ouders", "2"]),
        ("/en/search/", ["q", "page"], ["knowledge", "1"]),
        (examples.url, [*EXAMPLE_PARAMS, "page"], EXAMPLE_VALUES),
        (subpage(examples, "feed"), [*EXAMPLE_PARAMS, "format"], [*EXAMPLE_VALUES, "atom"]),
        (subpage(examples, "export"), EXAMPLE_PARAMS, EXAMPLE_VALUES),
        (subpage(examples, "submit"), ["verzonden"], ["1"]),
        (site.example.url, ["verzonden"], ["1"]),
        (subpage(site.example, "contact"), ["verzonden"], ["1"]),
        (site.event_index.url, [*AGENDA_PARAMS, "page"], AGENDA_VALUES),
        (subpage(site.event_index, "ical"), ["thema"], ["ouderbetrokkenheid"]),
        (site.event.url, [], []),
        (subpage(site.event, "register"), ["verzonden"], ["1"]),
        (subpage(site.event, "ical"), [], []),
        (
            subpage(site.event, "cancel", token=site.registration.token),
            ["afgemeld"],
            ["1"],
        ),
        (site.week.url, [], []),
        (subpage(site.week, "feed"), ["format"], ["atom"]),
        (subpage(site.week, "submit_activity"), ["verzonden"], ["1"]),
        (site.scan.url, [], []),
        (subpage(site.scan, "result_route", token=site.scan_response.token), [], []),
        (
            subpage(site.scan, "step_route", token=site.scan_response.token, number=1),
            [],
            [],
        ),
        (site.theme_index.url, [], []),
        (site.group.url, [], []),
        ("/account/inloggen/", ["next"], ["/account/", "https://example.invalid/", "//evil"]),
        ("/en/account/login/", ["next"], ["/en/account/", "https://example.invalid/", "//evil"]),
        ("/en/account/inloggen/", ["next"], ["/en/account/", "//evil"]),  # the old address
        ("/account/wachtwoord-vergeten/", [], []),
        ("/account/uitloggen/", ["next"], ["/"]),
        (f"/account/uitnodiging/{site.invitation.token}/", [], []),
        ("/volgen/", FOLLOW_PARAMS, FOLLOW_VALUES),
        ("/en/follow/", FOLLOW_PARAMS, FOLLOW_VALUES),
        ("/volgen/verzonden/", ["terug"], ["/themas/", "//evil.example/", "/\\evil"]),
        (path_of(links.confirm_url(site.subscriber)), [], []),
        (
            path_of(links.manage_url(site.subscriber)),
            ["bevestigd", "gewijzigd", "verwijderd"],
            ["1"],
        ),
        (path_of(links.unsubscribe_url(site.subscriber)), [], []),
        ("/sitemap.xml", ["p"], ["1", "2"]),
        ("/jsi18n/", ["language"], ["en"]),
        ("/health/", [], []),
        ("/api/v2/pages/", API_PARAMS, API_VALUES),
        ("/api/v2/pages/find/", API_PARAMS, API_VALUES),
        (f"/api/v2/pages/{site.example.pk}/", ["fields", "type"], API_VALUES),
        ("/api/v2/images/", ["fields", "search", "order", "limit", "offset", "title"], API_VALUES),
        ("/api/v2/documents/", ["fields", "search", "order", "limit", "offset"], API_VALUES),
    ]


@pytest.mark.django_db
@fuzz(40)
@given(data=st.data())
def test_query_parameters_never_cause_a_server_error(site, data):
    address, names, valid = data.draw(st.sampled_from(doors(site)), label="door")
    params = data.draw(query([*names, "page"], valid), label="params")
    response = fresh_client().get(address, params)
    assert_no_server_error(response, f"GET {address} {params!r}")


# The values that broke something once, each given to every parameter of every door in turn.
WORST = ["a\x00b", "a\nb\x01\x7f", "99999999999999999999", "-1", "0000-01"]


@pytest.mark.django_db
def test_every_parameter_of_every_door_with_the_worst_values(site):
    client = fresh_client()
    for address, names, _valid in doors(site):
        for name in [*names, "page"]:
            for value in WORST:
                response = client.get(address, {name: value})
                assert_no_server_error(response, f"GET {address} {name}={value!r}")


@pytest.mark.django_db
@fuzz(25)
@given(data=st.data())
def test_invalid_utf8_in_query_strings(site, data):
    address, names, _valid = data.draw(st.sampled_from(doors(site)), label="door")
    name = data.draw(st.sampled_from([*names, "q", "page"]), label="name")
    value = data.draw(raw_query_value(), label="value")
    response = fresh_client().get(f"{address}?{name}={value}&{name}=1")
    assert_no_server_error(response, f"GET {address}?{name}={value}")


@pytest.mark.django_db
@fuzz(10)
@given(data=st.data())
def test_hostile_path_segments(site, data):
    """Tokens and slugs in addresses: cancellation links, scan links, invitations, password
    resets, themes, API ids, language prefixes."""
    segment = data.draw(path_segment(), label="segment")
    number = data.draw(
        st.one_of(st.integers(-5, 10), st.just(10**30)).map(str) | path_segment(), label="number"
    )
    addresses = [
        site.event.url + f"afmelden/{segment}/",
        site.scan.url + f"{segment}/",
        site.scan.url + f"{segment}/stap/{number}/",
        site.scan.url + f"{site.scan_response.token}/stap/{number}/",
        f"/account/uitnodiging/{segment}/",
        f"/account/wachtwoord-vergeten/{segment}/{segment}/",
        f"/account/wachtwoord-vergeten/{segment}/nieuw-wachtwoord/",
        f"/en/account/invitation/{segment}/",
        f"/en/account/forgot-password/{segment}/set-password/",
        f"/en/account/wachtwoord-vergeten/{segment}/{segment}/",  # the old address
        site.theme_index.url + f"{segment}/",
        f"/api/v2/pages/{segment}/",
        f"/api/v2/images/{segment}/",
        f"/{segment}/",
        f"/en/{segment}/",
        f"/documents/{number}/{segment}/",
        f"/volgen/bevestigen/{segment}/",
        f"/volgen/beheren/{segment}/",
        f"/en/follow/unsubscribe/{segment}/",
    ]
    client = fresh_client()
    for address in addresses:
        assert_no_server_error(client.get(address), f"GET {address}")
    # The links in following's mails are posted to as well (confirm, one-click unsubscribe).
    for address in addresses[-3:]:
        assert_no_server_error(client.post(address, {"action": segment}), f"POST {address}")
    # Wagtail's form for a password-protected page (no page uses one: the switch is off).
    address = f"/_util/authenticate_with_password/{number}/{site.home.pk}/"
    response = client.post(address, {"password": segment, "return_url": segment})
    assert_no_server_error(response, f"POST {address}")
