"""Two-factor sign-in for the admin (security/two_factor.py): who is asked, when, and what a
code does. Each test switches ADMIN_TWO_FACTOR_REQUIRED on, as production.py does."""

import datetime

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone

from development_groups.factories import UserFactory
from tests.production_settings import production_settings

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("two_factor_on")]

SETUP = "/admin/two-factor/setup/"
VERIFY = "/admin/two-factor/verify/"
BACKUP_CODES = "/admin/two-factor/backup-codes/"


@pytest.fixture
def two_factor_on(settings):
    settings.ADMIN_TWO_FACTOR_REQUIRED = True


@pytest.fixture
def admin_user(db):
    return get_user_model().objects.create_superuser(
        username="beheerder", email="beheerder@example.nl", password="een-lang-wachtwoord"
    )


@pytest.fixture
def signed_in(admin_user):
    """A browser session of the admin user after the password, before any code."""
    client = Client()
    client.force_login(admin_user)
    return client


@pytest.fixture
def app(admin_user):
    """The admin user's confirmed authenticator app."""
    return TOTPDevice.objects.create(user=admin_user, name="Authenticator app", confirmed=True)


@pytest.fixture
def backup(admin_user, app):
    device = StaticDevice.objects.create(user=admin_user, name="Backup codes", confirmed=True)
    for code in ("abcd2345", "efgh6723"):
        StaticToken.objects.create(device=device, token=code)
    return device


def code_of(device):
    """The code the authenticator app shows now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def wrong_code(device):
    return f"{(int(code_of(device)) + 1) % 1_000_000:06d}"


def wait_out_throttling(device):
    """As if the user waited as long as django-otp's throttling asks."""
    device.refresh_from_db()
    if device.throttling_failure_timestamp:
        device.throttling_failure_timestamp -= datetime.timedelta(days=1)
        device.save(update_fields=["throttling_failure_timestamp"])


def with_next(url, next_url="/admin/"):
    return f"{url}?next={next_url.replace('/', '%2F')}"


# Who is asked -----------------------------------------------------------------------------------


def test_an_admin_without_an_app_is_sent_to_the_setup(signed_in, admin_user):
    response = signed_in.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"] == with_next(SETUP, "/admin/pages/")

    response = signed_in.get(response["Location"])
    assert response.status_code == 200
    device = TOTPDevice.objects.get(user=admin_user)
    assert not device.confirmed
    body = response.content.decode()
    qr_code = body.split('class="two-factor__qr"')[1].split("</svg>")[0]
    assert "<path" in qr_code and "style" not in qr_code  # an inline SVG, CSP-proof
    secret = response.context["secret"].replace(" ", "")
    assert secret and secret in device.config_url
    # Reloading shows the same secret: an app that scanned it keeps working.
    assert signed_in.get(SETUP).context["secret"] == response.context["secret"]
    assert TOTPDevice.objects.filter(user=admin_user).count() == 1


def test_a_wrong_code_confirms_nothing(signed_in, admin_user):
    signed_in.get(SETUP)
    device = TOTPDevice.objects.get(user=admin_user)

    response = signed_in.post(SETUP, {"code": wrong_code(device)})

    assert response.status_code == 200
    assert "Deze code klopt niet." in response.context["form"].errors["code"][0]
    device.refresh_from_db()
    assert not device.confirmed
    assert not StaticDevice.objects.filter(user=admin_user).exists()
    assert signed_in.get("/admin/")["Location"].startswith(SETUP)


def test_the_right_code_confirms_the_app_and_shows_backup_codes_once(signed_in, admin_user):
    signed_in.get(with_next(SETUP, "/admin/pages/"))
    device = TOTPDevice.objects.get(user=admin_user)

    response = signed_in.post(SETUP, {"code": code_of(device), "next": "/admin/pages/"})

    assert response.status_code == 302
    assert response["Location"] == with_next(BACKUP_CODES, "/admin/pages/")
    device.refresh_from_db()
    assert device.confirmed
    page = signed_in.get(response["Location"])
    codes = page.context["codes"]
    assert len(codes) == 10 and len(set(codes)) == 10
    stored = StaticToken.objects.filter(device__user=admin_user)
    assert sorted(stored.values_list("token", flat=True)) == sorted(codes)
    assert all(code in page.content.decode() for code in codes)
    assert 'href="/admin/pages/"' in page.content.decode()
    # Shown once: the next visit has no codes to show.
    assert signed_in.get(BACKUP_CODES)["Location"] == "/admin/"
    assert signed_in.get("/admin/").status_code == 200


def test_a_user_with_an_app_is_asked_for_a_code(signed_in, app):
    response = signed_in.get("/admin/pages/")
    assert response["Location"] == with_next(VERIFY, "/admin/pages/")

    response = signed_in.post(VERIFY, {"code": wrong_code(app), "next": "/admin/pages/"})
    assert response.status_code == 200
    assert "Deze code klopt niet." in response.context["form"].errors["code"][0]
    assert signed_in.get("/admin/pages/")["Location"] == with_next(VERIFY, "/admin/pages/")

    wait_out_throttling(app)
    response = signed_in.post(VERIFY, {"code": code_of(app), "next": "/admin/pages/"})
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    # For the rest of the session.
    assert signed_in.get("/admin/pages/").status_code == 200
    assert signed_in.get("/admin/").status_code == 200


def test_an_unverified_user_cannot_set_up_another_app(signed_in, app, admin_user):
    response = signed_in.get(SETUP)
    assert response["Location"] == with_next(VERIFY)
    assert signed_in.post(SETUP, {"code": "123456"})["Location"] == with_next(VERIFY)
    assert TOTPDevice.objects.filter(user=admin_user).count() == 1
    assert signed_in.post(reverse("two_factor_replace")).status_code == 302
    assert TOTPDevice.objects.filter(user=admin_user).count() == 1


def test_a_backup_code_works_once(admin_user, backup):
    first = Client()
    first.force_login(admin_user)
    response = first.post(VERIFY, {"code": "ABCD 2345"})  # as typed from paper
    assert response["Location"] == "/admin/"
    assert first.get("/admin/").status_code == 200
    assert list(backup.token_set.values_list("token", flat=True)) == ["efgh6723"]

    again = Client()
    again.force_login(admin_user)
    response = again.post(VERIFY, {"code": "abcd2345"})
    assert response.status_code == 200
    assert response.context["form"].errors["code"]
    assert again.get("/admin/")["Location"].startswith(VERIFY)


def test_repeated_wrong_codes_are_throttled(signed_in, app):
    right = code_of(app)
    for attempt in range(1, 5):
        wait_out_throttling(app)
        response = signed_in.post(VERIFY, {"code": wrong_code(app)})
        assert "Deze code klopt niet." in response.context["form"].errors["code"][0]
        app.refresh_from_db()
        assert app.throttling_failure_count == attempt

    # Right after the fourth wrong code even the right one is refused, with how long to wait
    # (django-otp: 2 ** (failures - 1) seconds).
    response = signed_in.post(VERIFY, {"code": right})
    error = response.context["form"].errors["code"][0]
    assert error.startswith("Te veel onjuiste codes. Wacht") and "8 seconden" in error
    assert signed_in.get("/admin/")["Location"].startswith(VERIFY)

    # A failure one second ago: still 7 seconds to wait, whatever is typed.
    app.refresh_from_db()
    app.throttling_failure_timestamp = timezone.now() - datetime.timedelta(seconds=1)
    app.save()
    response = signed_in.post(VERIFY, {"code": right})
    assert "Te veel onjuiste codes" in response.context["form"].errors["code"][0]

    wait_out_throttling(app)
    assert signed_in.post(VERIFY, {"code": right})["Location"] == "/admin/"
    app.refresh_from_db()
    assert app.throttling_failure_count == 0


def test_next_to_another_host_is_ignored(signed_in, app):
    for next_url in ("https://evil.example/admin/", "//evil.example/", "javascript:alert(1)"):
        response = signed_in.get(f"{VERIFY}?next={next_url}")
        assert response.context["next"] == "/admin/"
    response = signed_in.post(VERIFY, {"code": code_of(app), "next": "https://evil.example/"})
    assert response["Location"] == "/admin/"


# Who is not asked -------------------------------------------------------------------------------


def test_members_are_never_asked(client):
    member = UserFactory(email="lid@example.nl")
    client.force_login(member)
    assert client.get("/account/").status_code == 200
    # The admin refuses them as before (no admin access), without any two-factor step.
    response = client.get("/admin/")
    assert response.status_code == 302
    assert not response["Location"].startswith("/admin/two-factor/")
    assert not TOTPDevice.objects.filter(user=member).exists()


def test_signing_in_and_out_is_never_blocked(signed_in, client):
    assert client.get("/admin/login/").status_code == 200
    assert signed_in.get("/admin/jsi18n/").status_code == 200
    response = signed_in.post("/admin/logout/")
    assert response.status_code == 302 and "two-factor" not in response["Location"]


@override_settings(ADMIN_TWO_FACTOR_REQUIRED=False)
def test_nothing_changes_when_switched_off(signed_in, app):
    assert signed_in.get("/admin/").status_code == 200
    assert signed_in.get("/admin/pages/").status_code == 200


# Managing and resetting -------------------------------------------------------------------------


def test_new_backup_codes_replace_the_old(signed_in, backup, app):
    signed_in.post(VERIFY, {"code": code_of(app)})
    assert signed_in.get(reverse("two_factor_manage")).context["backup_codes_left"] == 2

    response = signed_in.post(reverse("two_factor_regenerate"))
    codes = signed_in.get(response["Location"]).context["codes"]

    tokens = StaticToken.objects.filter(device__user=app.user).values_list("token", flat=True)
    assert sorted(tokens) == sorted(codes) and "abcd2345" not in tokens


def test_a_verified_user_may_replace_the_app(signed_in, app, backup, admin_user):
    signed_in.post(VERIFY, {"code": code_of(app)})
    response = signed_in.post(reverse("two_factor_replace"))
    assert response["Location"] == SETUP
    assert not StaticDevice.objects.filter(user=admin_user).exists()
    assert not TOTPDevice.objects.filter(user=admin_user, confirmed=True).exists()
    assert signed_in.get("/admin/")["Location"].startswith(SETUP)


def test_reset_command_for_a_lost_phone(signed_in, app, backup, admin_user, capsys):
    signed_in.post(VERIFY, {"code": code_of(app)})
    assert signed_in.get("/admin/").status_code == 200

    call_command("reset_two_factor", admin_user.username)

    assert "Removed 2 two-factor device(s)" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=admin_user).exists()
    assert not StaticDevice.objects.filter(user=admin_user).exists()
    # The session verified with the old app is verified no longer: a new app first.
    assert signed_in.get("/admin/")["Location"].startswith(SETUP)

    with pytest.raises(CommandError):
        call_command("reset_two_factor", "niemand")


# Production ----------------------------------------------------------------------------------


def test_production_requires_two_factor_by_default():
    """production.py switches it on (a subprocess: settings are loaded once per process)."""
    for extra, expected in [
        ({}, [True, True]),
        ({"ADMIN_TWO_FACTOR_REQUIRED": "false"}, [False, True]),
    ]:
        assert (
            production_settings(
                "[settings.ADMIN_TWO_FACTOR_REQUIRED, "
                "'django_otp.middleware.OTPMiddleware' in settings.MIDDLEWARE]",
                clear=("ADMIN_TWO_FACTOR",),
                **extra,
            )
            == expected
        )
