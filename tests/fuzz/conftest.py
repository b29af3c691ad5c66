"""The site the fuzz tests attack: one fixture (`site`) builds a small site with every public
door: search, the practice example listing with its feed, export and forms, the agenda with an
event open for registration, an action week that takes activities, the scan, the themes and a
development group with an open vote and an invitation. The hostile input is in support.py.
"""

import datetime

import pytest

from development_groups.access import ensure_access
from development_groups.factories import (
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    ThemeProposalFactory,
    UserFactory,
)
from development_groups.models import Ballot, Invitation
from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage
from following.subscribing import Wish, subscribe
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from scan import responses
from scan.factories import ScanPageFactory
from taxonomy.factories import ThemeIndexPageFactory

from . import support  # noqa: F401 (registers the "hunt" profile before any test runs)

# The site ------------------------------------------------------------------------------------


class Site:
    """Everything a visitor can reach, with the addresses of its doors."""


@pytest.fixture
def site(home_page, home_page_en, taxa):
    s = Site()
    s.home = home_page
    s.taxa = taxa
    s.theme_index = ThemeIndexPageFactory(parent=home_page)

    s.example_index = PracticeExampleIndexPageFactory(parent=home_page)
    s.example = PracticeExamplePageFactory(
        parent=s.example_index,
        title="Ouders aan tafel",
        themes=[taxa["ouders"]],
        regions=[taxa["utrecht"]],
        sectors=[taxa["po"]],
        contact_email="contact@example.nl",
    )
    s.example.tags.add("ouders")
    s.example.save()

    today = datetime.date.today()
    s.event_index = EventIndexPageFactory(parent=home_page)
    s.event = EventPageFactory(
        parent=s.event_index,
        title="Kennisdeelmiddag",
        slug="kennisdeelmiddag",
        registration_mode=EventPage.RegistrationMode.SITE,
        capacity=2,
        themes=[taxa["ouders"]],
    )
    s.registration = RegistrationFactory(event=s.event, email="eerste@example.nl")
    s.week = EventPageFactory(
        parent=s.event_index,
        title="Actieweek",
        slug="actieweek",
        kind=EventPage.Kind.ACTION_WEEK,
        start_date=today + datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=14),
        start_time=None,
        end_time=None,
    )
    EventPageFactory(
        parent=s.week,
        kind=EventPage.Kind.ACTIVITY,
        start_date=s.week.start_date,
        start_time=datetime.time(13, 0),
        end_time=datetime.time(15, 0),
        region=taxa["utrecht"],
    )

    s.scan = ScanPageFactory(parent=home_page)
    s.scan.save_revision().publish()
    s.scan.refresh_from_db()
    s.scan_response = responses.start(s.scan)

    group_index = DevelopmentGroupIndexPageFactory(parent=home_page)
    s.group = DevelopmentGroupPageFactory(parent=group_index, title="Thuiszitten", slug="groep")
    s.member = UserFactory(email="lid@example.nl")
    ensure_access(s.group).members.user_set.add(s.member)
    s.proposals = [
        ThemeProposalFactory(group_page=s.group, title=f"Thema {n}", sort_order=n) for n in range(3)
    ]
    other_group = DevelopmentGroupPageFactory(parent=group_index, title="Ander", slug="ander")
    s.other_proposal = ThemeProposalFactory(group_page=other_group, title="Elders")
    Ballot.objects.filter(group_page=s.group).update(
        state=Ballot.State.OPEN, votes_per_member=2, questions_open=True
    )
    s.invitation = Invitation.objects.create(
        group_page=s.group, email="nieuw@example.nl", name="Nieuw Lid"
    )
    s.subscriber = subscribe(
        "volger@example.nl", "nl", "weekly", Wish(themes=("ouderbetrokkenheid",))
    )
    return s
