"""The agenda: events with a programme, a status, registration and a calendar entry.

An event's date and time are typed as an editor thinks of them (a start date, optionally a start
time, an end date and time); `starts_at` and `ends_at` are derived from them on save, in
Europe/Amsterdam, so the agenda can sort and filter in the database. An event without a start
time is an all-day event. An event is upcoming until it has ended.

Registrations always belong to the event in the default language (see `registration_event`):
the Dutch and the English page of one event share one list and one capacity.
"""

import datetime
import secrets

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from core import page_cache
from core.admin_locale import FilterableCheckboxSelectMultiple, LocalizedPageForm
from core.localization import in_default_locale
from core.related_examples import (
    RelatedExampleBase,
    RelatedExamplesFormMixin,
    RelatedExamplesMixin,
)
from home.blocks import BodyBlock
from home.models import BasePage
from taxonomy.serializers import TaxonSerializer

FEW_PLACES_LEFT = 5  # "nog enkele plaatsen" from this many free places down


def places_key(translation_key):
    """The page cache's version key for an event's places (core/page_cache.py): raised when a
    registration of the event changes (signals.py); a page that shows how many places are left,
    or the registration state that follows from it, depends on it. By translation key, as the
    Dutch and the English page share one list of registrations."""
    return f"event-places:{translation_key}"


def card_key(translation_key):
    """The page cache's version key for what an event's card shows of its registrations: the
    registration state and, with few places left, their number (`EventPage.card_registration`).
    Raised only when that changes (signals.py), so a registration that leaves an event open
    renders the event's own page afresh, not every listing that shows its card."""
    return f"event-card:{translation_key}"


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
        from .views import index_view

        return index_view(request, self)

    @path("ical/", name="ical")
    def ical(self, request):
        from .ical import agenda_feed_view

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


# Panels a development group's session (development_groups) shares with every event.
WHEN_FIELDS = [
    FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
    FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
    FieldRowPanel([FieldPanel("status"), FieldPanel("status_reason")]),
]
WHERE_PANEL = MultiFieldPanel(
    [
        FieldPanel("location_kind"),
        FieldPanel("venue"),
        FieldRowPanel([FieldPanel("address"), FieldPanel("city")]),
        FieldPanel("region"),
        FieldPanel("online_url"),
    ],
    heading=_("Where"),
)


class EventPage(RelatedExamplesMixin, RoutablePageMixin, BasePage):
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

    class RegistrationState(models.TextChoices):
        """The state an event is in for a visitor, and so what they can do now; computed, never
        stored. The first three say the event is off or over: nothing is offered then."""

        CANCELLED = "cancelled", _("Cancelled")
        POSTPONED = "postponed", _("Postponed")
        PAST = "past", _("Took place")
        NONE = "none", _("No registration needed")
        OPEN = "open", _("Registration open")
        FEW_LEFT = "few_left", _("Few places left")
        WAITING_LIST = "waiting_list", _("Full: waiting list")
        CLOSED = "closed", _("Registration closed")
        EXTERNAL = "external", _("Registration elsewhere")

    OFF_OR_OVER = frozenset(
        {RegistrationState.CANCELLED, RegistrationState.POSTPONED, RegistrationState.PAST}
    )

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

    # Who proposed an activity through the public form (activities.py): for the editors only.
    submitter_name = models.CharField(
        _("submitted by"), max_length=200, blank=True, help_text=_("Never shown on the site.")
    )
    submitter_email = models.EmailField(
        _("e-mail address of the submitter"),
        blank=True,
        help_text=_("Never shown on the site."),
    )

    # Raised on every publication (signals.py): the iCalendar SEQUENCE, so calendars update.
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

    # Time -------------------------------------------------------------------------------------

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def is_multi_day(self):
        return self.last_date != self.start_date

    def compute_times(self):
        """(starts_at, ends_at) as aware datetimes. Without an end time an event runs to the end
        of its last day, so it stays upcoming for the rest of that day."""
        zone = timezone.get_default_timezone()
        start = datetime.datetime.combine(self.start_date, self.start_time or datetime.time.min)
        if self.end_time is not None:
            end = datetime.datetime.combine(self.last_date, self.end_time)
        else:
            next_day = self.last_date + datetime.timedelta(days=1)
            end = datetime.datetime.combine(next_day, datetime.time.min)
        return timezone.make_aware(start, zone), timezone.make_aware(end, zone)

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date and self.end_date and self.end_date < self.start_date:
            errors["end_date"] = _("The end date is before the start date.")
        elif (
            self.start_time
            and self.end_time
            and not self.is_multi_day
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The end time is not after the start time.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give a start time too, or leave both times empty.")
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

    @property
    def has_ended(self):
        return self.ends_at <= timezone.now()

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
        """The activities grouped by day and then by region, for the week's page (activities.py)."""
        from .activities import activity_overview

        return activity_overview(self)

    # Registration -----------------------------------------------------------------------------

    @property
    def registration_event(self):
        """The page that holds the registrations: this event in the default language."""
        return in_default_locale(self)

    def registration_closes_at(self):
        return self.registration_deadline or self.starts_at

    def registration_is_closed(self, now=None):
        now = now or timezone.now()
        return (
            self.registration_closed
            or self.status != self.Status.SCHEDULED
            or self.registration_closes_at() <= now
        )

    def confirmed_count(self):
        page_cache.depends_on(places_key(self.translation_key))
        return self.registration_event.registrations.filter(
            status=Registration.Status.CONFIRMED
        ).count()

    def places_left(self, confirmed=None):
        """Free places, or None when there is no limit."""
        if self.capacity is None:
            return None
        if confirmed is None:
            confirmed = self.confirmed_count()
        return max(self.capacity - confirmed, 0)

    def off_or_over_state(self, now=None):
        """CANCELLED, POSTPONED or PAST when the event is off or over, else None. No query."""
        states = self.RegistrationState
        if self.status == self.Status.CANCELLED:
            return states.CANCELLED
        if self.status == self.Status.POSTPONED:
            return states.POSTPONED
        if self.ends_at <= (now or timezone.now()):
            return states.PAST
        return None

    @property
    def offers_calendar(self):
        """Whether pages and cards offer "Add to your calendar": only for an event still ahead
        as planned, never for one that is postponed, cancelled or over."""
        return self.off_or_over_state() is None

    @property
    def has_waiting_list(self):
        """Registration on this site with a limited number of places: when they are taken,
        people join a waiting list and a freed place goes to the first on it."""
        return self.registration_mode == self.RegistrationMode.SITE and self.capacity is not None

    def registration_state(self, confirmed=None, now=None):
        """The one place that says which state the event is in for a visitor (a
        RegistrationState) and so what the page, the cards and the mails may offer.
        `confirmed` may be passed in by a listing that counted the registrations of many
        events in one query."""
        off_or_over = self.off_or_over_state(now)
        if off_or_over is not None:
            return off_or_over
        mode = self.registration_mode
        if mode == self.RegistrationMode.NONE:
            return self.RegistrationState.NONE
        if self.registration_is_closed(now):
            return self.RegistrationState.CLOSED
        if mode == self.RegistrationMode.EXTERNAL:
            return self.RegistrationState.EXTERNAL
        left = self.places_left(confirmed)
        if left is None:
            return self.RegistrationState.OPEN
        if left == 0:
            return self.RegistrationState.WAITING_LIST
        if left <= FEW_PLACES_LEFT:
            return self.RegistrationState.FEW_LEFT
        return self.RegistrationState.OPEN

    def card_registration(self, confirmed=None):
        """What a card shows of the registration: (state, places left when few are), the state
        None when there is nothing to say (off, over, or no registration)."""
        state = self.registration_state(confirmed=confirmed)
        if state in self.OFF_OR_OVER or state == self.RegistrationState.NONE:
            return None, None
        if state == self.RegistrationState.FEW_LEFT:
            return state, self.places_left(confirmed)
        return state, None

    # Routes -----------------------------------------------------------------------------------

    @path("")
    def detail(self, request):
        return self.render(request)

    @path("aanmelden/", name="register")
    def register(self, request):
        from .registration import register_view

        return register_view(request, self)

    @path("afmelden/<str:token>/", name="cancel")
    def cancel(self, request, token):
        from .registration import cancel_view

        return cancel_view(request, self, token)

    @path("ical/", name="ical")
    def ical(self, request):
        from .ical import event_ical_view

        return event_ical_view(request, self)

    @path("activiteit-aanmelden/", name="submit_activity")
    def submit_activity(self, request):
        from .activities import submit_activity_view

        return submit_activity_view(request, self)

    @path("feed/", name="feed")
    def feed(self, request):
        from .activities import activity_feed_view

        return activity_feed_view(request, self)


class ProgrammeItem(TranslatableMixin, Orderable):
    """One line of a timed programme: “13.00 uur – Welkom en toelichting programma”. Translatable:
    wagtail-localize translates its title, description and speaker with the event."""

    page = ParentalKey(EventPage, related_name="programme_items", on_delete=models.CASCADE)
    time = models.TimeField(_("time"))
    end_time = models.TimeField(_("until"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    description = RichTextField(_("description"), blank=True, features=["bold", "italic", "link"])
    speaker = models.CharField(_("speaker"), max_length=200, blank=True)

    api_fields = [
        APIField("time"),
        APIField("end_time"),
        APIField("title"),
        APIField("description"),
        APIField("speaker"),
    ]

    panels = [
        FieldRowPanel([FieldPanel("time"), FieldPanel("end_time")]),
        FieldPanel("title"),
        FieldPanel("description"),
        FieldPanel("speaker"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("programme item")


class RelatedExample(RelatedExampleBase):
    page = ParentalKey(EventPage, related_name="related_examples", on_delete=models.CASCADE)
    example = models.ForeignKey(
        "practice_examples.PracticeExamplePage",
        verbose_name=_("practice example"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("example")]


def new_token():
    return secrets.token_urlsafe(24)


class Registration(models.Model):
    """One person's registration for one event: personal data, never shown publicly, anonymised
    RETENTION days after the event (management command anonymise_registrations).

    At most one per e-mail address per event (the database enforces it); the e-mail address is
    stored in lower case. Anonymised rows keep their status and attendance for statistics.
    """

    # Not content: Wagtail's reference index ("usage" of pages) gains nothing from it, and would
    # queue a background task for every save (a rush of registrations or votes).
    wagtail_reference_index_ignore = True

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")

    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event"),
        on_delete=models.CASCADE,
        related_name="registrations",
    )
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail"), max_length=254)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=200, blank=True)
    remarks = models.TextField(_("remarks"), blank=True, max_length=2000)
    consent = models.BooleanField(_("consent"), default=False)
    language = models.CharField(_("language"), max_length=10, default=settings.LANGUAGE_CODE)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now, db_index=True)
    # The registration's place in the event's line: the highest so far + 1, given under the
    # event's row lock (registration.py), so the waiting list is in the order in which
    # registrations got the lock. Registering again after cancelling takes a new number.
    queue_number = models.PositiveIntegerField(_("number in line"), editable=False)
    promoted_at = models.DateTimeField(
        _("promoted from the waiting list at"), null=True, blank=True
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)
    # The event status (cancelled or postponed) this registrant was last told about
    # (registration.py): a second publication of the same status does not tell them again, and
    # when the event is back on they hear that too. Kept here, not on the page, because
    # publishing a revision would write an old value back onto the page.
    told_status = models.CharField(
        max_length=20, blank=True, editable=False, choices=EventPage.Status.choices
    )
    # When this address, already registered, registered again and was sent its mail once more:
    # a repeated registration gets that one reminder, never more.
    reminded_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["queue_number", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "email"],
                condition=~Q(email=""),
                name="events_registration_one_per_email",
            ),
            models.UniqueConstraint(
                fields=["event", "queue_number"], name="events_registration_one_per_number"
            ),
        ]
        indexes = [models.Index(fields=["event", "status", "queue_number"])]

    def __str__(self):
        return f"{self.name} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        # register() numbers under the event's lock; this is for rows made another way (tests,
        # fixtures), at the back of the line.
        if self.queue_number is None:
            self.queue_number = next_queue_number(self.event_id)
        super().save(*args, **kwargs)


def next_queue_number(event_id):
    last = Registration.objects.filter(event_id=event_id).aggregate(last=models.Max("queue_number"))
    return (last["last"] or 0) + 1
