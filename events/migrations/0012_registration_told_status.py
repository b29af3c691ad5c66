"""Registrants are told of a postponement too: the cancellation timestamp becomes the status
they were last told about, kept for those already told of a cancellation."""

from django.db import migrations, models


def keep_told_cancellations(apps, schema_editor):
    Registration = apps.get_model("events", "Registration")
    Registration.objects.filter(cancellation_notified_at__isnull=False).update(
        told_status="cancelled"
    )


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0011_related_example_once_per_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="told_status",
            field=models.CharField(
                blank=True,
                choices=[
                    ("scheduled", "Scheduled"),
                    ("postponed", "Postponed"),
                    ("cancelled", "Cancelled"),
                ],
                editable=False,
                max_length=20,
            ),
        ),
        migrations.RunPython(keep_told_cancellations, migrations.RunPython.noop),
        migrations.RemoveField(model_name="registration", name="cancellation_notified_at"),
    ]
