"""A recurring plan's rule, expanded: pure functions of dates, no database.

Occurrences are local dates of the company's time zone; a visit's start and end are that date at the plan's
local times, turned into UTC only at the end (`visit_window`). So a plan at 9:00 is at 9:00 local on both
sides of a daylight-saving change (14:00 UTC in winter, 13:00 UTC in summer, in New York). A local time that
does not exist on the day clocks spring forward (2:30 on 2026-03-08 in New York) is read with the offset
before the change (so it lands at 3:30 local); a time that happens twice when they fall back is its first
(daylight) instance.

The rules are `dateutil.rrule` rules (RFC 5545):

* WEEKLY: on the given weekdays, every `interval` weeks counted from the week of the start date (weeks start
  on Monday);
* MONTHLY_BY_DAY: on day `month_day` every `interval` months; a month without that day (the 31st in April,
  the 30th in February) uses its last day (BYMONTHDAY=28..D with BYSETPOS=-1);
* MONTHLY_BY_WEEKDAY: on the n-th (1–4) or last (-1) given weekday every `interval` months.

`count` counts occurrences from the start date, skipped ones included (a skipped visit is still one of the
plan's visits); `end_date` is the last date that may have one. Skipped dates are then left out.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from itertools import islice
from zoneinfo import ZoneInfo

from dateutil import rrule

from models.enums import PlanFrequency

WEEKDAYS = (rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU)
"""0 = Monday … 6 = Sunday, as `date.weekday()` numbers them."""
LAST_WEEK = -1


@dataclass(frozen=True, slots=True)
class Rule:
    """When a plan has visits (see the module's docstring for each frequency)."""

    frequency: PlanFrequency
    start_date: date
    interval: int = 1
    weekdays: tuple[int, ...] = ()
    month_day: int | None = None
    week_of_month: int | None = None
    end_date: date | None = None
    count: int | None = None
    skipped: frozenset[date] = field(default_factory=frozenset)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day)


def _rrule(rule: Rule) -> rrule.rrule:
    common: dict[str, object] = {
        "dtstart": _midnight(rule.start_date), "interval": rule.interval, "wkst": rrule.MO,
        "count": rule.count,
    }
    if rule.count is None and rule.end_date is not None:  # both: the count here, the end date in `_all_dates`
        common["until"] = _midnight(rule.end_date)
    if rule.frequency is PlanFrequency.WEEKLY:
        if not rule.weekdays:
            raise ValueError("a weekly rule needs at least one weekday")
        return rrule.rrule(rrule.WEEKLY, byweekday=[WEEKDAYS[day] for day in sorted(set(rule.weekdays))],
                           **common)  # type: ignore[arg-type]
    if rule.frequency is PlanFrequency.MONTHLY_BY_DAY:
        if rule.month_day is None or not 1 <= rule.month_day <= 31:
            raise ValueError("a monthly rule by day needs a day of the month, 1 to 31")
        if rule.month_day <= 28:
            return rrule.rrule(rrule.MONTHLY, bymonthday=rule.month_day, **common)  # type: ignore[arg-type]
        return rrule.rrule(rrule.MONTHLY, bymonthday=list(range(28, rule.month_day + 1)), bysetpos=-1,
                           **common)  # type: ignore[arg-type]
    if len(rule.weekdays) != 1 or rule.week_of_month not in (1, 2, 3, 4, LAST_WEEK):
        raise ValueError("a monthly rule by weekday needs one weekday and a week of the month (1-4 or -1)")
    weekday = WEEKDAYS[rule.weekdays[0]](rule.week_of_month)
    return rrule.rrule(rrule.MONTHLY, byweekday=weekday, **common)  # type: ignore[arg-type]


def _all_dates(rule: Rule, first: date) -> Iterator[date]:
    """Every date of the rule from `first` on (skipped ones included), in order."""
    for moment in _rrule(rule).xafter(_midnight(first), inc=True):
        if rule.end_date is not None and moment.date() > rule.end_date:
            return
        yield moment.date()


def occurrences(rule: Rule, first: date, last: date) -> list[date]:
    """The rule's dates from `first` through `last`, skipped dates left out."""
    result = []
    for day in _all_dates(rule, first):
        if day > last:
            break
        if day not in rule.skipped:
            result.append(day)
    return result


def next_occurrences(rule: Rule, first: date, how_many: int) -> list[date]:
    """The next `how_many` dates of the rule from `first` on, skipped dates left out (fewer when it ends)."""
    return list(islice((day for day in _all_dates(rule, first) if day not in rule.skipped), how_many))


def is_occurrence(rule: Rule, day: date) -> bool:
    """Whether `day` is one of the rule's dates (whether or not it is skipped)."""
    return next(_all_dates(rule, day), None) == day


def visit_window(day: date, start: time, end: time, time_zone: str) -> tuple[datetime, datetime]:
    """The visit's start and end on local date `day`, in UTC (see the module's docstring for DST)."""
    zone = ZoneInfo(time_zone)
    begins = datetime.combine(day, start, tzinfo=zone).astimezone(UTC)
    ends = datetime.combine(day, end, tzinfo=zone).astimezone(UTC)
    if ends <= begins:  # an end inside a spring-forward gap that lands before the start
        ends = begins + timedelta(minutes=1)
    return begins, ends
