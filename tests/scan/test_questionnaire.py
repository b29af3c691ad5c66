"""Scoring: the mean of the applicable answers on 0-100, levels, the weakest domains."""

import pytest

from scan.questionnaire import (
    HIGH,
    LOW,
    MIDDLE,
    NOT_APPLICABLE,
    Domain,
    Questionnaire,
    Statement,
    overall_score,
    weakest_domains,
)


def make_questionnaire(*sizes, low_below=50, high_from=75):
    """Domains d0, d1, ... with statements d0s0, d0s1, ... of the given sizes."""
    return Questionnaire(
        domains=tuple(
            Domain(
                key=f"d{d}",
                title=f"Domein {d}",
                intro="",
                statements=tuple(Statement(f"d{d}s{s}", f"Stelling {s}") for s in range(size)),
                themes=(),
                advice={},
            )
            for d, size in enumerate(sizes)
        ),
        low_below=low_below,
        high_from=high_from,
    )


def test_a_domain_scores_the_mean_of_its_answers_from_0_to_100():
    questionnaire = make_questionnaire(2, 3)
    answers = {"d0s0": 1, "d0s1": 1, "d1s0": 4, "d1s1": 3, "d1s2": 2}
    assert questionnaire.scores(answers) == {"d0": 0.0, "d1": 66.7}


def test_not_applicable_leaves_the_statement_out_of_the_mean():
    questionnaire = make_questionnaire(3)
    answers = {"d0s0": 4, "d0s1": NOT_APPLICABLE, "d0s2": 2}
    assert questionnaire.scores(answers) == {"d0": 66.7}  # mean of 4 and 2, not of 4, 0, 2


def test_a_domain_with_only_not_applicable_has_no_score():
    questionnaire = make_questionnaire(2, 1)
    scores = questionnaire.scores({"d0s0": 0, "d0s1": 0, "d1s0": 4})
    assert scores == {"d0": None, "d1": 100.0}
    assert overall_score(scores) == 100.0
    assert questionnaire.level(scores["d0"]) is None


def test_unknown_statements_and_invalid_values_are_not_scored():
    questionnaire = make_questionnaire(2)
    answers = {"d0s0": 4, "d0s1": 7, "elsewhere": 1, "d0s2": 1}
    assert questionnaire.clean_answers(answers) == {"d0s0": 4}
    assert questionnaire.scores(answers) == {"d0": 100.0}
    assert questionnaire.clean_answers({"d0s0": "4", "d0s1": True, "d1s0": 2.0}) == {}


def test_complete_needs_every_statement_and_names_the_first_open_step():
    questionnaire = make_questionnaire(1, 2, 1)
    answers = {"d0s0": 2, "d1s0": NOT_APPLICABLE, "d2s0": 3}
    assert not questionnaire.is_complete(answers)
    assert questionnaire.first_open_step(answers) == 2
    answers["d1s1"] = 9
    assert questionnaire.first_open_step(answers) == 2  # an invalid value is no answer
    answers["d1s1"] = NOT_APPLICABLE
    assert questionnaire.is_complete(answers)
    assert questionnaire.first_open_step(answers) is None


@pytest.mark.parametrize(
    ("score", "level"),
    [(0, LOW), (49.9, LOW), (50, MIDDLE), (74.9, MIDDLE), (75, HIGH), (100, HIGH)],
)
def test_levels_follow_the_page_thresholds(score, level):
    assert make_questionnaire(1).level(score) == level


def test_weakest_domains_skip_unscored_ones_and_keep_questionnaire_order_on_a_tie():
    questionnaire = make_questionnaire(1, 1, 1, 1)
    scores = {"d0": 50.0, "d1": None, "d2": 20.0, "d3": 50.0}
    assert [d.key for d in weakest_domains(questionnaire, scores)] == ["d2", "d0"]
    assert [d.key for d in weakest_domains(questionnaire, scores, count=3)] == ["d2", "d0", "d3"]
    assert weakest_domains(questionnaire, {"d0": None}) == []


def test_the_snapshot_survives_a_round_trip():
    questionnaire = make_questionnaire(2, 1)
    assert Questionnaire.from_data(questionnaire.to_data()) == questionnaire
    assert overall_score({}) is None


def test_a_translation_gives_its_texts_and_nothing_else():
    dutch = make_questionnaire(2, 1)
    english = Questionnaire(
        domains=(
            Domain(
                key="d0",
                title="Domain 0",
                intro="In English",
                statements=(Statement("d0s0", "Statement 0"),),  # d0s1 is not translated
                themes=("other-theme",),
                advice={"low": "<p>Low</p>"},
            ),
        ),
        low_below=10,
        high_from=20,
    )
    shown = dutch.in_language_of(english)
    assert [d.title for d in shown.domains] == ["Domain 0", "Domein 1"]
    assert [s.text for s in shown.domains[0].statements] == ["Statement 0", "Stelling 1"]
    assert shown.domains[0].advice == {"low": "<p>Low</p>"}
    # What is asked and how it is scored stay the scan's own.
    assert shown.statement_keys == dutch.statement_keys
    assert shown.domains[0].themes == ()
    assert (shown.low_below, shown.high_from) == (50, 75)
    assert dutch.in_language_of(None) is dutch
