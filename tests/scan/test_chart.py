"""The chart's data: one row per domain, bars proportional to the score, gridlines, the text."""

import re
from dataclasses import dataclass

import pytest

from django.template.loader import render_to_string
from django.utils import translation

from scan import chart


@dataclass
class Item:
    key: str
    title: str
    score: float | None
    previous: float | None = None
    average: float | None = None
    sector_average: float | None = None
    sector_region_average: float | None = None


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
    widths = [row.bar_width for row in built.rows]  # percent of the chart's width
    plot = chart.PLOT_PERCENT
    assert widths == [0, plot / 2, plot, round(plot * 0.667, 2)]
    assert [row.score_text for row in built.rows] == ["0", "50", "100", "66.7"]
    # As drawn: the values stand in a column right of the plot (right-aligned at 100 %),
    # where no bar reaches: at least 14 % of a 358 px chart on a phone (50 px) for "66,7" in
    # 16 px.
    svg = render_to_string("scan/includes/chart.html", {"chart": built})
    values = [attributes(tag) for tag in re.findall(r"<text [^>]*>", svg)]
    values = [tag for tag in values if tag.get("class") == "scan-chart__value"]
    assert [(tag["x"], tag["text-anchor"]) for tag in values] == [("100%", "end")] * 4
    bars = [attributes(tag) for tag in re.findall(r"<rect [^>]*>", svg)]
    drawn = [float(tag["width"].removesuffix("%")) for tag in bars if "data-score" in tag]
    assert drawn == widths
    assert (100 - max(drawn)) / 100 * 358 >= 50


def attributes(tag):
    """The attributes of one rendered tag: {name: value}."""
    return dict(re.findall(r'([\w:-]+)="([^"]*)"', tag))


def test_rows_do_not_overlap_and_the_chart_grows_with_the_domains():
    three = chart.build_chart([Item(str(n), f"D{n}", 10 * n) for n in range(3)])
    eight = chart.build_chart([Item(str(n), f"D{n}", 10 * n) for n in range(8)])
    bars = [row.bar_y for row in eight.rows]
    assert bars == sorted(bars)
    pitch = chart.BAR_HEIGHT + chart.LABEL_LINE
    assert all(b - a >= pitch for a, b in zip(bars, bars[1:], strict=False))
    assert eight.height > three.height
    assert all(row.bar_y + chart.BAR_HEIGHT <= eight.plot_bottom for row in eight.rows)


def test_gridlines_at_every_quarter():
    built = chart.build_chart([Item("a", "Een", 40)])
    assert [line.value for line in built.gridlines] == [0, 25, 50, 75, 100]
    assert [line.x for line in built.gridlines] == [
        f"{chart.PLOT_PERCENT * q / 4}%" for q in range(5)
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
    assert first.has_previous and first.previous_width == chart.PLOT_PERCENT * 0.4
    assert first.previous_y >= first.bar_y + chart.BAR_HEIGHT
    assert not second.has_previous
    (marker,) = first.markers
    assert first.has_average and marker.x == f"{chart.PLOT_PERCENT / 2}%"
    assert marker.comparison.shape == "triangle"
    assert marker.line_top < first.bar_y
    assert marker.y > first.previous_y + chart.PREVIOUS_HEIGHT
    # the marker under the bars stays clear of the next row's title
    assert marker.y + chart.LANE_HEIGHT < second.lines[0].y - 16
    assert not second.has_average
    # every row keeps room for the previous bar, so rows line up
    assert second.bar_y - first.bar_y == row_pitch(built)


def row_pitch(built):
    return (
        chart.LABEL_LINE
        + chart.LABEL_GAP
        + chart.BAR_HEIGHT
        + chart.PREVIOUS_GAP
        + chart.PREVIOUS_HEIGHT
        + 2
        + chart.LANE_HEIGHT
        + chart.ROW_GAP
    )


def test_without_previous_or_average_no_legend_entries():
    built = chart.build_chart([Item("a", "Een", 80)], show_previous=True)
    assert not built.show_previous
    assert not built.show_average


def test_long_titles_wrap_and_only_very_long_ones_are_shortened_in_the_chart():
    title = "Samenwerking met ouders, jeugdhulp en leerplicht bij verzuim"
    built = chart.build_chart([Item("a", title, 10), Item("b", "Twee", 20)])
    first, second = built.rows
    assert [line.text for line in first.lines] == [
        "Samenwerking met ouders, jeugdhulp",
        "en leerplicht bij verzuim",
    ]
    assert all(len(line.text) <= chart.LABEL_CHARS for line in first.lines)
    assert first.bar_y > first.lines[-1].y  # the bar under the last line
    assert len(second.lines) == 1

    longest = chart.build_chart([Item("a", "Samenwerking " * 12, 10)]).rows[0]
    assert len(longest.lines) == chart.LABEL_LINES
    assert longest.lines[-1].text.endswith("…")
    assert longest.title == "Samenwerking " * 12


def test_each_comparison_has_its_own_shape_and_lane():
    comparisons = [
        chart.all_scans(),
        chart.Comparison(attribute="sector_average", name="PO"),
        chart.Comparison(attribute="sector_region_average", name="PO in Utrecht"),
    ]
    built = chart.build_chart(
        [
            Item("a", "Een", 80, average=50, sector_average=51, sector_region_average=52),
            Item("b", "Twee", 30, average=40, sector_average=None),
        ],
        comparisons=comparisons,
    )
    assert [c.shape for c in built.comparisons] == ["triangle", "circle", "square"]
    first, second = built.rows
    assert [m.comparison.name for m in first.markers] == ["all scans", "PO", "PO in Utrecht"]
    tops = [m.y for m in first.markers]
    assert all(b - a >= chart.LANE_HEIGHT for a, b in zip(tops, tops[1:], strict=False))
    assert [m.comparison.name for m in second.markers] == ["all scans"]
    assert second.bar_y - first.bar_y == second.lines[0].y - first.lines[0].y  # rows line up
    assert built.description.endswith(
        "Een: 80 (average of all scans 50, average of PO 51, average of PO in Utrecht 52); "
        "Twee: 30 (average of all scans 40)."
    )

    # A comparison with no figure for any domain has no lane and no legend entry.
    built = chart.build_chart([Item("a", "Een", 80, average=50)], comparisons=comparisons)
    assert [c.name for c in built.comparisons] == ["all scans"]


def test_scores_out_of_range_stay_inside_the_plot():
    built = chart.build_chart([Item("a", "Een", 130), Item("b", "Twee", -5)])
    assert built.rows[0].bar_width == chart.PLOT_PERCENT
    assert built.rows[1].bar_width == 0


def test_numbers_follow_the_language():
    with translation.override("nl"):
        assert chart.format_score(66.7) == "66,7"
        assert chart.format_change(12.5) == "+12,5"
    assert chart.format_score(50.0) == "50"
    assert chart.format_change(-3.0) == "-3"
    assert chart.format_change(0.0) == "0"
    assert chart.format_score(None) == ""
