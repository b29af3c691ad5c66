"""Mails queued before a deploy that moved their task still go out (home migration 0007)."""

import importlib

from django_tasks_db.models import DBTaskResult

from django.apps import apps
from django.utils import timezone
from django.utils.module_loading import import_string

moved = importlib.import_module("home.migrations.0007_queued_tasks_moved_to_core")


def queued(path):
    return DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path=path,
        backend_name="default",
        run_after=timezone.now(),
        status="READY",
    )


def test_queued_mail_tasks_get_their_new_path_and_it_imports(db):
    old = [queued("home.mail.send_email"), queued("home.mail.send_message")]
    other = queued("search.tasks.update_vocabulary")
    moved.forwards(apps, None)
    paths = {result.pk: result.task_path for result in DBTaskResult.objects.all()}
    assert [paths[result.pk] for result in old] == [
        "core.mail.send_email",
        "core.mail.send_message",
    ]
    assert paths[other.pk] == "search.tasks.update_vocabulary"
    for result in old:
        assert import_string(paths[result.pk]).name in {"send_email", "send_message"}
    moved.backwards(apps, None)
    assert DBTaskResult.objects.get(pk=old[0].pk).task_path == "home.mail.send_email"
