"""Whether two amounts for one slot agree, conflict, or differ only in precision.

Reported bounds are figures too: 'at least 3' and 'at least 6' killed are two
different reported tolls, though both could be true of the world.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from ..model import Amount
from ..rules import Rules


@dataclass(frozen=True)
class Bounds:
    low: float
    high: float
    low_open: bool
    high_open: bool


def usd_rate(code: str, year: int | None, rules: Rules) -> float:
    """US dollars per unit of a currency in a year: the table's value, interpolated
    between the years it gives, the nearest year's outside them."""
    table = rules.currency_rates.get(code, ((2000, 1.0),))
    if year is None or year >= table[-1][0]:
        return table[-1][1]
    if year <= table[0][0]:
        return table[0][1]
    for (y0, r0), (y1, r1) in zip(table, table[1:]):
        if y0 <= year <= y1:
            return r0 + (r1 - r0) * (year - y0) / (y1 - y0)
    return table[-1][1]


def significant_digits(value: float) -> int:
    mantissa = f"{abs(value):.5e}".split("e")[0]  # '5.10000' for 5,100,000 ('.6g' wrote 5.1e+06)
    return len(mantissa.replace(".", "").rstrip("0")) or 1


def _scale(value: float) -> float:
    """The scale word a figure is written with: a million for 5,100,000, a billion for 2.5e9."""
    return 1000.0 ** math.floor(math.log10(abs(value)) / 3 + 1e-9)


def rounding(amount: Amount, unit, rules: Rules) -> float:
    """A measure written as a round figure of one significant digit is as rough as its
    rounding: '700 m' is 650-750 m (half a step of the digit), and '1 mile' or '10 km'
    at most +- round_tolerance. A whole share is rounded to the unit: '54 percent' is
    53.5-54.5 %, so 54.2 % agrees with it and 55 % does not."""
    if not unit or amount.precision != "exact" or not amount.stated:
        return 0.0
    if unit.dimension in rules.whole_rounding_dimensions and amount.stated % 1 == 0:
        return 0.5 / abs(amount.stated)
    if unit.dimension == "money" and abs(amount.stated) >= rules.money_rounding_from \
            and significant_digits(amount.stated) == 2 and abs(amount.stated) % _scale(amount.stated):
        # '£5.1 million' is 5.05-5.15 million; '$80 million' is a sum as written
        return 0.5 * 10 ** (math.floor(math.log10(abs(amount.stated)) + 1e-9) - 1) / abs(amount.stated)
    if unit.dimension not in rules.round_dimensions or significant_digits(amount.stated) != 1:
        return 0.0
    step = 10 ** math.floor(math.log10(abs(amount.stated)) + 1e-9)
    return min(rules.round_tolerance, 0.5 * step / abs(amount.stated))


def base_factor(amount: Amount, rules: Rules, year: int | None = None) -> float:
    """What one of the amount's units is in its dimension's base unit (US dollars at the
    rates of `year` for money); 1 for a count or a unit no rule knows."""
    unit = rules.dimensions.get(amount.unit) if amount.unit else None
    if unit is None:
        return 1.0
    return usd_rate(unit.name, year, rules) if unit.dimension == "money" else unit.factor


def bounds(amount: Amount, rules: Rules, slack: float, year: int | None = None) -> Bounds:
    """The amount's interval in its dimension's base unit (US dollars at the rates of
    `year` for money), widened by `slack` (relative)."""
    unit = rules.dimensions.get(amount.unit) if amount.unit else None
    factor = base_factor(amount, rules, year)
    widen = max(slack, rounding(amount, unit, rules))
    low = -math.inf if amount.low is None else amount.low * factor * (1 - widen)
    high = math.inf if amount.high is None else amount.high * factor * (1 + widen)
    # a bound agrees with its own figure: "over $2.6 million" is loose wording for $2.6 million
    return Bounds(low, high, False, False)


def disjoint(a: Bounds, b: Bounds) -> bool:
    def before(x: Bounds, y: Bounds) -> bool:
        return x.high < y.low or (x.high == y.low and (x.high_open or y.low_open))
    return before(a, b) or before(b, a)


def effective_low(amount: Amount) -> float | None:
    """'more than 100' people is 'at least 101': counts are whole."""
    if amount.low is None:
        return None
    return amount.low + 1 if amount.low_open and amount.unit is None else amount.low


def effective_high(amount: Amount) -> float | None:
    if amount.high is None:
        return None
    return amount.high - 1 if amount.high_open and amount.unit is None else amount.high


def describe(amount: Amount, labels=None) -> str:
    """A short reading of an amount: 'at least 3', 'more than 100', 'about 10', '200-999 km';
    `labels` (rules.unit_labels) says how to write units."""
    label = labels.get(amount.unit, amount.unit) if labels is not None and amount.unit else amount.unit
    if label and label.endswith("s") and amount.low == amount.high == 1 and label != "s":
        label = label[:-1]  # '1 mile', '1 day'
    unit = ("" if label == "%" else " ") + label if label else ""
    def n(value: float | None) -> str:
        return f"{value:,.10g}" if value is not None else "?"
    stated = amount.stated
    if amount.precision == "exact":
        return f"{n(amount.low)}{unit}"
    if amount.precision == "lower":
        return f"{'more than' if amount.low_open else 'at least'} {n(amount.low)}{unit}"
    if amount.precision == "upper":
        return f"{'fewer than' if amount.high_open else 'up to'} {n(amount.high)}{unit}"
    if amount.precision == "approx" and stated is not None:
        return f"{'nearly' if amount.high_open else 'about'} {n(stated)}{unit}"
    if amount.precision == "vague" and amount.high is None:
        return f"{n(amount.low)} or more{unit} (vague)"
    return f"{n(amount.low)}-{n(amount.high)}{unit}"
