"""The result chart: horizontal bars of the domain scores (0-100) as data for an SVG template.

Everything the template draws is computed here (positions, widths, labels), so the template only
places it. The chart is an image with a text alternative (`title`, `description`); the result's
table holds the same figures. Each domain is one row: its title, the bar of this scan with its
score, the previous scan's thinner, lighter bar (a redo) and a marker for the average of all scans
where that is shown.
"""

from dataclasses import dataclass

from django.template.defaultfilters import floatformat
from django.utils.translation import gettext as _

WIDTH = 480  # viewBox units; the SVG scales to its container (CSS keeps text readable)
PLOT_LEFT = 8
PLOT_WIDTH = 400  # a score of 100 ends at PLOT_LEFT + PLOT_WIDTH
VALUE_X = WIDTH - 4  # the scores in a column on the right (right-aligned): never under a marker
TOP = 8
TITLE_HEIGHT = 24  # the domain's title above its bar
BAR_HEIGHT = 22
PREVIOUS_GAP = 4
PREVIOUS_HEIGHT = 12
ROW_GAP = 14
AXIS_HEIGHT = 30
GRIDLINES = (0, 25, 50, 75, 100)
TITLE_CHARS = 52  # a longer title is shortened in the chart (the table has it in full)
MARKER_SIZE = 6


def format_score(value):
    """A score as the visitor's language writes it: 66,7 / 100 (no trailing ,0)."""
    return "" if value is None else str(floatformat(value, -1))


def format_change(value):
    """A change in score with its sign: +12,5 / -3 / 0."""
    if value is None:
        return ""
    text = format_score(value)
    return f"+{text}" if value > 0 else text


def x_for(score):
    return round(PLOT_LEFT + PLOT_WIDTH * max(0, min(score, 100)) / 100, 2)


def width_for(score):
    return round(PLOT_WIDTH * max(0, min(score, 100)) / 100, 2)


def shorten(text, limit=TITLE_CHARS):
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


@dataclass(frozen=True)
class ChartRow:
    key: str
    title: str
    label: str  # the title as the chart shows it
    score: float | None
    score_text: str
    label_y: float
    bar_y: float
    bar_width: float
    score_x: float
    score_y: float
    previous: float | None = None
    previous_text: str = ""
    previous_y: float = 0
    previous_width: float = 0
    previous_x: float = 0
    previous_text_y: float = 0
    average: float | None = None
    average_text: str = ""
    average_x: float = 0
    marker_top: float = 0
    marker_bottom: float = 0
    marker_points: str = ""

    @property
    def has_previous(self):
        return self.previous is not None

    @property
    def has_average(self):
        return self.average is not None


@dataclass(frozen=True)
class Gridline:
    value: int
    x: float


@dataclass(frozen=True)
class Chart:
    width: int
    height: float
    rows: list
    gridlines: list
    plot_top: float
    plot_bottom: float
    tick_y: float
    show_previous: bool
    show_average: bool
    title: str
    description: str


def build_chart(domains, show_previous=False):
    """The chart of `domains`: objects with key, title, score, previous and average (a number
    or None each). `show_previous` leaves room for the previous scan's bar in every row."""
    rows = []
    y = TOP
    for domain in domains:
        label_y = y + 17
        bar_y = y + TITLE_HEIGHT
        score = domain.score
        row = {
            "key": domain.key,
            "title": domain.title,
            "label": shorten(domain.title),
            "score": score,
            "score_text": format_score(score) if score is not None else _("no score"),
            "label_y": label_y,
            "bar_y": bar_y,
            "bar_width": width_for(score) if score is not None else 0,
            "score_x": VALUE_X,
            "score_y": bar_y + BAR_HEIGHT - 6,
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
                    previous_width=width_for(domain.previous),
                    previous_x=VALUE_X,
                    previous_text_y=previous_y + PREVIOUS_HEIGHT - 1,
                )
        if domain.average is not None:
            # A line across the bars with a triangle under them, pointing up (clear of the
            # title above and of the next row).
            x = x_for(domain.average)
            apex = bottom + 2
            base = apex + MARKER_SIZE
            row.update(
                average=domain.average,
                average_text=format_score(domain.average),
                average_x=x,
                marker_top=bar_y - 3,
                marker_bottom=apex,
                marker_points=f"{x - MARKER_SIZE},{base} {x + MARKER_SIZE},{base} {x},{apex}",
            )
        rows.append(ChartRow(**row))
        y = bottom + ROW_GAP
    plot_bottom = y - ROW_GAP / 2
    return Chart(
        width=WIDTH,
        height=plot_bottom + AXIS_HEIGHT,
        rows=rows,
        gridlines=[Gridline(value=value, x=x_for(value)) for value in GRIDLINES],
        plot_top=TOP,
        plot_bottom=plot_bottom,
        tick_y=plot_bottom + 20,
        show_previous=show_previous and any(row.has_previous for row in rows),
        show_average=any(row.has_average for row in rows),
        title=_("Score per domain"),
        description=describe(rows, show_previous),
    )


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
        if row.has_average:
            extra.append(_("average of all scans %(score)s") % {"score": row.average_text})
        if extra:
            text = f"{text} ({', '.join(extra)})"
        parts.append(text)
    return _("Bar chart of the score per domain, from 0 to 100. %(scores)s.") % {
        "scores": "; ".join(parts)
    }
