"""The vocabulary of dates as regex pieces, built from rules/calendar.toml and
rules/numbers.toml: months, weekdays, days of the month in words and figures, years."""
from __future__ import annotations

import re
from functools import lru_cache

from ..rules import Rules


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w).replace("\\ ", r"[\s-]+").replace("\\-", r"[\s-]+")
                           for w in sorted(set(words), key=len, reverse=True)) + ")"


@lru_cache(maxsize=8)
def day_words(rules: Rules) -> dict[str, int]:
    """'twenty-first', 'twenty first', 'twenty one', 'fifteen', 'third' -> day of the month."""
    ordinals = {w: int(v) for w, v in rules.ordinals.items() if 1 <= v <= 30 and v == int(v)}
    cardinals = {w: int(v) for w, v in rules.cardinals.items() if 1 <= v <= 31 and "-" not in w and w != "couple"}
    words = dict(ordinals) | dict(cardinals)
    for tens_word, tens in (("twenty", 20), ("thirty", 30)):
        for unit_word, unit in list(ordinals.items()) + list(cardinals.items()):
            if 1 <= unit <= 9 and tens + unit <= 31:
                words[f"{tens_word} {unit_word}"] = tens + unit
    return words


def day_value(phrase: str, rules: Rules) -> int | None:
    phrase = re.sub(r"[\s-]+", " ", phrase.lower().strip())
    if phrase[:2].isdigit() or phrase[:1].isdigit():
        return int(re.match(r"\d+", phrase)[0])
    return day_words(rules).get(phrase)


def year_words_value(phrase: str, rules: Rules) -> int | None:
    """'nineteen seventy eight' 1978, 'two thousand and eighteen' 2018, 'nineteen zero one' 1901."""
    words = [w for w in re.split(r"[\s-]+", phrase.lower()) if w and w != "and"]
    def small(ws):
        """A two-digit year part: 'seventy eight', 'eighteen', 'zero one', 'oh five'."""
        if not ws:
            return 0
        values = [rules.cardinals.get(w) for w in ws]
        if len(ws) == 2 and ws[0] in ("zero", "oh", "nought") and values[1] is not None and values[1] < 10:
            return int(values[1])
        if len(ws) == 1 and values[0] is not None and values[0] < 100:
            return int(values[0])
        if len(ws) == 2 and None not in values and values[0] % 10 == 0 and 20 <= values[0] < 100 and values[1] < 10:
            return int(values[0] + values[1])
        return None
    if words[:2] == ["two", "thousand"]:
        rest = small(words[2:])
        return None if rest is None else 2000 + rest
    if words and words[0] in ("nineteen", "eighteen", "twenty", "seventeen") and len(words) > 1:
        rest = small(words[1:])
        return None if rest is None else int(rules.cardinals[words[0]]) * 100 + rest
    return None


@lru_cache(maxsize=8)
def pieces(rules: Rules) -> dict[str, str]:
    """Named regex pieces for the date forms."""
    months = _alternation(rules.months)
    weekdays = _alternation(rules.weekdays)
    day_word = _alternation(day_words(rules))
    tens_units = "|".join(sorted(rules.cardinals, key=len, reverse=True))
    year_words = (rf"(?:two[\s-]+thousand(?:[\s-]+and)?(?:[\s-]+(?:{tens_units}))*"
                  rf"|(?:nineteen|eighteen|twenty|seventeen)(?:[\s-]+(?:{tens_units}|oh))+)")
    return {
        "MONTH": rf"(?P<mon>{months})(?![a-z])\.?",
        "WD": rf"(?P<wd>{weekdays})(?![a-rt-z])\.?",
        "DAY": rf"(?P<day>(?<![\d.,])(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d:]|\.\d)|{day_word}\b)",
        "YEAR": rf"(?P<year>(?:1\d{{3}}|20\d{{2}})(?!\d|,\d)|'\d{{2}}\b|{year_words}\b)",
        "SHIFT": _alternation(rules.shifts),
        "UNIT": _alternation(rules.period_units),
        "REL": _alternation(rules.relative_days),
        "COUNT": rf"(?:\d+|a|an|few|a few|several|{tens_units})",
    }
