"""The daily retention job, `manage.py apply_retention`, and its schedule: what it deletes or
anonymises, what it keeps, that a dry run and a second run change nothing, and that the systemd
units call commands that exist."""

import datetime
import shlex
from io import StringIO
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django_tasks_db.models import DBTaskResult

from django.core.management import call_command, get_commands, load_command_class
from django.test import override_settings
from django.utils import timezone

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits

from events.factories import EventIndexPageFactory, EventPageFactory, RegistrationFactory
from events.models import EventPage, Registration
from practice_examples.factories import PracticeExampleIndexPageFactory, PracticeExamplePageFactory
from practice_examples.models import Submission
from scan import responses
from scan.models import ScanResponse
from search.models import QueryDailyMisses
from tests.support import answer_all

SYSTEMD = Path(__file__).resolve().parent.parent / "deploy" / "systemd"
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def days_ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def date_days_ago(days):
    """The Dutch date `days` ago (search counts are kept per Dutch day: between midnight in
    the Netherlands and midnight UTC the UTC date is a day behind)."""
    return timezone.localdate() - datetime.timedelta(days=days)


def run(*args):
    out = StringIO()
    call_command("apply_retention", *args, stdout=out)
    return out.getvalue()


@pytest.fixture
def data(home_page, scan_page):
    """One of everything the job looks at, due and not due."""
    index = EventIndexPageFactory(parent=home_page)
    past = EventPageFactory(parent=index, registration_mode=EventPage.RegistrationMode.SITE)
    future = EventPageFactory(parent=index, registration_mode=EventPage.RegistrationMode.SITE)
    EventPage.objects.filter(pk=past.pk).update(ends_at=days_ago(91))
    old_registration = RegistrationFactory(event=past, name="Oud Lid", email="oud@example.nl")
    new_registration = RegistrationFactory(event=future, name="Nieuw Lid", email="nu@example.nl")

    def scan(updated_days_ago, complete=False):
        response = responses.start(scan_page)
        if complete:
            answer_all(response)
        ScanResponse.objects.filter(pk=response.pk).update(updated_at=days_ago(updated_days_ago))
        return response

    scans = {
        "abandoned": scan(181),
        "recent": scan(179),
        "old_completed": scan(800, complete=True),
    }

    def task(status, finished_days_ago, **fields):
        finished = status in ("SUCCESSFUL", "FAILED")
        return DBTaskResult.objects.create(
            args_kwargs={"args": [], "kwargs": {}},
            task_path="core.mail.send_email",
            backend_name="default",
            run_after=days_ago(finished_days_ago),
            status=status,
            finished_at=days_ago(finished_days_ago) if finished else None,
            **fields,
        )

    tasks = {
        "old_sent": task("SUCCESSFUL", 31),
        "old_failed": task("FAILED", 31),
        "recent_sent": task("SUCCESSFUL", 29),
        "waiting": task("READY", 40),
        # A failure waiting for its retry, and a task whose worker died (task_worker takes it up)
        "retrying": task("READY", 40, exception_class_path="builtins.ConnectionRefusedError"),
        "stuck": task("RUNNING", 40, started_at=days_ago(40), worker_ids=["dead"]),
    }

    def failure(minutes_ago, ip_address):
        attempt = AccessAttempt.objects.create(
            username="lid@example.nl", ip_address=ip_address, failures_since_start=3
        )
        AccessAttempt.objects.filter(pk=attempt.pk).update(
            attempt_time=timezone.now() - datetime.timedelta(minutes=minutes_ago)
        )
        return attempt

    failures = {"expired": failure(16, "203.0.113.5"), "current": failure(14, "203.0.113.6")}

    # What visitors searched for, counted per day: kept for SEARCH_INSIGHT_DAYS
    searched = Query.get("passend onderwijs")
    for days, hits in ((31, 4), (29, 2)):
        QueryDailyHits.objects.create(query=searched, date=date_days_ago(days), hits=hits)
        QueryDailyMisses.objects.create(query=searched, date=date_days_ago(days), misses=1)
    QueryDailyHits.objects.create(query=Query.get("verzuim"), date=date_days_ago(40), hits=1)
    # Who sent in an example: forgotten 90 days after hearing the outcome, a year at most
    examples = PracticeExampleIndexPageFactory(parent=home_page)

    def sender(name, sent_days_ago, **told_days_ago):
        submission = Submission.objects.create(
            page=PracticeExamplePageFactory(parent=examples, live=False),
            email=f"{name}@example.nl",
            name=name,
            language="nl",
        )
        Submission.objects.filter(pk=submission.pk).update(
            submitted_at=days_ago(sent_days_ago),
            **{f"{field}_mail_at": days_ago(d) for field, d in told_days_ago.items()},
        )
        return submission

    senders = {
        "published_long_ago": sender("gepubliceerd", 200, published=91),
        "rejected_long_ago": sender("afgewezen", 200, rejected=91),
        "published_lately": sender("net", 120, published=89),
        "waiting": sender("wachtend", 300),
        "forgotten": sender("vergeten", 366),
    }
    return {
        "registrations": (old_registration, new_registration),
        "scans": scans,
        "senders": senders,
        "tasks": tasks,
        "failures": failures,
    }


def snapshot():
    return (
        sorted(Registration.objects.values_list("pk", "name", "email", "anonymised_at")),
        sorted(ScanResponse.objects.values_list("pk", flat=True)),
        sorted(Submission.objects.values_list("pk", flat=True)),
        sorted(str(pk) for pk in DBTaskResult.objects.values_list("pk", flat=True)),
        sorted(AccessAttempt.objects.values_list("pk", flat=True)),
        sorted(QueryDailyHits.objects.values_list("query__query_string", "date", "hits")),
        sorted(QueryDailyMisses.objects.values_list("query__query_string", "date", "misses")),
    )


RETENTION = override_settings(
    TASKS=DATABASE_TASKS,
    EVENTS_REGISTRATION_RETENTION_DAYS=90,
    SCAN_UNFINISHED_RETENTION_DAYS=180,
    TASKS_RESULT_RETENTION_DAYS=30,
    AXES_COOLOFF_TIME=datetime.timedelta(minutes=15),
    SEARCH_INSIGHT_DAYS=30,
    SUBMISSION_RETENTION_DAYS=90,
)


@pytest.fixture
def retention_settings():
    with RETENTION:
        yield


@pytest.mark.django_db
@pytest.mark.usefixtures("retention_settings")
class TestApplyRetention:
    def test_deletes_and_anonymises_what_is_due_and_keeps_the_rest(self, data):
        output = run()

        old, new = data["registrations"]
        old.refresh_from_db()
        new.refresh_from_db()
        assert old.name == old.email == "" and old.anonymised_at is not None
        assert (new.name, new.email, new.anonymised_at) == ("Nieuw Lid", "nu@example.nl", None)

        scans = data["scans"]
        kept = set(ScanResponse.objects.values_list("pk", flat=True))
        assert kept == {scans["recent"].pk, scans["old_completed"].pk}

        tasks = data["tasks"]
        mails = DBTaskResult.objects.filter(task_path="core.mail.send_email")
        assert set(mails.values_list("pk", flat=True)) == {
            tasks["recent_sent"].pk,
            tasks["waiting"].pk,  # not run yet: never pruned
            tasks["retrying"].pk,
            tasks["stuck"].pk,
        }

        assert list(AccessAttempt.objects.values_list("pk", flat=True)) == [
            data["failures"]["current"].pk
        ]

        senders = data["senders"]
        assert set(Submission.objects.values_list("pk", flat=True)) == {
            senders["published_lately"].pk,
            senders["waiting"].pk,
        }
        assert "example senders deleted: 3 done" in output

        assert "registrations anonymised: 1 done" in output
        assert "unfinished scans deleted: 1 done" in output
        assert "task results deleted: 2 done" in output
        assert "expired login failures deleted: 1 done" in output

        # the search counts of the last 30 days stay; a query left without counts goes
        assert list(QueryDailyHits.objects.values_list("query__query_string", "hits")) == [
            ("passend onderwijs", 2)
        ]
        assert QueryDailyMisses.objects.count() == 1
        assert not Query.objects.filter(query_string="verzuim").exists()
        assert "daily search counts deleted: 3 done" in output

    def test_a_dry_run_counts_and_changes_nothing(self, data):
        before = snapshot()

        output = run("--dry-run")

        assert snapshot() == before
        assert "registrations anonymised: 1 due" in output
        assert "unfinished scans deleted: 1 due" in output
        assert "example senders deleted: 3 due" in output
        assert "task results deleted: 2 due" in output
        assert "expired login failures deleted: 1 due" in output
        assert "daily search counts deleted: 3 due" in output

    def test_a_second_run_changes_nothing(self, data):
        run()
        after_first = snapshot()

        output = run()

        assert snapshot() == after_first
        assert output.count(": 0 done") == 8  # following: subscribers and follows too

    def test_the_period_comes_from_the_settings(self, data):
        with override_settings(SCAN_UNFINISHED_RETENTION_DAYS=178):
            run()
        assert not ScanResponse.objects.filter(pk=data["scans"]["recent"].pk).exists()
        assert ScanResponse.objects.filter(pk=data["scans"]["old_completed"].pk).exists()


@pytest.mark.django_db
def test_without_a_database_task_backend_the_job_says_so(home_page):
    output = run()  # the test settings run tasks at once: no results are kept

    assert "task results: none kept" in output


def parse_unit(path):
    """{section: {key: [values]}} of a systemd unit file (keys may repeat)."""
    sections, section = {}, None
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = sections.setdefault(line.strip("[]"), {})
            continue
        key, _, value = line.partition("=")
        section.setdefault(key.strip(), []).append(value.strip())
    return sections


def management_commands(path):
    """(command name, arguments) of every `manage.py ...` ExecStart of a unit."""
    commands = []
    for exec_start in parse_unit(path)["Service"]["ExecStart"]:
        words = shlex.split(exec_start)
        index = next(i for i, word in enumerate(words) if word.endswith("manage.py"))
        commands.append((words[index + 1], words[index + 2 :]))
    return commands


@pytest.mark.parametrize("name", ["kennisbank-retention.service", "kennisbank-worker.service"])
def test_the_units_call_commands_that_exist_with_valid_options(name, retention_settings):
    registered = get_commands()
    commands = management_commands(SYSTEMD / name)
    assert commands
    for command, arguments in commands:
        assert command in registered, f"{name} calls unknown command {command}"
        # The command's own parser accepts the arguments (exits with an error otherwise).
        load_command_class(registered[command], command).create_parser(
            "manage.py", command
        ).parse_args(arguments)


def test_the_timer_runs_the_retention_job_daily_and_catches_up():
    timer = parse_unit(SYSTEMD / "kennisbank-retention.timer")["Timer"]
    # A timer starts the service of its own name unless Unit= says otherwise.
    service = timer.get("Unit", ["kennisbank-retention.service"])[0]
    assert (SYSTEMD / service).exists()
    assert ("apply_retention", []) in management_commands(SYSTEMD / service)
    assert timer["Persistent"] == ["true"]
    assert timer["RandomizedDelaySec"]
    (calendar,) = timer["OnCalendar"]
    assert calendar.startswith(("daily", "*-*-* "))


def test_the_worker_restarts_always():
    service = parse_unit(SYSTEMD / "kennisbank-worker.service")["Service"]
    assert service["Restart"] == ["always"]
    assert management_commands(SYSTEMD / "kennisbank-worker.service")[0][0] == "task_worker"
