"""Demo content of the agenda: /agenda/ with the seed events and a dozen upcoming ones.

The events are in `seeds.toml` (the agenda page, the action week of 2019 and its activities, the
knowledge afternoon) and `upcoming.toml` (dates relative to today), the people who register in
`registrations.toml`. This module turns them into pages under the agenda, the activities under
their action week, and adds registrations to the Dutch pages (confirmed up to the capacity, the
rest on the waiting list). An event whose texts are `{nl, en}` is translated into English as well.
"""

import datetime
import random
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from demo.data import read
from demo.media import make_image
from demo.utils import Text, add_page, dutch, school_date, translate

from ..models import EventIndexPage, EventPage, ProgrammeItem, Registration, RelatedExample

SEEDS = read(__file__, "seeds.toml")
UPCOMING = read(__file__, "upcoming.toml")
PEOPLE = read(__file__, "registrations.toml")
ONLINE_KINDS = {EventPage.Kind.WEBINAR}
WEEK_KINDS = {EventPage.Kind.ACTION_WEEK, EventPage.Kind.ACTIVITY}
TEXT_FIELDS = ["title", "intro", "status_reason", "cost_note", "body"]


def clock(value):
    return datetime.time.fromisoformat(value) if value else None


def programme(rows, end_time):
    """Programme items from rows of time, title, description and speaker; each runs until the
    next one starts, the last until the event ends."""
    if not rows:
        return []
    starts = [clock(row["time"]) for row in rows]
    return [
        ProgrammeItem(
            time=start,
            end_time=until,
            title=row["title"],
            description=f"<p>{row['description']}</p>" if row.get("description") else "",
            speaker=row.get("speaker", ""),
        )
        for row, start, until in zip(rows, starts, [*starts[1:], end_time], strict=True)
    ]


def activity(row, date):
    """The spec of an action week's activity on `date`, from a row of the data."""
    spec = {name: value for name, value in row.items() if name not in ("date", "weekday")}
    return {**spec, "kind": EventPage.Kind.ACTIVITY, "date": date, "tags": ["actieweek"]}


def blocks(body):
    """A body of the data (one table per block: its type and value) as StreamField blocks."""
    return [(kind, value) for block in body for kind, value in block.items()]


class Builder:
    """Makes event pages from the specs in the data, with the demo's taxa and examples."""

    def __init__(self, context):
        self.context = context
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.examples = getattr(context, "examples", None) or {}  # practice_examples.demo's
        self.images = {
            image["name"]: make_image(context, image["title"], image["name"], image["colours"])
            for image in SEEDS["images"]
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

    def fields(self, spec):
        """The page's fields that come from the spec as they are or by key."""
        context = self.context
        texts = {name: spec[name] for name in TEXT_FIELDS if name in spec}
        if "body" in texts:
            texts["body"] = blocks(texts["body"])
        location = spec["location"]
        start_date, end_date = self.dates(spec)
        return texts, {
            "slug": spec["slug"],
            "kind": spec["kind"],
            "status": spec.get("status", EventPage.Status.SCHEDULED),
            "start_date": start_date,
            "end_date": end_date,
            "location_kind": location["kind"],
            "venue": location.get("venue", ""),
            "address": location.get("address", ""),
            "city": location.get("city", ""),
            "region": context.regions.get(location.get("province")),
            "online_url": spec.get("online_url", ""),
            "organiser": context.organisations[spec["organiser"]],
            "co_organisers": [
                context.organisations[name] for name in spec.get("co_organisers", [])
            ],
            "audiences": [context.audiences[name] for name in spec["audiences"]],
            "themes": [context.themes[slug] for slug in spec["themes"]],
            "contact_email": spec.get("contact_email", ""),
            # Chosen practice examples, when the examples' demo made them.
            "related_examples": [
                RelatedExample(example=self.examples[slug])
                for slug in spec.get("examples", [])
                if slug in self.examples
            ],
        }

    def registration_fields(self, spec):
        registration = spec.get("registration", {})
        deadline_days = registration.get("deadline_days")
        cost = spec.get("cost")
        return {
            "is_free": cost is None,
            "cost": Decimal(cost) if cost else None,
            "registration_mode": registration.get("mode", EventPage.RegistrationMode.NONE),
            "registration_url": registration.get("url", ""),
            "capacity": registration.get("capacity"),
            "registration_deadline": (
                self.now + datetime.timedelta(days=deadline_days) if deadline_days else None
            ),
            "registration_closed": registration.get("closed", False),
        }

    def add(self, parent, spec):
        """Build, add and publish one event; returns the page."""
        english = {}
        texts, fields = self.fields(spec)
        start_time, end_time = (clock(value) for value in spec.get("time") or (None, None))
        page = EventPage(
            **dutch(texts, english),
            **fields,
            **self.registration_fields(spec),
            start_time=start_time,
            end_time=end_time,
            listing_image=self.image_for(spec["kind"]),
            programme_items=programme(spec.get("programme", []), end_time),
        )
        page.tags.add(*spec.get("tags", []))
        for name in ("venue", "address", "city"):  # places keep their names in English
            if fields[name]:
                english.setdefault(fields[name], fields[name])
        page = add_page(parent, page)
        if isinstance(spec["title"], Text):
            self.to_translate.append((page, english))
        registration = spec.get("registration", {})
        confirmed, waiting = registration.get("confirmed", 0), registration.get("waiting", 0)
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
            [(first, last) for first in PEOPLE["first_names"] for last in PEOPLE["last_names"]],
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
                    organisation=rng.choice(PEOPLE["organisations"]),
                    role=rng.choice(PEOPLE["roles"]),
                    remarks=rng.choice(PEOPLE["remarks"]),
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
    index = EventIndexPage(**dutch(SEEDS["index"], english))
    add_page(context.home, index)
    translate(index, context.en, english)

    builder = Builder(context)

    # The seeds: the 2019 action week and its activities, and the support centre's own knowledge
    # afternoon during that week (an event of its own, with registration and a programme). The
    # seed's development group and its sessions: development_groups.demo.
    week = builder.add(index, SEEDS["action_week"])
    builder.add(index, SEEDS["knowledge_afternoon"])
    for row in SEEDS["activities"]:
        builder.add(week, activity(row, row["date"]))

    # What is coming up, relative to today.
    for spec in UPCOMING["upcoming"]:
        builder.add(index, spec)
    # Five school days in a row: a whole week, from Monday to Friday.
    next_week = UPCOMING["next_action_week"]
    start = school_date(builder.today + datetime.timedelta(days=next_week["days"]), 4)
    next_week = builder.add(
        index, {**next_week, "date": start, "end_date": start + datetime.timedelta(days=4)}
    )
    for row in UPCOMING["next_activities"]:
        builder.add(next_week, activity(row, start + datetime.timedelta(days=row["weekday"])))

    for page, texts in builder.to_translate:
        translate(page, context.en, texts)
    context.event_index = index
