"""Dates as Periods: every common news form, resolved against the article's
publication date. Ambiguous readings (a weekday, a month-day without a year) take
the clause's tense ('is scheduled to meet on Friday' is ahead), else the nearer."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from ..model import Mention, Period, Sentence
from ..rules import Rules
from . import dateresolve as R
from .datevocab import day_value, pieces, year_words_value

LEADING = re.compile(r"(?:on|in)\s+(?=\S)", re.I)
KEEP_PREPOSITION = {"in_n", "in_last", "wd_shift_week", "month_alone", "month_shift_year"}
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1}
FORMS = [
    ("ymd", r"(?:{WD},?\s+)?(?<![\d.])(?P<y>\d{4})[/.-](?:(?P<m>\d{1,2})|{MONTH})[/.-](?P<d>\d{1,2})(?![\d])"),
    ("numeric", r"(?<![\d/.,])(?:{WD},?\s+)?(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)|,)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"),
    ("md", r"(?:(?:(?P<shift>{SHIFT})\s+)?{WD},?\s*[(]?\s*(?:-\s*)?)?{MONTH}[\s/.,-]*(?:the\s+)?{DAY}(?:(?:,\s*|\s+of\s+|\s+|[/-])(?:of\s+)?{YEAR})?[)]?"),
    ("md_bare", r"{MONTH}[\s/.,-]*(?:the\s+)?{DAY}(?:(?:,\s*|\s+of\s+|\s+|[/-])(?:of\s+)?{YEAR})?"),
    ("dm", r"(?:{WD},?\s+)?{DAY}\.?[\s/-]*(?:of\s+)?{MONTH}(?:,?\s*(?:of\s+)?{YEAR})?"),
    ("numeric_md", r"(?<![\d/.,])(?:(?P<pre>on|in|by|until|since|from|before|after)\s+|{WD}\s+)?(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?![\d/.,%])"),
    ("wd_day", r"(?:on\s+)?{WD},?\s+the\s+{DAY}"),
    ("nth_wd", r"(?:the\s+)?(?P<nth>first|second|third|fourth|fifth|last)\s+{WD}(?:\s+(?:of|in)\s+(?:(?P<rel>this|next|previous|last)\s+month|{MONTH}))?"),
    ("the_last_wd", r"the\s+(?P<nth>last)\s+{WD}(?:\s+(?:of|in)\s+(?:(?P<rel>this|next|previous|last)\s+month|{MONTH}))?"),
    ("shift_week_wd", r"(?:on\s+)?(?P<shift>{SHIFT})\s+week\s+(?:on\s+)?{WD}"),
    ("wd_shift_week", r"(?:on\s+)?{WD}\s+(?:of\s+)?(?P<shift>{SHIFT})\s+week"),
    ("shift_wd", r"(?P<shift>{SHIFT})\s+{WD}"),
    ("count_wd", r"(?P<count>{COUNT})\s+{WD}s?\s+(?P<dir>from now|later|ago)"),
    ("offset", r"(?P<amount>(?:{COUNT})\s+(?:{UNIT}))\s+(?P<dir>before|after|from)\s+(?P<anchor>today|tomorrow|tmrw|yesterday|now)"),
    ("ago", r"(?P<amount>(?:(?:{COUNT})\s+(?:{UNIT})(?:,?\s+(?:and\s+)?)?)+?)\s*(?P<dir>ago|later)\b"),
    ("in_last", r"\b(?:in|over|during)\s+the\s+(?P<shift>last|past|next|coming)\s+(?P<amount>(?:{COUNT})\s+(?:{UNIT}))\b"),
    ("in_n", r"\bin\s+(?P<amount>(?:{COUNT})\s+(?P<business>business\s+)?(?:{UNIT}))\b"),
    ("shift_unit", r"\b(?:(?P<edge>earlier|later)\s+)?(?P<shift>{SHIFT})\s+(?P<unit>week|month|year)\b"),
    ("day_of_month", r"(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<shift>{SHIFT})\s+month"),
    ("month_year", r"{MONTH},?\s+(?:of\s+)?{YEAR}"),
    ("that_year", r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same|that\s+same)\s+year\b"),
    ("month_shift_year", r"\b(?:in\s+)?{MONTH}\s+(?P<shift>{SHIFT})\s+year\b"),
    ("month_alone", r"\b(?:in|since|until|by|during|from|of|before|after|on|through)\s+(?:(?:early|late|mid)[\s-]+)?{MONTH}(?![\s.]*\d)"),
    ("year_alone", r"(?<![\d,.$£€/-])(?P<year>1[89]\d{2}|20\d{2})(?!\d|[,.]\d|[%/-]|\s+(?:people|persons|men|women|times))"),
    ("rel", r"(?<![\w-]){REL}(?![\w-])"),
    ("wd", r"(?:\bon\s+)?{WD}(?![\w'])"),
    ("day_alone", r"(?:\bon\s+(?:the\s+)?|\bthe\s+){DAY}(?![\w-])(?!\s*[A-Za-z0-9])"),
]


# What a sentence must contain for a form to be worth running.
TRIGGERS = {
    "ymd": "digit", "numeric": "digit", "numeric_md": "digit", "year_alone": "digit",
    "md": "month", "md_bare": "month", "dm": "month", "month_year": "month", "month_alone": "month",
    "month_shift_year": "month", "that_year": "unit",
    "wd_day": "weekday", "nth_wd": "weekday", "shift_week_wd": "weekday", "wd_shift_week": "weekday",
    "shift_wd": "weekday", "count_wd": "weekday", "wd": "weekday", "the_last_wd": "weekday",
    "offset": "unit", "ago": "unit", "in_last": "unit", "in_n": "unit", "shift_unit": "unit",
    "day_of_month": "unit", "rel": "relative", "day_alone": "day",
}
WORDS = re.compile(r"[a-z]+")
DIGIT = re.compile(r"\d")
PREPOSITIONS = ["on", "in", "by", "until", "since", "from", "before", "after", "of", "during", "through", "over"]
# The vocabularies (or words) a form's first token comes from, for a first-character test.
FIRST = {
    "ymd": ["WD", "0"], "numeric": ["WD", "0"], "md": ["SHIFT", "WD", "MONTH"], "md_bare": ["MONTH"],
    "dm": ["WD", "0", "DAYWORD"], "numeric_md": PREPOSITIONS + ["WD", "0"], "wd_day": ["on", "WD"],
    "nth_wd": ["the", "first", "second", "third", "fourth", "fifth", "last"], "the_last_wd": ["the"], "shift_week_wd": ["on", "SHIFT"],
    "wd_shift_week": ["on", "WD"], "shift_wd": ["SHIFT"], "count_wd": ["COUNT"], "offset": ["COUNT"],
    "ago": ["COUNT"], "in_last": ["in", "over", "during"], "in_n": ["in"], "shift_unit": ["earlier", "later", "SHIFT"],
    "day_of_month": ["the", "0", "DAYWORD"], "month_year": ["MONTH"], "month_shift_year": ["in", "MONTH"],
    "that_year": ["later", "earlier", "that", "the"], "month_alone": PREPOSITIONS,
    "year_alone": ["0"], "rel": ["REL"], "wd": ["on", "WD"], "day_alone": ["on", "the"],
}


@lru_cache(maxsize=8)
def trigger_words(rules: Rules) -> dict[str, frozenset]:
    from .datevocab import day_words
    return {
        "month": frozenset(rules.months), "weekday": frozenset(rules.weekdays) | {w + "s" for w in rules.weekdays},
        "unit": frozenset(rules.period_units) | {"month"},
        "relative": frozenset(w for phrase in rules.relative_days for w in phrase.split()[-1:]),
        "day": frozenset(w for phrase in day_words(rules) for w in phrase.split()[-1:]),
    }


def present_triggers(text: str, start: int, end: int, rules: Rules) -> set[str]:
    words = set(WORDS.findall(text[start:end].lower()))
    found = {name for name, vocabulary in trigger_words(rules).items() if not vocabulary.isdisjoint(words)}
    if DIGIT.search(text, start, end):
        found |= {"digit", "day"}
    return found


@lru_cache(maxsize=8)
def compiled_forms(rules: Rules) -> tuple[tuple[str, re.Pattern], ...]:
    parts = pieces(rules)
    def fill(template: str) -> str:
        return re.sub(r"\{([A-Z]+)\}", lambda m: parts[m[1]], template)
    from .datevocab import day_words
    vocabularies = {"WD": rules.weekdays, "MONTH": rules.months, "SHIFT": rules.shifts, "REL": rules.relative_days,
                    "DAYWORD": day_words(rules), "COUNT": list(rules.cardinals) + ["a", "few", "several", "0"]}

    def first_chars(name: str) -> str:
        words = [w for item in FIRST[name] for w in vocabularies.get(item, [item])]
        chars = {w[0].lower() for w in words} | {w[0].upper() for w in words}
        return "".join(sorted(chars)).replace("0", "0-9")

    # every form starts a word with one of a few letters: most positions fail at once
    return tuple((name, re.compile(rf"(?<![A-Za-z0-9])(?=[{first_chars(name)}])" + fill(template), re.I))
                 for name, template in FORMS)


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


def read(name: str, match: re.Match, ref: date | None, rules: Rules,
         last_year: int | None = None) -> tuple[tuple[Period, ...], bool] | None:
    """(candidate periods, comparable) for one matched form, or None when it is not a date;
    `last_year` is the year the article named last, for 'that same year'."""
    if name == "that_year":
        return ((R.year_period(last_year),) if last_year else ()), True
    g = {k: v for k, v in match.groupdict().items() if v is not None}
    month = rules.months.get(g.get("mon", "").lower().rstrip("."))
    weekday = rules.weekdays.get(g.get("wd", "").lower().rstrip("."))
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


def tense(text: str, sentence: Sentence, rules: Rules) -> str | None:
    """'future' or 'past' when the clause says so plainly, else None."""
    words = set(re.findall(r"[a-z]+(?:['’][a-z]+)?", text[sentence.span[0]:sentence.span[1]].lower()))
    lowered = text[sentence.span[0]:sentence.span[1]].lower()
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
    for order, (name, pattern) in enumerate(compiled_forms(rules)):
        if TRIGGERS[name] not in triggers:
            continue
        for match in pattern.finditer(text, start, end):
            found.append((-(match.end() - match.start()), match.start(), order, name, match))
    found.sort(key=lambda item: item[:3])
    mentions, taken = [], []
    clause_tense = None
    for _, begin, _, name, match in found:
        if any(begin < e and s < match.end() for s, e in taken):
            continue
        reading = read(name, match, published, rules, last_year)
        if reading is None:
            continue
        candidates, comparable = reading
        if clause_tense is None:
            clause_tense = tense(text, sentence, rules) or "none"
        chosen = R.nearest(candidates, published, None if clause_tense == "none" else clause_tense)
        granularity = chosen.granularity if chosen else ("month" if "month" in name else "day")
        value = chosen or Period(None, None, granularity)
        begin, stop = match.span()
        if name not in KEEP_PREPOSITION and (lead := LEADING.match(text, begin, stop)):
            begin = lead.end()  # the date is 'Friday', not 'on Friday'
        if text[stop - 1] == "." and text[stop - 2:stop - 1].isalpha() and (stop == end or text[stop:stop + 1].isspace()):
            stop -= 1  # 'Friday.' at the end of a sentence
        mentions.append(Mention(sentence.doc, sentence.index, "date", (begin, stop), text[begin:stop], value,
                                partial=not comparable))
        taken.append(match.span())
    return sorted(mentions, key=lambda m: m.span)
