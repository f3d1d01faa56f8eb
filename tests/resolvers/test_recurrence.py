"""A plan's rule, expanded: each kind of rule, its end, its skips, and 9:00 local staying 9:00 across DST."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from models.enums import PlanFrequency
from resolvers.recurrence import Rule, is_occurrence, next_occurrences, occurrences, visit_window

NEW_YORK = "America/New_York"
MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def test_weekly_rule_falls_on_its_weekdays_every_other_week_from_the_start_week() -> None:
    # given a plan on Mondays and Fridays every two weeks, starting Wednesday 2026-03-04
    rule = Rule(PlanFrequency.WEEKLY, date(2026, 3, 4), interval=2, weekdays=(MON, FRI))

    # when it is expanded over March
    days = occurrences(rule, date(2026, 3, 1), date(2026, 3, 31))

    # then the start week's Friday comes first, the next visits two weeks on, never before the start
    assert days == [date(2026, 3, 6), date(2026, 3, 16), date(2026, 3, 20), date(2026, 3, 30)]


def test_monthly_rule_by_day_uses_the_last_day_of_a_shorter_month() -> None:
    # given a plan on the 31st of every month
    rule = Rule(PlanFrequency.MONTHLY_BY_DAY, date(2026, 1, 1), month_day=31)

    # when its first five visits are listed
    days = next_occurrences(rule, date(2026, 1, 1), 5)

    # then February, April (30 days) and every other short month use their last day
    assert days == [date(2026, 1, 31), date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30), date(2026, 5, 31)]


def test_monthly_rule_by_day_every_third_month() -> None:
    rule = Rule(PlanFrequency.MONTHLY_BY_DAY, date(2026, 1, 15), month_day=15, interval=3)

    assert next_occurrences(rule, date(2026, 1, 1), 3) == [date(2026, 1, 15), date(2026, 4, 15), date(2026, 7, 15)]


def test_monthly_rule_by_weekday_takes_the_nth_or_the_last_weekday() -> None:
    # given the second Tuesday and the last Friday of each month
    second_tuesday = Rule(PlanFrequency.MONTHLY_BY_WEEKDAY, date(2026, 1, 1), weekdays=(TUE,), week_of_month=2)
    last_friday = Rule(PlanFrequency.MONTHLY_BY_WEEKDAY, date(2026, 1, 1), weekdays=(FRI,), week_of_month=-1)

    # then each month has exactly that day
    assert next_occurrences(second_tuesday, date(2026, 1, 1), 3) == [date(2026, 1, 13), date(2026, 2, 10),
                                                                      date(2026, 3, 10)]
    assert next_occurrences(last_friday, date(2026, 1, 1), 3) == [date(2026, 1, 30), date(2026, 2, 27),
                                                                   date(2026, 3, 27)]
    assert is_occurrence(last_friday, date(2026, 1, 30)) and not is_occurrence(last_friday, date(2026, 1, 23))


def test_a_plan_ends_at_its_end_date_or_after_its_count_whichever_comes_first() -> None:
    weekly = Rule(PlanFrequency.WEEKLY, date(2026, 6, 1), weekdays=(MON,))

    by_date = Rule(weekly.frequency, weekly.start_date, weekdays=weekly.weekdays, end_date=date(2026, 6, 15))
    by_count = Rule(weekly.frequency, weekly.start_date, weekdays=weekly.weekdays, count=2)
    both = Rule(weekly.frequency, weekly.start_date, weekdays=weekly.weekdays, count=10, end_date=date(2026, 6, 8))

    assert next_occurrences(by_date, date(2026, 1, 1), 10) == [date(2026, 6, 1), date(2026, 6, 8), date(2026, 6, 15)]
    assert next_occurrences(by_count, date(2026, 1, 1), 10) == [date(2026, 6, 1), date(2026, 6, 8)]
    assert next_occurrences(both, date(2026, 1, 1), 10) == [date(2026, 6, 1), date(2026, 6, 8)]


def test_skipped_dates_are_left_out_and_still_count_towards_the_count() -> None:
    # given three weekly visits of which the second is skipped
    rule = Rule(PlanFrequency.WEEKLY, date(2026, 6, 1), weekdays=(MON,), count=3,
                skipped=frozenset({date(2026, 6, 8)}))

    # then two visits remain: the skipped one is not replaced by a fourth
    assert occurrences(rule, date(2026, 6, 1), date(2026, 12, 31)) == [date(2026, 6, 1), date(2026, 6, 15)]
    assert is_occurrence(rule, date(2026, 6, 8))  # still one of the rule's dates (it can be un-skipped)


def test_nine_oclock_stays_nine_oclock_local_across_the_march_2026_change() -> None:
    # given a weekly plan at 9:00–11:00 New York time on Fridays and Mondays around 2026-03-08 (clocks spring forward)
    rule = Rule(PlanFrequency.WEEKLY, date(2026, 3, 1), weekdays=(MON, FRI))

    # when its visits are placed in time
    windows = [visit_window(day, time(9), time(11), NEW_YORK)
               for day in occurrences(rule, date(2026, 3, 6), date(2026, 3, 9))]

    # then both start at 9:00 local: 14:00 UTC in winter (EST), 13:00 UTC in summer (EDT)
    assert windows == [
        (datetime(2026, 3, 6, 14, tzinfo=UTC), datetime(2026, 3, 6, 16, tzinfo=UTC)),
        (datetime(2026, 3, 9, 13, tzinfo=UTC), datetime(2026, 3, 9, 15, tzinfo=UTC)),
    ]


def test_nine_oclock_stays_nine_oclock_local_across_the_november_2026_change() -> None:
    # given the same plan around 2026-11-01 (clocks fall back)
    rule = Rule(PlanFrequency.WEEKLY, date(2026, 3, 1), weekdays=(MON, FRI))

    windows = [visit_window(day, time(9), time(11), NEW_YORK)
               for day in occurrences(rule, date(2026, 10, 30), date(2026, 11, 2))]

    # then 13:00 UTC before the change, 14:00 UTC after it: 9:00 local both times
    assert windows == [
        (datetime(2026, 10, 30, 13, tzinfo=UTC), datetime(2026, 10, 30, 15, tzinfo=UTC)),
        (datetime(2026, 11, 2, 14, tzinfo=UTC), datetime(2026, 11, 2, 16, tzinfo=UTC)),
    ]


def test_a_time_skipped_by_spring_forward_moves_later_by_the_gap() -> None:
    # 2:30 does not exist in New York on 2026-03-08: it is read with the winter offset, i.e. 3:30 daylight time
    start, end = visit_window(date(2026, 3, 8), time(2, 30), time(4), NEW_YORK)

    assert start == datetime(2026, 3, 8, 7, 30, tzinfo=UTC)
    assert end == datetime(2026, 3, 8, 8, tzinfo=UTC)
