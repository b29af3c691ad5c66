"""Moderating a visitor's proposed example: the draft holds what they sent (organisations not in
the list yet added once, unconfirmed, and kept off the site until an editor confirms them); the
moderator's approval says the example is published and links to it; the sender hears once when
it is online, or, politely and with the moderator's comment, when it is sent back."""

import csv
import io
import json

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from practice_examples.models import PracticeExamplePage, Submission
from taxonomy.factories import OrganisationFactory, RegionFactory, SectorFactory, ThemeFactory
from taxonomy.models import Organisation
from tests.support import submission_data, submission_url, translate_page

SENDER = "fatima@swv-utrecht.example"


@pytest.fixture
def vocabulary(locale_nl):
    return {
        "theme": ThemeFactory(name="Terug naar school", slug="terug-naar-school"),
        "region": RegionFactory(name="Utrecht", slug="utrecht", code="UT"),
        "sector": SectorFactory(name="Voortgezet onderwijs", slug="vo", abbreviation="VO"),
        "organisation": OrganisationFactory(
            name="Gemeente Utrecht", kind=Organisation.Kind.MUNICIPALITY
        ),
    }


@pytest.fixture
def moderator(db, django_user_model):
    user = django_user_model.objects.create_user("moderator", "moderator@steunpunt.example", "x")
    user.groups.add(Group.objects.get(name="Moderators"))
    return user


def submit(client, example_index, execute, **overrides):
    """A visitor proposes an example; the page of the new draft."""
    data = submission_data(audiences=[], **overrides)
    with execute(execute=True):
        response = client.post(submission_url(example_index), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return PracticeExamplePage.objects.get(title=data["title"])


def workflow_action(client, page, action, comment=""):
    """The moderator's workflow action on the draft in its edit form, as the admin posts it."""
    revision = page.get_latest_revision_as_object()
    data = nested_form_data(
        {
            "title": revision.title,
            "slug": revision.slug,
            "intro": revision.intro,
            "contact_name": revision.contact_name,
            "contact_email": revision.contact_email,
            "contact_method": revision.contact_method,
            "publication_date": revision.publication_date.isoformat(),
            "body": streamfield([]),
            "comments": inline_formset([]),
            "related_examples": inline_formset([]),
            "action-workflow-action": "true",
            "workflow-action-name": action,
            "workflow-action-extra-data": json.dumps({"comment": comment} if comment else {}),
        }
    )
    for name in ("themes", "regions", "sectors", "organisations"):
        data[name] = [str(item.pk) for item in getattr(revision, name).all()]
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        data,
        follow=True,
        HTTP_ACCEPT_LANGUAGE="nl",
    )


def mails_to(mailoutbox, address):
    return [mail for mail in mailoutbox if mail.to == [address]]


# The draft ---------------------------------------------------------------------------------------


def test_the_draft_revision_holds_what_the_sender_sent(
    client, example_index, vocabulary, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    page = submit(client, example_index, django_capture_on_commit_callbacks)

    draft = page.get_latest_revision_as_object()  # what the editor opens
    assert [theme.slug for theme in draft.themes.all()] == ["terug-naar-school"]
    assert [region.slug for region in draft.regions.all()] == ["utrecht"]
    assert [sector.slug for sector in draft.sectors.all()] == ["vo"]
    assert sorted((o.name, o.confirmed) for o in draft.organisations.all()) == [
        ("Gemeente Utrecht", True),
        ("SWV Utrecht VO", False),
    ]
    assert (draft.contact_name, draft.contact_role, draft.contact_organisation) == (
        "Fatima el Amrani",
        "Zorgcoördinator",
        "SWV Utrecht VO",
    )
    assert draft.contact_email == SENDER
    new = Organisation.objects.get(name="SWV Utrecht VO")
    assert new.locale == example_index.locale
    assert new.slug == "swv-utrecht-vo"
    assert new.kind == Organisation.Kind.OTHER
    submission = Submission.objects.get(page=page)
    assert (submission.email, submission.language) == (SENDER, "nl")
    # The editors' notification names the organisation awaiting confirmation, with the listing.
    (notification,) = [mail for mail in mailoutbox if mail.reply_to == [SENDER]]
    unconfirmed = notification.body.split("tot dan toont de site ze niet:\n")[1]
    assert unconfirmed.startswith(
        "- SWV Utrecht VO\n"
        "http://testserver/admin/snippets/taxonomy/organisation/?status=unconfirmed\n"
    )


def test_a_new_organisation_is_added_once_whatever_its_spelling(
    client, example_index, vocabulary, locale_en, django_capture_on_commit_callbacks
):
    first = submit(client, example_index, django_capture_on_commit_callbacks)
    second = submit(
        client,
        example_index,
        django_capture_on_commit_callbacks,
        title="Tweede voorbeeld",
        organisations="swv  utrecht   vo\nSWV-Utrecht VO; gemeente utrecht",
    )

    new = Organisation.objects.get(slug="swv-utrecht-vo")
    assert Organisation.objects.filter(locale=example_index.locale).count() == 2
    assert set(second.organisations.all()) == {new, vocabulary["organisation"]}
    assert set(first.organisations.all()) == set(second.organisations.all())

    # A submission on the English site adds it among the English organisations.
    index_en = translate_page(example_index, locale_en, title="Practice examples")
    english = submit(
        client,
        index_en,
        django_capture_on_commit_callbacks,
        title="An English example",
        organisations="SWV Utrecht VO",
    )
    (added,) = english.organisations.all()
    assert added.locale == locale_en and not added.confirmed
    assert Organisation.objects.filter(slug="swv-utrecht-vo").count() == 2  # one per language


def test_a_name_too_long_for_an_organisation_is_refused_in_dutch(client, example_index, vocabulary):
    response = client.post(submission_url(example_index), submission_data(organisations="x" * 201))

    assert response.status_code == 200
    assert "mag hoogstens 200 tekens lang zijn" in response.content.decode()
    assert not PracticeExamplePage.objects.exists()
    assert not Organisation.objects.filter(confirmed=False).exists()


# Unconfirmed organisations stay off the site ---------------------------------------------------


@pytest.fixture
def published(client, example_index, vocabulary, moderator, django_capture_on_commit_callbacks):
    page = submit(
        client,
        example_index,
        django_capture_on_commit_callbacks,
        organisations="Gemeente Utrecht\nStichting Thuiszitters Nul",
    )
    page.get_latest_revision().publish()
    return PracticeExamplePage.objects.get(pk=page.pk)


def public_views(client, page, example_index):
    """What a visitor sees of the example through every door, as text."""
    listing = example_index.url
    export = client.get(listing + "export/")
    return {
        "page": client.get(page.url).content.decode(),
        "card": client.get(listing).content.decode(),
        "facet": client.get(listing, {"organisatie": "other"}).content.decode(),
        "api": client.get(
            "/api/v2/pages/",
            {"type": "practice_examples.PracticeExamplePage", "fields": "organisations"},
        ).json()["items"][0]["organisations"],
        "api-filter": client.get("/api/v2/pages/", {"organisatie": "other"}).json()["meta"][
            "total_count"
        ],
        "export": list(
            csv.reader(io.StringIO(b"".join(export.streaming_content).decode()), delimiter=";")
        ),
        "search": client.get("/zoeken/", {"q": "Thuiszitters Nul"}).content.decode(),
    }


def test_an_unconfirmed_organisation_shows_nowhere_until_an_editor_confirms_it(
    client, published, example_index
):
    new = Organisation.objects.get(name="Stichting Thuiszitters Nul")
    assert not new.confirmed

    before = public_views(client, published, example_index)
    assert "Gemeente Utrecht" in before["page"]  # the confirmed one is shown
    assert "Stichting Thuiszitters Nul" not in before["page"]
    assert "Stichting Thuiszitters Nul" not in before["card"]
    assert published.title not in before["facet"]  # no example for the "other" kind
    assert before["api"] == ["Gemeente Utrecht"]
    assert before["api-filter"] == 0
    assert "Stichting Thuiszitters Nul" not in str(before["export"])
    assert published.title not in before["search"]

    new.confirmed = True
    new.save()

    after = public_views(client, published, example_index)
    assert "Stichting Thuiszitters Nul" in after["page"]
    assert published.title in after["facet"]
    assert sorted(after["api"]) == ["Gemeente Utrecht", "Stichting Thuiszitters Nul"]
    assert after["api-filter"] == 1
    assert "Stichting Thuiszitters Nul" in str(after["export"])
    assert published.title in after["search"]


def test_the_editor_finds_the_organisations_awaiting_confirmation_and_confirms_one(
    client, published, admin_user
):
    client.force_login(admin_user)
    listing = reverse("wagtailsnippets_taxonomy_organisation:list")

    html = client.get(
        listing, {"status": "unconfirmed"}, HTTP_ACCEPT_LANGUAGE="nl"
    ).content.decode()
    assert "Stichting Thuiszitters Nul" in html
    assert "Wacht op bevestiging" in html
    assert "Gemeente Utrecht" not in html

    new = Organisation.objects.get(name="Stichting Thuiszitters Nul")
    edit = reverse("wagtailsnippets_taxonomy_organisation:edit", args=[new.pk])
    form = client.get(edit, HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert "bevestigd" in form.lower()
    response = client.post(
        edit,
        {
            "name": new.name,
            "slug": new.slug,
            "kind": Organisation.Kind.OTHER,
            "website": "https://thuiszitters-nul.example.nl/",
            "confirmed": "on",
        },
    )
    assert response.status_code == 302
    new.refresh_from_db()
    assert new.confirmed
    assert "Stichting Thuiszitters Nul" in client.get(published.url).content.decode()


# The moderator's approval ------------------------------------------------------------------------


def test_the_approval_says_the_example_is_published_and_links_to_it(
    client, example_index, vocabulary, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    page = submit(client, example_index, django_capture_on_commit_callbacks)
    client.logout()
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "approve")

    page.refresh_from_db()
    assert page.live and not page.has_unpublished_changes
    html = response.content.decode()
    assert f"Pagina &#x27;{page.title}&#x27; is gepubliceerd." in html
    assert "is gewijzigd" not in html
    assert f'href="{page.url}"' in html  # "Bekijk live"
    # The organisations, themes and contact the sender gave are on the live page.
    assert page.organisations.count() == 2
    assert page.themes.get() == vocabulary["theme"]
    assert page.contact_email == SENDER


def test_an_approval_that_publishes_nothing_keeps_wagtails_message(
    client, example_index, vocabulary, moderator, django_capture_on_commit_callbacks
):
    """A save in the edit form without a workflow action still says "gewijzigd"."""
    page = submit(client, example_index, django_capture_on_commit_callbacks)
    client.force_login(moderator)
    response = workflow_action(client, page, "not-an-action")

    assert "is gewijzigd" in response.content.decode()
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"


# The sender's mails ------------------------------------------------------------------------------


def test_the_sender_hears_once_when_the_example_is_published(
    client, example_index, vocabulary, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    page = submit(client, example_index, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    client.force_login(moderator)

    with django_capture_on_commit_callbacks(execute=True):
        workflow_action(client, page, "approve")

    (mail,) = mails_to(mailoutbox, SENDER)
    assert mail.subject == f"Uw praktijkvoorbeeld “{page.title}” staat online"
    assert "Beste Fatima el Amrani," in mail.body
    assert "Goed nieuws: uw praktijkvoorbeeld" in mail.body
    assert f"http://testserver{page.url}" in mail.body
    assert page.url.startswith("/praktijkvoorbeelden/")

    # An editor changes the contact address, edits and publishes again: nothing more is sent.
    mailoutbox.clear()
    page.refresh_from_db()
    page.contact_email = "iemand-anders@example.nl"
    page.intro = "Een nieuwe samenvatting."
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=moderator).publish()
        page.get_latest_revision().publish()
    assert mailoutbox == []


def test_an_english_sender_hears_in_english_with_the_english_address(
    client,
    example_index,
    vocabulary,
    locale_en,
    admin_user,
    mailoutbox,
    django_capture_on_commit_callbacks,
):
    index_en = translate_page(
        example_index, locale_en, title="Practice examples", slug="practice-examples"
    )
    page = submit(client, index_en, django_capture_on_commit_callbacks, title="One contact for all")
    # The editor changes the contact: the mail still goes to the sender.
    page.contact_email = "editor-changed@example.nl"
    mailoutbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision(user=admin_user).publish()

    assert mails_to(mailoutbox, "editor-changed@example.nl") == []
    (mail,) = mails_to(mailoutbox, SENDER)
    assert mail.subject == "Your practice example “One contact for all” is online"
    assert "Dear Fatima el Amrani," in mail.body
    assert "http://testserver/en/practice-examples/one-contact-for-all/" in mail.body


def test_a_rejection_tells_the_sender_politely_with_the_comment_once(
    client, example_index, vocabulary, moderator, mailoutbox, django_capture_on_commit_callbacks
):
    page = submit(client, example_index, django_capture_on_commit_callbacks)
    mailoutbox.clear()
    client.force_login(moderator)
    comment = "Het voorbeeld mist cijfers over de resultaten; kunt u die aanvullen?"

    with django_capture_on_commit_callbacks(execute=True):
        response = workflow_action(client, page, "reject", comment=comment)

    html = response.content.decode()
    assert f"Wijzigingen gevraagd voor pagina &#x27;{page.title}&#x27;." in html
    assert "is gewijzigd" not in html
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    (mail,) = mails_to(mailoutbox, SENDER)
    assert mail.subject == f"Over uw praktijkvoorbeeld “{page.title}”"
    assert "Beste Fatima el Amrani," in mail.body
    assert "publiceert het in deze vorm niet" in mail.body
    assert f"Toelichting van de redactie:\n{comment}" in mail.body
    page.refresh_from_db()
    assert not page.live

    # Resubmitted and sent back again: the sender is not mailed a second time.
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        state.resume(user=moderator)
        workflow_action(client, page, "reject", comment="Nog steeds geen cijfers.")
    assert mails_to(mailoutbox, SENDER) == []
