"""Dates as Periods: every common news form, resolved against the article's
publication date. Ambiguous readings (a weekday, a month-day without a year) take
the clause's tense ('is scheduled to meet on Friday' is ahead), else the nearer."""
from __future__ import annotations

import re
from datetime import date

from ..model import Mention, Period, Sentence
from ..rules import Rules
from . import dateresolve as R
from .dateforms import is_decimal_figure, present_triggers, triggered_forms, worth_running
from .datevocab import day_value, year_words_value
from .periodforms import NAMES as PERIOD_FORMS, read_period
from .periods import refine

LEADING = re.compile(r"(?:on|in)\s+(?=\S)", re.I)
KEEP_PREPOSITION = {"in_n", "in_last", "wd_shift_week", "month_alone", "month_shift_year"}
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
def _count(text: str, rules: Rules) -> int | None:
    word = text.lower()
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    if word in ("few", "a few", "several"):
        return 3
    value = rules.cardinals.get(word)
    return int(value) if value is not None else None


def _amounts(phrase: str, rules: Rules) -> list[tuple[int, str]] | None:
    found = []
    phrase = re.sub(r"\b(?:and|business)\b|,", " ", phrase)
    for count, unit in re.findall(r"(a few|\w+)\s+(\w+)", phrase):
        number, kind = _count(count, rules), rules.period_units.get(unit.lower())
        if number is None or kind is None:
            return None
        found.append((number, kind))
    return found or None


def _year(match: re.Match, rules: Rules, ref: date | None) -> int | None:
    raw = match.groupdict().get("year") or match.groupdict().get("y")
    if not raw:
        return None
    raw = raw.lstrip("'")
    if raw.isdigit():
        if len(raw) == 2:
            return (2000 if int(raw) < rules.year_pivot else 1900) + int(raw)
        return int(raw)
    return year_words_value(raw, rules)


WEEKDAY_OPENER = re.compile(r"\b(?:on|this|next|last|by|until|from)\s+$", re.I)


def read(name: str, match: re.Match, ref: date | None, rules: Rules,
         last_year: int | None = None) -> tuple[tuple[Period, ...], bool] | None:
    """(candidate periods, comparable) for one matched form, or None when it is not a date;
    `last_year` is the year the article named last, for 'that same year'."""
    if name == "that_year":
        return ((R.year_period(last_year),) if last_year else ()), True
    g = {k: v for k, v in match.groupdict().items() if v is not None}
    if name in PERIOD_FORMS:
        return read_period(name, g, _year(match, rules, ref), ref, rules)
    month = rules.months.get(g.get("mon", "").lower().rstrip("."))
    weekday = rules.weekdays.get(g.get("wd", "").lower().rstrip("."))
    if name == "wd" and g["wd"].islower() and not g["wd"].endswith("day") \
            and not WEEKDAY_OPENER.search(match.string, max(0, match.start("wd") - 8), match.start("wd")):
        return None  # 'sun-dappled', 'she sat', 'wed in June': a word; 'back on tues' is a weekday
    dom = day_value(g["day"], rules) if "day" in g else None
    if name in ("md", "md_bare", "dm"):
        if not (month and dom):
            return None
        periods = R.month_day(month, dom, _year(match, rules, ref), ref)
        if weekday is not None and periods:
            periods = tuple(p for p in periods if p.start.weekday() == weekday)
            if not periods:
                return None  # 'this friday june twenty three' when the 23rd is no Friday: two dates
        if not periods and R.safe_date(2000, month, dom) is None:
            return (), True  # 'Feb 30': a date, but no day
        return periods, True
    if name == "ymd":
        found = R.safe_date(int(g["y"]), int(g["m"]) if "m" in g else month, int(g["d"]))
        return ((R.day(found),), True) if found else None
    if name in ("numeric", "numeric_md"):
        a, b = int(g["a"]), int(g["b"])
        if name == "numeric_md" and not ("pre" in g or "wd" in g or (g["sep"] == "/" and max(a, b) > 12)):
            return None  # '3/4' is a fraction, 'at 4.22' a time
        if g["sep"] == "." and is_decimal_figure(match, rules):
            return None  # 'from 3.2 to 4.0 per cent': a range of figures or a rate wins over a date
        mon, dd = (b, a) if a > 12 or (rules.numeric_order == "dmy" and b <= 12) else (a, b)
        year = _year(match, rules, ref) if name == "numeric" else None
        return (R.month_day(mon, dd, year, ref), True) if 1 <= mon <= 12 else None
    if name == "month_year":
        year = _year(match, rules, ref)
        return ((R.month_period(year, month),), True) if month and year else None
    if name == "year_alone":
        return (R.year_period(int(g["year"])),), True
    if ref is None:
        return (), True  # relative to a date the article does not give
    if name == "rel":
        phrase = re.sub(r"[\s-]+", " ", match[0].lower())
        return (R.day(R.shifted(ref, rules.relative_days[phrase], "day")),), phrase in rules.compared_relative_days
    return read_relative(name, g, month, weekday, dom, ref, rules)


def read_relative(name, g, month, weekday, dom, ref: date, rules: Rules):
    shift = rules.shifts.get(g.get("shift", "").lower(), 0)
    if name == "month_alone":
        return R.month_alone(month, ref), True
    if name == "month_shift_year":
        return (R.month_period(ref.year + shift, month),), True
    if name == "wd":
        return R.weekday(weekday, ref), True
    if name in ("shift_wd", "shift_week_wd", "wd_shift_week"):
        return (R.shifted_weekday(weekday, shift, ref),), True
    if name == "wd_day":
        return R.month_day(ref.month, dom, None, ref) or None, True
    if name == "nth_wd" and g["nth"].lower() == "last" and not (g.get("rel") or month):
        return (R.shifted_weekday(weekday, -1, ref),), True  # 'last Tuesday' is last week's
    if name in ("nth_wd", "the_last_wd"):
        base = ref if not g.get("rel") else R.shifted(ref, rules.shifts.get(g["rel"].lower(), 0), "month")
        months = R.month_alone(month, ref) if month else (R.month_period(base.year, base.month),)
        periods = tuple(p for m in months if (p := R.nth_weekday(NTH[g["nth"].lower()], weekday, m.start.year, m.start.month)))
        return (periods, True) if periods else ((), True)
    if name == "day_of_month":
        moved = R.shifted(ref, shift, "month")
        found = R.safe_date(moved.year, moved.month, dom)
        return ((R.day(found),), True) if found else ((), True)
    if name == "day_alone":
        past = R.safe_date(ref.year, ref.month, dom) if dom <= ref.day else None
        future = R.safe_date(ref.year, ref.month, dom) if dom >= ref.day else None
        before, after = R.shifted(ref, -1, "month"), R.shifted(ref, 1, "month")
        past = past or R.safe_date(before.year, before.month, dom)
        future = future or R.safe_date(after.year, after.month, dom)
        return tuple(R.day(d) for d in (past, future) if d), False
    if name == "shift_unit":
        return (R.shifted_unit(shift, g["unit"].lower(), ref, (g.get("edge") or "").lower() or None),), True
    if name == "count_wd":
        count = _count(g["count"], rules)
        if count is None:
            return None
        sign = -1 if g["dir"].lower() == "ago" else 1
        return (R.day(R.weekday(weekday, ref)[1 if sign > 0 else 0].start + R.relativedelta(weeks=sign * count)),), False
    amounts = _amounts(g.get("amount", ""), rules)
    if amounts is None:
        return None
    if name == "in_last":
        count, unit = amounts[0]
        other = R.shifted(ref, count * (1 if shift > 0 else -1), unit)
        return (Period(min(ref, other), max(ref, other), unit),), False
    if name == "in_n" and all(unit in SUB_DAY for _, unit in amounts):
        return None  # 'fell in three hours': a duration; as a time ahead it names no day but today
    if name == "in_n" and g.get("business"):
        return (R.day(R.business_days(ref, amounts[0][0])),), False
    sign = -1 if g.get("dir", "").lower() in ("ago", "before") else 1
    anchor = {"tomorrow": 1, "tmrw": 1, "yesterday": -1}.get(g.get("anchor", "").lower(), 0)
    moved = R.shifted(ref, anchor, "day")
    for count, unit in amounts:
        moved = R.shifted(moved, sign * count, unit)
    if name == "ago" and len(amounts) == 1 and amounts[0][1] in ("month", "year"):
        # 'four months ago' names a month, not a day: comparable at that grain
        return (Period(moved, moved, amounts[0][1]),), True
    return (R.day(moved),), False


SUB_DAY = frozenset({"hour", "minute", "second"})
CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]")


def clause_window(text: str, start: int, end: int, sentence: Sentence) -> tuple[int, int]:
    """The stretch of a sentence around a date between commas, semicolons, colons, dashes or
    brackets: 'Skyvale cancelled 1,150 flights on Friday' of '..., disrupting the plans of ...'."""
    before = [m.end() for m in CLAUSE_MARK.finditer(text, sentence.span[0], start)]
    after = CLAUSE_MARK.search(text, end, sentence.span[1])
    return (before[-1] if before else sentence.span[0]), (after.start() if after else sentence.span[1])


def tense(text: str, sentence: Sentence, rules: Rules, window: tuple[int, int] | None = None) -> str | None:
    """'future' or 'past' when the clause (or the sentence) says so plainly, else None."""
    lo, hi = window or sentence.span
    words = set(re.findall(r"[a-z]+(?:['’][a-z]+)?", text[lo:hi].lower()))
    lowered = text[lo:hi].lower()
    future = any(w in words or (" " in w and w in lowered) or (w[0] in "'’" and w in lowered) for w in rules.future_words)
    if future:
        return "future"
    past = any(w in words for w in rules.past_words) or any(len(w) > 4 and w.endswith("ed") for w in words)
    return "past" if past else None


def extract_dates(text: str, sentence: Sentence, published: date | None, rules: Rules,
                  last_year: int | None = None) -> list[Mention]:
    """Every date expression in a sentence, as a Mention whose value is a Period
    (start and end None when it cannot be resolved without a publication date);
    'that same year' takes `last_year`, the year the article named last."""
    start, end = sentence.span
    triggers = present_triggers(text, start, end, rules)
    if not triggers:
        return []
    found = []
    for order, name, pattern in triggered_forms(triggers, rules):
        if not worth_running(name, triggers, text, start, end, rules):
            continue
        for match in pattern.finditer(text, start, end):
            found.append((-(match.end() - match.start()), match.start(), order, name, match))
    found.sort(key=lambda item: item[:3])
    mentions = []
    occupied = bytearray(end - start)  # characters already read as part of a date
    clause_tense = None
    for _, begin, _, name, match in found:
        if any(occupied[begin - start:match.end() - start]):
            continue
        reading = read(name, match, published, rules, last_year)
        if reading is None:
            continue
        candidates, comparable = reading
        if len(candidates) > 1:  # a past and a future reading: the date's own clause says which, else its sentence
            if clause_tense is None:
                clause_tense = tense(text, sentence, rules) or "none"
            window = clause_window(text, match.start(), match.end(), sentence)
            # else the clauses up to the date's ('checked into the clinic, on Thursday night,
            # for what is to be a three-month stay': the check-in's past)
            own = tense(text, sentence, rules, window) or tense(text, sentence, rules, (sentence.span[0], window[1]))
            chosen = R.nearest(candidates, published, own or (None if clause_tense == "none" else clause_tense))
        else:
            chosen = R.nearest(candidates, published, None)
        granularity = chosen.granularity if chosen else ("month" if "month" in name else "day")
        value = chosen or Period(None, None, granularity)
        begin, stop = match.span()
        if name not in KEEP_PREPOSITION and (lead := LEADING.match(text, begin, stop)):
            begin = lead.end()  # the date is 'Friday', not 'on Friday'
        if text[stop - 1] == "." and text[stop - 2:stop - 1].isalpha() and (stop == end or text[stop:stop + 1].isspace()):
            stop -= 1  # 'Friday.' at the end of a sentence
        mentions.append(Mention(sentence.doc, sentence.index, "date", (begin, stop), text[begin:stop], value,
                                partial=not comparable))
        occupied[match.start() - start:match.end() - start] = b"\x01" * (match.end() - match.start())
    return refine(text, start, sorted(mentions, key=lambda m: m.span), rules)
