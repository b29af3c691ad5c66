"""/praktijkvoorbeelden/insturen/: a proposal becomes a draft in moderation, whatever the input
loses nothing and publishes nothing."""

import re

import pytest

from django.core.cache import cache
from django.core.mail.backends.base import BaseEmailBackend
from django.test import Client

from wagtail.models import WorkflowState

from practice_examples.forms import SECTION_MAX
from practice_examples.models import PracticeExamplePage
from practice_examples.submission import SUBMISSIONS_PER_HOUR
from taxonomy.factories import (
    ThemeFactory,
)
from tests.support import submission_data, submission_url, translate_page

SCRIPT = "<script>alert(1)</script>"
TEXT_FIELDS = [
    "title",
    "intro",
    "problem",
    "approach",
    "results",
    "working_elements",
    "conditions",
    "lessons",
    "organisations",
    "contact_name",
    "contact_role",
    "contact_organisation",
]
RICH_TEXT_FIELDS = ["problem", "approach", "results", "working_elements", "conditions", "lessons"]


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


def drafts():
    return PracticeExamplePage.objects.all()


def test_the_form_renders_with_its_fields(client, example_index, submission_vocabulary):
    response = client.get(submission_url(example_index))

    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="csrfmiddlewaretoken"' in html
    for name in TEXT_FIELDS + ["contact_email", "consent", "website"]:
        assert f'name="{name}"' in html, name
    assert 'value="terug-naar-school"' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="name"' in html
    # The honeypot is out of reach for people and screen readers.
    honeypot = re.search(
        r'<div aria-hidden="true"[^>]*>\s*<label[^>]*>[^<]*</label>\s*<input[^>]*>', html
    )
    assert honeypot and 'name="website"' in honeypot.group(0)
    assert 'tabindex="-1"' in honeypot.group(0)
    assert 'autocomplete="off"' in honeypot.group(0)


def test_a_head_request_and_the_thank_you_state_work(client, example_index):
    assert client.head(submission_url(example_index)).status_code == 200
    response = client.get(submission_url(example_index) + "?verzonden=1")
    assert response.status_code == 200
    assert 'name="title"' not in response.content.decode()


def test_other_methods_are_not_allowed(client, example_index):
    assert client.put(submission_url(example_index)).status_code == 405


def test_a_valid_submission_becomes_one_draft_in_moderation(
    client,
    example_index,
    submission_vocabulary,
    site_staff,
    mailoutbox,
    django_capture_on_commit_callbacks,
    settings,
):
    settings.BASE_URL = "https://kennisbank.example.nl"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(submission_url(example_index), submission_data())

    assert response.status_code == 302
    assert response["Location"] == submission_url(example_index) + "?verzonden=1"
    page = drafts().get()
    assert not page.live
    assert page.get_parent().specific == example_index
    assert page.locale == example_index.locale
    assert page.title == "Eén aanspreekpunt voor school en jeugdhulp"
    assert page.slug == "een-aanspreekpunt-voor-school-en-jeugdhulp"
    assert (
        page.problem == "<p>Leerlingen zaten maanden thuis.</p><p>Niemand voelde zich eigenaar.</p>"
    )
    assert page.approach == "<p>Een wekelijks overleg.<br/>Met school, jeugdhulp en leerplicht.</p>"
    assert list(page.themes.all()) == [submission_vocabulary["theme"]]
    assert list(page.regions.all()) == [submission_vocabulary["region"]]
    assert list(page.sectors.all()) == [submission_vocabulary["sector"]]
    assert list(page.audiences.all()) == [submission_vocabulary["audience"]]
    # The organisation in the list, and the new one added unconfirmed (test_moderation.py).
    assert [(o.name, o.confirmed) for o in page.organisations.order_by("pk")] == [
        ("Gemeente Utrecht", True),
        ("SWV Utrecht VO", False),
    ]
    assert page.contact_email == "fatima@swv-utrecht.example"
    assert page.contact_method == PracticeExamplePage.ContactMethod.FORM
    # The revision editors review holds the same content.
    revision = page.get_latest_revision_as_object()
    assert [theme.slug for theme in revision.themes.all()] == ["terug-naar-school"]
    assert revision.problem == page.problem

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Beoordeling door moderatoren"
    assert page.workflow_in_progress

    # Wagtail tells the moderators and superusers that the page is in moderation; the editors
    # get our notification with the example and the sender as reply-to.
    ours = [mail for mail in mailoutbox if mail.reply_to == ["fatima@swv-utrecht.example"]]
    assert sorted(address for mail in ours for address in mail.to) == sorted(site_staff)
    notification = ours[0]
    assert page.title in notification.subject
    assert f"https://kennisbank.example.nl/admin/pages/{page.pk}/edit/" in notification.body
    assert "SWV Utrecht VO" in notification.body  # the organisation that is not in the list yet
    to_sender = [mail for mail in mailoutbox if mail.to == ["fatima@swv-utrecht.example"]]
    assert len(to_sender) == 1
    assert page.title in to_sender[0].subject
    assert "Terug naar school" in to_sender[0].body
    assert "https://kennisbank.example.nl/" in to_sender[0].body
    assert not any("localhost" in mail.body for mail in ours + to_sender)
    assert "visitor@example.nl" not in {address for mail in mailoutbox for address in mail.to}


class BrokenMailServer(BaseEmailBackend):
    def send_messages(self, email_messages):
        raise ConnectionRefusedError("the mail server is down")


def test_a_mail_server_that_is_down_loses_nothing(
    client, example_index, submission_vocabulary, site_staff, settings
):
    settings.EMAIL_BACKEND = f"{__name__}.BrokenMailServer"

    response = client.post(submission_url(example_index), submission_data())

    assert response.status_code == 302
    page = drafts().get()
    assert WorkflowState.objects.get(object_id=str(page.pk)).status == "in_progress"


def test_without_vocabularies_the_form_asks_none(client, example_index, locale_nl):
    html = client.get(submission_url(example_index)).content.decode()
    for name in ("themes", "regions", "sectors", "audiences"):
        assert f'name="{name}"' not in html

    response = client.post(submission_url(example_index), submission_data())

    assert response.status_code == 302
    assert drafts().get().themes.count() == 0


def test_the_draft_appears_only_once_a_moderator_approves_it(
    client, example_index, submission_vocabulary, admin_user
):
    client.post(submission_url(example_index), submission_data())
    page = drafts().get()
    address = f"{example_index.url}{page.slug}/"

    assert client.get(address).status_code == 404
    assert page.slug not in client.get(example_index.url).content.decode()

    state = WorkflowState.objects.get(object_id=str(page.pk))
    task_state = state.current_task_state.specific
    task_state.task.specific.on_action(task_state, admin_user, "approve")

    page.refresh_from_db()
    assert page.live
    assert client.get(address).status_code == 200
    assert address in client.get(example_index.url).content.decode()


def test_without_consent_visitors_cannot_contact_the_sender(
    client, example_index, submission_vocabulary
):
    data = submission_data()
    del data["consent"]
    client.post(submission_url(example_index), data)

    assert drafts().get().contact_method == PracticeExamplePage.ContactMethod.NONE


def test_the_sender_chooses_from_the_taxonomy_of_their_language(
    client, example_index, submission_vocabulary, locale_en, home_page_en
):
    english_theme = submission_vocabulary["theme"].copy_for_translation(locale_en)
    english_theme.name = "Back to school"
    english_theme.save()
    index_en = translate_page(example_index, locale_en, title="Practice examples")

    form = client.get(submission_url(index_en))
    assert "Back to school" in form.content.decode()
    response = client.post(
        submission_url(index_en), submission_data(regions=[], sectors=[], audiences=[])
    )

    assert response.status_code == 302
    page = drafts().get()
    assert page.locale == locale_en
    assert page.get_parent().pk == index_en.pk
    assert list(page.themes.all()) == [english_theme]


def test_a_missing_required_field_keeps_every_value(
    client, example_index, submission_vocabulary, mailoutbox
):
    data = submission_data(title="", contact_email="")

    response = client.post(submission_url(example_index), data)

    assert response.status_code == 200
    assert not drafts().exists()
    assert mailoutbox == []
    form = response.context["form"]
    assert set(form.errors) == {"title", "contact_email"}
    html = response.content.decode()
    # The summary at the top links to the fields, the fields point to their messages.
    assert 'id="error-summary"' in html
    assert 'href="#id_title"' in html
    assert 'href="#id_contact_email"' in html
    assert 'id="id_title_error"' in html
    assert re.search(r'<input[^>]*aria-describedby="id_title_helptext id_title_error"', html)
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*name="title"', html) or re.search(
        r'<input[^>]*name="title"[^>]*aria-invalid="true"', html
    )
    # What was typed comes back.
    assert "Niemand voelde zich eigenaar." in html
    assert 'value="Fatima el Amrani"' in html
    assert re.search(r'value="terug-naar-school"[^>]*checked', html)


def test_a_missing_theme_links_to_the_first_checkbox(client, example_index, submission_vocabulary):
    response = client.post(submission_url(example_index), submission_data(themes=[]))

    assert response.status_code == 200
    assert not drafts().exists()
    assert set(response.context["form"].errors) == {"themes"}
    assert 'href="#id_themes_0"' in response.content.decode()


@pytest.mark.parametrize("field", TEXT_FIELDS)
def test_ten_thousand_characters_give_an_error(client, example_index, submission_vocabulary, field):
    response = client.post(submission_url(example_index), submission_data(**{field: "a" * 10_000}))

    assert response.status_code == 200
    assert not drafts().exists()
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert "10000" in errors[field][0]


def test_a_long_but_allowed_text_is_stored_whole(client, example_index, submission_vocabulary):
    text = "woord " * (SECTION_MAX // 6)
    client.post(submission_url(example_index), submission_data(approach=text))

    assert drafts().get().approach == f"<p>{text.strip()}</p>"


def test_an_address_longer_than_the_model_allows_is_an_error(
    client, example_index, submission_vocabulary
):
    address = "a" * 64 + "@" + ("b" * 60 + ".") * 4 + "nl"
    response = client.post(submission_url(example_index), submission_data(contact_email=address))

    assert response.status_code == 200
    assert "contact_email" in response.context["form"].errors
    assert not drafts().exists()


def test_script_in_every_field_is_stored_as_inert_text(
    client, admin_client, example_index, submission_vocabulary, mailoutbox
):
    data = submission_data(**{name: SCRIPT for name in TEXT_FIELDS})
    data["contact_email"] = "fatima@swv-utrecht.example"

    response = client.post(submission_url(example_index), data)

    assert response.status_code == 302
    page = drafts().get()
    assert page.title == SCRIPT
    assert page.intro == SCRIPT  # plain text, escaped wherever a template shows it
    for name in RICH_TEXT_FIELDS:
        assert getattr(page, name) == "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>", name
    assert page.contact_name == SCRIPT

    page.get_latest_revision().publish()
    page.refresh_from_db()
    preview = admin_client.get(f"/admin/pages/{page.pk}/view_draft/")
    published = client.get(page.url)
    editor = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    for response in (preview, published, editor):
        assert response.status_code == 200
        html = response.content.decode()
        assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in published.content.decode()
    # The e-mails are plain text: what the sender typed cannot become markup there either.
    assert all(not getattr(mail, "alternatives", None) for mail in mailoutbox)


def test_html_is_kept_as_text_not_as_markup(client, example_index, submission_vocabulary):
    data = submission_data(
        approach='<b onmouseover="x()">vet</b> & <a href="javascript:x()">link</a>'
    )
    client.post(submission_url(example_index), data)

    assert drafts().get().approach == (
        "<p>&lt;b onmouseover=&quot;x()&quot;&gt;vet&lt;/b&gt; &amp; "
        "&lt;a href=&quot;javascript:x()&quot;&gt;link&lt;/a&gt;</p>"
    )


def test_control_characters_are_dropped_not_a_crash(client, example_index, submission_vocabulary):
    response = client.post(
        submission_url(example_index),
        submission_data(title="Titel\x00 met\x07 tekens", problem="a\x00b\x1bc"),
    )

    assert response.status_code == 302
    page = drafts().get()
    assert page.title == "Titel met tekens"
    assert page.problem == "<p>abc</p>"


def test_a_title_with_line_breaks_becomes_one_line(
    client, example_index, submission_vocabulary, mailoutbox
):
    response = client.post(
        submission_url(example_index), submission_data(title="Een\r\nBcc: x@example.nl")
    )

    assert response.status_code == 302
    assert drafts().get().title == "Een Bcc: x@example.nl"
    assert all("\n" not in mail.subject for mail in mailoutbox)


@pytest.mark.parametrize("field", ["themes", "regions", "sectors", "audiences"])
def test_an_unknown_taxon_is_an_error(client, example_index, submission_vocabulary, field):
    response = client.post(
        submission_url(example_index), submission_data(**{field: ["bestaat-niet"]})
    )

    assert response.status_code == 200
    assert not drafts().exists()
    errors = response.context["form"].errors
    assert list(errors) == [field]
    assert "bestaat-niet" in errors[field][0]


def test_a_taxon_of_another_language_is_unknown(
    client, example_index, submission_vocabulary, locale_en
):
    ThemeFactory(name="Only in English", slug="only-english", locale=locale_en)

    response = client.post(submission_url(example_index), submission_data(themes=["only-english"]))

    assert response.status_code == 200
    assert "themes" in response.context["form"].errors
    assert not drafts().exists()


def test_a_filled_honeypot_looks_like_success_and_stores_nothing(
    client, example_index, submission_vocabulary, mailoutbox
):
    response = client.post(
        submission_url(example_index), submission_data(website="https://spam.example")
    )

    assert response.status_code == 302
    assert response["Location"].endswith("?verzonden=1")
    assert not drafts().exists()
    assert not WorkflowState.objects.exists()
    assert mailoutbox == []


def test_the_sixth_submission_in_an_hour_is_refused_and_kept(
    client, example_index, submission_vocabulary
):
    for number in range(SUBMISSIONS_PER_HOUR):
        response = client.post(
            submission_url(example_index), submission_data(title=f"Voorbeeld {number}")
        )
        assert response.status_code == 302

    response = client.post(submission_url(example_index), submission_data(title="Nummer zes"))

    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert drafts().count() == SUBMISSIONS_PER_HOUR
    assert not drafts().filter(title="Nummer zes").exists()
    html = response.content.decode()
    assert 'id="rate-limit"' in html
    assert 'value="Nummer zes"' in html
    assert "Niemand voelde zich eigenaar." in html


def test_the_limit_is_per_address(example_index, submission_vocabulary):
    for _number in range(SUBMISSIONS_PER_HOUR):
        Client(REMOTE_ADDR="192.0.2.1").post(submission_url(example_index), submission_data())

    other = Client(REMOTE_ADDR="192.0.2.2").post(submission_url(example_index), submission_data())
    same = Client(REMOTE_ADDR="192.0.2.1").post(submission_url(example_index), submission_data())

    assert other.status_code == 302
    assert same.status_code == 429


def test_errors_do_not_count_towards_the_limit(client, example_index, submission_vocabulary):
    for _number in range(SUBMISSIONS_PER_HOUR + 2):
        assert (
            client.post(submission_url(example_index), submission_data(title="")).status_code == 200
        )

    assert client.post(submission_url(example_index), submission_data()).status_code == 302


def test_slugs_of_equal_titles_do_not_clash(client, example_index, submission_vocabulary):
    client.post(submission_url(example_index), submission_data(title="Samen"))
    client.post(submission_url(example_index), submission_data(title="Samen"))
    client.post(submission_url(example_index), submission_data(title="!!!"))

    assert sorted(drafts().values_list("slug", flat=True)) == [
        "praktijkvoorbeeld",
        "samen",
        "samen-1",
    ]


def test_csrf_is_checked(example_index, submission_vocabulary):
    response = Client(enforce_csrf_checks=True).post(
        submission_url(example_index), submission_data()
    )

    assert response.status_code == 403
    assert not drafts().exists()


def test_the_index_page_links_to_the_form(client, example_index):
    assert submission_url(example_index) in client.get(example_index.url).content.decode()
