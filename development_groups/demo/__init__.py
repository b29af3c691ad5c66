"""Demo content of the development groups: /ontwikkelgroepen/ (after the agenda in the menu) with
the seed's group of 2020, cancelled because of corona, a current group whose theme vote is closed
and a small one whose vote is open; their members' accounts, questions, theme proposals, votes,
and an outcome with a document in the group's private collection.

The texts and the people are in `groups.toml`. The pages are translated into English; what is
private stays with the Dutch pages, as it does on the site. `logins()` is what
`manage.py load_demo` prints, so `make run` shows how to log in as a member.
"""

import dataclasses
import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.urls import NoReverseMatch, reverse
from django.utils import timezone

from wagtail.documents import get_document_model

from demo.data import read
from demo.media import make_document
from demo.utils import Text, add_page, dutch, is_school_day, school_date, translate
from events.demo import blocks, clock, programme
from events.models import EventPage, RelatedExample

from ..access import EDITOR_GROUP_NAMES, documents_root, ensure_access
from ..models import (
    Ballot,
    DevelopmentGroupIndexPage,
    DevelopmentGroupPage,
    DevelopmentSessionPage,
    GroupAccess,
    OutcomeDocument,
    Question,
    SessionOutcome,
    ThemeProposal,
    Vote,
)

DATA = read(__file__, "groups.toml")
PASSWORD = DATA["password"]
PEOPLE = DATA["people"]
GROUPS = DATA["groups"]

GROUP_TEXT_FIELDS = [
    "title",
    "intro",
    "purpose",
    "audience_note",
    "cost_note",
    "status_reason",
    "body",
]
SESSION_TEXT_FIELDS = ["title", "intro", "status_reason", "body"]
SESSION_WEEKDAYS = {1, 2, 3}  # groups meet from Tuesday to Thursday
SESSION_GAP = datetime.timedelta(days=7)  # at least a week between two sessions of a group
VOTE_CLOSES_HOUR = 17
BALLOT_STATES = {
    Ballot.State.NOT_OPEN: "themastemming nog niet open",
    Ballot.State.OPEN: "themastemming open",
    Ballot.State.CLOSED: "themastemming gesloten",
}


def school_year(day):
    """'2026-2027' for a day in that school year (from August)."""
    start = day.year if day.month >= 8 else day.year - 1
    return f"{start}-{start + 1}"


def on_day(day, hour):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour)))


def is_session_day(day):
    """A day a group meets: Tuesday to Thursday, on a school day."""
    return day.weekday() in SESSION_WEEKDAYS and is_school_day(day)


def session_dates(today, specs, after=None):
    """The dates of a group's sessions: a fixed `date` (the seed's), or `days` from `today` on a
    day the group meets. A past session moves back to the one before (it stays in the past), an
    upcoming one forward, at least a week after the previous session and after the day `after`
    (the vote's deadline: its themes are for the sessions that follow)."""
    dates, previous = [], None
    for spec in specs:
        if "date" in spec:
            day = spec["date"]
        elif spec["days"] < 0:
            day = today + datetime.timedelta(days=spec["days"])
            while not is_session_day(day):
                day -= datetime.timedelta(days=1)
        else:
            day = today + datetime.timedelta(days=spec["days"])
            if previous is not None:
                day = max(day, previous + SESSION_GAP)
            if after is not None:
                day = max(day, after + datetime.timedelta(days=1))
            while not is_session_day(day):
                day += datetime.timedelta(days=1)
        dates.append(day)
        previous = day
    return dates


def vote_deadline(today, ballot):
    """When an open demo vote closes: `closes` days from `today`, on a school day at 17:00
    (None when the ballot has no deadline)."""
    if "closes" not in ballot:
        return None
    return on_day(school_date(today + datetime.timedelta(days=ballot["closes"])), VOTE_CLOSES_HOUR)


def demo_emails():
    return [person["email"] for person in PEOPLE.values()]


class Builder:
    def __init__(self, context):
        self.context = context
        self.today = timezone.localdate()
        self.year = school_year(self.today)
        self.examples = getattr(context, "examples", None) or {}  # practice_examples.demo's
        self.to_translate = []  # (page, english texts), parents first
        self.accounts = {}

    def add(self, parent, page, english):
        page = add_page(parent, page)
        self.to_translate.append((page, english))
        return page

    def make_accounts(self):
        """The demo members and the facilitator: the e-mail address is the user name, one
        password for all (hashed once: hashing is slow on purpose)."""
        password = make_password(PASSWORD)
        joined = timezone.now() - datetime.timedelta(days=90)
        for key, person in PEOPLE.items():
            self.accounts[key], _created = get_user_model().objects.update_or_create(
                username=person["email"],
                defaults={
                    "email": person["email"],
                    "first_name": person["first_name"],
                    "last_name": person["last_name"],
                    "password": password,
                    "is_active": True,
                    "date_joined": joined,
                },
            )

    def add_group(self, index, spec):
        context = self.context
        english = {}
        texts = {name: spec[name] for name in GROUP_TEXT_FIELDS if name in spec}
        texts["title"] = Text(
            *(text.format(year=self.year) for text in dataclasses.astuple(texts["title"]))
        )
        if "body" in texts:
            texts["body"] = blocks(texts["body"])
        group = self.add(
            index,
            DevelopmentGroupPage(
                slug=spec["slug"],
                **dutch(texts, english),
                status=spec.get("status", DevelopmentGroupPage.Status.ACTIVE),
                audiences=[context.audiences[name] for name in spec["audiences"]],
                organiser=context.organisations[spec["organiser"]],
                partners=[context.organisations[name] for name in spec["partners"]],
                themes=[context.themes[slug] for slug in spec["themes"]],
                planned_sessions=spec["planned_sessions"],
                capacity=spec["capacity"],
                registration_state=spec["registration_state"],
                contact_email=spec["contact_email"],
            ),
            english,
        )
        deadline = vote_deadline(self.today, spec["ballot"]) if "ballot" in spec else None
        dates = session_dates(
            self.today, spec["sessions"], after=timezone.localdate(deadline) if deadline else None
        )
        sessions = [
            self.add_session(group, session, day)
            for session, day in zip(spec["sessions"], dates, strict=True)
        ]
        self.add_members(group, spec)
        if "ballot" in spec:
            self.add_questions_and_votes(group, sessions, spec, deadline)
        if "outcome" in spec:
            self.add_outcome(group, sessions, spec["outcome"])
        return group

    def add_session(self, group, spec, day):
        context = self.context
        english = {}
        location = spec["location"]
        venue, address, city = (location.get(name, "") for name in ("venue", "address", "city"))
        start_time, end_time = (clock(value) for value in spec["time"])
        rows = dutch(spec.get("programme", []), english)
        for value in (venue, address, city, *(row.get("speaker", "") for row in rows)):
            if value:  # names of places and people stay as they are in English
                english.setdefault(value, value)
        texts = {name: spec[name] for name in SESSION_TEXT_FIELDS if name in spec}
        if "body" in texts:
            texts["body"] = blocks(texts["body"])
        return self.add(
            group,
            DevelopmentSessionPage(
                slug=spec["slug"],
                **dutch(texts, english),
                status=spec.get("status", EventPage.Status.SCHEDULED),
                start_date=day,
                start_time=start_time,
                end_time=end_time,
                location_kind=location["kind"],
                venue=venue,
                address=address,
                city=city,
                region=context.regions.get(location.get("province")),
                organiser=group.organiser,
                co_organisers=list(group.partners.all()),
                audiences=list(group.audiences.all()),
                themes=[context.themes[slug] for slug in spec["themes"]],
                contact_email=group.contact_email,
                programme_items=programme(rows, end_time),
                related_examples=[
                    RelatedExample(example=self.examples[slug])
                    for slug in spec.get("examples", [])
                    if slug in self.examples
                ],
            ),
            english,
        )

    def add_members(self, group, spec):
        access = ensure_access(group)
        access.members.user_set.add(*(self.accounts[key] for key in spec.get("members", [])))
        access.facilitators.user_set.add(
            *(self.accounts[key] for key in spec.get("facilitators", []))
        )

    def add_questions_and_votes(self, group, sessions, spec, deadline=None):
        """The question round at the first session, the facilitator's proposals, the votes and,
        when the vote is closed, the chosen proposals on the sessions that follow."""
        first = sessions[0].starts_at
        questions = [
            Question.objects.create(
                group_page=group,
                author=self.accounts[question["author"]],
                text=question["text"],
                created_at=first + datetime.timedelta(days=question["days"], hours=1),
            )
            for question in spec["questions"]
        ]
        proposals = {}
        for order, (key, proposal) in enumerate(spec["proposals"].items()):
            chosen = spec["chosen"].get(key)
            proposals[key] = ThemeProposal.objects.create(
                group_page=group,
                title=proposal["title"],
                description=proposal["description"],
                sort_order=order,
                session=sessions[chosen] if chosen is not None else None,
            )
            proposals[key].questions.set(questions[number - 1] for number in proposal["questions"])

        ballot = spec["ballot"]
        opened_at = first + datetime.timedelta(days=ballot["opened"])
        closed_at = (
            first + datetime.timedelta(days=ballot["closed"]) if "closed" in ballot else None
        )
        Ballot.objects.filter(group_page=group).update(
            state=ballot["state"],
            questions_open=ballot["questions_open"],
            votes_per_member=ballot["votes_per_member"],
            opened_at=opened_at,
            closed_at=closed_at,
            closes_at=deadline,
        )
        for number, (member, keys) in enumerate(spec["votes"].items()):
            if len(keys) > ballot["votes_per_member"]:
                raise ValueError(f"{member} has more votes than allowed in {group}")
            Vote.objects.bulk_create(
                Vote(
                    proposal=proposals[key],
                    member=self.accounts[member],
                    created_at=opened_at + datetime.timedelta(hours=3 + 5 * number),
                )
                for key in keys
            )

    def add_outcome(self, group, sessions, spec):
        """The outcome of a session: for the members, with a document in the group's private
        collection, and a public summary the facilitator published."""
        access = ensure_access(group)
        private = dataclasses.replace(self.context, collection=access.collection)
        outcome = SessionOutcome.objects.create(
            session=sessions[spec["session"]],
            summary=spec["summary"],
            insights=spec["insights"],
            actions=spec["actions"],
            public_summary=spec["public_summary"],
            public_summary_published=True,
        )
        for order, document in enumerate(spec["documents"]):
            OutcomeDocument.objects.create(
                outcome=outcome,
                document=make_document(
                    private, document["title"], document["name"], document["paragraphs"]
                ),
                sort_order=order,
            )


def load(context):
    builder = Builder(context)
    builder.make_accounts()

    english = {}
    spec = {**DATA["index"], "body": blocks(DATA["index"]["body"])}
    index = builder.add(context.home, DevelopmentGroupIndexPage(**dutch(spec, english)), english)
    groups = [(builder.add_group(index, spec), spec) for spec in GROUPS]

    for page, texts in builder.to_translate:
        translate(page, context.en, texts)

    # The overview lists the newest groups first: the seed's was published in 2020.
    for group, spec in groups:
        published = spec["published"]
        if isinstance(published, int):
            published = builder.today + datetime.timedelta(days=published)
        DevelopmentGroupPage.objects.filter(translation_key=group.translation_key).update(
            first_published_at=on_day(published, 10)
        )
    context.development_group_index = index
    context.development_groups = {spec["slug"]: group for group, spec in groups}


def clear():
    """For `load_demo --reset`, once the pages are gone: the demo accounts, and the groups'
    Django groups and private collections (with their documents), which outlive the pages."""
    get_user_model().objects.filter(username__in=demo_emails()).delete()
    in_use = GroupAccess.objects.values("collection")
    for collection in documents_root().get_children().exclude(pk__in=in_use):
        for restriction in collection.view_restrictions.all():
            restriction.groups.exclude(name__in=EDITOR_GROUP_NAMES).delete()
        get_document_model().objects.filter(collection=collection).delete()
        collection.delete()


def logins():
    """The demo accounts that exist, by group, for `load_demo` to print."""
    emails = demo_emails()
    if not get_user_model().objects.filter(username__in=emails).exists():
        return []
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    try:
        login = reverse("account:login")
    except NoReverseMatch:
        login = "/account/inloggen/"
    lines = [
        f"Ontwikkelgroepen: demo-accounts, wachtwoord voor allemaal: {PASSWORD}",
        f"  Leden loggen in op {base}{login}, de begeleider op {base}/admin/",
    ]
    accesses = GroupAccess.objects.select_related(
        "group_page", "group_page__ballot", "members", "facilitators"
    ).order_by("group_page__path")
    for access in accesses:
        roles = [
            ("lid", access.members.user_set.filter(username__in=emails)),
            ("begeleider", access.facilitators.user_set.filter(username__in=emails)),
        ]
        people = [(role, user) for role, users in roles for user in users.order_by("pk")]
        if people:
            ballot = BALLOT_STATES[access.group_page.ballot.state]
            lines.append(f"  {access.group_page.title} ({ballot}):")
            lines += [
                f"    {role:<10}  {user.username:<28}  {user.get_full_name()}"
                for role, user in people
            ]
    return lines
