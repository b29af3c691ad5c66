"""The averages of a sector within a region (scope "sector:<id>:region:<id>"), new with the
comparison with similar schools: counted from the completed scans so far, as
statistics.rebuild() would."""

from collections import defaultdict

from django.db import migrations


def count_sector_in_region(apps, schema_editor):
    ScanResponse = apps.get_model("scan", "ScanResponse")
    ScanStatistic = apps.get_model("scan", "ScanStatistic")
    totals = defaultdict(lambda: [0, 0.0])
    responses = ScanResponse.objects.filter(
        completed_at__isnull=False, sector__isnull=False, region__isnull=False
    ).only("scores", "sector_id", "region_id")
    for response in responses.iterator(chunk_size=2000):
        scope = f"sector:{response.sector_id}:region:{response.region_id}"
        for key, score in (response.scores or {}).items():
            if score is not None:
                totals[key, scope][0] += 1
                totals[key, scope][1] += score
    ScanStatistic.objects.filter(scope__startswith="sector:", scope__contains=":region:").delete()
    ScanStatistic.objects.bulk_create(
        ScanStatistic(domain_key=key, scope=scope, responses=count, score_total=total)
        for (key, scope), (count, total) in totals.items()
    )


def remove_sector_in_region(apps, schema_editor):
    ScanStatistic = apps.get_model("scan", "ScanStatistic")
    ScanStatistic.objects.filter(scope__startswith="sector:", scope__contains=":region:").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("scan", "0003_scan_statistic_verbose_name"),
    ]

    operations = [
        migrations.RunPython(count_sector_in_region, remove_sector_in_region),
    ]
