"""What the words around a date do to its period: a part narrows it ('early July', 'the
last week of July', 'the second half of 2012'), two dates joined by 'to' or 'between ...
and' are one period ('Oct. 2 to October 22'), and 'since' or 'until' opens one end.
Modifiers narrow a period, never drop it. The words are in rules/periods.toml."""
from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ..model import Mention, Period
from ..rules import Rules

FINER = {"century": "decade", "decade": "year", "year": "month", "season": "month", "quarter": "month",
         "month": "day", "week": "day", "weekend": "day", "day": "day"}
REACH = 40  # characters before a date where its part or open end may stand
LEAD = re.compile(r"(?:(?:in|of|on|since|until|by|during|from|before|after|through)\s+)?", re.I)
DATE_WORDS = re.compile(r"(?:\d|[A-Z])")


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def part_pattern(rules: Rules) -> re.Pattern:
    words = rules.periods
    return re.compile(
        rf"(?:\b(?:the\s+)?(?P<nth>{_alternation(words.ordinals)})\s+(?P<piece>{_alternation(words.pieces)})\s+(?:of|in)\s+"
        rf"|\b(?:the\s+)?(?:very\s+)?(?P<edge>{_alternation(words.edges)})(?:\s+of|[\s-]|(?<=mid))\s*"
        r"|\bthe\s+(?P<weekof>week)\s+of\s+)(?:the\s+)?$", re.I)


@lru_cache(maxsize=8)
def lead_pattern(rules: Rules) -> re.Pattern:
    """A date's own leading preposition and edge word ('in early July'): the part phrase ends there."""
    return re.compile(rf"{LEAD.pattern}(?:(?:{_alternation(rules.periods.edges)})(?:[\s-]+|(?<=mid))(?!of\b))?", re.I)


@lru_cache(maxsize=8)
def open_pattern(rules: Rules) -> re.Pattern:
    words = rules.periods
    return re.compile(rf"\b(?:(?P<after>{_alternation(words.open_after)})|(?P<before>{_alternation(words.open_before)}))"
                      r"\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?$", re.I)


@lru_cache(maxsize=8)
def connector_pattern(rules: Rules) -> re.Pattern:
    words = rules.periods
    return re.compile(rf"\s*(?:(?P<joint>{_alternation(words.connectors)})|(?P<paired>{_alternation(words.paired)}))\s*$", re.I)


def narrow(period: Period, match: re.Match, rules: Rules) -> Period:
    """The part of `period` that a part phrase names."""
    words = rules.periods
    days = (period.end - period.start).days + 1
    granularity = FINER.get(period.granularity, "day")
    months = (period.end.year - period.start.year) * 12 + period.end.month - period.start.month + 1
    whole_months = period.start.day == 1 and (period.end + timedelta(days=1)).day == 1
    if match["weekof"]:  # 'the week of March 13': the week that holds the day
        monday = period.start - timedelta(days=period.start.weekday())
        return Period(monday, monday + timedelta(days=6), "week")
    if match["edge"]:
        low, high = words.edges[match["edge"].lower()]
        if whole_months and months >= 4:  # a year, a season, a decade: parts by months
            start = period.start + relativedelta(months=math.floor(low * months))
            end = period.start + relativedelta(months=max(1, math.ceil(high * months))) - timedelta(days=1)
            return Period(start, end, granularity)
        return Period(period.start + timedelta(days=math.floor(low * days)),
                      period.start + timedelta(days=max(0, math.ceil(high * days) - 1)), granularity)
    nth, size = words.ordinals[match["nth"].lower()], words.pieces[match["piece"].lower()]
    if match["piece"].lower() == "week":
        if nth < 0:
            return Period(max(period.start, period.end - timedelta(days=6)), period.end, "week")
        start = period.start + timedelta(days=7 * (nth - 1))
        return Period(start, min(period.end, start + timedelta(days=6)), "week") if start <= period.end else period
    if nth < 0:
        nth = size
    if nth > size:
        return period
    if whole_months and months % size == 0 and months >= size:  # whole months: split by months
        step = months // size
        start = period.start + relativedelta(months=step * (nth - 1))
        return Period(start, start + relativedelta(months=step) - timedelta(days=1), granularity)
    step = days / size
    return Period(period.start + timedelta(days=math.floor(step * (nth - 1))),
                  period.start + timedelta(days=math.ceil(step * nth) - 1), "day")


def with_parts(text: str, sentence_start: int, mention: Mention, rules: Rules) -> Mention:
    """A date with the part of it that the words before name, its span grown to hold them."""
    if not mention.value.resolved:
        return mention
    begin = mention.span[0]
    lead = lead_pattern(rules).match(text, begin, mention.span[1]).end()
    window = max(sentence_start, begin - REACH)
    found = part_pattern(rules).search(text[window:lead])
    if found is None:
        return mention
    value = narrow(mention.value, found, rules)
    start = min(begin, window + found.start())
    return replace(mention, span=(start, mention.span[1]), surface=text[start:mention.span[1]], value=value)


def joined(text: str, first: Mention, second: Mention, rules: Rules) -> Mention | None:
    """One period of two dates written as a range, or None when they are two dates."""
    a, b = first.value, second.value
    if not (a.resolved and b.resolved):
        return None
    gap = text[first.span[1]:second.span[0]] + LEAD.match(second.surface)[0]
    link = connector_pattern(rules).match(gap) if len(gap) <= 12 else None
    if link is None or not (gap.strip() or link["joint"]):
        return None
    before = text[max(0, first.span[0] - 12):first.span[0]].lower().split()
    opener = (before[-1] if before else "") if not first.surface.lower().startswith(rules.periods.openers) \
        else first.surface.split()[0].lower()
    if link["paired"] and opener != "between":
        return None
    if a.start > b.end and not re.search(r"\d{4}", first.surface):  # 'December 20 to January 3, 2016'
        a = Period(a.start - relativedelta(years=1), a.end - relativedelta(years=1), a.granularity)
    if a.start > b.end:
        return None
    start = first.span[0] - (len(opener) + 1 if opener in rules.periods.openers and
                             text[first.span[0] - len(opener) - 1:first.span[0]].strip().lower() == opener else 0)
    granularity = a.granularity if a.granularity == b.granularity else "day"
    return Mention(first.doc, first.sentence, "date", (start, second.span[1]), text[start:second.span[1]],
                   Period(a.start, b.end, granularity), partial=first.partial or second.partial)


def with_open_end(text: str, sentence_start: int, mention: Mention, rules: Rules) -> Mention:
    """'since March' is March or later, 'until 2010' 2010 or earlier."""
    if not mention.value.resolved:
        return mention
    lead = LEAD.match(text, mention.span[0], mention.span[1]).end()
    window = max(sentence_start, mention.span[0] - REACH)
    found = open_pattern(rules).search(text[window:lead] if lead > mention.span[0] else text[window:mention.span[0]])
    if found is None:
        return mention
    return replace(mention, value=replace(mention.value, open="after" if found["after"] else "before"))


def refine(text: str, sentence_start: int, mentions: list[Mention], rules: Rules) -> list[Mention]:
    """Dates of one sentence, in text order, with their parts, ranges and open ends read."""
    parted = [with_parts(text, sentence_start, m, rules) for m in mentions]
    merged: list[Mention] = []
    for mention in parted:
        both = joined(text, merged[-1], mention, rules) if merged else None
        if both is not None:
            merged[-1] = both
        else:
            merged.append(mention)
    return [m if _ranged(m, rules) else with_open_end(text, sentence_start, m, rules) for m in merged]


def _ranged(mention: Mention, rules: Rules) -> bool:
    words = mention.surface.lower().split()
    return bool(words) and (words[0] in rules.periods.openers or any(
        w in rules.periods.connectors or w in rules.periods.paired for w in words[1:])) or \
        bool(re.search(r"\d\s*[-–—/]\s*\d", mention.surface))

