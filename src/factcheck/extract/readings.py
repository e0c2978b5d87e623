"""One reading per span: extractors read the same characters their own ways ('at 7:15pm'
is a clock time to one and an age of 7 to another); after extraction the reading that
explains more of the characters wins. And the readings of a figure that its words decide:
'half the homes' is a share, not a count; 'fired 30 rounds' counts ammunition, not a bout."""
from __future__ import annotations

import re
from bisect import bisect_right

from ..model import Mention
from ..rules import Rules
from .numbers import Number

NEXT_WORD = re.compile(r"[\s\u00a0-]*([A-Za-z]+)")

# a clock time explains its figures ('7:15pm'): an age or a count read inside it is a misreading
OUTRANKED_BY_TIME = frozenset({"age", "quantity", "duration"})  # numbers stay: every written number


def one_reading_per_span(mentions: list[Mention]) -> list[Mention]:
    """The mentions without those that a clock time in the same characters outranks;
    spans are sorted once, so this is O(n log n)."""
    times = sorted(m.span for m in mentions if m.kind == "time")
    if not times:
        return mentions
    starts = [s for s, _ in times]

    def inside_a_time(span: tuple[int, int]) -> bool:
        k = bisect_right(starts, span[0]) - 1
        return k >= 0 and times[k][0] <= span[0] and span[1] <= times[k][1]

    return [m for m in mentions if m.kind not in OUTRANKED_BY_TIME or not inside_a_time(m.span)]


SHARE_OF = re.compile(r"[\s\u00a0]+(?:of[\s\u00a0]+|(?=(?:the|its|their|his|her|all)[\s\u00a0]))")


def share_of_a_set(text: str, number: Number, ceiling: int) -> bool:
    """'half the homes', 'a quarter of residents', 'two-thirds of the vote': a fraction of
    a set is a share of it, not a count of 0.5 homes ('a third co-worker' is no share)."""
    return 0 < number.value < 1 and (number.spelled or number.ratio) and bool(SHARE_OF.match(text, number.end, ceiling))


def ammunition_rounds(text: str, start: int, end: int, floor: int, ceiling: int, rules: Rules) -> bool:
    """'fired 30 rounds', '12 rounds of ammunition': rounds of a gun, not of a bout."""
    after = NEXT_WORD.match(text, end, ceiling)
    if not after or after[1].lower() not in rules.ammunition_rounds:
        return False
    rest = " ".join(text[after.end():min(ceiling, after.end() + 30)].lower().split())
    if rest.startswith(rules.ammunition_after):
        return True
    words = text[max(floor, start - 40):start].lower().split()[-3:]
    pairs = [" ".join(pair) for pair in zip(words, words[1:])]  # 'let off'
    return any(w in rules.firing_verbs for w in words + pairs)
