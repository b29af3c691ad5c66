"""The demo groups' sessions and the open vote's deadline land on school days, whatever the day
the demo is loaded: sessions on a Tuesday, Wednesday or Thursday outside the holidays, in order
and a week apart, past ones still past; the deadline a school day at 17:00, at least a week
ahead, before the sessions whose themes it chooses."""

import datetime

from django.utils import timezone

from demo.utils import is_school_day
from development_groups import demo as data
from development_groups.demo import is_session_day, session_dates, vote_deadline


def every_day_of(year):
    day = datetime.date(year, 1, 1)
    while day.year == year:
        yield day
        day += datetime.timedelta(days=1)


def test_a_session_day_is_a_school_day_from_tuesday_to_thursday():
    assert is_session_day(datetime.date(2026, 12, 8))  # Tuesday
    assert not is_session_day(datetime.date(2026, 12, 7))  # Monday
    assert not is_session_day(datetime.date(2026, 12, 11))  # Friday
    assert not is_session_day(datetime.date(2026, 12, 22))  # Tuesday, Christmas holiday
    assert not is_session_day(datetime.date(2027, 7, 20))  # Tuesday, summer holiday
    assert is_session_day(datetime.date(2027, 1, 6))  # Wednesday, school again


def test_the_demo_dates_from_every_load_day_of_a_year():
    for today in every_day_of(2027):
        for spec in data.GROUPS:
            deadline = vote_deadline(today, spec.get("ballot", {}))
            closes = timezone.localdate(deadline) if deadline else None
            dates = session_dates(today, spec["sessions"], after=closes)
            planned = [s for s in spec["sessions"] if "date" not in s]
            if not planned:  # the seed's fixed dates stay
                assert dates == [s["date"] for s in spec["sessions"]]
                continue
            for session, day in zip(spec["sessions"], dates, strict=True):
                where = (today, spec["slug"], session["slug"], day)
                assert is_session_day(day), where
                assert (day < today) == (session["days"] < 0), where
            for earlier, later in zip(dates, dates[1:], strict=False):
                assert later - earlier >= datetime.timedelta(days=7), (today, spec["slug"])
            if deadline is not None:
                assert timezone.localtime(deadline).time() == datetime.time(17), today
                assert is_school_day(closes), today
                assert closes >= today + datetime.timedelta(days=7), today
                following = [day for day in dates if day >= today]
                assert following and all(closes < day for day in following), today


def test_one_fell_on_22_december():
    """The bug: loaded on 19 November 2026, a session 33 days later fell in the Christmas
    holiday."""
    spec = {"days": 33}
    [day] = session_dates(datetime.date(2026, 11, 19), [spec])
    assert day == datetime.date(2027, 1, 6)
