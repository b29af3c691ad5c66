"""A development group with a session and an outcome, its member, a member of another group,
a facilitator and an editor: the people every door is tested with."""

import datetime

import pytest

from django.contrib.auth.models import Group

from development_groups.access import ensure_access
from development_groups.factories import (
    DevelopmentGroupIndexPageFactory,
    DevelopmentGroupPageFactory,
    DevelopmentSessionPageFactory,
    SessionOutcomeFactory,
    UserFactory,
)


@pytest.fixture
def group_index(home_page):
    return DevelopmentGroupIndexPageFactory(parent=home_page)


@pytest.fixture
def group(group_index):
    return DevelopmentGroupPageFactory(
        parent=group_index, title="Ontwikkelgroep thuiszitten", slug="thuiszitten"
    )


@pytest.fixture
def other_group(group_index):
    return DevelopmentGroupPageFactory(
        parent=group_index, title="Ontwikkelgroep terugkeer", slug="terugkeer"
    )


@pytest.fixture
def session(group):
    return DevelopmentSessionPageFactory(
        parent=group,
        title="Tweede bijeenkomst",
        slug="tweede-bijeenkomst",
        start_date=datetime.date.today() + datetime.timedelta(days=14),
    )


@pytest.fixture
def outcome(session):
    return SessionOutcomeFactory(session=session)


def join(user, group_page, role="members"):
    getattr(ensure_access(group_page), role).user_set.add(user)
    return user


@pytest.fixture
def member(group):
    return join(UserFactory(email="lid@example.nl", first_name="Lotte"), group)


@pytest.fixture
def other_member(other_group):
    return join(UserFactory(email="ander@example.nl"), other_group)


@pytest.fixture
def facilitator(group):
    return join(UserFactory(email="begeleider@example.nl"), group, "facilitators")


@pytest.fixture
def editor(db):
    user = UserFactory(email="redacteur@example.nl")
    user.groups.add(Group.objects.get(name="Editors"))
    return user
