"""Find written numbers: numerals (10, 1,000, 2.5, 3.2 million) and number words
(ten, twenty-one, three hundred, a dozen, four and a half), with their spans."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rules import Rules

TOKEN = re.compile(r"[A-Za-z]+")
SCALE_AFTER = re.compile(r"[ -]+(hundred|thousand|million|billion|trillion)\b", re.I)
NUMERAL = re.compile(r"(?<![\w.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d])|(?<![\w.,])\.\d+(?![\d.])")
LETTER_NUMBER = re.compile(r"[A-Za-z]-?$")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    spelled: bool          # written in words
    decimals: bool         # has a fractional part as written
    commas: bool


@lru_cache(maxsize=8)
def word_pattern(rules: Rules) -> re.Pattern:
    """A regex for runs of number words, built from the vocabulary in rules/."""
    words = sorted(set(rules.cardinals) | set(rules.scales), key=len, reverse=True)
    word = "(?:" + "|".join(re.escape(w).replace("\\-", "[- ]") for w in words) + ")"
    frac = "(?:" + "|".join(rules.fractions) + ")" if rules.fractions else "(?!x)x"
    run = rf"(?:an?[ -]+(?={word}))?{word}(?:(?:[ -]+|\s+and\s+){word})*(?:\s+and\s+an?\s+{frac})?"
    return re.compile(rf"(?<![\w-]){run}(?![\w])", re.I)


def words_value(phrase: str, rules: Rules) -> float | None:
    """The value of a run of number words: 'twenty-one' 21, 'three hundred' 300, 'a dozen' 12."""
    total = current = 0.0
    seen = False
    tokens = re.split(r"[\s-]+", phrase.lower())
    for index, token in enumerate(tokens):
        if token in ("a", "an", "and") or not token:
            continue
        if token in rules.fractions and index > 0 and tokens[index - 1] in ("a", "an"):
            current += rules.fractions[token]
        elif token == "dozen":
            current = (current or 1) * 12
        elif token in rules.cardinals:
            current += rules.cardinals[token]
        elif token in rules.scales:
            current = (current or 1) * rules.scales[token]
            if rules.scales[token] >= 1000:
                total, current = total + current, 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _joins(previous: str, token: str, rules: Rules) -> bool:
    """Whether number word `token` continues the number that `previous` ends."""
    if previous in ("a", "an") or token in rules.scales or token == "dozen":
        return True
    if previous in rules.scales:
        return token in rules.cardinals
    value, last = rules.cardinals.get(token), rules.cardinals.get(previous)
    return value is not None and last is not None and last >= 20 and last % 10 == 0 and value < 10


def split_run(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Split a run of number words into separate numbers ('five and six' is two)."""
    pieces: list[list[int]] = []
    previous = None
    tokens = list(TOKEN.finditer(text, start, end))
    for index, token in enumerate(tokens):
        word = token[0].lower()
        if word == "and":
            following = tokens[index + 1][0].lower() if index + 1 < len(tokens) else ""
            joins = previous in rules.scales or (following in ("a", "an") and index + 2 < len(tokens)
                                                 and tokens[index + 2][0].lower() in rules.fractions)
            previous = "and-fraction" if joins and previous not in rules.scales else (previous if joins else None)
            continue
        if word in ("a", "an") and previous == "and-fraction":
            pieces[-1][1] = token.end()
        elif word in rules.fractions and previous in ("a", "an"):
            pieces[-1][1] = token.end()
        elif pieces and previous is not None and _joins(previous, word, rules):
            pieces[-1][1] = token.end()
        else:
            pieces.append([token.start(), token.end()])
        previous = word
    return [(s, e) for s, e in pieces]


def find_numbers(text: str, start: int, end: int, rules: Rules) -> list[Number]:
    """Numbers in text[start:end], numerals and words, not overlapping, in order."""
    found: list[Number] = []
    for match in NUMERAL.finditer(text, start, end):
        if LETTER_NUMBER.search(text, max(start, match.start() - 2), match.start()):
            continue  # G20, G-20, M4.6, COVID-19: part of a name
        raw, stop = match[0], match.end()
        value = float(raw.replace(",", ""))
        if scale := SCALE_AFTER.match(text, stop, end):
            value, stop = value * rules.scales[scale[1].lower()], scale.end()
        found.append(Number(match.start(), stop, value, False, "." in raw, "," in raw))
    for match in word_pattern(rules).finditer(text, start, end):
        for s, e in split_run(text, match.start(), match.end(), rules):
            phrase = text[s:e].lower()
            if phrase in rules.scales or phrase in ("a", "an"):
                continue  # a bare "hundred" or "million" is not a figure
            value = words_value(phrase, rules)
            if value is not None:
                found.append(Number(s, e, value, True, value % 1 != 0, False))
    found.sort(key=lambda n: n.start)
    return [n for i, n in enumerate(found) if i == 0 or n.start >= found[i - 1].end]
