"""What the words around a figure say about it: not a count at all (a date, a
year, a time, an ordinal, a label, a record), or a hedge that makes it a bound."""
from __future__ import annotations

import re
from functools import lru_cache

from ..rules import Rules
from .numbers import Number, counts_a_noun

ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.I)
CLOCK = re.compile(r"[:.]\d{2}\b")
RECORD = re.compile(r"[-–]\d")
COMPOUND = re.compile(r"-([A-Za-z]+)")
WORD_BEFORE = re.compile(r"([A-Za-z][\w.']*)[\s\u00a0]*$")
WORD_END = re.compile(r"([A-Za-z][\w.']*)$")
WORD_AFTER = re.compile(r"[\s\u00a0]*([A-Za-z][\w.']*)")
AGE_APPOSITION = re.compile(r"[A-Z][a-z]+,[\s\u00a0]*$")
PHONE = re.compile(r"\+?\d+(?:[-/]\d+){2,}")
# The end of a phone number: its last two separators suffice, so no start of the search
# runs to the end of a long digit run (a search over 250,000 digits stays linear).
PHONE_TAIL = re.compile(r"\d[-/]\d+[-/]\d+$")
DETERMINERS = {"the", "this", "that", "no", "any", "every", "each", "which"}


@lru_cache(maxsize=8)
def hedge_pattern(rules: Rules) -> re.Pattern:
    """Word hedges end at a space before the figure; symbols (>, <=) may touch it."""
    words = sorted((p for p in rules.hedges if re.search(r"[a-z]", p)), key=len, reverse=True)
    symbols = sorted((p for p in rules.hedges if not re.search(r"[a-z]", p)), key=len, reverse=True)
    word_part = r"(?<![\w])(" + "|".join(re.escape(p) for p in words) + r")[\s\u00a0]+$"
    symbol_part = r"(?<![<>=])(" + "|".join(re.escape(p) for p in symbols) + r")[\s\u00a0]*$"
    return re.compile(f"{word_part}|{symbol_part}", re.I)


@lru_cache(maxsize=8)
def after_hedge_pattern(rules: Rules) -> re.Pattern:
    phrases = sorted(rules.after_hedges, key=len, reverse=True)
    return re.compile(r"[\s\u00a0]*(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w])", re.I)


@lru_cache(maxsize=8)
def number_ahead(rules: Rules) -> re.Pattern:
    words = "|".join(sorted(set(rules.cardinals) | set(rules.fractions), key=len, reverse=True))
    return re.compile(rf"[\s\u00a0]*(?:than[\s\u00a0]+|to[\s\u00a0]+)?(?:an?[\s\u00a0]+)?(?:[-\d]|(?:{words})\b)", re.I)


@lru_cache(maxsize=8)
def time_pattern(rules: Rules) -> re.Pattern:
    words = sorted(rules.time_words, key=len, reverse=True)
    return re.compile(r"[\s\u00a0]*(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w])", re.I)


def word_before(text: str, start: int, floor: int) -> str:
    """The word right before `start` (white space between), lower case, or ''."""
    if not text[start - 1:start].isspace():
        return ""
    parts = text[max(floor, start - 30):start].split()
    if not parts:
        return ""
    match = WORD_END.search(parts[-1])
    return match[1].lower() if match and match.end() == len(parts[-1]) else ""


def word_after(text: str, end: int, ceiling: int) -> str:
    match = WORD_AFTER.match(text, end, ceiling)
    return match[1].lower() if match else ""


@lru_cache(maxsize=8)
def hedge_last_words(rules: Rules) -> frozenset:
    """The last word of every hedge phrase: a figure whose preceding word is none of
    these has no hedge, and the regex need not run."""
    return frozenset(p.split()[-1] for p in rules.hedges)


def is_calendar(text: str, number: Number, floor: int, ceiling: int, rules: Rules) -> bool:
    """A day of a month ('June 24', '24 June'), a year, or a time of day."""
    before = word_before(text, number.start, floor).rstrip(".")
    after = word_after(text, number.end, ceiling).rstrip(".,")
    if before in rules.months or (after in rules.months and number.value <= 31):
        return True
    if not number.spelled and CLOCK.match(text, number.end) and number.value < 25:
        return True
    if time_pattern(rules).match(text, number.end, ceiling):
        return True
    low, high = rules.year_range
    is_year_shape = not number.spelled and not number.commas and not number.decimals \
        and len(text[number.start:number.end]) == 4
    return is_year_shape and low <= number.value <= high and not (after.endswith("s") and after.isalpha())


ONE_DIGIT = re.compile(r"\d")
AGE_BEFORE = re.compile(r"(?:\bat[\s\u00a0]+(?:the[\s\u00a0]+)?age[\s\u00a0]+(?:of[\s\u00a0]+)?|\baged[\s\u00a0]+"
                        r"|\b(?:died|dies|dead)[\s\u00a0]+at[\s\u00a0]+)$", re.I)
COMPARISON_SIGN = re.compile(r"(?:<>|=>|=<)$")
SEPARATORS, SIGNED = ("-", "/"), ("-", "/", "+")  # tuples: '' (the text's end) is in no tuple


def not_a_count(text: str, number: Number, floor: int, ceiling: int, rules: Rules) -> str | None:
    """Why this figure is not a quantity (a label, ordinal, record...), or None."""
    if not number.spelled and ORDINAL_SUFFIX.match(text, number.end):
        return "ordinal"
    if is_calendar(text, number, floor, ceiling, rules):
        return "calendar"
    before = word_before(text, number.start, floor)
    if before in rules.labels or before.rstrip(".") + "." in rules.labels:
        return "label"
    if model_number(text, number, floor, ceiling, rules):
        return "label"
    if not number.spelled and RECORD.match(text, number.end) and _record_like(text, number):
        return "record"
    if number.start > 0 and text[number.start - 1] in "-–" and not number.spelled \
            and ONE_DIGIT.match(text, max(0, number.start - 2)):
        return "record"
    if text[max(floor, number.start - 3):number.start].rstrip().endswith(",") \
            and AGE_APPOSITION.search(text, max(floor, number.start - 30), number.start) \
            and re.match(r"[\s\u00a0]*[,)]", text[number.end:number.end + 2]) and number.value < 120:
        return "age"
    if AGE_BEFORE.search(text, max(floor, number.start - 20), number.start):
        return "age"  # 'died at 84', 'at the age of 83', 'aged 84'
    if number.spelled and text[number.start:number.end].lower() == "one" \
            and word_before(text, number.start, floor) in DETERMINERS and not counts_a_noun(text, number.end, rules):
        return "pronoun"
    if not number.spelled and (text[number.end:number.end + 1] in SEPARATORS
                               or text[number.start - 1:number.start] in SIGNED) \
            and (PHONE.match(text, max(floor, number.start - 1))
                 or PHONE_TAIL.search(text, max(floor, number.start - 20), number.end)):
        return "phone"
    if COMPARISON_SIGN.search(text, max(floor, number.start - 2), number.start):
        return "symbol"
    if emergency_number(text, number, floor, ceiling, rules):
        return "phone"
    return None


NEXT_WORD = re.compile(r"[\s\u00a0]+([A-Za-z][\w'’]*)")
# words after a number that make no model name of it: 'Revel 24 and Pettit 58', 'Harlow 3 million'
FUNCTION_AFTER = frozenset("""and or but nor in on at to of for with from by as than per the a an after before was
were is are has have had will would said says million billion thousand hundred percent point year month
week day hour minute second am pm vs over under up down out off into onto against""".split())
NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+)[ \u00a0]$")


A_ORDINAL = re.compile(r"(?i:an?)[ \u00a0]+([a-z]+)$")
FRACTION_AFTER = frozenset({"of", "were", "are", "have", "had"})  # 'a third of', 'a third were hurt'


def ordinal_after_a(text: str, number: Number, ceiling: int, rules: Rules) -> bool:
    """'A third person has died', 'wounding a third': one more, not a fraction (which 'a
    third of the homes', 'a third were hurt' are)."""
    match = A_ORDINAL.match(text[number.start:number.end])
    if not match or match[1].lower() not in rules.ordinals or match[1].lower() in rules.fractions:
        return False
    after = NEXT_WORD.match(text, number.end, ceiling)
    return not (after and after[1].lower() in FRACTION_AFTER)


def model_number(text: str, number: Number, floor: int, ceiling: int, rules: Rules) -> bool:
    """'the Halcyon 4 rocket', 'a Vireo 9 engine': a number between a capitalised name and
    a singular noun names a model or a line, it counts nothing (four would be 'rockets')."""
    if number.spelled or not text[number.start:number.end].isdigit():
        return False
    name = NAME_BEFORE.search(text, max(floor, number.start - 30), number.start)
    after = NEXT_WORD.match(text, number.end, ceiling)
    if not name or not after or not after[1].islower() or after[1].endswith("s") or after[1] in rules.irregular:
        return False  # 'seven rockets', '100 men': a plural is counted
    opening = text[max(floor, name.start() - 2):name.start()].strip()
    if not opening or not (opening[-1].isalnum() or opening[-1] == ","):
        return False  # 'Over 100 men', '"Over 100': a capital that opens a sentence or quotation
    word, noun = name[1].lower(), after[1]
    if word in rules.months or word in rules.weekdays or noun in rules.units or noun in FUNCTION_AFTER \
            or rules.grammar.is_verb(noun):  # 'Brandt 17 led the scoring'
        return False
    return not hedge_after(text, number.end, ceiling, rules)


def emergency_number(text: str, number: Number, floor: int, ceiling: int, rules: Rules) -> bool:
    """'the first 911 call', 'dialled 999': an emergency number beside a calling word."""
    if number.spelled or text[number.start:number.end] not in rules.emergency_numbers:
        return False
    after = NEXT_WORD.match(text, number.end, ceiling)
    return bool(after and after[1].lower() in rules.calling_after) \
        or word_before(text, number.start, floor) in rules.calling_before


def _record_like(text: str, number: Number) -> bool:
    """'52-3' (a record or score) rather than '10-12' (a range)."""
    match = re.match(r"[-–](\d+)", text[number.end:number.end + 8])
    return bool(match) and float(match[1]) < number.value


def compound_word(text: str, number: Number) -> str | None:
    """The word a figure is hyphenated to ('42-page' -> 'page'), if any."""
    match = COMPOUND.match(text, number.end)
    return match[1].lower() if match else None


def hedge_before(text: str, start: int, floor: int, rules: Rules) -> tuple[str, int] | None:
    """The hedge kind ending right before `start`, and where the hedge begins."""
    tail = text[max(floor, start - 40):start].rstrip()
    last = tail.split()[-1].lower().lstrip("\"'“‘([") if tail.split() else ""
    symbol = tail[-1:] in "<>=≥≤" and tail[-1:] != ""
    if not last or (last not in hedge_last_words(rules) and not symbol):
        return None
    match = hedge_pattern(rules).search(text, max(floor, start - 40), start)
    if not match:
        return None
    phrase = (match[1] or match[2]).lower()
    return rules.hedges[phrase], match.start(1 if match[1] else 2)


def hedge_after(text: str, end: int, ceiling: int, rules: Rules) -> tuple[str, int] | None:
    """A hedge after the figure ('or more'), unless it opens the next figure ('or less than 5')."""
    match = after_hedge_pattern(rules).match(text, end, ceiling)
    if not match or number_ahead(rules).match(text, match.end(), ceiling):
        return None
    return rules.after_hedges[match[1].lower()], match.end()
