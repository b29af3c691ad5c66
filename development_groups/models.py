"""Development groups: a closed group of regional partners meeting in a series of sessions.

The public side is pages: `DevelopmentGroupIndexPage` (/ontwikkelgroepen/), `DevelopmentGroupPage`
and its `DevelopmentSessionPage` children. A session *is* an event (multi-table inheritance from
`events.EventPage`), so its date, time, place and status are typed once and the agenda and its
calendars show it like any other event.

The private side is plain models, never page fields: they stay out of page revisions, out of
translation, out of the search index and out of the API.

- Membership is a Django group per development group (`GroupAccess.members`); its facilitators
  are another (`GroupAccess.facilitators`), which holds the admin permissions on the group's
  pages and its document collection. The collection's view restriction admits both groups, so
  Wagtail's own document view keeps outcome documents to them.
- Members submit `Question`s, the facilitator clusters them into `ThemeProposal`s, members `Vote`
  within the group's `Ballot`; the chosen proposals are assigned to the following sessions.
- A session's `SessionOutcome` (summary, insights, agreed actions, documents) is for the group's
  members, its facilitators and the editors; its public summary is shown to everyone only when
  the facilitator chooses.

Everything private belongs to the default-language page of its group or session (as the
registrations of an event do): translations share one membership, one ballot, one outcome.
"""

import datetime
import secrets

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel

from django import forms
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length, Substr
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Collection, Orderable
from wagtail.search import index

from core.admin_locale import FilterableCheckboxSelectMultiple
from core.localization import in_default_locale
from events.models import WHEN_FIELDS, WHERE_PANEL, EventPage
from home.blocks import BodyBlock
from home.models import BasePage
from taxonomy.serializers import TaxonSerializer

INVITATION_VALID_DAYS = 14


class DevelopmentGroupIndexPage(BasePage):
    """/ontwikkelgroepen/: the current groups first, then the finished ones."""

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["development_groups.DevelopmentGroupPage"]
    max_count_per_parent = 1

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body")]

    class Meta:
        verbose_name = _("development groups overview")

    # Context: views.py.
    def get_context(self, request, *args, **kwargs):
        from .views import index_context

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(request, self))
        return context


class DevelopmentGroupPage(RoutablePageMixin, BasePage):
    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")
        FINISHED = "finished", _("Finished")

    class RegistrationState(models.TextChoices):
        OPEN = "open", _("Open for registration")
        FULL = "full", _("Full")
        CLOSED = "closed", _("Registration closed")

    purpose = RichTextField(
        _("purpose"), blank=True, features=["bold", "italic", "link", "ol", "ul"]
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", verbose_name=_("intended for"), blank=True, related_name="+"
    )
    audience_note = models.CharField(
        _("intended for (description)"),
        max_length=300,
        blank=True,
        help_text=_("E.g. “School alliances and municipalities (compulsory education)”."),
    )
    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    partners = ParentalManyToManyField(
        "taxonomy.Organisation", verbose_name=_("partners"), blank=True, related_name="+"
    )
    themes = ParentalManyToManyField(
        "taxonomy.Theme", verbose_name=_("themes"), blank=True, related_name="+"
    )
    planned_sessions = models.PositiveSmallIntegerField(
        _("number of sessions"), null=True, blank=True
    )
    capacity = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    registration_state = models.CharField(
        _("registration"),
        max_length=20,
        choices=RegistrationState.choices,
        default=RegistrationState.OPEN,
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Where people ask to take part.")
    )
    cost_note = models.CharField(
        _("cost"), max_length=200, blank=True, help_text=_("E.g. “Taking part is free.”")
    )
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.ACTIVE
    )
    status_reason = models.TextField(
        _("reason"),
        blank=True,
        max_length=1000,
        help_text=_("Shown prominently when the group is postponed or cancelled."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    parent_page_types = ["development_groups.DevelopmentGroupIndexPage"]
    subpage_types = ["development_groups.DevelopmentSessionPage"]

    search_fields = BasePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("body"),
        index.RelatedFields("themes", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("intro"),
        APIField("purpose"),
        APIField("audiences", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("audience_note"),
        APIField("organiser", serializer=TaxonSerializer(read_only=True)),
        APIField("partners", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("themes", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("planned_sessions"),
        APIField("capacity"),
        APIField("registration_state"),
        APIField("status"),
        APIField("status_reason"),
        APIField("body"),
    ]
    content_panels = BasePage.content_panels + [
        FieldPanel("purpose"),
        FieldRowPanel([FieldPanel("status"), FieldPanel("status_reason")]),
        MultiFieldPanel(
            [
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audience_note"),
                FieldPanel("organiser"),
                FieldPanel("partners", widget=FilterableCheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and what"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("planned_sessions"), FieldPanel("capacity")]),
                FieldPanel("registration_state"),
                FieldPanel("contact_email"),
                FieldPanel("cost_note"),
            ],
            heading=_("Taking part"),
        ),
        FieldPanel("body"),
    ]

    class Meta:
        verbose_name = _("development group")
        verbose_name_plural = _("development groups")
        permissions = [
            (
                "see_all_groups",
                "Can see the members-only content of every development group",
            )
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.status in (self.Status.POSTPONED, self.Status.CANCELLED) and not (
            self.status_reason.strip()
        ):
            raise ValidationError(
                {"status_reason": _("Say why the group is postponed or cancelled.")}
            )

    @cached_property
    def source(self):
        """This group in the default language: the page its members, ballot and questions
        belong to."""
        return in_default_locale(self)

    def sessions(self):
        """Live, public sessions in time order."""
        return (
            DevelopmentSessionPage.objects.child_of(self)
            .live()
            .public()
            .order_by("starts_at", "pk")
        )

    # Context: views.py.
    def get_context(self, request, *args, vote_selection=None, **kwargs):
        from .views import group_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_context(request, self, vote_selection))
        return context

    # Routes (views.py): the page, a member's question, a member's votes.
    @path("")
    def detail(self, request):
        from .views import group_view

        return group_view(request, self)

    @path("vragen/", name="questions")
    def questions_route(self, request):
        from .views import question_view

        return question_view(request, self)

    @path("stemmen/", name="vote")
    def vote_route(self, request):
        from .views import vote_view

        return vote_view(request, self)


class DevelopmentSessionPage(EventPage):
    """One meeting of a development group: an event of kind "session" under its group."""

    @classmethod
    def of_closed_groups(cls):
        """Sessions of groups that take no one new (registration closed, cancelled, finished):
        never suggested to outsiders (the scan). A lazy queryset: one subquery, no query."""
        closed = DevelopmentGroupPage.objects.filter(
            models.Q(registration_state=DevelopmentGroupPage.RegistrationState.CLOSED)
            | models.Q(
                status__in=[
                    DevelopmentGroupPage.Status.CANCELLED,
                    DevelopmentGroupPage.Status.FINISHED,
                ]
            )
        )
        # A child's path is its parent's plus one step (treebeard).
        parent_path = Substr("path", 1, Length("path") - cls.steplen)
        return cls.objects.alias(parent_path=parent_path).filter(
            parent_path__in=closed.values("path")
        )

    parent_page_types = ["development_groups.DevelopmentGroupPage"]
    subpage_types = []

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(WHEN_FIELDS, heading=_("When")),
        WHERE_PANEL,
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
        InlinePanel("programme_items", label=_("Programme")),
        FieldPanel("contact_email"),
    ]

    class Meta:
        verbose_name = _("development group session")
        verbose_name_plural = _("development group sessions")

    def save(self, *args, **kwargs):
        self.kind = EventPage.Kind.SESSION
        super().save(*args, **kwargs)

    @cached_property
    def source(self):
        """This session in the default language: the page its outcome belongs to."""
        return in_default_locale(self)

    @property
    def group(self):
        return DevelopmentGroupPage.objects.parent_of(self).first()

    # Context: views.py. The routes (the page, ical/) are the event's.
    def get_context(self, request, *args, **kwargs):
        from .views import session_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(request, self))
        return context


class GroupAccess(models.Model):
    """Who may see a development group's private side, and where its documents live. Created
    with the group (signals.py); never edited by hand."""

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
    (core/page_cache.py, views.members_context): raised when one is asked or removed
    (signals.py)."""
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


class SessionOutcome(ClusterableModel):
    """What a session yielded, for the group's members; its public summary for everyone once
    the facilitator publishes it."""

    session = models.OneToOneField(
        DevelopmentSessionPage,
        verbose_name=_("session"),
        on_delete=models.CASCADE,
        related_name="outcome",
    )
    summary = RichTextField(_("summary"), blank=True, features=["bold", "italic", "link", "ul"])
    insights = RichTextField(_("insights"), blank=True, features=["bold", "italic", "link", "ul"])
    actions = RichTextField(
        _("agreed actions"), blank=True, features=["bold", "italic", "link", "ul", "ol"]
    )
    public_summary = models.TextField(
        _("public summary"),
        blank=True,
        max_length=3000,
        help_text=_("A summary anyone may read; the full outcome stays with the members."),
    )
    public_summary_published = models.BooleanField(
        _("publish the public summary"),
        default=False,
        help_text=_("Shows the public summary on the session's page for every visitor."),
    )
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("session outcome")
        verbose_name_plural = _("session outcomes")

    def __str__(self):
        return str(self.session)

    def clean(self):
        super().clean()
        if self.public_summary_published and not self.public_summary.strip():
            raise ValidationError(
                {"public_summary": _("Write the public summary before publishing it.")}
            )


class OutcomeDocument(Orderable):
    """A document of an outcome: kept in the group's private collection."""

    outcome = ParentalKey(SessionOutcome, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")


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
