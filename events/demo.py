"""Demo content of the agenda: /agenda/ with the seed events and a dozen upcoming ones.

The events themselves are in `demo_events`; this module turns them into pages under the agenda,
the activities under their action week, and adds registrations to the Dutch pages (confirmed up
to the capacity, the rest on the waiting list). An event whose texts are `Text(Dutch, English)`
pairs is translated into English as well.
"""

import datetime
import random
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from demo.media import make_image
from demo.utils import Text, add_page, dutch, school_date, translate

from . import demo_events as data
from .models import EventIndexPage, EventPage, ProgrammeItem, Registration, RelatedExample

IMAGES = [
    # name, title (for editors), palette colours; used by kind, see `image_for`
    ("agenda-bijeenkomst", "Demo: agenda, bijeenkomst", ["blue", "yellow", "dark_blue"]),
    ("agenda-online", "Demo: agenda, online", ["dark_blue", "green", "yellow"]),
    ("agenda-actieweek", "Demo: agenda, actieweek", ["orange", "yellow", "blue"]),
]
ONLINE_KINDS = {EventPage.Kind.WEBINAR}
WEEK_KINDS = {EventPage.Kind.ACTION_WEEK, EventPage.Kind.ACTIVITY}
TEXT_FIELDS = ["title", "intro", "status_reason", "cost_note", "body"]


def clock(value):
    return datetime.time.fromisoformat(value) if value else None


def programme(rows, end_time):
    """Programme items from (time, title, description, speaker) rows; each runs until the next
    one starts, the last until the event ends."""
    if not rows:
        return []
    starts = [clock(row[0]) for row in rows]
    return [
        ProgrammeItem(
            time=start,
            end_time=until,
            title=title,
            description=f"<p>{description}</p>" if description else "",
            speaker=speaker,
        )
        for (_time, title, description, speaker), start, until in zip(
            rows, starts, [*starts[1:], end_time], strict=True
        )
    ]


def activity(date, times, slug, title, intro, place, organiser, co_organisers, audiences, themes):
    """The spec of an action week's activity, from a row of `demo_events`."""
    return {
        "slug": slug,
        "title": title,
        "intro": intro,
        "kind": EventPage.Kind.ACTIVITY,
        "date": date,
        "time": times,
        "location": place,
        "organiser": organiser,
        "co_organisers": co_organisers,
        "audiences": audiences,
        "themes": themes,
        "tags": ["actieweek"],
    }


class Builder:
    """Makes event pages from the specs in `demo_events`, with the demo's taxa and examples."""

    def __init__(self, context):
        self.context = context
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.examples = getattr(context, "examples", None) or {}  # practice_examples.demo's
        self.images = {
            name: make_image(context, title, name, colours) for name, title, colours in IMAGES
        }
        self.rng = random.Random("agenda")
        self.to_translate = []  # (page, english texts), parents first
        self.count = 0

    def dates(self, spec):
        """(start, end) of an event: fixed, or `days` (and `end_days`) from today, moved to the
        first school days from then."""
        if "date" in spec:
            return spec["date"], spec.get("end_date")
        span = spec.get("end_days", spec["days"]) - spec["days"]
        start = school_date(self.today + datetime.timedelta(days=spec["days"]), span)
        end = start + datetime.timedelta(days=span) if "end_days" in spec else None
        return start, end

    def image_for(self, kind):
        self.count += 1
        if self.count % 3 == 0:  # some events go without a card image
            return None
        if kind in ONLINE_KINDS:
            return self.images["agenda-online"]
        if kind in WEEK_KINDS:
            return self.images["agenda-actieweek"]
        return self.images["agenda-bijeenkomst"]

    def add(self, parent, spec):
        """Build, add and publish one event; returns the page."""
        context = self.context
        english = {}
        location_kind, venue, address, city, province = spec["location"]
        start_time, end_time = (clock(value) for value in spec.get("time") or (None, None))
        registration = spec.get("registration", {})
        deadline_days = registration.get("deadline_days")
        cost = spec.get("cost")
        start_date, end_date = self.dates(spec)
        page = EventPage(
            slug=spec["slug"],
            **dutch({name: spec[name] for name in TEXT_FIELDS if name in spec}, english),
            kind=spec["kind"],
            status=spec.get("status", EventPage.Status.SCHEDULED),
            start_date=start_date,
            end_date=end_date,
            start_time=start_time,
            end_time=end_time,
            location_kind=location_kind,
            venue=venue,
            address=address,
            city=city,
            region=context.regions.get(province),
            online_url=spec.get("online_url", ""),
            organiser=context.organisations[spec["organiser"]],
            co_organisers=[context.organisations[name] for name in spec.get("co_organisers", [])],
            audiences=[context.audiences[name] for name in spec["audiences"]],
            themes=[context.themes[slug] for slug in spec["themes"]],
            is_free=cost is None,
            cost=Decimal(cost) if cost else None,
            contact_email=spec.get("contact_email", ""),
            registration_mode=registration.get("mode", EventPage.RegistrationMode.NONE),
            registration_url=registration.get("url", ""),
            capacity=registration.get("capacity"),
            registration_deadline=(
                self.now + datetime.timedelta(days=deadline_days) if deadline_days else None
            ),
            registration_closed=registration.get("closed", False),
            listing_image=self.image_for(spec["kind"]),
            programme_items=programme(spec.get("programme", []), end_time),
            # Chosen practice examples, when the examples' demo made them.
            related_examples=[
                RelatedExample(example=self.examples[slug])
                for slug in spec.get("examples", [])
                if slug in self.examples
            ],
        )
        page.tags.add(*spec.get("tags", []))
        for value in (venue, address, city):  # places keep their names in English
            if value:
                english.setdefault(value, value)
        page = add_page(parent, page)
        if isinstance(spec["title"], Text):
            self.to_translate.append((page, english))
        confirmed, waiting = registration.get("registrations", (0, 0))
        if confirmed or waiting:
            self.register(page, confirmed, waiting)
        return page

    def register(self, page, confirmed, waiting):
        """Registrations as visitors made them over the past weeks: `confirmed` up to the
        capacity, then `waiting` on the waiting list. With a waiting list one confirmed place
        came from it (someone cancelled); larger events have a cancellation too."""
        if page.capacity is not None and confirmed > page.capacity:
            raise ValueError(f"{page.slug}: {confirmed} confirmed, capacity {page.capacity}")
        rng = self.rng
        cancelled = 1 if confirmed >= 10 else 0
        people = rng.sample(
            [(first, last) for first in data.FIRST_NAMES for last in data.LAST_NAMES],
            confirmed + waiting + cancelled,
        )
        statuses = (
            [Registration.Status.CONFIRMED] * confirmed
            + [Registration.Status.CANCELLED] * cancelled
            + [Registration.Status.WAITING] * waiting
        )
        start = self.now - datetime.timedelta(days=30)
        step = datetime.timedelta(days=29) / len(people)
        rows = []
        for number, ((first, last), status) in enumerate(zip(people, statuses, strict=True)):
            created = start + step * number + datetime.timedelta(minutes=rng.randint(0, 600))
            rows.append(
                Registration(
                    event=page,
                    name=f"{first} {last}",
                    email=f"{slugify(first)}.{slugify(last).replace('-', '')}@example.nl",
                    organisation=rng.choice(data.REGISTRANT_ORGANISATIONS),
                    role=rng.choice(data.ROLES),
                    remarks=rng.choice(data.REMARKS),
                    consent=True,
                    status=status,
                    created_at=created,
                    cancelled_at=(
                        created + datetime.timedelta(days=2)
                        if status == Registration.Status.CANCELLED
                        else None
                    ),
                )
            )
        if waiting and cancelled:
            # The first on the waiting list took the cancelled place.
            promoted = rows[confirmed - 1]
            promoted.created_at = rows[confirmed].created_at + datetime.timedelta(hours=1)
            promoted.promoted_at = rows[confirmed].cancelled_at
        for number, row in enumerate(sorted(rows, key=lambda row: row.created_at), start=1):
            row.queue_number = number  # the line in the order they registered
        Registration.objects.bulk_create(rows)


def load(context):
    english = {}
    index = EventIndexPage(slug="agenda", show_in_menus=True, **dutch(data.INDEX, english))
    add_page(context.home, index)
    translate(index, context.en, english)

    builder = Builder(context)

    # The seeds: the 2019 action week and its activities, and the support centre's own knowledge
    # afternoon during that week (an event of its own, with registration and a programme). The
    # seed's development group and its sessions: development_groups.demo.
    week = builder.add(index, data.ACTION_WEEK)
    builder.add(index, data.KNOWLEDGE_AFTERNOON)
    for day, *row in data.ACTIVITIES:
        builder.add(week, activity(datetime.date(2019, 6, day), *row))

    # What is coming up, relative to today.
    for spec in data.UPCOMING:
        builder.add(index, spec)
    # Five school days in a row: a whole week, from Monday to Friday.
    start = school_date(builder.today + datetime.timedelta(days=data.NEXT_ACTION_WEEK["days"]), 4)
    next_week = builder.add(
        index,
        {**data.NEXT_ACTION_WEEK, "date": start, "end_date": start + datetime.timedelta(days=4)},
    )
    for weekday, *row in data.NEXT_ACTIVITIES:
        builder.add(next_week, activity(start + datetime.timedelta(days=weekday), *row))

    for page, texts in builder.to_translate:
        translate(page, context.en, texts)
    context.event_index = index
