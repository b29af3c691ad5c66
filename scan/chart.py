"""The result chart: horizontal bars of the domain scores (0-100) as data for an SVG template.

Everything the template draws is computed here (positions, widths, labels), so the template only
places it. The chart is an image with a text alternative (`title`, `description`); the result's
table holds the same figures. Each domain is one row: its title (wrapped) above the bar of this
scan with its score, the previous scan's thinner, lighter bar (a redo) and a marker for each
average shown (all scans, the same sector, the same sector in the same region), each in its own
lane under the bars with its own shape.
"""

import textwrap
from dataclasses import dataclass, field

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

# The SVG has no viewBox: its units are CSS pixels, so its text keeps its size (16 px labels and
# scores, 14 px at least) on a 390 px phone as on a desktop. Heights are pixels; horizontal
# positions are percentages of the chart's width.
PLOT_PERCENT = 84  # a score of 100 ends here; the scores in a column on the right
TOP = 4
LABEL_LINE = 20  # the domain's title above its bar, wrapped into lines of at most LABEL_CHARS
LABEL_CHARS = 34  # fits a 390 px phone (16 px bold); the table has the title in full
LABEL_LINES = 3
LABEL_GAP = 6
BAR_HEIGHT = 22
PREVIOUS_GAP = 4
PREVIOUS_HEIGHT = 12
LANE_HEIGHT = 14  # one lane under the bars for each average's marker
ROW_GAP = 18
AXIS_HEIGHT = 26
GRIDLINES = (0, 25, 50, 75, 100)
MARKER_SIZE = 6
# How each comparison is drawn, in order: a shape and a colour (the shape alone tells them apart).
MARKERS = (("triangle", "#1a1a1a"), ("circle", "#a63d00"), ("square", "#5b2a86"))


def format_score(value):
    """A score as the visitor's language writes it: 66,7 / 100 (no trailing ,0)."""
    return "" if value is None else str(floatformat(value, -1))


def format_change(value):
    """A change in score with its sign: +12,5 / -3 / 0."""
    if value is None:
        return ""
    text = format_score(value)
    return f"+{text}" if value > 0 else text


def percent_for(score):
    """The horizontal position (or width) of a score, in percent of the chart's width."""
    return round(PLOT_PERCENT * max(0, min(score, 100)) / 100, 2)


def wrap(text, width=LABEL_CHARS, lines=LABEL_LINES):
    """The title in lines of at most `width` characters; the last shortened with … if needed."""
    found = textwrap.wrap(text, width, break_long_words=True) or [""]
    if len(found) > lines:
        last = " ".join(found[lines - 1 :])
        found = [*found[: lines - 1], last[: width - 1].rstrip() + "…"]
    return found


@dataclass(frozen=True)
class Comparison:
    """An average the chart marks: the attribute of a domain holding it and how it is named."""

    attribute: str  # "average", "sector_average", "sector_region_average"
    name: str  # "all scans", "Primair onderwijs", "Primair onderwijs in Utrecht"
    shape: str = "triangle"
    color: str = "#1a1a1a"


@dataclass(frozen=True)
class Marker:
    comparison: Comparison
    score: float
    text: str
    x: str  # percent
    line_top: float
    line_bottom: float
    y: float  # the shape's top


@dataclass(frozen=True)
class LabelLine:
    text: str
    y: float


@dataclass(frozen=True)
class ChartRow:
    key: str
    title: str
    lines: list  # LabelLine: the title, wrapped
    score: float | None
    score_text: str
    bar_y: float
    bar_width: float  # percent
    score_y: float
    previous: float | None = None
    previous_text: str = ""
    previous_y: float = 0
    previous_width: float = 0
    previous_text_y: float = 0
    markers: list = field(default_factory=list)

    @property
    def label(self):
        return " ".join(line.text for line in self.lines)

    @property
    def has_previous(self):
        return self.previous is not None

    @property
    def has_average(self):
        return bool(self.markers)


@dataclass(frozen=True)
class Gridline:
    value: int
    x: str  # percent


@dataclass(frozen=True)
class Chart:
    width: str
    height: float
    rows: list
    gridlines: list
    plot_top: float
    plot_bottom: float
    tick_y: float
    show_previous: bool
    comparisons: list  # the Comparisons that mark at least one domain
    title: str
    description: str

    @property
    def show_average(self):
        return bool(self.comparisons)


def all_scans():
    return Comparison(attribute="average", name=_("all scans"))


def build_chart(domains, show_previous=False, comparisons=None):
    """The chart of `domains`: objects with key, title, score, previous and the attributes of
    `comparisons` (a number or None each). `show_previous` leaves room for the previous scan's
    bar in every row; each comparison that marks any domain has a lane under every bar."""
    comparisons = [all_scans()] if comparisons is None else comparisons
    comparisons = [
        Comparison(attribute=c.attribute, name=c.name, shape=shape, color=color)
        for c, (shape, color) in zip(comparisons, MARKERS, strict=False)
    ]
    comparisons = [
        c for c in comparisons if any(getattr(d, c.attribute, None) is not None for d in domains)
    ]
    rows = []
    y = TOP
    for domain in domains:
        row, bottom = chart_row(domain, y, show_previous, comparisons)
        rows.append(row)
        y = bottom + ROW_GAP
    plot_bottom = y - ROW_GAP / 2
    return Chart(
        width="100%",
        height=plot_bottom + AXIS_HEIGHT,
        rows=rows,
        gridlines=[Gridline(value=value, x=f"{percent_for(value)}%") for value in GRIDLINES],
        plot_top=TOP,
        plot_bottom=plot_bottom,
        tick_y=plot_bottom + 19,
        show_previous=show_previous and any(row.has_previous for row in rows),
        comparisons=comparisons,
        title=_("Score per domain"),
        description=describe(rows, show_previous),
    )


def chart_row(domain, y, show_previous, comparisons):
    """One domain's row from height `y` down: its label lines, its bar, the previous scan's bar
    (with `show_previous`) and a lane per comparison; (the row, the height where it ends)."""
    lines = [
        LabelLine(text=text, y=y + LABEL_LINE * number + 16)
        for number, text in enumerate(wrap(domain.title))
    ]
    bar_y = y + LABEL_LINE * len(lines) + LABEL_GAP
    score = domain.score
    row = {
        "key": domain.key,
        "title": domain.title,
        "lines": lines,
        "score": score,
        "score_text": format_score(score) if score is not None else _("no score"),
        "bar_y": bar_y,
        "bar_width": percent_for(score) if score is not None else 0,
        "score_y": bar_y + BAR_HEIGHT - 5,
    }
    bottom = bar_y + BAR_HEIGHT
    if show_previous:
        previous_y = bottom + PREVIOUS_GAP
        bottom = previous_y + PREVIOUS_HEIGHT
        if domain.previous is not None:
            row.update(
                previous=domain.previous,
                previous_text=format_score(domain.previous),
                previous_y=previous_y,
                previous_width=percent_for(domain.previous),
                previous_text_y=previous_y + PREVIOUS_HEIGHT + 1,
            )
    markers = []
    for comparison in comparisons:
        # A line from above the bar down to the comparison's own lane, where its shape
        # sits: two averages close together never hide each other.
        lane = bottom + 2
        bottom = lane + LANE_HEIGHT
        value = getattr(domain, comparison.attribute, None)
        if value is None:
            continue
        markers.append(
            Marker(
                comparison=comparison,
                score=value,
                text=format_score(value),
                x=f"{percent_for(value)}%",
                line_top=bar_y - 3,
                line_bottom=lane + 1,
                y=lane + 1,
            )
        )
    row["markers"] = markers
    return ChartRow(**row), bottom


def describe(rows, show_previous):
    """The chart in words: every domain's score, and the previous score and the average where
    the chart shows them."""
    parts = []
    for row in rows:
        if row.score is None:
            text = _("%(domain)s: no score") % {"domain": row.title}
        else:
            text = _("%(domain)s: %(score)s") % {"domain": row.title, "score": row.score_text}
        extra = []
        if show_previous:
            extra.append(
                _("previous scan %(score)s") % {"score": row.previous_text}
                if row.has_previous
                else _("previous scan no score")
            )
        for marker in row.markers:
            extra.append(
                _("average of %(name)s %(score)s")
                % {"name": marker.comparison.name, "score": marker.text}
            )
        if extra:
            text = f"{text} ({', '.join(extra)})"
        parts.append(text)
    return _("Bar chart of the score per domain, from 0 to 100. %(scores)s.") % {
        "scores": "; ".join(parts)
    }
