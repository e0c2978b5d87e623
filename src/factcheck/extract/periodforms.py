"""Date forms that name a period rather than a day: decades, centuries, quarters,
seasons, 'last September', spans back from publication ('the past two decades'),
and ranges written as one expression ('Nov 19-20', '2014-2018', '4 to 22 January').
Their patterns join dateforms.FORMS; `read_period` turns a match into Periods."""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta

from ..model import Period
from ..rules import Rules
from . import dateresolve as R
from .periodspans import _span_back, read_range

RANGE_DASH = r"\s*(?:[-–—]|to|through|thru|until|till)\s*"
DAY2 = r"(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|[.,]\d)"
YEAR_NOT_COUNT = r"(?!\d|[,.]\d|[%]|\s+(?:people|persons|men|women|times))"
FORMS = [
    ("decade", r"(?:(?P<decade>1[5-9]\d0|20\d0)|['’](?P<dd>\d0))['’]?s(?![\w'’])"),
    ("decade_word", r"(?<=\bthe )(?:(?P<century>nineteen|eighteen|twenty)[\s-]?)?(?P<dw>{DECADEWORD})(?![\w'’])"),
    ("century", r"(?P<cent>[12]?\d(?:st|nd|rd|th)|{ORDWORD})[\s-]+century\b"),
    ("quarter", r"(?:the\s+)?(?:(?P<qn>first|second|third|fourth|final|last)|(?P<qd>[1-4])(?:st|nd|rd|th)|(?P<qs>{SHIFT}))[\s-]+quarter"
                r"(?:(?:\s+of)?\s+{YEAR}|\s+of\s+(?P<shift>{SHIFT})\s+year)?(?![\w-])"),
    ("quarter_q", r"Q(?P<q>[1-4])(?:(?:\s+of)?\s+{YEAR}|\s+of\s+(?P<shift>{SHIFT})\s+year)?(?![\w-])"),
    ("season", r"(?:(?P<shift>{SHIFT})\s+|(?P<pre>in|during|over|through|since|until|by)\s+(?:the\s+)?)?"
               r"(?P<season>{SEASON})(?:(?:\s+of)?\s+{YEAR})?(?![\w-])"),
    ("shift_month", r"(?P<shift>{SHIFT})\s+{MONTH}(?![\s.,]*\d)"),
    ("past_span", r"(?:(?:in|over|during|for|within|throughout)\s+)?(?:the\s+(?P<shift>past|last|previous|next|coming)\s+"
                  r"(?:(?P<count>{COUNT})\s+)?|(?P<shift2>past|last|next)\s+(?P<count2>{COUNT})\s+)"
                  r"(?P<unit>{UNIT}|decades?|centur(?:y|ies))\b(?!\s+(?:of|before|after|ago)\b)"),
    ("edge_month", r"(?P<edge>early|mid|late)(?:[\s-]+|(?<=mid))(?P<mon>{MONTHNAME})(?![a-z])(?![\s.,]*\d)"),
    ("year_range", r"(?<![\d,.$£€/-])(?:(?P<btw>between|from)\s+)?(?P<y1>1[5-9]\d{2}|20\d{2})"
                   r"(?:\s*(?P<conn>[-–—/]|to|through|until|and)\s*(?P<y2>1[5-9]\d{2}|20\d{2})|\s*[-–—/]\s*(?P<yy>\d{2}))"
                   + YEAR_NOT_COUNT + r"(?![/-]\d)"),
    ("md_range", r"(?:(?P<btw>between|from)\s+)?{MONTH}[\s.]*{DAY}\s*(?P<conn>[-–—]|to|through|thru|until|till|and)\s*" + DAY2
                 + r"(?!\s*(?:of\s+)?{MONTHNAME})(?:(?:,\s*|\s+){YEAR})?"),
    ("dm_range", r"(?:(?P<btw>between|from)\s+)?{DAY}\s*(?P<conn>[-–—]|to|through|thru|until|till|and)\s*" + DAY2
                 + r"\s+(?:of\s+)?{MONTH}(?:,?\s*{YEAR})?"),
    ("month_range", r"(?:(?P<btw>between|from)\s+)?{MONTH}\s*(?P<conn>[-–—]|to|through|thru|until|till|and)\s*"
                    r"(?P<mon2>{MONTHNAME})(?![a-z])\.?(?:,?\s+{YEAR})?"),
    ("edge_current", r"(?P<edge>beginning|start|middle|end|close)\s+of\s+the\s+(?P<unit>week|month|year|decade)\b"),
]
NAMES = frozenset(name for name, _ in FORMS)
TRIGGERS = {"decade": "digit", "decade_word": "decadeword", "century": "century", "quarter": "quarter", "quarter_q": "digit",
            "season": "season", "shift_month": "month", "past_span": "unit", "year_range": "digit",
            "md_range": "month", "dm_range": "month", "edge_month": "month", "month_range": "month", "edge_current": "unit"}
NEEDS = {"edge_month": {"early", "mid", "late"}, "quarter_q": re.compile(r"Q[1-4]"), "shift_month": "SHIFT", "past_span": {"past", "last", "previous", "next", "coming"},
         "edge_current": {"beginning", "start", "middle", "end", "close"},
         "decade": re.compile(r"\d0['’]?s\b"), "year_range": re.compile(r"\d{2}\s*(?:[-–—/]|to|through|until|and)\s*\d")}
FIRST = {"decade": ["0", "'", "’"], "decade_word": ["DECADEWORD", "nineteen", "eighteen", "twenty"],
         "century": ["0", "ORDWORD"], "quarter": ["the", "first", "second", "third", "fourth", "final", "last", "0", "SHIFT"], "quarter_q": ["q"],
         "season": ["SHIFT", "SEASON", "in", "during", "over", "through", "since", "until", "by"],
         "shift_month": ["SHIFT"], "past_span": ["in", "over", "during", "for", "within", "throughout", "the", "past", "last", "next"],
         "edge_month": ["early", "mid", "late"],
         "year_range": ["0", "between", "from"], "md_range": ["MONTH", "between", "from"],
         "dm_range": ["0", "DAYWORD", "between", "from"], "month_range": ["MONTH", "between", "from"],
         "edge_current": ["beginning", "start", "middle", "end", "close"]}


def trigger_words(rules: Rules) -> dict[str, frozenset]:
    words = rules.periods
    return {"season": frozenset(words.seasons), "decadeword": frozenset(words.decades),
            "century": frozenset({"century"}), "quarter": frozenset({"quarter"})}


def ordinal_words(rules: Rules) -> dict[str, int]:
    from .datevocab import day_words
    return {w: v for w, v in day_words(rules).items() if w.endswith(("st", "nd", "rd", "th")) and v <= 21}


def quarter_period(year: int, quarter: int) -> Period:
    start = date(year, 3 * quarter - 2, 1)
    return Period(start, start + relativedelta(months=3) - timedelta(days=1), "quarter")


def season_period(year: int, first: int, last: int) -> Period:
    """The season that starts in `year` ('winter 2015' starts in December 2015)."""
    start = date(year, first, 1)
    end = date(year + (last < first), last, 1) + relativedelta(months=1) - timedelta(days=1)
    return Period(start, end, "season")


def _season(g: dict, year: int | None, ref: date | None, rules: Rules) -> tuple[tuple[Period, ...], bool] | None:
    word = g["season"].lower()
    first, last = rules.periods.seasons[word]
    shift = g.get("shift")
    if word in rules.periods.seasons_need_anchor and shift is None and year is None:
        return None  # 'a fall at her home'
    if year is not None:
        if last < first:  # a winter of a year: the one ending in it, or starting in it
            return (Period(date(year - 1, first, 1), season_period(year, first, last).end, "season"),), True
        return (season_period(year, first, last),), True
    if ref is None:
        return (), True
    around = [season_period(y, first, last) for y in (ref.year - 1, ref.year, ref.year + 1)]
    if shift is None:
        past = [p for p in around if p.start <= ref]
        return ((past[-1],) if past else ()), False  # 'in the summer': which one is loose
    step = rules.shifts.get(shift.lower(), 0)
    current = next((p for p in around if p.start <= ref <= p.end), None)
    if step == 0:  # 'this summer' in November is the summer just gone
        chosen = current or next(p for p in around if p.start.year == ref.year)
    elif step < 0:
        chosen = [p for p in around if p.end < ref][-1]
    else:
        chosen = next(p for p in around if p.start > ref)
    return (chosen,), True


def read_period(name: str, g: dict, year: int | None, ref: date | None, rules: Rules):
    """(candidate periods, comparable) for a period form, or None when the match is no date."""
    month = rules.months.get(g.get("mon", "").lower().rstrip("."))
    if name == "decade":
        start = int(g["decade"]) if g.get("decade") else (1900 if int(g["dd"]) > 20 or ref is None
                                                        or ref.year < 2000 + int(g["dd"]) else 2000) + int(g["dd"])
        return (Period(date(start, 1, 1), date(start + 9, 12, 31), "decade"),), True
    if name == "decade_word":
        tens = rules.periods.decades[g["dw"].lower()]
        century = {"nineteen": 1900, "eighteen": 1800, "twenty": 2000}.get((g.get("century") or "").lower())
        if century is None:
            century = 2000 if ref is not None and ref.year > 2009 + tens else 1900  # a decade gone by
        return (Period(date(century + tens, 1, 1), date(century + tens + 9, 12, 31), "decade"),), True
    if name == "century":
        raw = g["cent"].lower()
        number = int(raw[:-2]) if raw[:1].isdigit() else ordinal_words(rules).get(re.sub(r"[\s-]+", " ", raw))
        if not number or number > 21:
            return None
        return (Period(date(max(1, (number - 1) * 100), 1, 1), date(number * 100 - 1, 12, 31), "century"),), True
    if name in ("quarter", "quarter_q"):
        if (g.get("qn") or "").lower() == "last" and year is None and not g.get("shift"):
            g = {**g, "qs": "last"}  # 'last quarter' is the one before this; 'the last quarter of 2015' its fourth
        if g.get("qs"):  # 'this quarter', 'next quarter', 'last quarter'
            if ref is None:
                return (), True
            moved = R.shifted(ref, 3 * rules.shifts.get(g["qs"].lower(), 0), "month")
            return (quarter_period(moved.year, (moved.month + 2) // 3),), True
        number = int(g.get("q") or g.get("qd") or 0) or {"first": 1, "second": 2, "third": 3}.get(g["qn"].lower(), 4)
        if year is None and g.get("shift") and ref is not None:
            year = ref.year + rules.shifts.get(g["shift"].lower(), 0)
        if year is not None:
            return (quarter_period(year, number),), True
        if ref is None:
            return (), False
        this = quarter_period(ref.year, number)
        if this.start <= ref:
            return (this,), False
        return (quarter_period(ref.year - 1, number), this), False  # the tense chooses; a game has quarters too
    if name == "season":
        if not (g.get("shift") or g.get("pre") or year):
            return None
        return _season(g, year, ref, rules)
    if name == "shift_month":
        if not g["mon"][:1].isupper():
            return None  # 'this march', 'last may'
        if ref is None:
            return (), True
        step = rules.shifts.get(g["shift"].lower(), 0)
        this = R.month_period(ref.year, month)
        if step == 0:
            return (this,), True
        if step < 0:
            return ((this if this.end < ref else R.month_period(ref.year - 1, month)),), True
        return ((this if this.start > ref else R.month_period(ref.year + 1, month)),), True
    if name == "edge_month":  # 'early March': the month; the part is read by periods.with_parts
        if not g["mon"][:1].isupper() or ref is None:
            return ((), True) if ref is None and g["mon"][:1].isupper() else None
        return R.month_alone(rules.months[g["mon"].lower().rstrip(".")], ref), True
    if name == "past_span":
        return _span_back(g, ref, rules)
    if name == "edge_current":  # 'the end of the month': a part of the present one, loosely
        if ref is None or g["unit"].lower() == "decade":
            return (), False
        whole = R.shifted_unit(0, g["unit"].lower(), ref)
        low, high = rules.periods.edges[g["edge"].lower()]
        days = (whole.end - whole.start).days + 1
        return (Period(whole.start + timedelta(days=int(low * days)),
                       whole.start + timedelta(days=max(0, round(high * days) - 1)), "day"),), False
    return read_range(name, g, month, year, ref, rules)


@lru_cache(maxsize=8)
def extra_pieces(rules: Rules) -> dict[str, str]:
    from .datevocab import _alternation
    return {"SEASON": _alternation(rules.periods.seasons), "DECADEWORD": _alternation(rules.periods.decades),
            "ORDWORD": _alternation(ordinal_words(rules)), "MONTHNAME": _alternation(rules.months)}
