"""Ranges whose two ends both carry the unit: 'gusts of 60mph to 70mph', 'from 20kg to
30kg', 'between 5 km and 8 km'. Read as two figures they make a false conflict (60 vs 70)."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention

JOIN = re.compile(r"[\s\u00a0]*(?:(to|through|and)[\s\u00a0]+|[-–][\s\u00a0]*)")
BEFORE = re.compile(r"\b(between|from)[\s\u00a0]+$", re.I)


def combine_unit_ranges(text: str, mentions: list[Mention], change_verbs: frozenset) -> list[Mention]:
    """Two exact figures of one unit joined by 'to', a dash, or 'and' after 'between', the
    first smaller: one range. Not 'rose from 5% to 11%': a change."""
    combined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        join = second and JOIN.fullmatch(text, first.span[1], second.span[0])
        if join and _joinable(text, first, second, join[1], change_verbs):
            amount = replace(first.value, high=second.value.high, high_open=second.value.high_open,
                             precision="range", noun=second.value.noun or first.value.noun)
            combined.append(replace(first, span=(first.span[0], second.span[1]),
                                    surface=text[first.span[0]:second.span[1]], value=amount))
            index += 2
            continue
        combined.append(first)
        index += 1
    return combined


def _joinable(text: str, first: Mention, second: Mention, word: str | None, change_verbs: frozenset) -> bool:
    a, b = first.value, second.value
    if first.kind != "quantity" or second.kind != "quantity" or a.unit is None or a.unit != b.unit:
        return False
    if a.precision != "exact" or b.precision != "exact" or a.low is None or b.low is None or a.low >= b.low:
        return False
    before = BEFORE.search(text, max(0, first.span[0] - 12), first.span[0])
    if word == "and" and not (before and before[1].lower() == "between"):
        return False
    if before and before[1].lower() == "from":  # 'rose from 5% to 11%': a change, not a range
        return not any(w in change_verbs for w in text[max(0, first.span[0] - 40):first.span[0]].lower().split())
    return True
