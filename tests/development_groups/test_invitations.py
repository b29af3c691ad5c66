"""Inviting people to a development group by e-mail, and accepting the invitation: a new account
or an existing one becomes a member; a used, expired or tampered link changes nothing."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.db import connection
from django.test import RequestFactory
from django.utils import timezone

from development_groups import invitations
from development_groups.access import is_member
from development_groups.factories import UserFactory
from development_groups.models import Invitation
from tests.support import MEMBER_PASSWORD, is_private, log_in, logged_in_user_id, translate_page

User = get_user_model()
NEW_PASSWORD = "een-lang-nieuw-wachtwoord"


@pytest.fixture
def editor_request(editor):
    request = RequestFactory().get("/admin/")
    request.user = editor
    return request


@pytest.fixture
def send(django_capture_on_commit_callbacks, editor, editor_request):
    """invite() as the admin calls it, with its mail sent."""

    def send(group_page, email="Nieuw@Example.nl", name="Noor Nieuw"):
        with django_capture_on_commit_callbacks(execute=True):
            return invitations.invite(group_page, email, name, editor, editor_request)

    return send


def link_path(message):
    return re.search(r"http://testserver(/account/uitnodiging/[^/\s]+/)", message.body).group(1)


def accept(client, path, name="Noor Nieuw", password=NEW_PASSWORD, repeat=None):
    return client.post(
        path, {"name": name, "new_password1": password, "new_password2": repeat or password}
    )


def nothing_changed(invitation):
    invitation.refresh_from_db()
    return (
        invitation.accepted_at is None
        and not User.objects.filter(username="nieuw@example.nl").exists()
    )


# Inviting -------------------------------------------------------------------------------------


def test_an_invitation_mails_a_link_with_the_group_and_the_expiry_date(
    group, send, mailoutbox, editor
):
    invitation = send(group)

    assert invitation.email == "nieuw@example.nl"
    assert invitation.group_page_id == group.pk
    assert invitation.invited_by == editor
    assert invitation.is_usable
    [message] = mailoutbox
    assert message.to == ["nieuw@example.nl"]
    assert group.title in message.subject
    assert group.title in message.body
    assert "Noor Nieuw" in message.body
    assert link_path(message) == f"/account/uitnodiging/{invitation.token}/"
    assert timezone.localtime(invitation.expires_at).strftime("%Y") in message.body
    assert "{{" not in message.body and "{%" not in message.body


def test_the_mail_waits_for_the_transaction(group, editor, editor_request, mailoutbox):
    invitations.invite(group, "nieuw@example.nl", "", editor, editor_request)

    assert mailoutbox == []  # the test's transaction never commits


def test_inviting_again_renews_the_invitation_instead_of_a_second_one(
    client, group, send, mailoutbox
):
    first = send(group)
    old_token, old_expiry = first.token, first.expires_at
    Invitation.objects.filter(pk=first.pk).update(
        expires_at=timezone.now() - datetime.timedelta(days=1)
    )

    second = send(group, email="nieuw@example.nl ")

    assert second.pk == first.pk
    assert Invitation.objects.filter(group_page=group).count() == 1
    assert second.token != old_token
    assert second.expires_at >= old_expiry
    assert second.is_usable
    assert len(mailoutbox) == 2
    assert link_path(mailoutbox[1]) == f"/account/uitnodiging/{second.token}/"
    assert client.get(f"/account/uitnodiging/{old_token}/").status_code == 404


def test_the_same_address_may_be_invited_to_another_group(group, other_group, send):
    send(group)
    send(other_group)

    assert Invitation.objects.filter(email="nieuw@example.nl").count() == 2


def test_an_invitation_through_a_translation_belongs_to_the_dutch_group(group, home_page_en, send):
    english = translate_page(group, home_page_en.locale, title="Development group absence")

    invitation = send(english)

    assert invitation.group_page_id == group.pk


def test_the_links_use_the_sites_public_address(
    group, editor, django_capture_on_commit_callbacks, mailoutbox, settings
):
    settings.BASE_URL = "https://kennisbank.example.nl"
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitations.invite(group, "nieuw@example.nl", "", editor, None)

    body = mailoutbox[0].body
    assert f"https://kennisbank.example.nl/account/uitnodiging/{invitation.token}/" in body
    assert "https://kennisbank.example.nl/ontwikkelgroepen/thuiszitten/" in body
    assert "localhost" not in body


def test_already_member_tells_the_invite_form(group, member):
    assert invitations.already_member(group, "LID@example.nl")
    assert not invitations.already_member(group, "nieuw@example.nl")


# Accepting with a new account -----------------------------------------------------------------


def test_the_link_shows_the_group_and_a_form_for_name_and_password(client, group, send):
    invitation = send(group)

    response = client.get(f"/account/uitnodiging/{invitation.token}/")

    assert response.status_code == 200
    assert is_private(response)
    assert response.context["state"] == "new"
    assert group.title in response.text
    assert "nieuw@example.nl" in response.text
    form = response.context["form"]
    assert list(form.fields) == ["name", "new_password1", "new_password2"]
    assert form["name"].value() == "Noor Nieuw"
    assert nothing_changed(invitation)  # a GET (or a mail scanner) changes nothing


def test_accepting_makes_a_member_who_can_log_in_later(client, group, send):
    invitation = send(group)
    path = f"/account/uitnodiging/{invitation.token}/"

    response = accept(client, path, name="Noor van Nieuw")

    assert response.status_code == 302
    assert response["Location"] == "/account/"
    user = User.objects.get(username="nieuw@example.nl")
    assert user.email == "nieuw@example.nl"
    assert (user.first_name, user.last_name) == ("Noor", "van Nieuw")
    assert user.check_password(NEW_PASSWORD)
    assert not user.is_staff and not user.has_perm("wagtailadmin.access_admin")
    assert is_member(user, group)
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None and invitation.user == user
    assert logged_in_user_id(client) == str(user.pk)
    home = client.get("/account/")
    assert group.title in home.text
    assert 'id="messages"' in home.text  # "Welcome! You are a member of ..."

    client.post("/account/uitloggen/")
    log_in(client, "Nieuw@example.nl", NEW_PASSWORD)
    assert logged_in_user_id(client) == str(user.pk)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")


def test_the_password_rules_and_the_repetition_are_checked(client, group, send):
    invitation = send(group)
    path = f"/account/uitnodiging/{invitation.token}/"

    short = accept(client, path, password="kort")
    assert short.status_code == 200
    assert short.context["form"].has_error("new_password2", "password_too_short")
    assert "error-summary" in short.text

    like_the_address = accept(client, path, password="nieuw@example.nl")
    assert like_the_address.context["form"].has_error("new_password2")

    different = accept(client, path, repeat="een-ander-wachtwoord")
    assert different.context["form"].has_error("new_password2", "password_mismatch")

    no_name = accept(client, path, name="   ")
    assert no_name.context["form"].has_error("name", "required")

    assert nothing_changed(invitation)


def test_a_double_submit_makes_one_account_and_logs_in(client, group, send):
    invitation = send(group)
    path = f"/account/uitnodiging/{invitation.token}/"
    accept(client, path)
    client.logout()  # the second press came with the session of before the first

    second = accept(client, path)

    assert second.status_code == 302
    assert second["Location"] == "/account/"
    assert User.objects.filter(username="nieuw@example.nl").count() == 1
    assert logged_in_user_id(client) == str(User.objects.get(username="nieuw@example.nl").pk)


def test_a_used_link_is_refused_and_changes_nothing(client, group, send):
    invitation = send(group)
    path = f"/account/uitnodiging/{invitation.token}/"
    accept(client, path)
    client.logout()

    response = client.get(path)
    assert response.status_code == 410
    assert response.context["state"] == "used"

    stranger = accept(client, path, name="Iemand Anders", password="een-ander-lang-wachtwoord")
    assert stranger.status_code == 410
    assert logged_in_user_id(client) is None
    user = User.objects.get(username="nieuw@example.nl")
    assert user.first_name == "Noor" and user.check_password(NEW_PASSWORD)


def test_its_member_following_a_used_link_goes_to_their_groups(client, group, send):
    invitation = send(group)
    path = f"/account/uitnodiging/{invitation.token}/"
    accept(client, path)

    assert client.get(path)["Location"] == "/account/"


def test_an_expired_link_is_refused_and_changes_nothing(client, group, send):
    invitation = send(group)
    Invitation.objects.filter(pk=invitation.pk).update(
        expires_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    path = f"/account/uitnodiging/{invitation.token}/"

    page = client.get(path)
    response = accept(client, path)

    assert page.status_code == 410
    assert page.context["state"] == "expired"
    assert "expired" in page.text or "verlopen" in page.text
    assert response.status_code == 410
    assert nothing_changed(invitation)
    assert logged_in_user_id(client) is None


@pytest.mark.parametrize("token", ["onbekend", "x" * 200, "%00", "abc def"])
def test_a_tampered_link_is_not_found_and_changes_nothing(client, group, send, token):
    invitation = send(group)

    page = client.get(f"/account/uitnodiging/{token}/")
    response = accept(client, f"/account/uitnodiging/{token}/")

    assert page.status_code == 404
    assert page.context["state"] == "unknown"
    assert response.status_code == 404
    assert nothing_changed(invitation)


def test_a_token_with_one_character_changed_is_not_found(client, group, send):
    invitation = send(group)
    token = invitation.token
    tampered = token[:-1] + ("A" if token[-1] != "A" else "B")

    assert client.get(f"/account/uitnodiging/{tampered}/").status_code == 404


# Accepting with an existing account -----------------------------------------------------------


@pytest.fixture
def existing(db):
    return UserFactory(email="bestaand@example.nl")


def test_an_existing_account_logs_in_first_then_joins(client, group, send, existing):
    invitation = send(group, email="Bestaand@example.nl")
    path = f"/account/uitnodiging/{invitation.token}/"

    page = client.get(path)
    assert page.context["state"] == "log_in_first"
    assert f"/account/inloggen/?next={path}" in page.text.replace("%2F", "/")
    assert accept(client, path).status_code == 200  # no account made over the existing one
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert not is_member(existing, group)

    login = log_in(client, "bestaand@example.nl", MEMBER_PASSWORD, next_url=path)
    assert login["Location"] == path
    assert client.get(path).context["state"] == "join"
    response = client.post(path)

    assert response["Location"] == "/account/"
    assert is_member(User.objects.get(pk=existing.pk), group)
    invitation.refresh_from_db()
    assert invitation.accepted_at is not None and invitation.user == existing
    assert User.objects.filter(email__iexact="bestaand@example.nl").count() == 1


def test_logged_in_as_someone_else_the_invitation_waits(client, group, send, existing, member):
    invitation = send(group, email="bestaand@example.nl")
    path = f"/account/uitnodiging/{invitation.token}/"
    client.force_login(member)

    page = client.get(path)
    client.post(path)

    assert page.context["state"] == "other_account"
    assert "lid@example.nl" in page.text and "bestaand@example.nl" in page.text
    invitation.refresh_from_db()
    assert invitation.accepted_at is None
    assert not is_member(existing, group)

    logout = client.post("/account/uitloggen/", {"next": path})
    assert logout["Location"] == path


def test_a_new_address_while_logged_in_as_someone_else_makes_its_own_account(
    client, group, send, other_member
):
    invitation = send(group)
    client.force_login(other_member)

    accept(client, f"/account/uitnodiging/{invitation.token}/")

    user = User.objects.get(username="nieuw@example.nl")
    assert logged_in_user_id(client) == str(user.pk)
    assert is_member(user, group) and not is_member(other_member, group)


# At the same moment (PostgreSQL row locks) ----------------------------------------------------


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL row locks (select_for_update)"
)
def test_accepting_at_the_same_moment_makes_one_account(group):
    from tests.support import all_at_once

    invitation = invitations.invite(group, "nieuw@example.nl", "", None, None)

    results = all_at_once(
        8, lambda n: invitations.accept_with_new_account(invitation, "Noor", NEW_PASSWORD)
    )

    assert len([user for user in results if user is not None]) == 1
    assert User.objects.filter(username="nieuw@example.nl").count() == 1
    assert Invitation.objects.get(pk=invitation.pk).accepted_at is not None
