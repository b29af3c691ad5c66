"""<example>/contact/: a visitor writes to the contact person without ever seeing the address."""

import pytest

from django.core.cache import cache
from django.test import Client

from practice_examples.contact import MESSAGES_PER_HOUR
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from practice_examples.forms import MESSAGE_MAX
from practice_examples.models import PracticeExamplePage

CONTACT_EMAIL = "verborgen.contact@swv-utrecht.example"


@pytest.fixture
def client(committing_client):
    """Mail is queued in the request's transaction and sent after its commit."""
    return committing_client


@pytest.fixture(autouse=True)
def empty_cache():
    """The rate limit counts in the cache; every test starts with a clean slate."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def example(home_page):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    return PracticeExamplePageFactory(
        parent=index,
        title="Eén aanspreekpunt",
        contact_name="Fatima el Amrani",
        contact_email=CONTACT_EMAIL,
        contact_method=PracticeExamplePage.ContactMethod.FORM,
    )


def contact_url(page):
    return page.url + page.reverse_subpage("contact")


def valid_data(**overrides):
    data = {
        "name": "Jan de Vries",
        "email": "jan@school.example",
        "message": "Hoe regelden jullie het overleg met de jeugdhulp?\n\nGroet, Jan",
        "website": "",
    }
    data.update(overrides)
    return data


def test_the_form_renders_without_the_address(client, example):
    response = client.get(contact_url(example))

    assert response.status_code == 200
    html = response.content.decode()
    for name in ("name", "email", "message", "website", "csrfmiddlewaretoken"):
        assert f'name="{name}"' in html
    assert "Fatima el Amrani" in html
    assert CONTACT_EMAIL not in html
    assert "verborgen.contact" not in html


def test_the_example_links_to_the_form_without_the_address(client, example):
    html = client.get(example.url).content.decode()

    assert contact_url(example) in html
    assert CONTACT_EMAIL not in html


def test_a_message_goes_to_the_contact_with_the_sender_as_reply_to(
    client, example, mailoutbox, settings
):
    settings.BASE_URL = "https://kennisbank.example.nl"
    response = client.post(contact_url(example), valid_data())

    assert response.status_code == 302
    assert response["Location"] == contact_url(example) + "?verzonden=1"
    assert len(mailoutbox) == 1
    mail = mailoutbox[0]
    assert mail.to == [CONTACT_EMAIL]
    assert mail.reply_to == ["jan@school.example"]
    assert example.title in mail.subject
    assert "Hoe regelden jullie het overleg met de jeugdhulp?" in mail.body
    assert "Jan de Vries" in mail.body
    assert f"https://kennisbank.example.nl{example.url}" in mail.body
    assert "localhost" not in mail.body

    thanks = client.get(response["Location"])
    assert thanks.status_code == 200
    assert CONTACT_EMAIL not in thanks.content.decode()
    assert 'name="message"' not in thanks.content.decode()


@pytest.mark.parametrize(
    "method", [PracticeExamplePage.ContactMethod.MAILTO, PracticeExamplePage.ContactMethod.NONE]
)
def test_other_contact_methods_have_no_form(client, example, method, mailoutbox):
    example.contact_method = method
    example.save_revision().publish()

    assert client.get(contact_url(example)).status_code == 404
    assert client.post(contact_url(example), valid_data()).status_code == 404
    assert mailoutbox == []


def test_no_address_means_no_form(client, example):
    example.contact_email = ""
    example.save_revision().publish()

    assert client.get(contact_url(example)).status_code == 404


def test_errors_keep_the_message_and_send_nothing(client, example, mailoutbox):
    response = client.post(contact_url(example), valid_data(email="geen-adres", name=""))

    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"email", "name"}
    html = response.content.decode()
    assert 'id="error-summary"' in html
    assert 'href="#id_email"' in html
    assert "Hoe regelden jullie het overleg met de jeugdhulp?" in html
    assert 'value="geen-adres"' in html
    assert CONTACT_EMAIL not in html
    assert mailoutbox == []


def test_a_too_long_message_is_an_error(client, example, mailoutbox):
    response = client.post(contact_url(example), valid_data(message="a" * 10_000))

    assert response.status_code == 200
    assert str(MESSAGE_MAX) in response.context["form"].errors["message"][0]
    assert mailoutbox == []


def test_script_stays_text(client, example, mailoutbox):
    script = "<script>alert(1)</script>"
    response = client.post(contact_url(example), valid_data(name=script, message=script))
    assert response.status_code == 302
    assert script in mailoutbox[0].body  # a plain-text e-mail: text it is
    assert not getattr(mailoutbox[0], "alternatives", None)

    errors = client.post(contact_url(example), valid_data(name=script, email=""))
    assert script not in errors.content.decode()
    assert "&lt;script&gt;" in errors.content.decode()


def test_a_filled_honeypot_looks_like_success_and_sends_nothing(client, example, mailoutbox):
    response = client.post(contact_url(example), valid_data(website="http://spam.example"))

    assert response.status_code == 302
    assert response["Location"].endswith("?verzonden=1")
    assert mailoutbox == []


def test_the_sixth_message_in_an_hour_is_refused_and_kept(client, example, mailoutbox):
    for _number in range(MESSAGES_PER_HOUR):
        assert client.post(contact_url(example), valid_data()).status_code == 302

    response = client.post(contact_url(example), valid_data(message="Nummer zes"))

    assert response.status_code == 429
    assert len(mailoutbox) == MESSAGES_PER_HOUR
    html = response.content.decode()
    assert 'id="rate-limit"' in html
    assert "Nummer zes" in html
    assert CONTACT_EMAIL not in html


def test_csrf_is_checked(example, mailoutbox):
    response = Client(enforce_csrf_checks=True).post(contact_url(example), valid_data())

    assert response.status_code == 403
    assert mailoutbox == []


def test_a_draft_example_has_no_contact_form(client, example):
    example.unpublish()

    assert client.get(contact_url(example)).status_code == 404
