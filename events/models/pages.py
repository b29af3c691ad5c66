"""The agenda's pages: the index (/agenda/) and the event, with its programme, status,
registration settings and calendar entry. Its time (times.py) and its registration state
(registration_state.py) are mixins of their own."""

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index

from core.admin_locale import FilterableCheckboxSelectMultiple, LocalizedPageForm
from core.related_examples import RelatedExamplesFormMixin, RelatedExamplesMixin
from home.blocks import BodyBlock
from home.models import BasePage
from taxonomy.serializers import TaxonSerializer

from .panels import WHEN_FIELDS, WHERE_PANEL
from .registration_state import RegistrationStateMixin
from .times import EventTimesMixin


class EventIndexPage(RoutablePageMixin, BasePage):
    """/agenda/: upcoming and past events with filters, and the agenda's iCalendar feed.

    Each route's view lives in its own module, imported at call time because those modules
    import this one.
    """

    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event index")

    @path("")
    def index(self, request):
        from ..views import index_view

        return index_view(request, self)

    @path("ical/", name="ical")
    def ical(self, request):
        from ..ical import agenda_feed_view

        return agenda_feed_view(request, self)


class EventTag(TaggedItemBase):
    content_object = ParentalKey(
        "events.EventPage", related_name="tagged_items", on_delete=models.CASCADE
    )


class EventPageForm(RelatedExamplesFormMixin, LocalizedPageForm):
    """An activity lives under an action week, and only activities do."""

    def clean(self):
        cleaned = super().clean()
        parent = self.parent_page.specific if self.parent_page else None
        in_week = isinstance(parent, EventPage)
        is_activity = cleaned.get("kind") == EventPage.Kind.ACTIVITY
        if is_activity and not in_week:
            self.add_error("kind", _("An activity belongs to an action week: create it under one."))
        elif in_week and not is_activity:
            self.add_error("kind", _("Under an action week, choose the kind “activity”."))
        return cleaned


class EventPage(
    RegistrationStateMixin, EventTimesMixin, RelatedExamplesMixin, RoutablePageMixin, BasePage
):
    class Kind(models.TextChoices):
        MEETING = "meeting", _("Meeting")
        WEBINAR = "webinar", _("Webinar")
        CONFERENCE = "conference", _("Conference")
        ACTION_WEEK = "action_week", _("Action week")
        ACTIVITY = "activity", _("Activity")
        SESSION = "session", _("Development group session")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", _("Scheduled")
        POSTPONED = "postponed", _("Postponed")
        CANCELLED = "cancelled", _("Cancelled")

    class LocationKind(models.TextChoices):
        VENUE = "venue", _("At a venue")
        TO_FOLLOW = "to_follow", _("Location to follow")
        ONLINE = "online", _("Online")

    class RegistrationMode(models.TextChoices):
        NONE = "none", _("No registration")
        SITE = "site", _("Registration on this site")
        EXTERNAL = "external", _("Registration elsewhere (link)")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.MEETING)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.SCHEDULED
    )
    status_reason = models.TextField(
        _("reason"),
        blank=True,
        max_length=1000,
        help_text=_("Shown prominently when the event is postponed or cancelled."),
    )

    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for an all-day event.")
    )
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty when it ends the same day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    # Derived from the four fields above on save (Europe/Amsterdam), for sorting and filtering.
    starts_at = models.DateTimeField(editable=False, db_index=True)
    ends_at = models.DateTimeField(editable=False, db_index=True)

    location_kind = models.CharField(
        _("location"), max_length=20, choices=LocationKind.choices, default=LocationKind.VENUE
    )
    venue = models.CharField(_("venue"), max_length=200, blank=True)
    address = models.CharField(_("address"), max_length=200, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    region = models.ForeignKey(
        "taxonomy.Region",
        verbose_name=_("region"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    online_url = models.URLField(
        _("link to join online"),
        blank=True,
        help_text=_("Never shown on the site: sent to registrants in their confirmation."),
    )

    organiser = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organiser_name = models.CharField(
        _("organiser (name)"),
        max_length=200,
        blank=True,
        help_text=_(
            "When the organiser is not in the list of organisations, e.g. as someone who "
            "submitted an activity typed it. Shown on the site."
        ),
    )
    co_organisers = ParentalManyToManyField(
        "taxonomy.Organisation",
        verbose_name=_("in cooperation with"),
        blank=True,
        related_name="+",
    )
    audiences = ParentalManyToManyField(
        "taxonomy.Audience", verbose_name=_("of interest to"), blank=True
    )
    themes = ParentalManyToManyField("taxonomy.Theme", verbose_name=_("themes"), blank=True)
    tags = ClusterTaggableManager(through=EventTag, blank=True, verbose_name=_("tags"))

    is_free = models.BooleanField(_("free of charge"), default=True)
    cost = models.DecimalField(
        _("cost (euro)"), max_digits=8, decimal_places=2, null=True, blank=True
    )
    cost_note = models.CharField(
        _("note on the cost"), max_length=200, blank=True, help_text=_("E.g. “incl. lunch”.")
    )

    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)

    registration_mode = models.CharField(
        _("registration"),
        max_length=20,
        choices=RegistrationMode.choices,
        default=RegistrationMode.NONE,
    )
    registration_url = models.URLField(_("registration link"), blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Leave empty for no limit.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("Empty: registration closes when the event starts."),
    )
    registration_closed = models.BooleanField(
        _("close registration now"),
        default=False,
        help_text=_("Closes registration before the deadline, e.g. because the group is full."),
    )

    # Who proposed an activity through the public form (events/activities.py): for the editors
    # only.
    submitter_name = models.CharField(
        _("submitted by"), max_length=200, blank=True, help_text=_("Never shown on the site.")
    )
    submitter_email = models.EmailField(
        _("e-mail address of the submitter"),
        blank=True,
        help_text=_("Never shown on the site."),
    )

    # Raised on every publication (events/signals.py): the iCalendar SEQUENCE, so calendars update.
    sequence = models.PositiveIntegerField(default=0, editable=False)

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage", "events.EventPage"]
    subpage_types = ["events.EventPage"]

    # What the API (/api/v2/pages/?type=events.EventPage&fields=*) shows: never the registrations,
    # the link to join online, the submitter or any other personal data.
    api_fields = [
        APIField("intro"),
        APIField("kind"),
        APIField("status"),
        APIField("status_reason"),
        APIField("start_date"),
        APIField("start_time"),
        APIField("end_date"),
        APIField("end_time"),
        APIField("starts_at"),
        APIField("ends_at"),
        APIField("location_kind"),
        APIField("venue"),
        APIField("address"),
        APIField("city"),
        APIField("region", serializer=TaxonSerializer(read_only=True)),
        APIField("organiser", serializer=TaxonSerializer(read_only=True)),
        APIField("organiser_name"),
        APIField("co_organisers", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("audiences", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("themes", serializer=TaxonSerializer(many=True, read_only=True)),
        APIField("tags"),
        APIField("is_free"),
        APIField("cost"),
        APIField("cost_note"),
        APIField("programme_items"),
        APIField("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("venue"),
        index.SearchField("city"),
        index.RelatedFields("themes", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        index.FilterField("kind"),
    ]

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("kind"), *WHEN_FIELDS], heading=_("When")),
        WHERE_PANEL,
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("organiser_name"),
                FieldPanel("co_organisers", widget=FilterableCheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("body"),
        InlinePanel("programme_items", label=_("Programme")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("is_free"), FieldPanel("cost")]),
                FieldPanel("cost_note"),
                FieldPanel("contact_email"),
            ],
            heading=_("Cost and contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel(
                    "registration_mode",
                    help_text=_(
                        "On this site: registrations, the waiting list and the e-mails are "
                        "handled here (menu Registrations). Elsewhere: fill in the link."
                    ),
                ),
                FieldPanel("registration_url", help_text=_("Only for registration elsewhere.")),
                FieldRowPanel([FieldPanel("capacity"), FieldPanel("registration_deadline")]),
                FieldPanel("registration_closed"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("related_examples", label=_("Related practice examples"), max_num=6),
        MultiFieldPanel(
            [FieldPanel("submitter_name"), FieldPanel("submitter_email")],
            heading=_("Submitted through the site"),
            classname="collapsed",
        ),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self):
        return self.title

    # Where an event may be created: in the agenda, or as an activity of an action week.
    @classmethod
    def can_create_at(cls, parent):
        parent = parent.specific
        if isinstance(parent, EventPage) and parent.kind != EventPage.Kind.ACTION_WEEK:
            return False
        return super().can_create_at(parent)

    def clean(self):
        super().clean()
        errors = self.time_errors()
        if self.status != self.Status.SCHEDULED and not self.status_reason.strip():
            errors["status_reason"] = _("Say why the event is postponed or cancelled.")
        if self.registration_mode == self.RegistrationMode.EXTERNAL and not self.registration_url:
            errors["registration_url"] = _("Give the link where people register.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start_date:
            self.starts_at, self.ends_at = self.compute_times()
        super().save(*args, **kwargs)

    @property
    def is_cancelled(self):
        return self.status == self.Status.CANCELLED

    # Action week ------------------------------------------------------------------------------

    @property
    def is_action_week(self):
        return self.kind == self.Kind.ACTION_WEEK

    def activities(self):
        """An action week's live, public activities in time order (none for other events)."""
        if not self.is_action_week:
            return EventPage.objects.none()
        return (
            EventPage.objects.child_of(self)
            .live()
            .public()
            .filter(kind=self.Kind.ACTIVITY)
            .select_related("region", "organiser")
            .order_by("starts_at", "region__name", "title", "pk")
        )

    def activity_overview(self):
        """The activities grouped by day and then by region, for the week's page
        (events/activities.py)."""
        from ..activities import activity_overview

        return activity_overview(self)

    # Routes -----------------------------------------------------------------------------------

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("aanmelden/", name="register")
    def register(self, request):
        from ..registration_views import register_view

        return register_view(request, self)

    @path("afmelden/<str:token>/", name="cancel")
    def cancel(self, request, token):
        from ..registration_views import cancel_view

        return cancel_view(request, self, token)

    @path("ical/", name="ical")
    def ical(self, request):
        from ..ical import event_ical_view

        return event_ical_view(request, self)

    @path("activiteit-aanmelden/", name="submit_activity")
    def submit_activity(self, request):
        from ..activities import submit_activity_view

        return submit_activity_view(request, self)

    @path("feed/", name="feed")
    def feed(self, request):
        from ..activities import activity_feed_view

        return activity_feed_view(request, self)
