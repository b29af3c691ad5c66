"""The members' area's addresses in both languages: Dutch without a prefix (/account/inloggen/),
English under /en/ in English (/en/account/login/), no word of the other language in either;
the English site's Dutch addresses of before redirect permanently; logging in and a new
password work in both."""

import re

import pytest

from django.urls import URLPattern, get_resolver, reverse
from django.utils import translation

from development_groups import urls as account_urls

PASSWORD = "geheim-wachtwoord"  # UserFactory's
TOKEN = {"uidb64": "MQ", "token": "abc-123"}
# name: (Dutch, English)
ADDRESSES = {
    "home": ("/account/", "/en/account/"),
    "login": ("/account/inloggen/", "/en/account/login/"),
    "logout": ("/account/uitloggen/", "/en/account/logout/"),
    "password_reset": ("/account/wachtwoord-vergeten/", "/en/account/forgot-password/"),
    "password_reset_done": (
        "/account/wachtwoord-vergeten/verstuurd/",
        "/en/account/forgot-password/sent/",
    ),
    "password_reset_complete": (
        "/account/wachtwoord-vergeten/klaar/",
        "/en/account/forgot-password/done/",
    ),
    "password_change": ("/account/wachtwoord-wijzigen/", "/en/account/change-password/"),
}
WITH_KWARGS = {
    "password_reset_confirm": (
        TOKEN,
        "/account/wachtwoord-vergeten/MQ/abc-123/",
        "/en/account/forgot-password/MQ/abc-123/",
    ),
    "invitation": (
        {"token": "t0k"},
        "/account/uitnodiging/t0k/",
        "/en/account/invitation/t0k/",
    ),
}
DUTCH_WORDS = ("inloggen", "uitloggen", "wachtwoord", "vergeten", "verstuurd", "klaar")
DUTCH_WORDS += ("wijzigen", "uitnodiging", "nieuw")
ENGLISH_WORDS = ("login", "logout", "password", "forgot", "sent", "done", "change")
ENGLISH_WORDS += ("invitation", "set")


def address(name, language, **kwargs):
    with translation.override(language):
        return reverse(f"account:{name}", kwargs=kwargs or None)


def words(path):
    return set(re.split(r"[/-]", path)) - {""}


@pytest.mark.parametrize("name", ADDRESSES)
def test_every_address_in_dutch_and_in_english(name):
    dutch, english = ADDRESSES[name]
    assert (address(name, "nl"), address(name, "en")) == (dutch, english)


@pytest.mark.parametrize("name", WITH_KWARGS)
def test_the_addresses_with_a_token_in_dutch_and_in_english(name):
    kwargs, dutch, english = WITH_KWARGS[name]
    assert (address(name, "nl", **kwargs), address(name, "en", **kwargs)) == (dutch, english)


def test_no_word_of_the_other_language_in_an_address():
    """Every address of the area, the redirects of before left out."""
    names = [
        pattern.name
        for pattern in get_resolver(account_urls).url_patterns
        if isinstance(pattern, URLPattern) and pattern.name
    ]
    assert set(names) == set(ADDRESSES) | set(WITH_KWARGS)
    for name in names:
        kwargs = WITH_KWARGS[name][0] if name in WITH_KWARGS else {}
        assert not words(address(name, "en", **kwargs)) & set(DUTCH_WORDS), name
        assert not words(address(name, "nl", **kwargs)) & set(ENGLISH_WORDS), name


@pytest.mark.django_db
@pytest.mark.parametrize("name", ADDRESSES)
def test_every_address_answers_in_both_languages(client, name, locale_en):
    for path in ADDRESSES[name]:
        assert client.get(path).status_code in (200, 302), path
    assert client.get(ADDRESSES[name][1].replace("/en/", "/", 1)).status_code == 404 or (
        name == "home"  # /account/ is the same word in both
    )


@pytest.mark.django_db
def test_the_english_sites_dutch_addresses_of_before_redirect_permanently(client, locale_en):
    old = client.get("/en/account/inloggen/", {"next": "/en/account/"})
    assert (old.status_code, old["Location"]) == (301, "/en/account/login/?next=%2Fen%2Faccount%2F")
    for old_path, new_path in [
        ("/en/account/uitloggen/", "/en/account/logout/"),
        ("/en/account/wachtwoord-vergeten/", "/en/account/forgot-password/"),
        ("/en/account/wachtwoord-vergeten/verstuurd/", "/en/account/forgot-password/sent/"),
        ("/en/account/wachtwoord-vergeten/klaar/", "/en/account/forgot-password/done/"),
        ("/en/account/wachtwoord-vergeten/MQ/abc-123/", "/en/account/forgot-password/MQ/abc-123/"),
        ("/en/account/wachtwoord-wijzigen/", "/en/account/change-password/"),
        ("/en/account/uitnodiging/t0k/", "/en/account/invitation/t0k/"),
    ]:
        response = client.get(old_path)
        assert (response.status_code, response["Location"]) == (301, new_path), old_path
    # Dutch stays as it was: its addresses answer themselves.
    assert client.get("/account/inloggen/").status_code == 200


def test_the_english_header_leads_members_to_the_english_login(client, home_page_en):
    html = client.get("/en/").content.decode()
    assert 'href="/en/account/login/"' in html
    assert "inloggen" not in html
    assert 'href="/account/inloggen/"' in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("login", "home"), [("/account/inloggen/", "/account/"), ("/en/account/login/", "/en/account/")]
)
def test_a_member_logs_in_in_both_languages(committing_client, member, locale_en, login, home):
    response = committing_client.post(login, {"username": "lid@example.nl", "password": PASSWORD})

    assert (response.status_code, response["Location"]) == (302, home)
    assert committing_client.session["_auth_user_id"] == str(member.pk)
    assert committing_client.get(home).status_code == 200


def test_a_forgotten_password_in_english_stays_in_english(
    committing_client, member, locale_en, mailoutbox
):
    client = committing_client
    response = client.post("/en/account/forgot-password/", {"email": "lid@example.nl"})
    assert response["Location"] == "/en/account/forgot-password/sent/"
    link = re.search(r"https?://testserver(/\S+)", mailoutbox[0].body).group(1)
    assert link.startswith("/en/account/forgot-password/")

    form_page = client.get(link, follow=True)
    set_password_url = form_page.redirect_chain[-1][0]
    assert set_password_url.endswith("/set-password/")
    assert form_page.context["validlink"]
    new = "nieuw-en-lang-wachtwoord"
    response = client.post(set_password_url, {"new_password1": new, "new_password2": new})

    assert response["Location"] == "/en/account/forgot-password/done/"
    member.refresh_from_db()
    assert member.check_password(new)
