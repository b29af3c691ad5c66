"""No leaks: a group's outcomes, outcome documents and questions reach its members, its
facilitators and the editors, and nobody else, through any door: the page, search, the API,
feeds, the sitemap, document URLs, the agenda, theme pages and the cache.

Every door is tried as an anonymous visitor, as a member of another group and as a member of
the group. Where a door never shows private content at all (search, API, feeds), the member is
tried too, so a change that starts to expose it fails here.
"""

import pytest

from django.core.files.base import ContentFile

from wagtail.documents import get_document_model

from development_groups.access import ensure_access
from development_groups.factories import QuestionFactory
from development_groups.models import OutcomeDocument
from events.factories import EventIndexPageFactory
from tests.support import MEMBERS_QUESTION

SECRETS = ["GEHEIME-SAMENVATTING", "GEHEIM-INZICHT", "GEHEIME-ACTIE"]
DOCUMENT_TEXT = b"GEHEIM-DOCUMENT: verslag van de tweede bijeenkomst"
PUBLIC_SUMMARY = "Openbare samenvatting: gemeenten en scholen wisselden hun aanpak uit."

OUTSIDERS = ["anonymous", "other_member"]


@pytest.fixture
def private_content(group, session, outcome, member, taxa):
    """The session on a theme, an outcome with a document, and a member's question."""
    session.themes.add(taxa["terugkeer"])
    session.save_revision().publish()
    Document = get_document_model()
    document = Document.objects.create(
        title="Verslag tweede bijeenkomst",
        file=ContentFile(DOCUMENT_TEXT, name="verslag-geheim.txt"),
        collection=ensure_access(group).collection,
    )
    OutcomeDocument.objects.create(outcome=outcome, document=document)
    QuestionFactory(group_page=group, author=member, text=MEMBERS_QUESTION)
    return {"document": document, "theme": taxa["terugkeer"]}


@pytest.fixture
def as_user(client, request):
    """A client logged in as the named fixture's user, or anonymous."""

    def login(who):
        client.logout()
        if who != "anonymous":
            client.force_login(request.getfixturevalue(who))
        return client

    return login


def text_of(response):
    return response.content.decode()


def assert_no_secret(response, echoed=""):
    """`echoed`: what the visitor typed, which the page may repeat (a search for a secret)."""
    text = text_of(response).replace(echoed, "") if echoed else text_of(response)
    for secret in [*SECRETS, MEMBERS_QUESTION, DOCUMENT_TEXT.decode(), "verslag-geheim"]:
        assert secret not in text


# The pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_see_the_session_but_not_its_outcome(as_user, who, session, private_content):
    response = as_user(who).get(session.url)
    assert response.status_code == 200
    assert session.title in text_of(response)
    assert_no_secret(response)


def test_a_member_reads_the_outcome_and_its_documents_on_the_session_page(
    as_user, session, private_content
):
    response = as_user("member").get(session.url)
    text = text_of(response)
    for secret in SECRETS:
        assert secret in text
    assert private_content["document"].url in text


@pytest.mark.parametrize("who", ["facilitator", "editor"])
def test_facilitators_and_editors_read_the_outcome(as_user, who, session, private_content):
    assert SECRETS[0] in text_of(as_user(who).get(session.url))


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_do_not_see_the_questions_on_the_group_page(as_user, who, group, private_content):
    response = as_user(who).get(group.url)
    assert response.status_code == 200
    assert_no_secret(response)


def test_a_member_sees_the_questions_on_the_group_page(as_user, group, private_content):
    assert MEMBERS_QUESTION in text_of(as_user("member").get(group.url))


def test_a_published_public_summary_is_for_everyone_and_the_rest_stays_private(
    as_user, session, outcome, private_content
):
    assert PUBLIC_SUMMARY not in text_of(as_user("anonymous").get(session.url))
    outcome.public_summary = PUBLIC_SUMMARY
    outcome.save()
    assert PUBLIC_SUMMARY not in text_of(as_user("anonymous").get(session.url))
    outcome.public_summary_published = True
    outcome.save()
    for who in OUTSIDERS:
        response = as_user(who).get(session.url)
        assert PUBLIC_SUMMARY in text_of(response)
        assert_no_secret(response)


# Document URLs --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", OUTSIDERS)
def test_outsiders_cannot_download_an_outcome_document(as_user, who, private_content):
    response = as_user(who).get(private_content["document"].url)
    assert response.status_code in (302, 403)
    assert DOCUMENT_TEXT not in b"".join(getattr(response, "streaming_content", [response.content]))
    if response.status_code == 302:
        assert response["Location"].startswith("/account/")


@pytest.mark.parametrize("who", ["member", "facilitator", "editor"])
def test_insiders_download_an_outcome_document(as_user, who, private_content):
    response = as_user(who).get(private_content["document"].url)
    assert response.status_code == 200
    assert DOCUMENT_TEXT in b"".join(response.streaming_content)


# Search, API, feeds, sitemap, agenda ----------------------------------------------------------


@pytest.mark.parametrize("who", [*OUTSIDERS, "member"])
@pytest.mark.parametrize("query", ["GEHEIME-SAMENVATTING", "GEHEIM-INZICHT", "GEHEIME-VRAAG"])
def test_search_never_shows_private_content(as_user, who, query, session, private_content):
    response = as_user(who).get("/zoeken/", {"q": query})
    assert response.status_code == 200
    assert_no_secret(response, echoed=query)
    assert session.url not in text_of(response)


@pytest.mark.parametrize("who", [*OUTSIDERS, "member"])
def test_the_pages_api_never_shows_private_content(as_user, who, group, session, private_content):
    client = as_user(who)
    for url in [
        "/api/v2/pages/?type=development_groups.DevelopmentSessionPage&fields=*",
        "/api/v2/pages/?type=development_groups.DevelopmentGroupPage&fields=*",
        "/api/v2/pages/?type=events.EventPage&fields=*",
        f"/api/v2/pages/{session.pk}/",
        f"/api/v2/pages/{group.pk}/",
        "/api/v2/pages/?search=GEHEIME",
    ]:
        response = client.get(url)
        assert response.status_code in (200, 400), url
        assert_no_secret(response, echoed="GEHEIME")
    assert session.title in text_of(client.get(f"/api/v2/pages/{session.pk}/"))


@pytest.mark.parametrize("who", OUTSIDERS)
def test_the_documents_api_hides_outcome_documents(as_user, who, private_content):
    client = as_user(who)
    document = private_content["document"]
    listing = client.get("/api/v2/documents/").json()
    assert document.pk not in [item["id"] for item in listing["items"]]
    assert client.get(f"/api/v2/documents/{document.pk}/").status_code == 404


def test_the_documents_api_lists_them_for_a_member(as_user, private_content):
    listing = as_user("member").get("/api/v2/documents/").json()
    assert private_content["document"].pk in [item["id"] for item in listing["items"]]


@pytest.mark.parametrize("who", [*OUTSIDERS, "member"])
def test_feeds_sitemap_and_agenda_never_show_private_content(
    as_user, who, home_page, session, private_content
):
    agenda = EventIndexPageFactory(parent=home_page)
    client = as_user(who)
    agenda_response = client.get(agenda.url)
    assert session.title in text_of(agenda_response)  # the session is in the agenda
    for response in [
        agenda_response,
        client.get(agenda.url + "ical/"),
        client.get(session.url + "ical/"),
        client.get("/sitemap.xml"),
    ]:
        assert response.status_code == 200
        assert_no_secret(response)
    assert session.full_url in text_of(client.get("/sitemap.xml"))


# Theme pages ----------------------------------------------------------------------------------


@pytest.mark.parametrize("who", OUTSIDERS)
def test_a_theme_page_shows_outsiders_only_published_summaries(
    as_user, who, theme_index, session, outcome, private_content
):
    url = theme_index.url + private_content["theme"].slug + "/"
    response = as_user(who).get(url)
    assert response.status_code == 200
    assert "theme-outcomes" not in text_of(response)
    assert_no_secret(response)

    outcome.public_summary = PUBLIC_SUMMARY
    outcome.public_summary_published = True
    outcome.save()
    response = as_user(who).get(url)
    assert PUBLIC_SUMMARY in text_of(response)
    assert_no_secret(response)


def test_a_theme_page_tells_a_member_of_their_groups_outcome(
    as_user, theme_index, session, private_content
):
    response = as_user("member").get(theme_index.url + private_content["theme"].slug + "/")
    assert "theme-outcomes" in text_of(response)
    assert session.url in text_of(response)
    assert_no_secret(response)  # the outcome itself stays on the session page


# The cache ------------------------------------------------------------------------------------


def test_a_members_page_is_never_cached_and_never_served_to_the_next_visitor(
    as_user, session, group, private_content
):
    for url in [session.url, group.url]:
        response = as_user("member").get(url)
        assert "private" in response["Cache-Control"]
        assert "no-store" in response["Cache-Control"]
        anonymous = as_user("anonymous").get(url)
        assert "private" not in anonymous.get("Cache-Control", "")
        assert_no_secret(anonymous)
