"""Turning the parts of a date expression into Periods relative to a reference date."""
from __future__ import annotations

import calendar
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from ..model import Period


def day(d: date) -> Period:
    return Period(d, d, "day")


def month_period(year: int, month: int) -> Period:
    return Period(date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]), "month")


def year_period(year: int) -> Period:
    return Period(date(year, 1, 1), date(year, 12, 31), "year")


def week_period(anchor: date) -> Period:
    monday = anchor - timedelta(days=anchor.weekday())
    return Period(monday, monday + timedelta(days=6), "week")


def safe_date(year: int, month: int, dom: int) -> date | None:
    try:
        return date(year, month, dom)
    except ValueError:
        return None


def month_day(month: int, dom: int, year: int | None, ref: date | None) -> tuple[Period, ...]:
    """A day of a month: one period with a year; the past and the next occurrence without."""
    if year is not None:
        found = safe_date(year, month, dom)
        return (day(found),) if found else ()
    if ref is None:
        return ()
    past = next((d for y in range(ref.year, ref.year - 9, -1) if (d := safe_date(y, month, dom)) and d <= ref), None)
    future = next((d for y in range(ref.year, ref.year + 9) if (d := safe_date(y, month, dom)) and d >= ref), None)
    return tuple(day(d) for d in (past, future) if d)


def month_alone(month: int, ref: date) -> tuple[Period, ...]:
    past_year = ref.year if month <= ref.month else ref.year - 1
    future_year = ref.year if month >= ref.month else ref.year + 1
    return month_period(past_year, month), month_period(future_year, month)


def weekday(target: int, ref: date) -> tuple[Period, ...]:
    """The last and the next such weekday (the reference day itself when it is one)."""
    past = ref - timedelta(days=(ref.weekday() - target) % 7)
    future = ref + timedelta(days=(target - ref.weekday()) % 7)
    return day(past), day(future)


def shifted_weekday(target: int, shift: int, ref: date) -> Period:
    """'this Friday' is in the reference week, 'next Sunday' in the week after, 'last' before."""
    monday = ref - timedelta(days=ref.weekday())
    return day(monday + timedelta(days=7 * shift + target))


def nth_weekday(nth: int, target: int, year: int, month: int) -> Period | None:
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if date(year, month, d).weekday() == target]
    index = nth - 1 if nth > 0 else -1
    return day(date(year, month, days[index])) if -len(days) <= index < len(days) else None


def shifted(ref: date, amount: int, unit: str) -> date:
    if unit == "hour":
        return ref + timedelta(hours=amount)
    return ref + relativedelta(**{unit + "s": amount})


def business_days(ref: date, count: int) -> date:
    current = ref
    while count > 0:
        current += timedelta(days=1)
        if current.weekday() < 5:
            count -= 1
    return current


def shifted_unit(shift: int, unit: str, ref: date, edge: str | None = None) -> Period:
    """'last month', 'this week', 'next year', 'earlier this month', 'later this week', 'this weekend'."""
    if unit == "weekend":
        saturday = ref - timedelta(days=ref.weekday()) + timedelta(days=5 + 7 * shift)
        return Period(saturday, saturday + timedelta(days=1), "weekend")
    if unit == "week":
        period = week_period(ref + timedelta(weeks=shift))
    elif unit == "month":
        moved = ref + relativedelta(months=shift)
        period = month_period(moved.year, moved.month)
    else:
        period = year_period(ref.year + shift)
    if edge == "earlier" and shift == 0:
        return Period(period.start, ref, period.granularity)
    if edge == "later" and shift == 0:
        return Period(ref, period.end, period.granularity)
    return period


def nearest(candidates: tuple[Period, ...], ref: date | None, tense: str | None) -> Period | None:
    """Of a past and a future reading, the one the clause's tense asks for, else the nearer."""
    if not candidates:
        return None
    if len(candidates) == 1 or ref is None:
        return candidates[0]
    past, future = candidates[0], candidates[-1]
    if tense == "future":
        return future
    if tense == "past":
        return past
    return past if (ref - past.start) <= (future.start - ref) else future
