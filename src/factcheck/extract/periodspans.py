"""Reading the period forms that span: back from publication ('the past two decades') and
between two ends written as one expression ('Nov 19-20', '2014-2018', 'March to May 2012')."""
from __future__ import annotations

from datetime import date

from ..model import Period
from ..rules import Rules
from . import dateresolve as R

MULTIPLIERS = {"decade": 10, "decades": 10, "century": 100, "centuries": 100}


def _span_back(g: dict, ref: date | None, rules: Rules):
    from .dates import _count
    g = {**g, "shift": g.get("shift") or g.get("shift2"), "count": g.get("count") or g.get("count2")}
    count = _count(g["count"], rules) if g.get("count") else 1
    unit = g["unit"].lower()
    kind = rules.period_units.get(unit)
    if count is None or (kind is None and unit not in MULTIPLIERS):
        return None
    if ref is None:
        return (), False
    years = MULTIPLIERS.get(unit)
    step = 1 if rules.shifts.get(g["shift"].lower(), 0) > 0 else -1
    other = R.shifted(ref, step * count * years, "year") if years else R.shifted(ref, step * count, kind)
    granularity = "year" if years else kind
    return (Period(min(ref, other), max(ref, other), "day" if granularity == "hour" else granularity),), False


def read_range(name: str, g: dict, month, year, ref, rules: Rules):
    if (g.get("conn") or "").lower() in rules.periods.paired and (g.get("btw") or "").lower() != "between":
        return None
    if name == "year_range":
        first = int(g["y1"])
        last = int(g["y2"]) if g.get("y2") else first // 100 * 100 + int(g["yy"])
        if not first < last <= first + 100:
            return None
        return (Period(date(first, 1, 1), date(last, 12, 31), "year"),), True
    if name == "month_range":
        other = rules.months.get(g["mon2"].lower().rstrip("."))
        if not (month and other and g["mon"][:1].isupper() and g["mon2"][:1].isupper()):
            return None
        years = [year] if year else ([p.start.year for p in R.month_alone(other, ref)[:1]] if ref else [])
        if not years:
            return (), True
        end = R.month_period(years[0], other)
        start = R.month_period(years[0] - (month > other), month)
        return (Period(start.start, end.end, "month"),), True
    from .datevocab import day_value
    first, last = day_value(g["day"], rules), int(g["day2"])
    if not (month and first and first < last):
        return None
    ends = R.month_day(month, last, year, ref)
    if not ends:
        return (), True
    periods = tuple(Period(start, e.end, "day") for e in ends
                    if (start := R.safe_date(e.end.year, month, first)))
    return periods, True
