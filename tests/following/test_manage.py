"""The pages behind the links in following's mails: confirming (a GET changes nothing, the
button confirms), the page that manages everything, unsubscribing with one click (also RFC
8058's post from a mail program, without a CSRF token), and links that do not work: a clear
Dutch page with 400, 404 or 410."""

import datetime
import re
import time
from urllib.parse import urlsplit

import pytest

from django.core import signing
from django.test import Client
from django.utils import timezone

from following import links
from following.models import Follow, Subscriber
from following.subscribing import Wish, confirm, subscribe

pytestmark = pytest.mark.django_db


def path(url):
    return urlsplit(url).path


@pytest.fixture
def subscriber(taxa):
    return subscribe(
        "fatima@example.nl",
        "nl",
        "weekly",
        Wish(themes=("ouderbetrokkenheid",), regions=("utrecht",)),
    )


@pytest.fixture
def csrf_client():
    return Client(enforce_csrf_checks=True)


def test_opening_the_confirmation_link_confirms_nothing(client, subscriber):
    response = client.get(path(links.confirm_url(subscriber)))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Thema Ouderbetrokkenheid, regio Utrecht" in html
    assert "Bevestigen" in html
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "same-origin"
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None


def test_the_button_confirms_the_subscriber_and_its_follows(csrf_client, subscriber):
    response = csrf_client.post(path(links.confirm_url(subscriber)))

    assert response.status_code == 302
    assert response["Location"] == path(links.manage_url(subscriber)) + "?bevestigd=1"
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is not None
    assert subscriber.digest_since == subscriber.confirmed_at
    assert not subscriber.follows.filter(confirmed_at__isnull=True).exists()
    page = csrf_client.get(response["Location"])
    assert "uw abonnement is bevestigd" in page.content.decode()


def test_confirming_twice_changes_nothing(subscriber):
    confirm(subscriber)
    subscriber.refresh_from_db()
    first = subscriber.confirmed_at
    assert confirm(subscriber) == []
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at == first


def test_the_manage_page_says_in_words_what_is_followed(client, subscriber, taxa):
    subscribe("fatima@example.nl", "nl", "weekly", Wish(scope="events", regions=("limburg",)))
    subscribe("fatima@example.nl", "nl", "weekly", Wish(scope="examples"))
    confirm(subscriber)

    response = client.get(path(links.manage_url(subscriber)))

    html = response.content.decode()
    assert "fatima@example.nl" in html
    assert "Thema Ouderbetrokkenheid, regio Utrecht" in html
    assert "Bijeenkomsten: regio Limburg" in html
    assert "Alle praktijkvoorbeelden" in html
    assert "no-store" in response["Cache-Control"]


def test_the_manage_page_in_english(client, taxa):
    subscriber = subscribe(
        "a@example.nl", "en", "monthly", Wish(scope="events", regions=("utrecht",))
    )
    url = path(links.manage_url(subscriber))
    assert url.startswith("/en/follow/manage/")
    html = client.get(url).content.decode()
    assert "Events: region Utrecht" in html
    assert "not confirmed yet" in html


def test_changing_the_frequency(client, subscriber):
    url = path(links.manage_url(subscriber))
    client.get(url)
    response = client.post(url, {"action": "frequency", "frequency": "monthly"})
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.frequency == "monthly"
    client.post(url, {"action": "frequency", "frequency": "daily"})
    subscriber.refresh_from_db()
    assert subscriber.frequency == "monthly"


def test_the_manage_page_keeps_csrf(csrf_client, subscriber):
    response = csrf_client.post(
        path(links.manage_url(subscriber)), {"action": "frequency", "frequency": "monthly"}
    )
    assert response.status_code == 403


def test_stopping_one_follow_and_then_the_last(client, subscriber, taxa):
    subscribe("fatima@example.nl", "nl", "weekly", Wish(scope="events"))
    url = path(links.manage_url(subscriber))
    first, second = subscriber.follows.all()

    response = client.post(url, {"action": "remove", "follow": first.pk})
    assert response.status_code == 302
    assert list(subscriber.follows.all()) == [second]

    # A follow of another subscriber is not this page's to stop.
    other = subscribe("ander@example.nl", "nl", "weekly", Wish())
    client.post(url, {"action": "remove", "follow": other.follows.get().pk})
    assert other.follows.exists()

    response = client.post(url, {"action": "remove", "follow": second.pk})
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    assert not Subscriber.objects.filter(pk=subscriber.pk).exists()


def test_the_unsubscribe_page_asks_and_the_button_deletes_the_address(client, subscriber):
    url = path(links.unsubscribe_url(subscriber))
    response = client.get(url)
    assert response.status_code == 200
    assert "fatima@example.nl" in response.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()

    response = client.post(url)
    assert response.status_code == 200
    assert "U bent afgemeld" in response.content.decode()
    assert not Subscriber.objects.filter(email="fatima@example.nl").exists()
    assert not Follow.objects.exists()


def test_one_click_unsubscribe_from_a_mail_program(csrf_client, subscriber):
    """RFC 8058: a POST of List-Unsubscribe=One-Click, no cookie, no CSRF token."""
    response = csrf_client.post(
        path(links.unsubscribe_url(subscriber)),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.exists()


def test_an_unsubscribed_link_says_the_subscription_no_longer_exists(client, subscriber):
    urls = [links.manage_url(subscriber), links.unsubscribe_url(subscriber)]
    client.post(path(urls[1]))
    for url in urls:
        response = client.get(path(url))
        assert response.status_code == 404
        assert "Dit abonnement bestaat niet meer" in response.content.decode()
        assert 'href="/volgen/"' in response.content.decode()


def test_a_new_subscription_of_the_same_address_gets_new_links(client, subscriber):
    old = links.manage_url(subscriber)
    client.post(path(links.unsubscribe_url(subscriber)))
    again = subscribe("fatima@example.nl", "nl", "weekly", Wish())
    assert client.get(path(old)).status_code == 404
    assert client.get(path(links.manage_url(again))).status_code == 200


@pytest.mark.parametrize(
    "mangle",
    [
        lambda token: token[:-2],
        lambda token: token + "x",
        lambda token: "a" * 10_000,
        lambda token: signing.dumps({"id": 1, "secret": "x"}, salt="other"),
        lambda token: signing.dumps("not a dict", salt=links.MANAGE),
        lambda token: signing.dumps({"id": "1; DROP", "secret": "x"}, salt=links.MANAGE),
    ],
)
def test_a_tampered_link_is_a_clear_dutch_400(client, subscriber, mangle):
    for purpose_url in (links.manage_url, links.unsubscribe_url, links.confirm_url):
        url = path(purpose_url(subscriber))
        token = url.rstrip("/").rsplit("/", 1)[1]
        bad = url.replace(token, mangle(token))
        for method in (client.get, client.post):
            response = method(bad)
            assert response.status_code == 400, bad
            assert "Deze link is niet geldig" in response.content.decode()
    assert Subscriber.objects.filter(pk=subscriber.pk, confirmed_at__isnull=True).exists()


def test_a_manage_token_does_not_confirm(client, subscriber):
    manage_token = path(links.manage_url(subscriber)).rstrip("/").rsplit("/", 1)[1]
    response = client.post(f"/volgen/bevestigen/{manage_token}/")
    assert response.status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None


def test_an_expired_confirmation_link_is_a_410(client, subscriber):
    made = time.time() - links.CONFIRM_MAX_AGE.total_seconds() - 60
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(signing.time, "time", lambda: made)  # the link was made 7 days ago
        url = path(links.confirm_url(subscriber))
    assert client.get(path(links.confirm_url(subscriber))).status_code == 200
    response = client.post(url)
    assert response.status_code == 410
    assert "Deze link is verlopen" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None


def test_the_query_count_of_the_manage_page_does_not_grow(
    client, subscriber, taxa, django_assert_max_num_queries
):
    for region in ("utrecht", "limburg"):
        subscribe("fatima@example.nl", "nl", "weekly", Wish(scope="events", regions=(region,)))
        subscribe(
            "fatima@example.nl",
            "nl",
            "weekly",
            Wish(scope="examples", regions=(region,), sectors=("po", "vo")),
        )
    url = path(links.manage_url(subscriber))
    client.get(url)
    with django_assert_max_num_queries(12):
        assert client.get(url).status_code == 200


def confirmed_subscriber_with_a_later_follow():
    """A confirmed subscriber who follows something more within the hour of their last
    confirmation mail: no mail goes, the follow waits."""
    earlier = timezone.now() - datetime.timedelta(minutes=30)
    subscriber = subscribe("a@example.nl", "nl", "weekly", Wish(regions=("utrecht",)), earlier)
    confirm(subscriber, earlier)
    subscribe("a@example.nl", "nl", "weekly", Wish(themes=("ouderbetrokkenheid",)))
    subscriber.refresh_from_db()
    assert subscriber.confirmation_sent_at == earlier  # no second mail within the hour
    return subscriber, subscriber.follows.get(confirmed_at__isnull=True)


def post_with_csrf(client, url, data):
    client.get(url)
    return client.post(url, {**data, "csrfmiddlewaretoken": client.cookies["csrftoken"].value})


def test_a_follow_added_within_the_hour_is_confirmed_on_the_manage_page(csrf_client, taxa):
    subscriber, waiting = confirmed_subscriber_with_a_later_follow()
    url = path(links.manage_url(subscriber))

    html = csrf_client.get(url).content.decode()
    assert "Thema Ouderbetrokkenheid" in html
    assert "(nog niet bevestigd)" in html
    assert 'name="action" value="confirm"' in html
    assert "Bevestigen" in html
    assert "Alles bevestigen" not in html  # one follow waits

    response = post_with_csrf(csrf_client, url, {"action": "confirm", "follow": waiting.pk})

    assert response.status_code == 302
    assert response["Location"] == f"{url}?bevestigd=een"
    waiting.refresh_from_db()
    assert waiting.confirmed_at is not None
    html = csrf_client.get(response["Location"]).content.decode()
    assert "Bevestigd: het overzicht gaat voortaan ook hierover." in html
    assert "nog niet bevestigd" not in html


def test_confirm_all_on_the_manage_page_in_english(csrf_client, taxa):
    subscriber, _waiting = confirmed_subscriber_with_a_later_follow()
    subscribe("a@example.nl", "nl", "weekly", Wish(scope="events"))
    Subscriber.objects.filter(pk=subscriber.pk).update(language="en")
    subscriber.refresh_from_db()
    url = path(links.manage_url(subscriber))
    assert url.startswith("/en/")
    assert "Confirm all" in csrf_client.get(url).content.decode()

    response = post_with_csrf(csrf_client, url, {"action": "confirm-all"})

    assert response["Location"] == f"{url}?bevestigd=alles"
    assert not subscriber.follows.filter(confirmed_at__isnull=True).exists()
    html = csrf_client.get(response["Location"]).content.decode()
    assert "from now on the overview covers everything you follow" in html


def test_confirming_on_the_manage_page_keeps_csrf_and_this_subscribers_follows(
    client, csrf_client, taxa
):
    subscriber, waiting = confirmed_subscriber_with_a_later_follow()
    other = subscribe("ander@example.nl", "nl", "weekly", Wish())
    url = path(links.manage_url(subscriber))

    response = csrf_client.post(url, {"action": "confirm", "follow": waiting.pk})
    assert response.status_code == 403
    # A follow of another address is not this page's to confirm.
    client.post(url, {"action": "confirm", "follow": other.follows.get().pk})
    client.post(url, {"action": "confirm", "follow": "²"})  # a digit, but not a number
    assert Follow.objects.filter(confirmed_at__isnull=True).count() == 2
    other.refresh_from_db()
    assert other.confirmed_at is None


def test_an_unconfirmed_subscriber_confirms_on_the_manage_page(client, subscriber):
    url = path(links.manage_url(subscriber))
    assert "met een knop op deze pagina" in client.get(url).content.decode()

    client.post(url, {"action": "confirm", "follow": subscriber.follows.get().pk})

    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is not None
    assert subscriber.digest_since == subscriber.confirmed_at
    assert not subscriber.follows.filter(confirmed_at__isnull=True).exists()


def test_the_earlier_confirmation_link_confirms_what_its_page_shows(client, taxa):
    """The link of the last mail shows every follow waiting now, also those added after the
    mail went, and its button confirms what the page showed: not a follow added after that."""
    subscriber, waiting = confirmed_subscriber_with_a_later_follow()
    url = path(links.confirm_url(subscriber))

    page = client.get(url).content.decode()
    assert "Thema Ouderbetrokkenheid" in page
    shown = re.findall(r'name="follow" value="(\d+)"', page)
    assert shown == [str(waiting.pk)]
    subscribe("a@example.nl", "nl", "weekly", Wish(scope="events"))  # after the page was shown

    response = client.post(url, {"follow": shown})

    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.confirmed_at is not None
    later = subscriber.follows.get(scope="events")
    assert later.confirmed_at is None
    # It waits on the manage page, with its own button.
    assert (
        f'name="follow" value="{later.pk}"'
        in client.get(path(links.manage_url(subscriber))).content.decode()
    )
