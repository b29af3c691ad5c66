"""E-mail tasks queued before the shared machinery moved from home to core (issue 19) run under
their new path: the worker imports a task by the path stored with it, and a deploy may find mails
still waiting in the queue."""

from django.db import migrations

MOVED = {
    "home.mail.send_email": "core.mail.send_email",
    "home.mail.send_message": "core.mail.send_message",
}


def rename(apps, mapping):
    results = apps.get_model("django_tasks_database", "DBTaskResult").objects
    for old, new in mapping.items():
        results.filter(task_path=old).update(task_path=new)


def forwards(apps, schema_editor):
    rename(apps, MOVED)


def backwards(apps, schema_editor):
    rename(apps, {new: old for old, new in MOVED.items()})


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0006_editors_translate"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
