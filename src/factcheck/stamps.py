"""Page furniture: the publish and update stamps a page puts on itself ("Published June 3,
2015 at 5:12 AM, last updated 9:40 AM"). A stamp opens a line or follows a separator,
starts with a stamp word from rules/periods.toml and holds nothing but dates and times;
segment gives it a sentence of its own with the role "stamp", which no stage compares."""
from __future__ import annotations

import re
from functools import lru_cache

from .rules import Rules

SEPARATOR = r"(?:(?<![^\n])|(?<=[|•·—–])|(?<=\s[-|•·—–]))\s*"  # a line's start (not only the text's)
# what may follow a stamp word: dates, times, zones, and the little words between them
FILLER = re.compile(r"(?:\d+(?:[:./-]\d+)*|[ap]\.?m\.?|at|on|of|the|by|[a-z]{2,4}t|utc|gmt|\W+)", re.I)


@lru_cache(maxsize=8)
def stamp_pattern(rules: Rules) -> re.Pattern:
    words = sorted(rules.periods.stamps, key=len, reverse=True)
    names = sorted(set(rules.months) | set(rules.weekdays), key=len, reverse=True)
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    calendar = "|".join(re.escape(w) for w in names)
    return re.compile(SEPARATOR + rf"(?P<stamp>(?:{alternation})\b\s*:?\s*(?:on\s+|at\s+)?(?=\d|(?:{calendar})\b))", re.I)


@lru_cache(maxsize=8)
def allowed_words(rules: Rules) -> frozenset:
    return frozenset(rules.months) | frozenset(rules.weekdays) | {
        w for phrase in rules.periods.stamps for w in phrase.lower().split()}


def is_only_dates(piece: str, rules: Rules) -> bool:
    """Whether a piece of a line holds only dates, times and stamp words."""
    words = allowed_words(rules)
    for token in re.findall(r"[^\s,|]+", piece):
        bare = token.strip(".:;()").lower()
        if bare and bare not in words and not FILLER.fullmatch(bare):
            return False
    return True


def stamp_span(text: str, start: int, end: int, rules: Rules) -> tuple[int, int] | None:
    """The span of a page stamp within text[start:end] (to the end or the next '|'), if any."""
    if not any(w.split()[0] in text[start:end].lower() for w in rules.periods.stamps):
        return None
    if (start == 0 or text[start - 1] == "\n") and is_only_dates(text[start:end], rules) and any(c.isdigit() for c in text[start:end]):
        return start, end  # a line of dates and stamp words: '16 September 2013 Last updated at 12:42 GMT'
    for match in stamp_pattern(rules).finditer(text, start, end):
        stop = text.find("|", match.end(), end)
        stop = end if stop < 0 else stop
        if is_only_dates(text[match.start("stamp"):stop], rules):
            return match.start("stamp"), stop
    return None
