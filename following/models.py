"""Who follows what, and which digests they were sent.

A Subscriber is one e-mail address (stored in lower case, one row per address) with the
language its mails are written in and how often its digest comes. It follows one or more
Follows, each a saved filter: a theme page is a Follow with that theme, a region filter one
with that region, the practice example listing one with the listing's current filters, the
agenda one of the events. Within a vocabulary a Follow matches any of its taxa, across
vocabularies all of them (as the listings' filters do); a Follow without taxa matches
everything of its scope.

Taxa are stored as the default language's (Dutch) taxon; the same taxon in English shares its
translation_key, so a follow made on the English site finds the same content.

Nothing is sent but the confirmation mail until the subscriber follows its link
(`confirmed_at`); a Follow added to an address later waits for a confirmation of its own
(`Follow.confirmed_at`). Every link carries the subscriber's `secret`: unsubscribing deletes the
row, so its links stop working, and a new subscription of the same address gets new links.

A Digest is one subscriber's mail for one period ("2026-W49" weekly, "2026-12" monthly): unique
per subscriber and period, so queuing twice, or two workers, never send a period twice. How
digests are chosen, queued and sent: following/digests.py, docs/digests.md.

A SummaryPublication remembers when a session's public summary was first published (the outcome
itself only knows when it last changed), so a digest announces a summary once, not after every
edit (following/signals.py).
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def new_secret():
    return secrets.token_urlsafe(24)


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")


class Subscriber(models.Model):
    email = models.EmailField(_("e-mail address"), unique=True)
    language = models.CharField(_("language"), max_length=10, choices=settings.LANGUAGES)
    frequency = models.CharField(
        _("frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    secret = models.CharField(max_length=64, default=new_secret, editable=False)
    created_at = models.DateTimeField(_("subscribed at"), default=timezone.now, db_index=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True, db_index=True)
    # The last confirmation mail: no second one within an hour for the same address.
    confirmation_sent_at = models.DateTimeField(null=True, blank=True, editable=False)
    # What is new since this moment goes into the next digest (set at confirmation, moved to
    # the end of each digest's period when it is queued).
    digest_since = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None


class Follow(models.Model):
    class Scope(models.TextChoices):
        EVERYTHING = "all", _("Everything")
        EXAMPLES = "examples", _("Practice examples")
        EVENTS = "events", _("Events")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="follows")
    scope = models.CharField(
        _("what"), max_length=10, choices=Scope.choices, default=Scope.EVERYTHING
    )
    themes = models.ManyToManyField("taxonomy.Theme", blank=True, related_name="+")
    regions = models.ManyToManyField("taxonomy.Region", blank=True, related_name="+")
    sectors = models.ManyToManyField("taxonomy.Sector", blank=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    confirmed_at = models.DateTimeField(null=True, blank=True, db_index=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.subscriber}: {self.get_scope_display()}"


class Digest(models.Model):
    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        # Everything it named was unpublished before it went out: no mail.
        EMPTY = "empty", _("Nothing left to send")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="digests")
    period = models.CharField(max_length=10)  # "2026-W49" or "2026-12"
    period_start = models.DateTimeField()
    period_end = models.DateTimeField()
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    # What the digest shows, chosen when it was queued: {"examples": [page ids], "events": [...],
    # "summaries": [...]}.
    items = models.JSONField(default=dict)
    queued_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True)
    # The task (its result id) that set it sending: only a new attempt of that same task may take
    # over a digest left sending (its worker died), never another task that names it too.
    claimed_by = models.CharField(max_length=64, blank=True, editable=False)

    class Meta:
        verbose_name = _("digest")
        verbose_name_plural = _("digests")
        constraints = [
            models.UniqueConstraint(
                fields=["subscriber", "period"], name="following_one_digest_per_period"
            )
        ]

    def __str__(self):
        return f"{self.subscriber} {self.period}"


class SummaryPublication(models.Model):
    """When a session's public summary was first published: what a digest announces as new."""

    outcome = models.OneToOneField(
        "development_groups.SessionOutcome", on_delete=models.CASCADE, related_name="+"
    )
    published_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("published session summary")
        verbose_name_plural = _("published session summaries")

    def __str__(self):
        return f"{self.outcome} {self.published_at:%Y-%m-%d}"
