"""The members' say in their group's themes: development questions, the facilitator's theme
proposals, the ballot (question round and theme vote) and the votes."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .pages import DevelopmentGroupPage, DevelopmentSessionPage


class Ballot(models.Model):
    """A group's question round and theme vote: the facilitator opens and closes them."""

    class State(models.TextChoices):
        NOT_OPEN = "not_open", _("Not open yet")
        OPEN = "open", _("Open")
        CLOSED = "closed", _("Closed")

    group_page = models.OneToOneField(
        DevelopmentGroupPage, on_delete=models.CASCADE, related_name="ballot"
    )
    questions_open = models.BooleanField(
        _("question round open"),
        default=True,
        help_text=_("While open, members submit development questions."),
    )
    state = models.CharField(
        _("theme vote"), max_length=20, choices=State.choices, default=State.NOT_OPEN
    )
    votes_per_member = models.PositiveSmallIntegerField(
        _("votes per member"), default=3, help_text=_("How many proposals each member may choose.")
    )
    closes_at = models.DateTimeField(
        _("voting possible until"),
        null=True,
        blank=True,
        help_text=_(
            "Optional. After this moment members can no longer vote, even when you have not "
            "closed the vote yet. Close it afterwards to assign the chosen themes to the sessions."
        ),
    )
    opened_at = models.DateTimeField(_("vote opened at"), null=True, blank=True)
    closed_at = models.DateTimeField(_("vote closed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("theme vote")
        verbose_name_plural = _("theme votes")

    def __str__(self):
        return str(self.group_page)

    # `state`, `is_open` and `is_closed` are the facilitator's: what they opened and closed (the
    # admin's buttons, assigning the themes). What members meet is `state_at()`: an open vote
    # whose deadline has passed is closed for them (`accepting_votes`, `voting_ended`).

    @property
    def is_open(self):
        return self.state == self.State.OPEN

    @property
    def is_closed(self):
        return self.state == self.State.CLOSED

    def deadline_passed(self, now=None):
        return self.closes_at is not None and self.closes_at <= (now or timezone.now())

    def state_at(self, now=None):
        """The vote's state for the members at `now`: open only while the facilitator has it
        open and its deadline has not passed."""
        if self.state == self.State.OPEN and self.deadline_passed(now):
            return self.State.CLOSED
        return self.State(self.state)

    @property
    def accepting_votes(self):
        return self.state_at() == self.State.OPEN

    @property
    def voting_ended(self):
        """Closed by the facilitator, or open past its deadline: the result may be shown."""
        return self.state_at() == self.State.CLOSED

    @classmethod
    def ended_q(cls, prefix="", now=None):
        """`voting_ended` as a query condition on a ballot reached through `prefix`."""
        now = now or timezone.now()
        return models.Q(**{f"{prefix}state": cls.State.CLOSED}) | models.Q(
            **{f"{prefix}state": cls.State.OPEN, f"{prefix}closes_at__lte": now}
        )


def questions_key(group_page_id):
    """The page cache's version key of a group's questions as its insiders see them
    (core/page_cache.py, development_groups.views.members_context): raised when one is asked or
    removed (development_groups/signals.py)."""
    return f"group-questions:{group_page_id}"


class Question(models.Model):
    """A member's development question: seen by the group's members, never by anyone else."""

    group_page = models.ForeignKey(
        DevelopmentGroupPage,
        verbose_name=_("development group"),
        on_delete=models.CASCADE,
        related_name="questions",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("asked by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="development_questions",
    )
    text = models.TextField(_("question"), max_length=2000)
    created_at = models.DateTimeField(_("asked at"), default=timezone.now)

    class Meta:
        verbose_name = _("development question")
        verbose_name_plural = _("development questions")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return self.text if len(self.text) <= 80 else self.text[:79] + "…"


class ThemeProposal(models.Model):
    """A theme the facilitator proposes from the members' questions; members vote on it. Once
    chosen it is assigned to a session, whose page then shows its title (public)."""

    group_page = models.ForeignKey(
        DevelopmentGroupPage,
        verbose_name=_("development group"),
        on_delete=models.CASCADE,
        related_name="proposals",
    )
    title = models.CharField(_("theme"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=2000)
    questions = models.ManyToManyField(
        Question, verbose_name=_("from the questions"), blank=True, related_name="proposals"
    )
    session = models.ForeignKey(
        DevelopmentSessionPage,
        verbose_name=_("chosen for session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chosen_themes",
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("theme proposal")
        verbose_name_plural = _("theme proposals")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if (
            self.session_id
            and self.group_page_id
            and (self.session.get_parent().pk != self.group_page_id)
        ):
            raise ValidationError({"session": _("Choose a session of this development group.")})


class Vote(models.Model):
    """One member's vote for one proposal: at most one per proposal per member (database)."""

    # Not content: Wagtail's reference index ("usage" of pages) gains nothing from it, and would
    # queue a background task for every save (a rush of registrations or votes).
    wagtail_reference_index_ignore = True

    proposal = models.ForeignKey(
        ThemeProposal, verbose_name=_("theme"), on_delete=models.CASCADE, related_name="votes"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="development_votes",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "member"], name="development_groups_one_vote_per_proposal"
            )
        ]

    def __str__(self):
        return f"{self.member} → {self.proposal}"
