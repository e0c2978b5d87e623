"""Quantities: figures with their hedges, ranges, units and counted nouns.

'at least 6' is [6, inf), 'more than 100' (100, inf), 'around 10' [9, 11],
'hundreds of men' [200, inf) men (a lower-bound claim), '$2.5 million' 2,500,000 USD.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .durations import combine_durations
from .unitranges import combine_unit_ranges
from ..model import Amount, Mention, Sentence
from ..rules import Rules, Unit
from .context import compound_word, hedge_after, hedge_before, not_a_count, ordinal_after_a
from .nouns import counted_noun
from .numbers import Number, find_numbers
from .readings import ammunition_rounds, share_of_a_set
from .zeros import zero_quantities
from .words import words_in

RANGE_JOIN = re.compile(r"[\s\u00a0]*(?:(and|to|or|through|thru)[\s\u00a0]+|([-–~])[\s\u00a0]*)")
BOUND_JOIN = re.compile(r"[\s\u00a0]*(?:,[\s\u00a0]*)?(?:and|but)?[\s\u00a0]*|[\s\u00a0]*,[\s\u00a0]*")
PART_OF_NUMBER = re.compile(r"[\s\u00a0]+(?:out[\s\u00a0]+)?of[\s\u00a0]+(?:\d|the[\s\u00a0]+\d)")
WORDS = re.compile(r"[a-z]+")
DEFINITE = re.compile(r"\b[Tt]he[\s\u00a0]+$")
NEXT_WORD = re.compile(r"[\s\u00a0-]*([A-Za-z]+)")
SUFFIX = re.compile(r"([A-Za-z]{1,3})\b")
# matched at a position, never on a slice of the rest of the sentence (a copy per figure)
OF_AFTER = re.compile(r"[\s\u00a0]+of\b")
WORD_AFTER_OF = re.compile(r"[\s\u00a0]+(?:of[\s\u00a0]+)?([A-Za-z]+)")


@lru_cache(maxsize=8)
def unit_pattern(rules: Rules) -> re.Pattern:
    forms = sorted(rules.units, key=len, reverse=True)
    body = "|".join(re.escape(f).replace("\\ ", r"[\s\u00a0]+") for f in forms)
    return re.compile(r"(?:[\s\u00a0]?-?|[\s\u00a0]*)(" + body + r")(?![\w])", re.I)


@lru_cache(maxsize=8)
def vague_pattern(rules: Rules) -> re.Pattern:
    phrases = sorted(rules.vague, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])", re.I)


def interval(kind: str, value: float, tolerance: float) -> dict:
    """The interval a hedged figure stands for."""
    return {
        "exact": dict(low=value, high=value),
        "lower": dict(low=value, high=None),
        "lower_open": dict(low=value, high=None, low_open=True),
        "upper": dict(low=None, high=value),
        "upper_open": dict(low=None, high=value, high_open=True),
        "near_below": dict(low=value * (1 - tolerance), high=value, high_open=True),
        "approx": dict(low=value * (1 - tolerance), high=value * (1 + tolerance)),
    }[kind]


PRECISION = {"exact": "exact", "closes": "exact", "lower": "lower", "lower_open": "lower", "upper": "upper",
             "upper_open": "upper", "near_below": "approx", "approx": "approx"}


@lru_cache(maxsize=8)
def currency_symbols(rules: Rules) -> tuple[str, ...]:
    return tuple(sorted(rules.currency_symbols, key=len, reverse=True))


def currency_before(text: str, start: int, rules: Rules) -> tuple[Unit, int] | None:
    if start == 0 or text[start - 1].isspace() or text[start - 1].isalnum() and text[start - 1] not in "DRSU":
        return None  # a symbol touches the figure: '$2.5', '£910,000', 'US$', 'EUR'
    for symbol in currency_symbols(rules):
        begin = start - len(symbol)
        if begin >= 0 and text[begin:start] == symbol:
            return rules.currency_symbols[symbol], begin
    return None


SPACES = re.compile(r"\s+")


def unit_after(text: str, end: int, ceiling: int, rules: Rules) -> tuple[Unit, int, str] | None:
    match = unit_pattern(rules).match(text, end, ceiling)
    if match:
        form = SPACES.sub(" ", match[1].lower())
        return rules.units[form], match.end(), form
    return None


@lru_cache(maxsize=8)
def prefix_pattern(rules: Rules) -> re.Pattern | None:
    forms = sorted(rules.prefix_units, key=len, reverse=True)
    return re.compile(r"(?<![\w])(" + "|".join(map(re.escape, forms)) + r")[\s\u00a0-]+$", re.I) if forms else None


def prefix_unit(text: str, start: int, floor: int, rules: Rules) -> tuple[Unit, int] | None:
    if not any(f in text[max(floor, start - 20):start].lower() for f in rules.prefix_units):
        return None
    pattern = prefix_pattern(rules)
    match = pattern.search(text, max(floor, start - 20), start) if pattern else None
    return (rules.prefix_units[match[1].lower()], match.start()) if match else None


def range_partner(text: str, first: Number, numbers: dict[int, Number], hedge_word: str,
                  changed: bool = False) -> Number | None:
    """The second figure of 'between 10 and 12', '10 to 12', 'three or four', '10-12';
    `numbers` are the sentence's figures by where they start."""
    join = RANGE_JOIN.match(text, first.end)
    if not join:
        return None
    partner = numbers.get(join.end())
    if partner is None or partner.value <= first.value:
        return None
    word = join[1] or join[2]
    if word == "and" and hedge_word != "between":
        return None
    if word == "to" and changed:
        return None  # 'rose from 5 to 11' is a change, not a range
    return partner


def build_quantity(text: str, sentence: Sentence, number: Number, numbers: dict[int, Number], rules: Rules):
    """A Mention for one figure, or None when it is not a quantity; and the figures it used up.
    `numbers`: the sentence's figures by start, so finding a range's partner costs no scan."""
    floor, ceiling = sentence.span
    if not_a_count(text, number, floor, ceiling, rules):
        return None, ()
    start, end, value = number.start, number.end, number.value
    if number.spelled and ordinal_after_a(text, number, ceiling, rules):
        value = 1  # 'killing two and wounding a third': one more person, not a third of one
    unit = None
    if currency := currency_before(text, start, rules):
        unit, start = currency
        if (suffix := SUFFIX.match(text, end)) and suffix[1].lower() in rules.suffix_scales:
            value, end = value * rules.suffix_scales[suffix[1].lower()], suffix.end()
    elif prefixed := prefix_unit(text, start, floor, rules):
        unit, start = prefixed
    hedge = hedge_before(text, start, floor, rules)  # before the symbol: 'almost $2 million'
    kind = hedge[0] if hedge else "exact"
    word_before_figure = text[max(floor, start - 8):start].strip().lower().split(" ")[-1]
    if hedge:
        start = min(start, hedge[1])
    used: tuple[Number, ...] = ()
    low_high = None
    changed = word_before_figure == "from" and any(
        w in rules.change_verbs for w in text[max(floor, start - 40):start].lower().split()[-4:-1])
    partner = range_partner(text, number, numbers, word_before_figure, changed)
    if partner is not None:
        low_high, end, used, kind = (value, partner.value), partner.end, (partner,), "range"
        if word_before_figure in ("between", "from"):
            # the word stands within 8 characters before the figure (and its currency sign):
            # a bounded window, not the whole sentence before it
            window = max(floor, number.start - 64)
            found = text[window:number.start].lower().rfind(word_before_figure)
            start = min(start, window + found) if found >= 0 else start
    duration = False
    if unit is None and partner is None and share_of_a_set(text, number, ceiling):
        unit, value = rules.units["percent"], value * 100  # 'half the homes' is 50 % of them
    compound = compound_word(text, number) if partner is None else None
    if unit is None and (after := unit_after(text, end, ceiling, rules)):
        if after[0].dimension == "time" and "-" in text[end:after[1]]:
            return None, ()  # 'a six-month sentence', 'a two-day summit': a modifier, not a duration
        unit, end = after[0], after[1]
        duration = unit.dimension == "time"
    elif unit is None and compound is not None:
        if compound in rules.duration_forms or compound not in rules.scales:
            if compound in rules.duration_forms or not DEFINITE.search(text, max(floor, start - 5), start):
                return None, ()  # '36-year-old', 'a 42-page report': a modifier, not a count
            # 'the 84-bed home': a count the story's own thing has, as 'the home has 84 beds'
            end += 1 + len(compound)
            amount = Amount(**interval(kind, value, rules.tolerance), unit=None,
                            noun=rules.noun_classes.get(compound, compound), precision=PRECISION[kind], stated=value)
            return Mention(sentence.doc, sentence.index, "quantity", (start, end), text[start:end], amount), used
    shots = unit is None and ammunition_rounds(text, start, end, floor, ceiling, rules)
    if unit is None and not shots and (dur := NEXT_WORD.match(text, end, ceiling)):
        duration = duration or dur[1].lower() in rules.duration_forms
    if after_hedge := hedge_after(text, end, ceiling, rules):
        closes = {"lower_open": "lower", "upper_open": "upper"}
        kind = closes.get(kind, kind) if after_hedge[0] == "closes" else after_hedge[0]
        end = after_hedge[1]
    if low_high:
        bounds = dict(low=low_high[0], high=low_high[1])
    else:
        bounds = interval(kind, value, rules.tolerance)
    noun, partial = (None, False) if unit is not None else counted_noun(text, end, ceiling, rules)
    noun = "ammunition" if shots else noun
    partial = partial or bool(PART_OF_NUMBER.match(text, end, ceiling))
    amount = Amount(**bounds, unit=unit.name if unit else None, noun=noun,
                    precision="range" if kind == "range" else PRECISION[kind], stated=value)
    mention = Mention(sentence.doc, sentence.index, "duration" if duration else "quantity",
                      (start, end), text[start:end], amount, partial=partial)
    return mention, used


@lru_cache(maxsize=8)
def time_factors(rules: Rules) -> dict[str, float]:
    """Each time unit's length in days, by unit name."""
    return {u.name: u.factor for u in rules.units.values() if u.dimension == "time"}


@lru_cache(maxsize=8)
def vague_words(rules: Rules) -> frozenset:
    return frozenset(word for phrase in rules.vague for word in phrase.split())


def vague_quantities(text: str, sentence: Sentence, taken: list[tuple[int, int]], rules: Rules) -> list[Mention]:
    found = []
    floor, ceiling = sentence.span
    if vague_words(rules).isdisjoint(words_in(text, floor, ceiling)):
        return found
    occupied = bytearray(ceiling - floor)
    for s, e in taken:
        occupied[s - floor:e - floor] = b"\x01" * (e - s)
    for match in vague_pattern(rules).finditer(text, floor, ceiling):
        if any(occupied[match.start() - floor:match.end() - floor]):
            continue
        if match[1].lower() in rules.vague_needs_of and not OF_AFTER.match(text, match.end(), ceiling):
            continue
        low, high = rules.vague[match[1].lower()]
        noun, partial = counted_noun(text, match.end(), ceiling, rules)
        following = WORD_AFTER_OF.match(text, match.end(), ceiling)
        duration = bool(following) and following[1].lower() in rules.duration_forms
        amount = Amount(low, high, noun=noun, precision="vague")
        found.append(Mention(sentence.doc, sentence.index, "duration" if duration else "quantity",
                             match.span(), match[0], amount, partial=partial))
    return found


CLOCK_DIGITS = re.compile(r"\d\d?:\d\d(?!\d)")


def extract_quantities(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    """Every quantity (and duration) in one sentence."""
    numbers = find_numbers(text, sentence.span[0], sentence.span[1], rules)
    mentions, used = [], set()
    by_start: dict[int, Number] = {}
    for number in numbers:
        by_start.setdefault(number.start, number)
    for number in numbers:
        if number in used or CLOCK_DIGITS.match(text, max(0, number.start - 2), number.end + 3):
            continue  # ('with 13:41 to go': the minutes and seconds of a clock, no count)
        mention, consumed = build_quantity(text, sentence, number, by_start, rules)
        used.update(consumed)
        if mention is not None:
            mentions.append(mention)
    taken = [m.span for m in mentions] + [(n.start, n.end) for n in numbers]
    vague = vague_quantities(text, sentence, taken, rules)
    zeros = zero_quantities(text, sentence, taken + [m.span for m in vague], rules)
    ranges = combine_unit_ranges(text, combine_bounds(text, mentions), rules.change_verbs)
    ranges = combine_durations(text, ranges, time_factors(rules))
    return sorted(ranges + vague + zeros, key=lambda m: m.span)


def _bound(mention: Mention, direction: str) -> bool:
    amount = mention.value
    return mention.kind == "quantity" and amount.precision == direction \
        and (amount.high if direction == "lower" else amount.low) is None


def combine_bounds(text: str, mentions: list[Mention]) -> list[Mention]:
    """'greater than 100 and smaller than 300' is one interval, (100, 300)."""
    combined: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        if second and BOUND_JOIN.fullmatch(text, first.span[1], second.span[0]) \
                and first.value.unit == second.value.unit:
            pair = (first, second) if _bound(first, "lower") else (second, first)
            lower, upper = pair
            if _bound(lower, "lower") and _bound(upper, "upper") and lower.value.low < upper.value.high:
                amount = Amount(lower.value.low, upper.value.high, lower.value.low_open, upper.value.high_open,
                                first.value.unit, second.value.noun or first.value.noun, "range")
                combined.append(Mention(first.doc, first.sentence, "quantity", (first.span[0], second.span[1]),
                                        text[first.span[0]:second.span[1]], amount))
                index += 2
                continue
        combined.append(first)
        index += 1
    return combined
