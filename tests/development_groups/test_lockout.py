"""Both logins lock a user name per address after repeated wrong passwords (django-axes,
security/login_protection.py): the members' at /account/inloggen/ and the admin's."""

import datetime

import pytest
from axes.models import AccessAttempt

from django.core.management import call_command
from django.utils import timezone

from tests.support import MEMBER_LOGIN, MEMBER_PASSWORD, is_private, logged_in_user_id

ADMIN_LOGIN = "/admin/login/"
WRONG = "verkeerd-wachtwoord"
OTHER_ADDRESS = "192.0.2.7"


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)


def attempt(client, name, password=MEMBER_PASSWORD, url=MEMBER_LOGIN, **extra):
    return client.post(url, {"username": name, "password": password}, **extra)


def fail(client, name, times, url=MEMBER_LOGIN, **extra):
    """`times` wrong passwords; the last one locks when it reaches the limit."""
    return [attempt(client, name, WRONG, url, **extra).status_code for _ in range(times)]


def assert_locked(response):
    assert response.status_code == 429
    assert 'id="login-locked"' in response.text
    assert "15 minutes" in response.text or "15 minuten" in response.text
    assert response["Retry-After"] == str(15 * 60)
    assert is_private(response)


def cool_off_passes():
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))


# The members' login -------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_members_login_even_for_the_right_one(client, member):
    assert fail(client, "lid@example.nl", 4) == [200] * 4
    assert_locked(attempt(client, "lid@example.nl", WRONG))  # the fifth

    response = attempt(client, "lid@example.nl")  # the sixth, with the right password

    assert_locked(response)
    assert "account-page" in response.text  # the site's page, with its header and footer
    assert 'href="/account/wachtwoord-vergeten/"' in response.text
    assert logged_in_user_id(client) is None


def test_the_lock_counts_the_account_whatever_the_case_typed(client, member):
    fail(client, "LID@example.nl", 2)
    fail(client, "lid@EXAMPLE.nl", 3)

    assert_locked(attempt(client, "Lid@Example.NL"))
    assert AccessAttempt.objects.get().username == "lid@example.nl"


def test_another_address_is_not_locked(client, member):
    fail(client, "lid@example.nl", 5)

    response = attempt(client, "lid@example.nl", REMOTE_ADDR=OTHER_ADDRESS)

    assert response.status_code == 302
    assert logged_in_user_id(client) == str(member.pk)


def test_another_account_from_the_same_address_is_not_locked(client, member, other_member):
    fail(client, "lid@example.nl", 5)

    assert attempt(client, "ander@example.nl").status_code == 302


def test_after_the_cool_off_the_right_password_works(client, member):
    fail(client, "lid@example.nl", 5)
    assert_locked(attempt(client, "lid@example.nl"))

    cool_off_passes()

    assert attempt(client, "lid@example.nl").status_code == 302
    assert logged_in_user_id(client) == str(member.pk)


def test_tries_during_the_lock_do_not_extend_it(client, member):
    fail(client, "lid@example.nl", 5)
    locked_at = AccessAttempt.objects.get().attempt_time

    assert_locked(attempt(client, "lid@example.nl", WRONG))
    assert_locked(attempt(client, "lid@example.nl"))

    record = AccessAttempt.objects.get()
    assert record.attempt_time == locked_at  # the page's "15 minutes" hold
    assert record.failures_since_start == 5


def test_a_successful_login_resets_the_count(client, member):
    assert fail(client, "lid@example.nl", 4) == [200] * 4
    assert attempt(client, "lid@example.nl").status_code == 302
    assert not AccessAttempt.objects.exists()
    client.logout()

    assert fail(client, "lid@example.nl", 4) == [200] * 4
    assert attempt(client, "lid@example.nl").status_code == 302


def test_axes_reset_unlocks(client, member):
    fail(client, "lid@example.nl", 5)

    call_command("axes_reset_username", "lid@example.nl")

    assert attempt(client, "lid@example.nl").status_code == 302


def test_the_lock_page_in_english(client, member, locale_en):
    fail(client, "lid@example.nl", 5, url="/en/account/login/")

    response = attempt(client, "lid@example.nl", url="/en/account/login/")

    assert_locked(response)
    assert "Too many failed attempts to log in" in response.text
    assert "this e-mail address cannot log in from your address for 15 minutes" in response.text


def test_behind_a_proxy_the_visitors_own_address_counts(client, member, settings):
    settings.RATELIMIT_PROXY_COUNT = 1
    proxy = {"REMOTE_ADDR": "10.0.0.1"}

    fail(client, "lid@example.nl", 5, HTTP_X_FORWARDED_FOR="198.51.100.9", **proxy)
    assert AccessAttempt.objects.get().ip_address == "198.51.100.9"
    # Another visitor behind the same proxy, and one who puts an address of their own in front.
    response = attempt(client, "lid@example.nl", HTTP_X_FORWARDED_FOR="198.51.100.10", **proxy)
    assert response.status_code == 302
    client.logout()
    spoofed = attempt(
        client, "lid@example.nl", HTTP_X_FORWARDED_FOR="203.0.113.5, 198.51.100.9", **proxy
    )
    assert_locked(spoofed)


# The admin's login --------------------------------------------------------------------------


def test_five_wrong_passwords_lock_the_admin_login(client, editor):
    name = editor.username
    assert fail(client, name, 4, url=ADMIN_LOGIN) == [200] * 4
    assert_locked(attempt(client, name, WRONG, url=ADMIN_LOGIN))

    response = attempt(client, name, url=ADMIN_LOGIN)

    assert_locked(response)
    assert 'href="/admin/login/"' in response.text
    assert logged_in_user_id(client) is None
    assert client.get("/admin/")["Location"].startswith(ADMIN_LOGIN)


def test_the_admin_lock_is_per_address_and_ends_after_the_cool_off(client, editor):
    name = editor.username
    fail(client, name, 5, url=ADMIN_LOGIN)

    other = attempt(client, name, url=ADMIN_LOGIN, REMOTE_ADDR=OTHER_ADDRESS)
    assert other.status_code == 302
    client.logout()
    assert_locked(attempt(client, name, url=ADMIN_LOGIN))

    cool_off_passes()

    assert attempt(client, name, url=ADMIN_LOGIN).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_a_successful_admin_login_resets_the_count(client, editor):
    name = editor.username
    fail(client, name, 4, url=ADMIN_LOGIN)
    assert attempt(client, name, url=ADMIN_LOGIN).status_code == 302
    client.logout()

    assert fail(client, name, 4, url=ADMIN_LOGIN) == [200] * 4
    assert attempt(client, name, url=ADMIN_LOGIN).status_code == 302


def test_force_login_still_works_for_tests(client, member):
    client.force_login(member)

    assert logged_in_user_id(client) == str(member.pk)
