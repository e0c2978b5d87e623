"""One reading per span: extractors read the same characters their own ways ('at 7:15pm'
is a clock time to one and an age of 7 to another); after extraction the reading that
explains more of the characters wins."""
from __future__ import annotations

from bisect import bisect_right

from ..model import Mention

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
