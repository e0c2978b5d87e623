"""Durations written in two units: 'six years and four months', 'two years, eight months',
'3 hours 20 minutes' are one duration (76 months, 32 months, 200 minutes), so that they agree
with '76 months' and do not read as a six-year term against a 76-month one."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention

JOIN = re.compile(r"(?:[\s\u00a0]*,)?[\s\u00a0]+(?:and[\s\u00a0]+)?")


def combine_durations(text: str, mentions: list[Mention], factors: dict[str, float]) -> list[Mention]:
    """Two exact durations next to each other, the first in a larger unit that is a whole
    number of the second's (a year is 12 months, an hour 60 minutes): one, in the smaller unit.
    `factors`: each time unit's length in days."""
    combined: list[Mention] = []
    for second in mentions:
        first = combined[-1] if combined else None
        ratio = _whole_ratio(first, second, factors) if first else None
        if ratio and JOIN.fullmatch(text, first.span[1], second.span[0]):
            total = first.value.low * ratio + second.value.low  # '2 hours 15 minutes and 40 seconds' joins on
            amount = replace(second.value, low=total, high=total, stated=total)
            second = replace(second, span=(first.span[0], second.span[1]),
                             surface=text[first.span[0]:second.span[1]], value=amount)
            combined.pop()
        combined.append(second)
    return combined


def _whole_ratio(first: Mention, second: Mention, factors: dict[str, float]) -> int | None:
    a, b = first.value, second.value
    if first.kind != "duration" or second.kind != "duration" or a.precision != "exact" or b.precision != "exact":
        return None
    if a.low is None or b.low is None or a.low != a.high or b.low != b.high or not float(b.low).is_integer():
        return None
    big, small = factors.get(a.unit or ""), factors.get(b.unit or "")
    if not big or not small or big <= small:
        return None
    ratio = round(big / small)
    return ratio if ratio > 1 and abs(big / small - ratio) < 0.01 * ratio and b.low < ratio else None
