"""The forms of date expressions: one regex each, built from the vocabulary, with the
word a sentence must contain for the form to be worth running."""
from __future__ import annotations

import re
from functools import lru_cache

from ..rules import Rules
from . import periodforms
from .datevocab import pieces
from .words import words_in

FORMS = [
    ("ymd", r"(?:{WD},?\s+)?(?<![\d.])(?P<y>\d{4})[/.-](?:(?P<m>\d{1,2})|{MONTH})[/.-](?P<d>\d{1,2})(?![\d])"),
    ("numeric", r"(?<![\d/.,])(?:{WD},?\s+)?(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:(?P=sep)|,)(?P<y>\d{4}|\d{2})(?![\d/]|\.\d)"),
    ("md", r"(?:(?:(?P<shift>{SHIFT})\s+)?{WD},?\s*[(]?\s*(?:-\s*)?)?{MONTH}[\s/.,-]*(?:the\s+)?{DAY}(?:(?:,\s*|\s+of\s+|\s+|[/-])(?:of\s+)?{YEAR})?[)]?"),
    ("md_bare", r"{MONTH}[\s/.,-]*(?:the\s+)?{DAY}(?:(?:,\s*|\s+of\s+|\s+|[/-])(?:of\s+)?{YEAR})?"),
    ("dm", r"(?:{WD},?\s+)?{DAY}\.?(?:\s*/\s*|-|\s+)?(?:of\s+)?{MONTH}(?:,?\s*(?:of\s+)?{YEAR})?"),
    ("numeric_md", r"(?<![\d/.,])(?:(?P<pre>on|in|by|until|since|from|before|after)\s+|{WD}\s+)?(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?![\d/.,%])"
                   # 'finished on 7.5 points', 'fell to 3.2 per cent': a decimal that counts something
                   r"(?![ \u00a0]+(?:[a-z]+s|per|percent|million|billion|point)\b)"),
    ("wd_day", r"(?:on\s+)?{WD},?\s+the\s+{DAY}(?![\w-])"),  # not 'Friday, the 26-year-old'
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
    ("shift_unit", r"\b(?:(?P<edge>earlier|later)\s+)?(?P<shift>{SHIFT})\s+(?P<unit>weekend|week|month|year)\b(?!\s+of\b)"),
    ("day_of_month", r"(?:the\s+)?{DAY}\s+(?:of\s+)?(?P<shift>{SHIFT})\s+month"),
    ("month_year", r"{MONTH},?\s+(?:of\s+)?{YEAR}"),
    ("that_year", r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same|that\s+same)\s+year\b"),
    ("month_shift_year", r"\b(?:in\s+)?{MONTH}\s+(?P<shift>{SHIFT})\s+year\b"),
    ("month_alone", r"\b(?:in|since|until|by|during|from|of|before|after|on|through)\s+(?:(?:early|late|mid)[\s-]+)?{MONTH}(?![\s.]*\d)"),
    ("year_alone", r"(?<![\d,.$£€/-])(?P<year>1[89]\d{2}|20\d{2})(?!\d|[,.]\d|[%/-]|\s+(?:people|persons|men|women|times))"),
    ("rel", r"(?<![\w-]){REL}(?![\w-])"),
    ("wd", r"(?:\bon\s+)?{WD}(?![\w'])"),
    ("day_alone", r"(?:\bon\s+(?:the\s+)?|\bthe\s+){DAY}(?![\w-])(?!\s*[A-Za-z0-9])"),
] + periodforms.FORMS


# What a sentence must contain for a form to be worth running.
TRIGGERS = {
    "ymd": "digit", "numeric": "digit", "numeric_md": "digit", "year_alone": "digit",
    "md": "month", "md_bare": "month", "dm": "month", "month_year": "month", "month_alone": "month",
    "month_shift_year": "month", "that_year": "unit",
    "wd_day": "weekday", "nth_wd": "weekday", "shift_week_wd": "weekday", "wd_shift_week": "weekday",
    "shift_wd": "weekday", "count_wd": "weekday", "wd": "weekday", "the_last_wd": "weekday",
    "offset": "unit", "ago": "unit", "in_last": "unit", "in_n": "unit", "shift_unit": "unit",
    "day_of_month": "unit", "rel": "relative", "day_alone": "day", **periodforms.TRIGGERS,
}
# What a form cannot match without, beyond its trigger: a word, or a pattern ('SHIFT' is any
# word of the rules' shift phrases). Looked up in the sentence's word set: most sentences
# name a weekday or a year only once, and no form but one can match them.
NEEDS = {
    "nth_wd": {"first", "second", "third", "fourth", "fifth", "last"}, "the_last_wd": {"last"},
    "shift_week_wd": {"week"}, "wd_shift_week": {"week"}, "shift_wd": "SHIFT", "count_wd": {"now", "later", "ago"},
    "wd_day": {"the"}, "offset": {"today", "tomorrow", "tmrw", "yesterday", "now"}, "ago": {"ago", "later"},
    "in_last": {"last", "past", "next", "coming"}, "in_n": {"in"}, "shift_unit": "SHIFT", "day_of_month": {"month"},
    "that_year": {"year"},
    "ymd": re.compile(r"\d[/.-]"), "numeric": re.compile(r"\d[/.-]\d"), "numeric_md": re.compile(r"\d[/.-]\d"),
    **periodforms.NEEDS,
}
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
    "year_alone": ["0"], "rel": ["REL"], "wd": ["on", "WD"], "day_alone": ["on", "the"], **periodforms.FIRST,
}


@lru_cache(maxsize=8)
def trigger_words(rules: Rules) -> dict[str, frozenset]:
    from .datevocab import day_words
    return {
        "month": frozenset(rules.months), "weekday": frozenset(rules.weekdays) | {w + "s" for w in rules.weekdays},
        "unit": frozenset(rules.period_units) | {"month", "weekend", "decade", "decades", "century", "centuries"},
        "relative": frozenset(w for phrase in rules.relative_days for w in phrase.split()[-1:]),
        "day": frozenset(w for phrase in day_words(rules) for w in phrase.split()[-1:]),
        **periodforms.trigger_words(rules),
    }


def present_triggers(text: str, start: int, end: int, rules: Rules) -> frozenset[str]:
    words = words_in(text, start, end)
    found = {name for name, vocabulary in trigger_words(rules).items() if not vocabulary.isdisjoint(words)}
    if DIGIT.search(text, start, end):
        found |= {"digit", "day"}
    return frozenset(found)


@lru_cache(maxsize=256)
def triggered_forms(triggers: frozenset[str], rules: Rules) -> tuple[tuple[int, str, re.Pattern], ...]:
    """(order, name, pattern) of the forms whose trigger is among `triggers`."""
    return tuple((order, name, pattern) for order, (name, pattern) in enumerate(compiled_forms(rules))
                 if TRIGGERS[name] in triggers)


@lru_cache(maxsize=8)
def shift_words(rules: Rules) -> frozenset:
    return frozenset(w for phrase in rules.shifts for w in phrase.lower().split())


def worth_running(name: str, triggers: set[str], text: str, start: int, end: int, rules: Rules) -> bool:
    """Whether form `name` can match in text[start:end]: its trigger is there, and what it needs."""
    if TRIGGERS[name] not in triggers:
        return False
    needs = NEEDS.get(name)
    if needs is None:
        return True
    if isinstance(needs, re.Pattern):
        return needs.search(text, start, end) is not None
    return not (shift_words(rules) if needs == "SHIFT" else needs).isdisjoint(words_in(text, start, end))


@lru_cache(maxsize=8)
def compiled_forms(rules: Rules) -> tuple[tuple[str, re.Pattern], ...]:
    parts = pieces(rules) | periodforms.extra_pieces(rules)
    def fill(template: str) -> str:
        return re.sub(r"\{([A-Z]+)\}", lambda m: parts[m[1]], template)
    from .datevocab import day_words
    vocabularies = {"WD": rules.weekdays, "MONTH": rules.months, "SHIFT": rules.shifts, "REL": rules.relative_days,
                    "DAYWORD": day_words(rules), "COUNT": list(rules.cardinals) + ["a", "few", "several", "0"],
                    "SEASON": rules.periods.seasons, "DECADEWORD": rules.periods.decades,
                    "ORDWORD": periodforms.ordinal_words(rules), "MONTHNAME": rules.months}

    def first_chars(name: str) -> str:
        words = [w for item in FIRST[name] for w in vocabularies.get(item, [item])]
        chars = {w[0].lower() for w in words} | {w[0].upper() for w in words}
        return "".join(sorted(chars)).replace("0", "0-9")

    # every form starts a word with one of a few letters: most positions fail at once
    return tuple((name, re.compile(rf"(?<![A-Za-z0-9])(?=[{first_chars(name)}])" + fill(template), re.I))
                 for name, template in FORMS)


DECIMAL_RANGE = re.compile(r"\s*(?:[-–—]|to|and)\s*\d+[.,]\d")
NEXT_WORDS = re.compile(r"\s*(%|[A-Za-z]+(?:\s+[A-Za-z]+)?)")


def is_decimal_figure(match: re.Match, rules: Rules) -> bool:
    """Whether 'a.b' is a figure: the low end of a range of decimals, or followed by a unit."""
    text, end = match.string, match.end()
    if DECIMAL_RANGE.match(text, end):
        return True
    following = NEXT_WORDS.match(text, end)
    if following is None:
        return False
    words = following[1].lower()
    return words in rules.units or words.split()[0] in rules.units
