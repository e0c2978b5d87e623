"""Which of a row's amounts conflict with another, in O(n log n) per pair of units.

Two figures conflict when no value fits both (their intervals are disjoint), and two
point figures ('700 m', 'about 600 m') also when neither falls within the other's
margin: margins do not add up, or 'about 600' and '700' would agree at 655.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import combinations, accumulate

from .compare import Bounds, base_factor, bounds, effective_high, effective_low
from ..model import Amount
from ..rules import Rules


def conversion_slack(amounts, rules: Rules) -> float:
    """Converted figures are rounded, and currencies move within a year."""
    units = {a.unit for a in amounts}
    if len(units) < 2:
        return 0.0
    money = any(rules.dimensions[u].dimension == "money" for u in units if u in rules.dimensions)
    return rules.currency_tolerance if money else rules.conversion_tolerance


def centre(amount: Amount, rules: Rules, year: int | None) -> float | None:
    """The figure as written, in the base unit, when it is one point with a margin
    ('700 m', 'about 600 m'); None for bounds, ranges and vague words."""
    if amount.stated is None or amount.low is None or amount.high is None:
        return None
    if amount.precision != "exact" and not (amount.precision == "approx" and amount.low < amount.stated < amount.high):
        return None
    return amount.stated * base_factor(amount, rules, year)


def _others_extreme(keyed: list[tuple[tuple, int]], index: int):
    """The first key in `keyed` (sorted) that does not belong to amount `index`."""
    return next((key for key, owner in keyed[:2] if owner != index), None)


def disjoint_from_another(spans: list[Bounds]) -> set[int]:
    """Indexes of intervals disjoint from at least one other: an interval is disjoint from
    another iff the highest low or the lowest high of the others excludes it."""
    highest_lows = sorted(((-b.low, not b.low_open), i) for i, b in enumerate(spans))[:2]
    lowest_highs = sorted(((b.high, not b.high_open), i) for i, b in enumerate(spans))[:2]
    involved = set()
    for index, span in enumerate(spans):
        if (low_key := _others_extreme(highest_lows, index)) is not None:
            other_low, other_low_open = -low_key[0], not low_key[1]
            if other_low > span.high or (other_low == span.high and (other_low_open or span.high_open)):
                involved.add(index)
        if (high_key := _others_extreme(lowest_highs, index)) is not None:
            other_high, other_high_open = high_key[0], not high_key[1]
            if other_high < span.low or (other_high == span.low and (other_high_open or span.low_open)):
                involved.add(index)
    return involved


def points_apart(points: list[tuple[float, Bounds, int]]) -> set[int]:
    """Owners of points with another point such that neither lies within the other's margin.
    A point left of a's margin misses it unless its margin reaches a: the lowest high of
    the points to the left decides, and the highest low of those to the right."""
    points = sorted(points, key=lambda p: p[0])
    centres = [p[0] for p in points]
    lowest_high = list(accumulate((p[1].high for p in points), min))
    highest_low = list(accumulate((p[1].low for p in reversed(points)), max))[::-1]
    involved = set()
    for value, span, owner in points:
        left = bisect_left(centres, span.low)
        right = bisect_right(centres, span.high)
        if (left and lowest_high[left - 1] < value) or (right < len(points) and highest_low[right] > value):
            involved.add(owner)
    return involved


def _conflicts_at(amounts: list[Amount], indexes: list[int], slack: float, rules: Rules, year) -> set[int]:
    spans = [bounds(amounts[i], rules, slack, year) for i in indexes]
    found = {indexes[k] for k in disjoint_from_another(spans)}
    points = [(c, span, i) for i, span in zip(indexes, spans) if (c := centre(amounts[i], rules, year)) is not None]
    return found | points_apart(points)


def in_conflict(amounts: list[Amount], rules: Rules, year: int | None = None) -> set[int]:
    """Indexes of the amounts that conflict with at least one other. Figures in one unit
    are compared as written; figures in two units with the conversion's slack."""
    by_unit: dict = {}
    for index, amount in enumerate(amounts):
        by_unit.setdefault(amount.unit, []).append(index)
    involved = set()
    for indexes in by_unit.values():
        involved |= _conflicts_at(amounts, indexes, 0.0, rules, year)
    for first, second in combinations(sorted(by_unit, key=str), 2):
        both = by_unit[first] + by_unit[second]
        involved |= _conflicts_at(amounts, both, conversion_slack([amounts[i] for i in both], rules), rules, year)
    return involved | bound_conflicts(amounts, conversion_slack(amounts, rules), rules, year)


def bound_conflicts(amounts: list[Amount], slack: float, rules: Rules, year: int | None = None) -> set[int]:
    """Reported bounds that differ ('at least 3' vs 'at least 6'). Two bounds agree when
    their figures do as written ('at least 400' and 'more than 400') or as whole counts
    ('more than 50' and 'at least 51'), in one unit ('up to 0.42 ppm' is 'up to 420 ppb')."""
    involved = set()
    factors = [base_factor(a, rules, year) for a in amounts]
    for direction, value in (("lower", effective_low), ("upper", effective_high)):
        members = [i for i, a in enumerate(amounts) if a.precision == direction
                   and (a.high if direction == "lower" else a.low) is None]
        readings: dict[tuple, list[int]] = {}  # (as written, as a whole count) -> members
        for i in members:
            readings.setdefault(((amounts[i].low if direction == "lower" else amounts[i].high) * factors[i],
                                 value(amounts[i]) * factors[i]), []).append(i)
        for first, second in combinations(readings, 2):
            if all(abs(x - y) > slack * max(abs(x), abs(y)) for x, y in zip(first, second)):
                involved.update(readings[first] + readings[second])
    return involved


def clash(a: Amount, b: Amount, rules: Rules, year: int | None = None) -> bool:
    """Whether two amounts conflict, by the same rules as in_conflict."""
    return bool(in_conflict([a, b], rules, year)) if a != b else False
