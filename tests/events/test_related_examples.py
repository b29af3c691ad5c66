"""An event relates a practice example at most once, with the same code as a practice example
(core.related_examples: RelatedExampleBase, RelatedExamplesMixin): the database refuses a
repeat, and saving rows that swap or repeat examples does not run into that refusal."""

import pytest

from django.db import IntegrityError, transaction

from core.related_examples import RelatedExamplesFormMixin
from events.factories import EventPageFactory
from events.models import EventPage, RelatedExample
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory


@pytest.fixture
def event_with_two(event_index, home_page):
    index = PracticeExampleIndexPageFactory(parent=home_page)
    event = EventPageFactory(parent=event_index)
    one, two = (PracticeExamplePageFactory(parent=index) for _ in range(2))
    first = RelatedExample.objects.create(page=event, example=one, sort_order=0)
    second = RelatedExample.objects.create(page=event, example=two, sort_order=1)
    return event, first, second


def stored(event):
    return list(
        RelatedExample.objects.filter(page=event)
        .order_by("sort_order")
        .values_list("example", flat=True)
    )


def test_the_database_refuses_a_repeated_example(event_with_two):
    event, first, _second = event_with_two
    with pytest.raises(IntegrityError), transaction.atomic():
        RelatedExample.objects.create(page=event, example=first.example, sort_order=2)


def test_swapping_two_examples_saves(event_with_two):
    event, first, second = event_with_two
    event = EventPage.objects.get(pk=event.pk)
    rows = list(event.related_examples.all())
    rows[0].example, rows[1].example = rows[1].example, rows[0].example
    event.related_examples = rows
    event.save()
    assert stored(event) == [second.example_id, first.example_id]


def test_a_revision_holding_an_example_twice_publishes_it_once(event_with_two):
    event, first, second = event_with_two
    event.related_examples = [
        RelatedExample(example=first.example, sort_order=0),
        RelatedExample(example=second.example, sort_order=1),
        RelatedExample(example=first.example, sort_order=2),
    ]
    event.save_revision().publish()
    assert stored(event) == [first.example_id, second.example_id]


def test_the_event_form_refuses_a_repeat_and_drops_unposted_rows():
    # The event's admin form is built on the same form code as a practice example's.
    assert issubclass(EventPage.get_edit_handler().get_form_class(), RelatedExamplesFormMixin)
