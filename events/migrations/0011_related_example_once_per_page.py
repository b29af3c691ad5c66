from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0010_remove_repeated_related_examples"),
        ("practice_examples", "0006_related_example_once_per_page"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="relatedexample",
            constraint=models.UniqueConstraint(
                fields=("page", "example"), name="events_relatedexample_once_per_page"
            ),
        ),
    ]
