"""A translation is not public until an editor publishes it.

An editor submits a Dutch example for translation in the admin (wagtail-localize's "Vertalen"):
that makes an English draft, still in Dutch, which no door of the English site shows: the
listing, the page's own address, search, the API, the feed and the sitemap. A translator
translates it in wagtail-localize's editor; once an editor publishes it, it is on all of them,
under a slug made from its English title.
"""

from urllib.parse import urlencode

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from practice_examples.factories import PracticeExamplePageFactory
from tests.support import translate_page

DUTCH_TITLE = "Ouders aan tafel bij het thuiszittersoverleg"
ENGLISH_TITLE = "Parents at the table"


@pytest.fixture
def client(committing_client):
    """Each request ends as a commit would: wagtail-localize publishes when the request commits."""
    return committing_client


@pytest.fixture
def index_en(example_index, home_page_en, locale_en):
    return translate_page(example_index, locale_en, title="Practice examples")


@pytest.fixture
def example(example_index):
    return PracticeExamplePageFactory(
        parent=example_index,
        title=DUTCH_TITLE,
        slug="ouders-aan-tafel",
        intro="Ouders praten mee over het plan voor hun kind.",
    )


def staff(django_user_model, username, group):
    user = django_user_model.objects.create_user(username, f"{username}@example.nl", "wachtwoord")
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(django_user_model):
    return staff(django_user_model, "redacteur", "Editors")


@pytest.fixture
def moderator(django_user_model):
    """Publishes: in this site's groups only moderators may (tests/test_permission_matrix.py)."""
    return staff(django_user_model, "moderator", "Moderators")


def submit_for_translation(client, user, page, locale):
    """What "Vertalen" in the page's menu does: wagtail-localize's submit view."""
    client.force_login(user)
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302
    return page.get_translation(locale).specific


def translate_string(client, user, page, locale, path, value):
    """What typing a translation into wagtail-localize's editor does: its string API."""
    client.force_login(user)
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    segment = StringSegment.objects.get(source=translation.source, context__path=path)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(
        url, urlencode({"value": value}), content_type="application/x-www-form-urlencoded"
    )
    assert response.status_code in (200, 201), response.content


def publish_translation(client, user, target):
    """The translation editor's "Publiceer in het Engels"."""
    client.force_login(user)
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[target.pk]), {"action": "publish"}
    )
    assert response.status_code == 302
    target.refresh_from_db()
    return target


def english_doors(client, page):
    """What the English site shows about `page` through each door, as text; ends logged out."""
    client.logout()
    doors = {
        "listing": client.get("/en/practice-examples/"),
        "search": client.get("/en/search/", {"q": "ouders"}),
        "api": client.get("/api/v2/pages/", {"locale": "en", "fields": "title"}),
        "api detail": client.get(f"/api/v2/pages/{page.pk}/"),
        "feed": client.get("/en/practice-examples/feed/"),
        "sitemap": client.get("/sitemap.xml"),
        "page": client.get(page.url) if page.url else None,
    }
    return {
        name: response.content.decode()
        for name, response in doors.items()
        if response is not None and response.status_code == 200
    }


def translate_every_string(client, user, page, locale, english):
    """Translate each string of the page (the slug left alone), `english` for the ones named."""
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string", "context"
    )
    for segment in segments:
        if segment.context.path != "slug":
            value = english.get(segment.context.path, f"In English: {segment.string.data}")
            translate_string(client, user, page, locale, segment.context.path, value)


def test_submitting_for_translation_makes_a_draft_that_no_english_door_shows(
    client, index_en, example, editor, locale_en
):
    draft = submit_for_translation(client, editor, example, locale_en)

    assert not draft.live
    assert draft.title == DUTCH_TITLE  # still Dutch: that is why nobody may see it
    assert example.live  # the Dutch example itself is untouched
    doors = english_doors(client, draft)
    assert set(doors) == {"listing", "search", "api", "feed", "sitemap"}  # the page is a 404
    for name, text in doors.items():
        assert "Ouders aan tafel" not in text, name
        assert f"/en/practice-examples/{draft.slug}/" not in text, name
        assert f'"id": {draft.pk},' not in text, name


def test_the_published_translation_is_on_every_english_door_under_its_english_slug(
    client, index_en, example, editor, moderator, locale_en
):
    draft = submit_for_translation(client, editor, example, locale_en)
    translate_every_string(client, editor, example, locale_en, {"title": ENGLISH_TITLE})

    assert not Page.objects.get(pk=draft.pk).live  # translating alone publishes nothing
    assert "Ouders" not in english_doors(client, draft)["listing"]

    published = publish_translation(client, moderator, draft)

    assert published.live
    assert published.slug == "parents-at-the-table"
    assert published.url == "/en/practice-examples/parents-at-the-table/"
    doors = english_doors(client, published)
    assert set(doors) == {"listing", "search", "api", "api detail", "feed", "sitemap", "page"}
    for name in ["listing", "api", "api detail", "feed", "page"]:
        assert ENGLISH_TITLE in doors[name], name
        assert "Ouders aan tafel" not in doors[name], name
    assert "/en/practice-examples/parents-at-the-table/" in doors["sitemap"]
    assert "/en/practice-examples/parents-at-the-table/" in doors["feed"]
    assert "/en/practice-examples/parents-at-the-table/" in english_doors_search(client)


def english_doors_search(client):
    return client.get("/en/search/", {"q": "parents"}).content.decode()


def test_syncing_a_changed_source_leaves_the_live_translation_alone(
    client, index_en, example, editor, moderator, locale_en
):
    target = submit_for_translation(client, editor, example, locale_en)
    translate_every_string(client, editor, example, locale_en, {"title": ENGLISH_TITLE})
    publish_translation(client, moderator, target)
    english_intro = Page.objects.get(pk=target.pk).specific.intro

    # The Dutch example changes; an editor syncs its translations ("Vertalingen synchroniseren").
    example.intro = "Ouders schuiven aan bij elk overleg, ook over de terugkeer."
    example.save_revision().publish()
    source = Translation.objects.get(source__object_id=example.translation_key).source
    client.force_login(editor)
    response = client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})
    assert response.status_code == 302

    live = Page.objects.get(pk=target.pk).specific
    assert live.intro == english_intro
    assert "schuiven aan" not in english_doors(client, live)["page"]

    # The new sentence waits in the translation editor; published, it is on the page in English.
    translate_string(client, editor, example, locale_en, "intro", "Parents join every meeting.")
    publish_translation(client, moderator, live)
    assert "Parents join every meeting." in english_doors(client, live)["page"]


def test_an_untranslated_parent_comes_along_as_a_draft(
    client, example_index, home_page_en, example, editor, locale_en
):
    """Translating an example whose section is not translated yet copies the section into
    English as an alias of the Dutch one (wagtail-localize): it shows the Dutch section, so it
    is not live either."""
    draft = submit_for_translation(client, editor, example, locale_en)

    section = draft.get_parent()
    assert section.alias_of_id == example_index.pk
    assert not section.live
    assert client.get("/en/practice-examples/").status_code == 404
    assert example_index.specific.live
    assert client.get("/praktijkvoorbeelden/").status_code == 200
