"""Demo events land on school days: Monday to Friday, outside the Christmas and summer holidays,
whatever the day the demo is loaded."""

import datetime

import pytest

from demo.utils import school_date


@pytest.mark.parametrize(
    ("today", "span", "expected"),
    [
        (datetime.date(2026, 12, 9), 0, datetime.date(2026, 12, 9)),  # a Wednesday stays
        (datetime.date(2026, 12, 6), 0, datetime.date(2026, 12, 7)),  # Sunday: to Monday
        (datetime.date(2026, 12, 12), 0, datetime.date(2026, 12, 14)),  # Saturday: to Monday
        (datetime.date(2026, 12, 21), 0, datetime.date(2026, 12, 21)),  # the Monday before
        (datetime.date(2026, 12, 22), 0, datetime.date(2027, 1, 6)),  # Christmas holiday
        (datetime.date(2026, 12, 30), 0, datetime.date(2027, 1, 6)),
        (datetime.date(2027, 1, 5), 0, datetime.date(2027, 1, 6)),
        (datetime.date(2027, 7, 14), 0, datetime.date(2027, 7, 14)),  # the last day of school
        (datetime.date(2027, 7, 15), 0, datetime.date(2027, 9, 1)),  # summer holiday
        (datetime.date(2027, 8, 31), 0, datetime.date(2027, 9, 1)),
        # Two days in a row: not Friday and Monday.
        (datetime.date(2026, 12, 11), 1, datetime.date(2026, 12, 14)),
        # A week of five school days starts on a Monday, the whole week before the holiday.
        (datetime.date(2026, 12, 15), 4, datetime.date(2027, 1, 11)),
        (datetime.date(2026, 12, 8), 4, datetime.date(2026, 12, 14)),
    ],
)
def test_school_date_is_the_first_school_day_from_a_date(today, span, expected):
    assert school_date(today, span) == expected


def test_demo_dates_from_every_day_of_a_year_are_school_days():
    day = datetime.date(2026, 1, 1)
    while day.year == 2026:
        start = school_date(day, 1)
        for date in (start, start + datetime.timedelta(days=1)):
            assert date.weekday() < 5, (day, date)
            assert not ((date.month, date.day) >= (12, 22) or (date.month, date.day) <= (1, 5))
            assert not ((7, 15) <= (date.month, date.day) <= (8, 31))
        assert start >= day
        day += datetime.timedelta(days=1)
