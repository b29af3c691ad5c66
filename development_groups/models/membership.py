"""Who belongs to a development group: its access (the Django groups of members and
facilitators, the document collection) and the invitations that bring members in."""

import datetime
import secrets

from django.conf import settings
from django.contrib.auth.models import Group
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.models import Collection

from .pages import DevelopmentGroupPage

INVITATION_VALID_DAYS = 14


class GroupAccess(models.Model):
    """Who may see a development group's private side, and where its documents live. Created
    with the group (development_groups/signals.py); never edited by hand."""

    group_page = models.OneToOneField(
        DevelopmentGroupPage, on_delete=models.CASCADE, related_name="access"
    )
    members = models.OneToOneField(
        Group, verbose_name=_("members"), on_delete=models.PROTECT, related_name="+"
    )
    facilitators = models.OneToOneField(
        Group, verbose_name=_("facilitators"), on_delete=models.PROTECT, related_name="+"
    )
    collection = models.OneToOneField(
        Collection, verbose_name=_("documents"), on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        verbose_name = _("access to a development group")

    def __str__(self):
        return str(self.group_page)


def new_invitation_token():
    return secrets.token_urlsafe(32)


def invitation_expiry():
    return timezone.now() + datetime.timedelta(days=INVITATION_VALID_DAYS)


class Invitation(models.Model):
    """An editor's invitation of one person to one group; its link lets them set a password."""

    # Not content: Wagtail's reference index ("usage" of pages) gains nothing from it, and would
    # queue a background task for every save (a rush of registrations or votes).
    wagtail_reference_index_ignore = True

    group_page = models.ForeignKey(
        DevelopmentGroupPage,
        verbose_name=_("development group"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    email = models.EmailField(_("e-mail"))
    name = models.CharField(_("name"), max_length=200, blank=True)
    token = models.CharField(
        max_length=64, unique=True, default=new_invitation_token, editable=False
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    created_at = models.DateTimeField(_("invited at"), default=timezone.now, editable=False)
    expires_at = models.DateTimeField(_("valid until"), default=invitation_expiry)
    accepted_at = models.DateTimeField(_("accepted at"), null=True, blank=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at", "pk"]

    def __str__(self):
        return f"{self.email} → {self.group_page}"

    def save(self, *args, **kwargs):
        self.email = self.email.strip().lower()
        super().save(*args, **kwargs)

    @property
    def is_expired(self):
        return self.expires_at <= timezone.now()

    @property
    def is_usable(self):
        return self.accepted_at is None and not self.is_expired
