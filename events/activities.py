"""Action weeks: the activities third parties organise during the week.

An action week (an EventPage of kind "action_week") holds its activities as child EventPages of
kind "activity". Its page shows them by day and region (`activity_overview`, used by
templates/events/includes/activities.html), its feed at <week>/feed/ lists them as RSS, and its
.ics holds them (ical.py).

Anyone can propose an activity at <week>/activiteit-aanmelden/ while the week has not ended. A
valid proposal becomes a draft activity (never live) under the week and enters Wagtail's
moderation workflow; the editors get a notification and the sender a confirmation, queued in the
same transaction as the draft (both are stored, or neither). Nothing is published before an
editor publishes it. The sender's name and e-mail address are stored on the
draft for the editors only; the description is stored as escaped text, whatever markup it holds.
"""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db import transaction
from django.http import Http404
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.text import Truncator, slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.coreutils import find_available_slug
from wagtail.rich_text import RichText

from core.editors import add_for_moderation, notify_editors, review_links
from core.forms import paragraphs_html
from core.links import absolute_url, page_url
from core.mail import queue_email
from core.public_forms import SENT_PARAM, PublicFormRoute
from core.ratelimit import RateLimit
from home.models import SiteSettings

from .activity_forms import ActivityForm
from .cards import event_place, event_when
from .models import EventPage

SUBMISSIONS_PER_HOUR = 5
SUBMISSION_FORM = PublicFormRoute(
    "submit_activity",
    "events/submit_activity.html",
    RateLimit("activity-submission", SUBMISSIONS_PER_HOUR, 60 * 60),
    gettext_lazy("Submit an activity"),
)
SLUG_MAX = 80
INTRO_MAX = 600  # BasePage.intro
TEASER_LENGTH = 300


# The overview on the week's page ------------------------------------------------------------


def activity_overview(week):
    """What the week's page shows: {"days": [{"date", "regions": [{"region", "activities"}]}],
    "count", "open"}: the live activities by day, within a day by region (alphabetically,
    activities without a region last), and whether the form takes proposals. Two queries,
    however many activities there are."""
    days = {}
    count = 0
    for activity in week.activities():
        regions = days.setdefault(activity.start_date, {})
        regions.setdefault(activity.region, []).append(activity)
        count += 1
    return {
        "days": [
            {
                "date": date,
                "regions": [
                    {"region": region, "activities": activities}
                    for region, activities in sorted(
                        regions.items(), key=lambda item: (item[0] is None, str(item[0] or ""))
                    )
                ],
            }
            for date, regions in sorted(days.items())
        ],
        "count": count,
        "open": accepts_activities(week),
    }


# The week's feed ----------------------------------------------------------------------------


class ActivityFeed(Feed):
    """The activities of one action week as RSS 2.0, in time order."""

    feed_type = Rss201rev2Feed

    def __init__(self, request, week):
        self.request = request
        self.week = week

    def title(self):
        return self.week.title

    def link(self):
        return page_url(self.week, self.request)

    def feed_url(self):
        return absolute_url(self.request.get_full_path())

    def description(self):
        return self.week.intro or _("The activities of this action week.")

    def items(self):
        return list(self.week.activities())

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return page_url(item, self.request)

    def item_guid(self, item):
        return page_url(item, self.request)

    def item_description(self, item):
        where = event_place(item)
        parts = [event_when(item) + (f" – {where}" if where else "")]
        if item.intro:
            parts.append(item.intro)
        return "\n\n".join(parts)

    def item_author_name(self, item):
        return item.organiser.name if item.organiser else item.organiser_name or None

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.region.name] if item.region else []


def activity_feed_view(request, week):
    if not week.is_action_week:
        raise Http404
    return ActivityFeed(request, week)(request)


# Proposing an activity ----------------------------------------------------------------------


def accepts_activities(week, now=None):
    """Whether the week takes proposals: a scheduled action week that has not ended."""
    return (
        week.is_action_week
        and week.status == EventPage.Status.SCHEDULED
        and week.ends_at > (now or timezone.now())
    )


def submit_activity_view(request, week):
    if not week.is_action_week:
        raise Http404
    if not accepts_activities(week) and not request.GET.get(SENT_PARAM):
        # Closed: the page says so, with no form; a late post stores nothing.
        return SUBMISSION_FORM.render(request, week, None)

    def on_valid(form):
        with transaction.atomic():
            page = create_draft(week, form)
            send_mails(request, week, page, form)

    return SUBMISSION_FORM.serve(
        request,
        week,
        make_form=lambda data: ActivityForm(data, week=week),
        on_valid=on_valid,
    )


def intro_and_body(description):
    """A short description is the intro; a longer one goes whole into the body, with its
    beginning as the intro for cards and feeds."""
    one_line = " ".join(description.split())
    if len(description) <= INTRO_MAX:
        return one_line, []
    teaser = Truncator(one_line).chars(TEASER_LENGTH)
    return teaser, [("paragraph", RichText(paragraphs_html(description)))]


@transaction.atomic
def create_draft(week, form):
    """The proposal as a draft activity under the week, in moderation."""
    data = form.cleaned_data
    organisation = form.organisation_match()
    intro, body = intro_and_body(data["description"])
    page = EventPage(
        title=data["title"],
        slug=find_available_slug(
            week, slugify(data["title"])[:SLUG_MAX].strip("-") or "activiteit"
        ),
        kind=EventPage.Kind.ACTIVITY,
        intro=intro,
        body=body,
        start_date=data["date"],
        start_time=data["start_time"],
        end_time=data["end_time"],
        location_kind=EventPage.LocationKind.VENUE,
        venue=data["venue"],
        city=data["city"],
        region=form.chosen_region(),
        organiser=organisation,
        organiser_name="" if organisation else data["organisation"],
        submitter_name=data["contact_name"],
        submitter_email=data["contact_email"],
        registration_mode=EventPage.RegistrationMode.NONE,
        locale=week.locale,
        live=False,
    )
    page.audiences.set(form.chosen_audiences())
    page.themes.set(week.themes.all())
    add_for_moderation(week, page)
    return page


def send_mails(request, week, page, form):
    """A confirmation to the sender in their language, a notification to the editors in Dutch."""
    data = form.cleaned_data
    site_settings = SiteSettings.for_request(request)
    context = {
        "page": page,
        "week": week,
        "data": data,
        "when": event_when(page),
        "where": event_place(page),
        "region": form.region_name(),
        "audiences": form.audience_names(),
        "known_organisation": page.organiser is not None,
        "site_name": site_settings.organisation_name,
        "site_url": absolute_url("/"),
        "week_url": page_url(week),
    }
    queue_email(
        _("We received your activity “%(title)s”") % {"title": page.title},
        render_to_string("events/email/activity_confirmation.txt", context),
        [data["contact_email"]],
    )

    with translation.override(settings.LANGUAGE_CODE):
        context |= {"when": event_when(page), **review_links(page)}
        subject = _("New activity to review for “%(week)s”: “%(title)s”") % {
            "week": week.title,
            "title": page.title,
        }
        body = render_to_string("events/email/activity_notification.txt", context)
    notify_editors(site_settings, subject, body, reply_to=data["contact_email"])
