"""What happens to a response: started, answered step by step, completed, redone.

Every change locks the response's row, so two colleagues answering from the same link at once
(or a double click on "finish") never lose answers or count a scan twice.
"""

from django.db import transaction
from django.utils import timezone

from . import statistics
from .models import ScanResponse


class AlreadyComplete(Exception):
    """A completed scan is final: redo it for a new result."""


class Incomplete(Exception):
    """Not every statement has an answer yet; `step` is the first step with an open one."""

    def __init__(self, step):
        super().__init__(step)
        self.step = step


def start(page, sector=None, region=None, previous=None):
    """A new response to the page's questionnaire as it is now."""
    return ScanResponse.objects.create(
        version=page.current_version(), sector=sector, region=region, previous=previous
    )


@transaction.atomic
def save_answers(response, answers):
    """Merge the answers of one step (already validated) into the response."""
    locked = ScanResponse.objects.select_for_update().get(pk=response.pk)
    if locked.is_complete:
        raise AlreadyComplete
    locked.answers = {**locked.answers, **answers}
    locked.save(update_fields=["answers", "updated_at"])
    response.answers = locked.answers
    return locked


@transaction.atomic
def complete(response):
    """Score the response and count it in the averages; a second call changes nothing."""
    locked = ScanResponse.objects.select_for_update().select_related("version").get(pk=response.pk)
    if locked.is_complete:
        return locked
    questionnaire = locked.questionnaire
    open_step = questionnaire.first_open_step(locked.answers)
    if open_step is not None:
        raise Incomplete(open_step)
    locked.scores = questionnaire.scores(locked.answers)
    locked.completed_at = timezone.now()
    locked.save(update_fields=["scores", "completed_at", "updated_at"])
    statistics.record(locked)
    return locked


def redo(response, page=None):
    """A new scan for the same school (sector and region), to compare with this one: to the
    questionnaire of `page` (the translation the visitor is on), by default the one it answered."""
    return start(
        page or response.version.page,
        sector=response.sector,
        region=response.region,
        previous=response,
    )
