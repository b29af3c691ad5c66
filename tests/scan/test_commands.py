"""`manage.py rebuild_scan_statistics`: the averages recomputed from the completed responses."""

from io import StringIO

from django.core.management import call_command

from scan import responses, statistics
from scan.models import ScanStatistic
from tests.support import answer_all


def rebuild():
    out = StringIO()
    call_command("rebuild_scan_statistics", stdout=out)
    return out.getvalue()


def totals():
    return sorted(
        ScanStatistic.objects.values_list("scope", "domain_key", "responses", "score_total")
    )


def test_rebuild_repairs_the_totals_from_the_completed_responses(scan_page, taxa):
    answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]), 4)
    answer_all(responses.start(scan_page, sector=taxa["po"]), 1)
    responses.start(scan_page)  # not completed: counts nowhere
    kept = totals()
    basis = scan_page.questionnaire().domains[0].key
    assert (statistics.ALL, basis, 2, 100.0) in kept

    # Totals gone wrong (a lost update, a deleted response): the command puts them right.
    ScanStatistic.objects.filter(scope=statistics.ALL).update(responses=7, score_total=1.5)
    ScanStatistic.objects.filter(scope__startswith="region:").delete()
    ScanStatistic.objects.create(domain_key="removed-domain", scope=statistics.ALL, responses=3)
    output = rebuild()
    assert totals() == kept
    assert "2 completed scan(s)" in output

    # Again: nothing changes.
    rebuild()
    assert totals() == kept


def test_rebuild_without_responses_leaves_no_totals(db):
    ScanStatistic.objects.create(domain_key="old", scope=statistics.ALL, responses=1)
    assert "0 completed scan(s): 0 total(s)" in rebuild()
    assert not ScanStatistic.objects.exists()
