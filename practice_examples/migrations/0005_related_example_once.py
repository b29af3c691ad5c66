"""The database refuses a second row relating the same example to a page."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("practice_examples", "0004_remove_repeated_related_examples"),
    ]

    operations = [
        migrations.AddConstraint(
            model_name="relatedexample",
            constraint=models.UniqueConstraint(
                fields=("page", "example"), name="practice_example_related_once"
            ),
        ),
    ]
