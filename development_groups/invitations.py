"""Inviting people to a development group, and accepting an invitation.

An editor or facilitator invites an e-mail address to a group (`invite`): the invitation's link
(/account/uitnodiging/<token>/) is mailed (`send_invitation`) and stays usable for
INVITATION_VALID_DAYS days. Inviting the same address to the same group again, before it was
accepted, renews that invitation (a new link and expiry date; the old link stops working)
instead of making a second one.

Following the link, a newcomer chooses a name and a password (`accept_with_new_account`); someone
who has an account already logs in first and joins with one click (`accept`). Either way they
become a member (the group's `GroupAccess.members`) and the invitation is used up.

Every change runs in one transaction that first locks the invitation's row: a double click or
two tabs make one account and one membership, never an error.
"""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import Site

from core.links import absolute_url, page_url
from core.mail import queue_email
from home.models import SiteSettings

from .access import ensure_access, is_member
from .account_forms import account_for_email
from .models import GroupAccess, Invitation, invitation_expiry, new_invitation_token

TOKEN_MAX = Invitation._meta.get_field("token").max_length
TOKEN_PATTERN = re.compile(rf"[A-Za-z0-9_-]{{1,{TOKEN_MAX}}}")  # URL-safe base64


def invite(group_page, email, name, invited_by, request):
    """Invite `email` to the group and mail the link: the new or renewed Invitation."""
    group_page = group_page.source
    email = email.strip().lower()
    with transaction.atomic():
        # The group's access row serialises invitations to one group, so two editors inviting
        # the same address at once make one invitation.
        access = ensure_access(group_page)
        list(GroupAccess.objects.select_for_update().filter(pk=access.pk))
        invitation = (
            Invitation.objects.filter(group_page=group_page, email=email, accepted_at=None)
            .order_by("-created_at", "-pk")
            .first()
        )
        if invitation is None:
            invitation = Invitation(group_page=group_page, email=email)
        else:
            invitation.token = new_invitation_token()
            invitation.expires_at = invitation_expiry()
        invitation.name = name or invitation.name
        invitation.invited_by = invited_by if invited_by and invited_by.pk else None
        invitation.save()
        send_invitation(invitation, request)
    return invitation


def already_member(group_page, email):
    """Whether the account of this address is a member of the group already (for the invite
    form: inviting a member again is harmless, but probably a mistake)."""
    account = account_for_email(email)
    return account is not None and is_member(account, group_page)


def invitation_url(invitation):
    """The absolute address of the invitation's link, in the default language."""
    with translation.override(settings.LANGUAGE_CODE):
        return absolute_url(reverse("account:invitation", kwargs={"token": invitation.token}))


def send_invitation(invitation, request):
    """Render the invitation mail (in the default language: the invitee's language is unknown)
    and queue it in the current transaction (core.mail.queue_email)."""
    group = invitation.group_page
    site = SiteSettings.for_request(request) if request is not None else None
    if site is None:
        default_site = Site.objects.filter(is_default_site=True).first()
        site = SiteSettings.for_site(default_site) if default_site else None
    with translation.override(settings.LANGUAGE_CODE):
        context = {
            "invitation": invitation,
            "group": group,
            "group_url": page_url(group),
            "invitation_url": invitation_url(invitation),
            "inviter": invitation.invited_by,
            "site_name": site.organisation_name if site else "Kennisbank",
            "site_contact_email": site.contact_email if site else "",
        }
        subject = render_to_string("development_groups/email/invitation_subject.txt", context)
        body = render_to_string("development_groups/email/invitation.txt", context)
    queue_email(subject, body, [invitation.email])


def find_invitation(token):
    """The invitation with this token, whatever its state; None for an unknown token (or one
    that could never be a token: it is URL-safe base64)."""
    if not TOKEN_PATTERN.fullmatch(token or ""):
        return None
    return Invitation.objects.select_related("group_page").filter(token=token).first()


def _join(invitation, user):
    ensure_access(invitation.group_page).members.user_set.add(user)
    invitation.accepted_at = timezone.now()
    invitation.user = user
    invitation.save(update_fields=["accepted_at", "user"])


def accept(invitation, user):
    """Make an existing account a member through the invitation: True, or False when the
    invitation was used up or expired in the meantime (nothing changed)."""
    with transaction.atomic():
        invitation = Invitation.objects.select_for_update().filter(pk=invitation.pk).first()
        if invitation is None or not invitation.is_usable:
            return False
        _join(invitation, user)
    return True


def accept_with_new_account(invitation, name, password):
    """Create the account of the invitation's address with this name and password, and make it
    a member: the new user, or None when the invitation was used up or expired in the meantime,
    or the address got an account (nothing changed)."""
    user_model = get_user_model()
    first_name, _space, last_name = name.strip().partition(" ")
    try:
        with transaction.atomic():
            invitation = Invitation.objects.select_for_update().filter(pk=invitation.pk).first()
            if invitation is None or not invitation.is_usable:
                return None
            if account_for_email(invitation.email) is not None:
                return None
            user = user_model(
                username=invitation.email,
                email=invitation.email,
                first_name=first_name,
                last_name=last_name,
            )
            user.set_password(password)
            user.save()
            _join(invitation, user)
    except IntegrityError:
        # The unique user name caught a twin that slipped past the lock (where there is none,
        # as on SQLite): the other request made the account.
        return None
    return user
