"""The daily retention job's rules (`manage.py apply_retention`): personal and temporary data is
kept no longer than needed.

Each app declares what it keeps for a limited time in its own `retention.py`, with `@rule(order)`
on a function `(now, dry_run)` that returns an `Outcome` (what, how many, why) or a line of text
when there is nothing for it to do. The job finds those modules in every installed app and runs
the rules by their order; a dry run counts what is due and changes nothing, and running the job
again changes nothing. The rule for finished background tasks is here, beside the task queue's
own code."""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.management import call_command
from django.utils.module_loading import autodiscover_modules

from .task_queue import database_task_backends


@dataclass(frozen=True)
class Outcome:
    what: str  # "registrations anonymised"
    count: int  # done, or due in a dry run
    detail: str  # why these: "events ended over 90 days ago"


_rules = {}  # "module.function": (order, function)


def rule(order):
    """Register a retention rule; the job runs the rules from the lowest order up."""

    def register(function):
        _rules[f"{function.__module__}.{function.__qualname__}"] = (order, function)
        return function

    return register


def rules():
    """Every installed app's rules, in their order."""
    autodiscover_modules("retention")
    return [function for _order, function in sorted(_rules.values(), key=lambda item: item[0])]


def delete(queryset, dry_run):
    """How many rows of `queryset` are due (dry run) or were deleted, of its own model (not
    counting what a cascade deleted with them)."""
    if dry_run:
        return queryset.count()
    return queryset.delete()[1].get(queryset.model._meta.label, 0)


def finished_task_results(days, now, backend):
    from django_tasks_db.models import DBTaskResult

    return DBTaskResult.objects.finished().filter(
        backend_name=backend, finished_at__lte=now - datetime.timedelta(days=days)
    )


@rule(40)
def task_results(now, dry_run):
    """Finished background tasks (sent e-mails and failures) older than
    TASKS_RESULT_RETENTION_DAYS, with django-tasks-db's prune_db_task_results."""
    days = settings.TASKS_RESULT_RETENTION_DAYS
    backends = database_task_backends()
    if not backends:
        return "task results: none kept (no database task backend)"
    count = 0
    for backend in backends:
        count += finished_task_results(days, now, backend).count()
        if not dry_run:
            call_command(
                "prune_db_task_results",
                f"--backend={backend}",
                "--queue-name=*",
                f"--min-age-days={days}",
                verbosity=0,
            )
    return Outcome("task results deleted", count, f"finished over {days} days ago")
