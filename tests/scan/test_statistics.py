"""Averages: running totals per domain and scope, shown only with at least ten other scans."""

import pytest

from django.db import connection

from scan import responses, statistics
from scan.models import ScanResponse, ScanStatistic
from tests.support import all_at_once, answer_all

pytestmark = pytest.mark.django_db


def complete_many(page, count, value=3, **fields):
    return [answer_all(responses.start(page, **fields), value) for _ in range(count)]


def totals():
    return {
        (row.domain_key, row.scope): (row.responses, round(row.score_total, 1))
        for row in ScanStatistic.objects.all()
    }


def test_a_completed_scan_counts_once_in_all_of_its_scopes(scan_page, taxa):
    response = responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"])
    response = answer_all(response, 4, Basisondersteuning=1)
    responses.complete(response)  # a second "finish" (double click) changes nothing
    first = response.questionnaire.domains[0].key
    assert totals()[first, "all"] == (1, 0.0)
    assert totals()[first, f"sector:{taxa['po'].pk}"] == (1, 0.0)
    assert totals()[first, f"region:{taxa['utrecht'].pk}"] == (1, 0.0)
    assert totals()[first, f"sector:{taxa['po'].pk}:region:{taxa['utrecht'].pk}"] == (1, 0.0)
    assert len(totals()) == 12  # three domains in four scopes


def test_an_unfinished_scan_and_an_unscored_domain_count_nowhere(scan_page):
    response = responses.start(scan_page)
    domains = response.questionnaire.domains
    responses.save_answers(response, dict.fromkeys(domains[0].statement_keys, 2))
    assert totals() == {}
    answers = {key: 0 for domain in domains for key in domain.statement_keys}
    answers.update(dict.fromkeys(domains[2].statement_keys, 4))
    responses.save_answers(response, answers)
    responses.complete(response)
    assert set(totals()) == {(domains[2].key, "all")}


def test_no_comparison_with_nine_others_and_one_with_ten(scan_page):
    complete_many(scan_page, 9, 2)
    own = answer_all(responses.start(scan_page), 4)
    assert statistics.comparison(own) == {"all": {}}

    complete_many(scan_page, 1, 2)
    averages = statistics.comparison(own)["all"]
    assert {average.count for average in averages.values()} == {10}
    # The school's own 100 is not in its average: ten others all scored 33.3.
    assert {average.score for average in averages.values()} == {33.3}


def test_similar_schools_are_compared_only_where_they_have_ten_others(scan_page, taxa):
    complete_many(scan_page, 10, 3, sector=taxa["po"])
    complete_many(scan_page, 5, 1, sector=taxa["po"], region=taxa["utrecht"])
    complete_many(scan_page, 12, 1, sector=taxa["vo"], region=taxa["utrecht"])
    own = answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]), 4)
    found = statistics.comparison(own)
    sector = f"sector:{taxa['po'].pk}"
    sector_region = f"sector:{taxa['po'].pk}:region:{taxa['utrecht'].pk}"
    # a region alone (any sector) is no group of similar schools: not compared
    assert list(found) == ["all", sector, sector_region]
    assert {a.score for a in found["all"].values()} == {round((10 * 66.7) / 27, 1)}
    assert {a.count for a in found[sector].values()} == {15}
    assert {a.score for a in found[sector].values()} == {round(10 * 66.7 / 15, 1)}
    assert found[sector_region] == {}  # five other PO scans in Utrecht: too few to show

    complete_many(scan_page, 5, 1, sector=taxa["po"], region=taxa["utrecht"])
    found = statistics.comparison(own)
    assert {a.count for a in found[sector_region].values()} == {10}
    assert {a.score for a in found[sector_region].values()} == {0}


@pytest.mark.parametrize(
    ("wider", "narrower", "separable"),
    [(20, 20, False), (20, 19, True), (20, 11, True), (20, 10, False), (30, 10, False)],
)
def test_a_group_is_separable_from_a_wider_one_by_one_to_nine_scans(wider, narrower, separable):
    assert statistics.separable(wider, narrower) is separable


def test_a_narrower_group_is_left_out_where_it_would_reveal_a_few_scans(scan_page, taxa):
    """Sector PO in Utrecht: ten others, but the PO schools outside Utrecht are only four, so
    (sector total - sector-in-region total) would give their average away."""
    complete_many(scan_page, 10, 2, sector=taxa["po"], region=taxa["utrecht"])
    complete_many(scan_page, 4, 4, sector=taxa["po"], region=taxa["limburg"])
    complete_many(scan_page, 10, 3, sector=taxa["vo"])
    own = answer_all(responses.start(scan_page, sector=taxa["po"], region=taxa["utrecht"]), 4)
    found = statistics.comparison(own)
    sector = f"sector:{taxa['po'].pk}"
    sector_region = f"sector:{taxa['po'].pk}:region:{taxa['utrecht'].pk}"
    assert {a.count for a in found["all"].values()} == {24}
    assert {a.count for a in found[sector].values()} == {14}  # 10 outside PO: fine
    assert found[sector_region] == {}

    complete_many(scan_page, 6, 4, sector=taxa["po"], region=taxa["limburg"])
    found = statistics.comparison(own)
    assert {a.count for a in found[sector_region].values()} == {10}


def test_an_incomplete_scan_sees_the_average_of_all_completed_ones(scan_page):
    complete_many(scan_page, 10, 4)
    open_scan = responses.start(scan_page)
    assert statistics.comparison(open_scan) == {"all": {}}  # no scores yet, nothing to compare


def test_rebuild_gives_the_same_totals_as_counting_along(scan_page, taxa):
    complete_many(scan_page, 3, 2, sector=taxa["po"])
    complete_many(scan_page, 2, 4, region=taxa["limburg"])
    responses.start(scan_page)  # unfinished: not counted
    counted = totals()
    ScanStatistic.objects.update(responses=0, score_total=0)
    statistics.rebuild()
    assert totals() == counted


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="SQLite ignores select_for_update (row locks)"
)
def test_simultaneous_finishes_count_every_scan_once(scan_page, taxa):
    open_scans = []
    for sector in [taxa["po"], taxa["vo"]] * 3:
        response = responses.start(scan_page, sector=sector, region=taxa["utrecht"])
        answers = {key: 4 for key in response.questionnaire.statement_keys}
        responses.save_answers(response, answers)
        open_scans.append(response)
    # Every scan is finished twice at once (a double click), six scans at the same moment; an
    # error in any of them fails the test.
    finishing = open_scans * 2
    all_at_once(
        len(finishing),
        lambda n: responses.complete(ScanResponse.objects.get(pk=finishing[n].pk)),
    )
    first = open_scans[0].questionnaire.domains[0].key
    assert totals()[first, "all"] == (6, 600.0)
    assert totals()[first, f"sector:{taxa['po'].pk}"] == (3, 300.0)
    assert totals()[first, f"region:{taxa['utrecht'].pk}"] == (6, 600.0)
    assert totals()[first, f"sector:{taxa['po'].pk}:region:{taxa['utrecht'].pk}"] == (3, 300.0)
