"""Visitors naming the same new organisation at the same moment, on PostgreSQL: one organisation
is added (the unique slug per language decides; the later transactions find the first one's),
and every draft links to it. SQLite serialises whole-database writes, so this runs on PostgreSQL
only."""

import time

import pytest

from django.core.cache import cache
from django.db import connection, transaction
from django.test import Client

from practice_examples.factories import PracticeExampleIndexPageFactory
from practice_examples.models import PracticeExamplePage
from taxonomy.models import Organisation
from tests.support import all_at_once, submission_data, submission_url

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs concurrent transactions: set DATABASE_URL to a PostgreSQL database",
    ),
]

SPELLINGS = ["Stichting Nieuw Begin", "stichting nieuw begin", "Stichting  Nieuw-Begin"]


def test_many_at_once_add_one_organisation(locale_nl):
    def propose(number):
        with transaction.atomic():
            organisation = Organisation.proposed(SPELLINGS[number % len(SPELLINGS)], locale_nl)
            time.sleep(0.1)  # the rest of the submission keeps the transaction open
            return organisation.pk

    pks = all_at_once(12, propose)

    (organisation,) = Organisation.objects.filter(locale=locale_nl)
    assert set(pks) == {organisation.pk}
    assert not organisation.confirmed


def test_two_submissions_at_once_share_the_new_organisation(home_page):
    index_page = PracticeExampleIndexPageFactory(parent=home_page)
    cache.clear()

    def submit(number):
        data = submission_data(
            title=f"Voorbeeld {number}",
            themes=[],
            regions=[],
            sectors=[],
            audiences=[],
            organisations=SPELLINGS[number],
        )
        return Client(REMOTE_ADDR=f"10.0.0.{number + 1}").post(submission_url(index_page), data)

    responses = all_at_once(2, submit)

    assert [response.status_code for response in responses] == [302, 302]
    (organisation,) = Organisation.objects.all()
    for page in PracticeExamplePage.objects.all():
        assert list(page.organisations.all()) == [organisation]
        assert list(page.get_latest_revision_as_object().organisations.all()) == [organisation]
    assert PracticeExamplePage.objects.count() == 2
