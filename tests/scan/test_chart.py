"""The chart's data: one row per domain, bars proportional to the score, gridlines, the text."""

from dataclasses import dataclass

import pytest

from django.utils import translation

from scan import chart


@dataclass
class Item:
    key: str
    title: str
    score: float | None
    previous: float | None = None
    average: float | None = None


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def test_bars_are_proportional_to_the_score():
    built = chart.build_chart(
        [
            Item("a", "Een", 0),
            Item("b", "Twee", 50),
            Item("c", "Drie", 100),
            Item("d", "Vier", 66.7),
        ]
    )
    widths = [row.bar_width for row in built.rows]
    assert widths == [0, chart.PLOT_WIDTH / 2, chart.PLOT_WIDTH, round(chart.PLOT_WIDTH * 0.667, 2)]
    assert [row.score_text for row in built.rows] == ["0", "50", "100", "66.7"]
    # the values stand in a column right of the plot, where no bar or marker reaches
    assert {row.score_x for row in built.rows} == {chart.VALUE_X}
    assert chart.VALUE_X - 40 > chart.PLOT_LEFT + chart.PLOT_WIDTH + chart.MARKER_SIZE


def test_rows_do_not_overlap_and_the_chart_grows_with_the_domains():
    three = chart.build_chart([Item(str(n), f"D{n}", 10 * n) for n in range(3)])
    eight = chart.build_chart([Item(str(n), f"D{n}", 10 * n) for n in range(8)])
    bars = [row.bar_y for row in eight.rows]
    assert bars == sorted(bars)
    pitch = chart.BAR_HEIGHT + chart.TITLE_HEIGHT
    assert all(b - a >= pitch for a, b in zip(bars, bars[1:], strict=False))
    assert eight.height > three.height
    assert all(row.bar_y + chart.BAR_HEIGHT <= eight.plot_bottom for row in eight.rows)


def test_gridlines_at_every_quarter():
    built = chart.build_chart([Item("a", "Een", 40)])
    assert [line.value for line in built.gridlines] == [0, 25, 50, 75, 100]
    assert [line.x for line in built.gridlines] == [
        chart.PLOT_LEFT + chart.PLOT_WIDTH * q / 4 for q in range(5)
    ]
    assert built.tick_y > built.plot_bottom
    assert built.height > built.tick_y


def test_a_domain_without_score_has_no_bar_but_says_so():
    built = chart.build_chart([Item("a", "Een", None), Item("b", "Twee", 20)])
    assert built.rows[0].score is None
    assert built.rows[0].bar_width == 0
    assert built.rows[0].score_text == "no score"
    assert "Een: no score" in built.description
    assert "Twee: 20" in built.description


def test_the_description_lists_every_score_the_previous_and_the_average():
    built = chart.build_chart(
        [Item("a", "Een", 33.3, previous=0, average=50), Item("b", "Twee", 100, previous=None)],
        show_previous=True,
    )
    assert built.title == "Score per domain"
    assert built.description == (
        "Bar chart of the score per domain, from 0 to 100. "
        "Een: 33.3 (previous scan 0, average of all scans 50); "
        "Twee: 100 (previous scan no score)."
    )
    assert built.show_previous and built.show_average


def test_previous_bars_and_average_marker():
    built = chart.build_chart(
        [Item("a", "Een", 80, previous=40, average=50), Item("b", "Twee", 30)], show_previous=True
    )
    first, second = built.rows
    assert first.has_previous and first.previous_width == chart.PLOT_WIDTH * 0.4
    assert first.previous_y >= first.bar_y + chart.BAR_HEIGHT
    assert not second.has_previous
    assert first.has_average and first.average_x == chart.PLOT_LEFT + chart.PLOT_WIDTH / 2
    assert first.marker_top < first.bar_y
    assert first.marker_bottom > first.previous_y + chart.PREVIOUS_HEIGHT
    # the triangle under the bars stays clear of the next row's title
    lowest = max(float(point.split(",")[1]) for point in first.marker_points.split())
    assert lowest < second.label_y - 16
    assert not second.has_average
    # every row keeps room for the previous bar, so rows line up
    assert second.bar_y - first.bar_y == row_pitch(built)


def row_pitch(built):
    return (
        chart.TITLE_HEIGHT
        + chart.BAR_HEIGHT
        + chart.PREVIOUS_GAP
        + chart.PREVIOUS_HEIGHT
        + chart.ROW_GAP
    )


def test_without_previous_or_average_no_legend_entries():
    built = chart.build_chart([Item("a", "Een", 80)], show_previous=True)
    assert not built.show_previous
    assert not built.show_average


def test_long_titles_are_shortened_in_the_chart_only():
    title = "Samenwerking " * 12
    built = chart.build_chart([Item("a", title, 10)])
    assert len(built.rows[0].label) <= chart.TITLE_CHARS
    assert built.rows[0].label.endswith("…")
    assert built.rows[0].title == title


def test_scores_out_of_range_stay_inside_the_plot():
    built = chart.build_chart([Item("a", "Een", 130), Item("b", "Twee", -5)])
    assert built.rows[0].bar_width == chart.PLOT_WIDTH
    assert built.rows[1].bar_width == 0


def test_numbers_follow_the_language():
    with translation.override("nl"):
        assert chart.format_score(66.7) == "66,7"
        assert chart.format_change(12.5) == "+12,5"
    assert chart.format_score(50.0) == "50"
    assert chart.format_change(-3.0) == "-3"
    assert chart.format_change(0.0) == "0"
    assert chart.format_score(None) == ""
