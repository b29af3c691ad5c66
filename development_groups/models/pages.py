"""The public side of development groups: the overview (/ontwikkelgroepen/), a group's page and
its sessions (each an event, by multi-table inheritance from events.EventPage)."""

from modelcluster.fields import ParentalManyToManyField

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Length, Substr
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from core.admin_locale import FilterableCheckboxSelectMultiple
from core.localization import in_default_locale
from events.models import WHEN_FIELDS, WHERE_PANEL, EventPage
from home.blocks import BodyBlock
from home.models import BasePage
from taxonomy.serializers import TaxonSerializer


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

    # Context: development_groups/views.py.
    def get_context(self, request, *args, **kwargs):
        from ..views import index_context

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

    # Context: development_groups/views.py.
    def get_context(self, request, *args, vote_selection=None, **kwargs):
        from ..views import group_context

        context = super().get_context(request, *args, **kwargs)
        context.update(group_context(request, self, vote_selection))
        return context

    # Routes (development_groups/views.py): the page, a member's question, a member's votes.
    @path("")
    def detail(self, request):
        from ..views import group_view

        return group_view(request, self)

    @path("vragen/", name="questions")
    def questions_route(self, request):
        from ..views import question_view

        return question_view(request, self)

    @path("stemmen/", name="vote")
    def vote_route(self, request):
        from ..views import vote_view

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

    # Context: development_groups/views.py. The routes (the page, ical/) are the event's.
    def get_context(self, request, *args, **kwargs):
        from ..views import session_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_context(request, self))
        return context
