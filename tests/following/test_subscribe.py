"""Following without an account: the form on a page, one subscriber per address, one follow
per wish, the confirmation mail (double opt-in) with its List-Unsubscribe headers, and bad
input: nothing stored half, never a second mail within the hour, the same page whatever
became of a post."""

import datetime
import re

import pytest

from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from events.factories import EventIndexPageFactory
from following import links
from following.models import Follow, Subscriber
from following.subscribing import Wish, subscribe
from practice_examples.factories import PracticeExampleIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_rate_limit_left():
    cache.clear()


def follow_url(language="nl"):
    with translation.override(language):
        return reverse("following:follow")


def post(client, language="nl", **fields):
    data = {"email": "Fatima@Example.NL ", "frequency": "weekly", "scope": "all", **fields}
    return client.post(follow_url(language), data)


def test_the_addresses_in_dutch_and_english():
    assert follow_url("nl") == "/volgen/"
    assert follow_url("en") == "/en/follow/"
    with translation.override("nl"):
        assert reverse("following:sent") == "/volgen/verzonden/"
        assert reverse("following:manage", kwargs={"token": "x"}) == "/volgen/beheren/x/"
    with translation.override("en"):
        assert reverse("following:unsubscribe", kwargs={"token": "x"}) == (
            "/en/follow/unsubscribe/x/"
        )


def test_following_a_theme_sends_one_confirmation_and_nothing_else(committing_client, taxa):
    response = post(committing_client, thema="ouderbetrokkenheid", back="/themas/ouders/")

    assert response.status_code == 302
    assert response["Location"] == "/volgen/verzonden/?terug=%2Fthemas%2Fouders%2F"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "fatima@example.nl"
    assert (subscriber.language, subscriber.frequency) == ("nl", "weekly")
    assert subscriber.confirmed_at is None
    follow = subscriber.follows.get()
    assert follow.confirmed_at is None
    assert list(follow.themes.all()) == [taxa["ouders"]]
    [message] = mail.outbox
    assert message.to == ["fatima@example.nl"]
    assert "Ouderbetrokkenheid" in message.body
    assert links.confirm_url(subscriber) in message.body
    assert message.extra_headers["List-Unsubscribe"] == f"<{links.unsubscribe_url(subscriber)}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    page = committing_client.get(response["Location"])
    assert "/themas/ouders/" in page.content.decode()


def test_the_mail_and_the_links_are_in_the_language_of_the_page(committing_client, taxa):
    post(committing_client, "en", regio="utrecht", scope="events")

    subscriber = Subscriber.objects.get()
    assert subscriber.language == "en"
    [message] = mail.outbox
    assert "/en/follow/confirm/" in message.body
    assert "Events: region Utrecht" in message.body
    assert message.subject == "Confirm what you want to follow"


def test_the_same_address_twice_is_one_subscriber_one_follow_and_one_mail(committing_client, taxa):
    for email in ("fatima@example.nl", " FATIMA@example.nl"):
        response = post(committing_client, email=email, thema="ouderbetrokkenheid")
        assert response["Location"].startswith("/volgen/verzonden/")

    assert Subscriber.objects.count() == 1
    assert Follow.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_second_wish_is_a_second_follow_but_no_second_mail_within_the_hour(taxa):
    first = timezone.now()
    subscriber = subscribe(
        "a@example.nl", "nl", "weekly", Wish(themes=("ouderbetrokkenheid",)), first
    )
    subscribe(
        "a@example.nl",
        "nl",
        "weekly",
        Wish(regions=("utrecht",)),
        first + datetime.timedelta(minutes=59),
    )
    assert subscriber.follows.count() == 2
    subscriber.refresh_from_db()
    assert subscriber.confirmation_sent_at == first

    later = first + datetime.timedelta(minutes=61)
    subscribe("a@example.nl", "nl", "weekly", Wish(regions=("utrecht",)), later)
    subscriber.refresh_from_db()
    assert subscriber.confirmation_sent_at == later
    assert subscriber.follows.count() == 2


def test_the_order_of_the_taxa_does_not_make_a_new_follow(taxa):
    subscribe(
        "a@example.nl", "nl", "weekly", Wish(themes=("ouderbetrokkenheid", "terug-naar-onderwijs"))
    )
    subscribe(
        "a@example.nl", "nl", "weekly", Wish(themes=("terug-naar-onderwijs", "ouderbetrokkenheid"))
    )
    subscribe(
        "a@example.nl",
        "nl",
        "weekly",
        Wish(scope="examples", themes=("ouderbetrokkenheid", "terug-naar-onderwijs")),
    )
    assert Follow.objects.count() == 2


def test_an_english_page_follows_the_dutch_taxon(committing_client, taxa, locale_en):
    english = taxa["ouders"].copy_for_translation(locale_en)
    english.name = "Parent involvement"
    english.save()

    post(committing_client, "en", thema="ouderbetrokkenheid")

    assert list(Follow.objects.get().themes.all()) == [taxa["ouders"]]
    assert "Parent involvement" in mail.outbox[0].body


def test_a_confirmed_address_keeps_its_frequency_and_gets_a_mail_for_the_new_follow(taxa):
    now = timezone.now() - datetime.timedelta(days=2)
    subscriber = subscribe("a@example.nl", "nl", "monthly", Wish(), now)
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmed_at=now)
    Follow.objects.update(confirmed_at=now)
    mail.outbox = []

    with pytest.MonkeyPatch.context():
        subscribe("a@example.nl", "en", "weekly", Wish(regions=("utrecht",)))

    subscriber.refresh_from_db()
    assert (subscriber.frequency, subscriber.language) == ("monthly", "nl")
    assert subscriber.follows.filter(confirmed_at__isnull=True).count() == 1


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"email": ""}, "Vul uw e-mailadres in."),
        ({"email": "geen-adres"}, "Vul een e-mailadres in"),
        ({"email": "a" * 10_000 + "@example.nl"}, "hoogstens 254 tekens"),
        ({"frequency": "daily"}, "Kies hoe vaak"),
        ({"thema": "bestaat-niet"}, "bestaat niet meer"),
        ({"scope": "everything-and-more"}, "bestaat niet meer"),
    ],
)
def test_bad_input_is_refused_with_a_dutch_message_and_nothing_stored(
    committing_client, taxa, fields, message
):
    response = post(committing_client, **fields)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert 'id="error-summary"' in response.content.decode()
    assert not Subscriber.objects.exists()
    assert not Follow.objects.exists()
    assert mail.outbox == []


def test_what_was_typed_comes_back(committing_client, taxa):
    response = post(
        committing_client, email="geen-adres", frequency="monthly", thema="ouderbetrokkenheid"
    )
    html = response.content.decode()
    assert 'value="geen-adres"' in html
    assert re.search(r'value="monthly"[^>]*checked', html)
    assert 'name="thema" value="ouderbetrokkenheid"' in html


def test_the_honeypot_pretends_and_stores_nothing(committing_client, taxa):
    response = post(committing_client, website="http://spam.example")
    assert response["Location"].startswith("/volgen/verzonden/")
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_a_flood_from_one_address_is_rate_limited(committing_client, taxa):
    for number in range(10):
        assert post(committing_client, email=f"p{number}@example.nl").status_code == 302
    response = post(committing_client, email="p11@example.nl")
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    assert Subscriber.objects.count() == 10


def test_a_post_from_another_site_is_refused(client, taxa):
    response = client.post(
        follow_url(),
        {"email": "a@example.nl", "frequency": "weekly", "scope": "all"},
        headers={"Origin": "https://evil.example"},
    )
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_back_is_only_an_address_on_this_site(committing_client, taxa):
    for back in ("https://evil.example/", "//evil.example/", "/\\evil"):
        response = post(committing_client, back=back)
        assert response["Location"] == "/volgen/verzonden/"
    page = committing_client.get("/volgen/verzonden/?terug=//evil.example/")
    assert 'href="//evil.example/"' not in page.content.decode()


def test_the_follow_form_is_on_a_cacheable_theme_page_without_a_csrf_token(
    client, theme_index, taxa
):
    url = theme_index.url + theme_index.reverse_subpage(
        "theme", kwargs={"slug": "ouderbetrokkenheid"}
    )
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Volg dit thema" in html
    assert 'action="/volgen/"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in response.cookies
    # Back to the theme page itself, without a filter the page does not have.
    assert f'name="back" value="{url}" id="follow-back"' in html


def test_the_follow_page_of_its_own_says_what_is_followed(client, taxa):
    response = client.get("/volgen/?scope=events&regio=utrecht&regio=bestaat-niet&terug=/agenda/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Bijeenkomsten: regio Utrecht" in html
    assert 'name="regio" value="utrecht"' in html
    assert 'href="/agenda/"' in html
    assert "Alles wat nieuw is op de site" in client.get("/volgen/").content.decode()


def test_the_listing_follows_its_current_filters(client, taxa, home_page):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    html = client.get(
        index.url + "?regio=utrecht&sector=po&q=ouders&doelgroep=ouders"
    ).content.decode()
    form = html.split('id="example-follow"')[1].split("</form>")[0]
    assert 'name="regio" value="utrecht"' in form
    assert 'name="sector" value="po"' in form
    assert 'name="scope" value="examples"' in form
    # Back to the listing with the filters followed, never the search or other filters.
    assert f'name="back" value="{index.url}?regio=utrecht&amp;sector=po"' in form
    assert "Praktijkvoorbeelden: regio Utrecht, sector Primair onderwijs" in form


def test_the_agenda_follows_its_region_filter(client, taxa, home_page):
    agenda = EventIndexPageFactory(parent=home_page)
    html = client.get(agenda.url + "?regio=utrecht").content.decode()
    form = html.split('id="agenda-follow"')[1].split("</form>")[0]
    assert "Volg deze regio" in form
    assert 'name="scope" value="events"' in form
    assert "Bijeenkomsten: regio Utrecht" in form
