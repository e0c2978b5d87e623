"""Times of day: '2:53 p.m. local time', 'approximately 3:00 pm', '07:37 a.m. UTC'.
A time without minutes ('3 p.m.') is read as within five minutes of the hour; a hedged
one ('about 3 p.m.') within the approximation in rules/hedges.toml's [times] table."""
from __future__ import annotations

import re

from dataclasses import replace

from ..model import Mention, Sentence, TimeOfDay
from ..rules import Rules
from .words import finditer_after

TIME = re.compile(
    r"(?:(?P<hedge>approximately|about|around|roughly|some|nearly|just after|just before|shortly after|"
    r"shortly before|soon after)[ \u00a0]+)?"
    r"(?P<h>\d{1,2})(?::(?P<m>\d{2}))?[ \u00a0]*(?P<ampm>[ap]\.?[ \u00a0]?m\b\.?)"
    r"(?:[ \u00a0]*(?P<zone>GMT|UTC|EDT|EST|PDT|PST|BST|CET|CEST|IST|WIB))?", re.I)
MERIDIEM = re.compile(r"\d[ \u00a0]*[ap]\.?[ \u00a0]?m\b")
HEDGED_MINUTES = 10
HOUR_MINUTES = 5
AFTER_MINUTES = 30  # 'shortly after', 'just before': within half an hour on that side


def extract_times(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    found = []
    piece = text[sentence.span[0]:sentence.span[1]].lower()
    if not MERIDIEM.search(piece):
        return found  # no 'a.m.' or 'p.m.' after a figure: no clock time here
    for match in finditer_after(TIME, text, *sentence.span, ":."):  # not after \w : .
        hour, minute = int(match["h"]), int(match["m"] or 0)
        if not 1 <= hour <= 12 or minute > 59:
            continue
        hour = hour % 12 + (12 if match["ampm"].lower().startswith("p") else 0)
        at = hour * 60 + minute
        spread = HEDGED_MINUTES if match["hedge"] else (HOUR_MINUTES if match["m"] is None else 0)
        low, high = at - spread, at + spread
        hedge = (match["hedge"] or "").lower()
        if hedge.endswith("after"):  # 'shortly after 4 a.m.' is 4:00 to half past, not 3:50 to 4:10
            low, high = at, at + AFTER_MINUTES
        elif hedge.endswith("before"):
            low, high = at - AFTER_MINUTES, at
        zone = (match["zone"] or "").upper()
        value = TimeOfDay(max(0, low), min(24 * 60 - 1, high), "UTC" if zone == "GMT" else zone)
        found.append(Mention(sentence.doc, sentence.index, "time", match.span(), match[0], value))
    return found


def times_on_their_day(times: list[Mention], dates: list[Mention]) -> list[Mention]:
    """Clock times with the day of their sentence: its one resolved date of a day, if any."""
    days = {m.value.start for m in dates if m.value.resolved and m.value.start == m.value.end}
    if len(days) != 1:
        return times
    day = days.pop()
    return [replace(m, value=replace(m.value, day=day)) for m in times]
