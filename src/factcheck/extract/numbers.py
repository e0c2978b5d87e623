"""Find written numbers and their values: numerals (10, 1,000, 1 234 567, 2.5, -3,
3/4, 2 1/4, 1e10, 10k, 3.2 million) and words (ten, twenty-one, three hundred and
five, a dozen, half a dozen, four and a half, two thirds, two point five, minus one),
with their spans. Reading the words is in wordnum.py."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..rules import Rules
from .wordnum import read_run, split_run
from .words import words_in

SEP = r"[ \u00a0\u202f\u2009]"
VULGAR = re.compile(r"(?<![\w])(\d+[ \u00a0]?)?([\u00bc-\u00be\u2150-\u215e])")
DETERMINERS = {"the", "this", "that", "which", "any", "every", "each", "no", "another"}
NUMERAL = re.compile(
    r"(?=[-\d.])(?<![\w.,/:^\-–])"
    r"(?P<sign>-(?=\d)|-" + SEP + r"(?=\d+" + SEP + r"\d+/\d))?"
    r"(?P<body>\d+(?:\.\d+)?[x×]10\^[+-]?\d+"
    r"|\d+(?:\.\d+)?[eE][+-]?\d+"
    r"|\d+(?:\.\d+)?\^[+-]{0,2}\d+"
    r"|\d+" + SEP + r"+\d+/\d+(?![/\d])"
    r"|\d+/\d+(?![/\d])"
    r"|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?(?![,\d])"
    r"|\d{1,3}(?:\.\d{3})+,\d+(?![.,]?\d)"
    r"|\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    r"|\d+,\d{1,2}(?![\d,])"
    r"|(?P<chain>\d+(?:\.\d+){2,})"
    r"|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:\.\d+)?(?!\d)"
    r"|\d{1,3}(?: \d{3}){2,}(?!\d)|\d{1,3} 000(?!\d)"
    r"|\d+(?:\.\d+)?|\.\d+)(?![\d/])")
GLUED = re.compile(r"[A-Za-z]+")
SPACED_SUFFIX = re.compile(SEP + r"+(k|K|M|G|B|bn|bln|tln|mil|MM|lakhs?|crore)\b")
SCALE_AFTER = re.compile(r"[ -]+(hundred|thousand|million|billion|trillion)\b", re.I)
CONNECTOR = re.compile(r"[ \u00a0]+(over|out of|in)[ \u00a0]+")


@dataclass(frozen=True)
class Number:
    start: int
    end: int
    value: float
    spelled: bool          # written in words
    decimals: bool         # has a fractional part as written
    commas: bool
    attached: str | None = None   # letters glued on ("180ml", "4th"): a unit or suffix, not a bare number
    ratio: bool = False           # a fraction such as 3/4 or "one in three"


LOST_HALF = re.compile(r"([1-9]\d*)([13])/([24])")
DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}|\d{1,3}(?:\.\d{3})+,\d+")
GROUPING = re.compile(r"[,\u00a0\u202f\u2009]")


def numeral_value(body: str) -> float:
    """The value of a numeral as written; grouping by ',' '.' or spaces, a decimal ',' if
    one or two digits follow it (5,00 and 1,3) or it ends a '.'-grouped numeral."""
    if "," in body and DECIMAL_COMMA.fullmatch(body):
        body = body.replace(".", "").replace(",", ".")
    if "x10^" in body or "×10^" in body:
        mantissa, exponent = re.split(r"[x×]10\^", body)
        return float(mantissa) * 10 ** float(exponent)
    body = GROUPING.sub("", body)
    if "^" in body:
        base, exponent = body.split("^")
        return float(base) ** float(exponent.replace("--", "").replace("+", "") or 1)
    if (lost := LOST_HALF.fullmatch(body)) and int(lost[2]) < int(lost[3]):
        # '41/2 months' is '4½ months' with the ½ turned into '1/2' (no one writes 20.5 so)
        return float(lost[1]) + float(lost[2]) / float(lost[3])
    if "/" in body:
        parts = body.split()
        whole = float(parts[0]) if len(parts) == 2 else 0.0
        numerator, denominator = parts[-1].split("/")
        return whole + float(numerator) / float(denominator) if float(denominator) else float("nan")
    return float(body.replace(" ", ""))


def _numeral(match: re.Match, text: str, end: int, rules: Rules) -> Number | None:
    body = match["body"]
    value = numeral_value(body)
    if value != value:  # x/0
        return None
    stop, attached = match.end(), None
    glued = GLUED.match(text, stop, end)
    if glued and glued[0] in rules.suffix_scales and glued[0] != "m":
        value, stop = value * rules.suffix_scales[glued[0]], glued.end()
    elif glued:
        attached = glued[0]
    elif spaced := SPACED_SUFFIX.match(text, stop, end):
        value, stop = value * rules.suffix_scales[spaced[1]], spaced.end()
    elif scale := SCALE_AFTER.match(text, stop, end):
        if not re.match(r"[ -]+(?:and|\w+ths?\b)", text[scale.end():scale.end() + 8]):
            value, stop = value * rules.scales[scale[1].lower()], scale.end()
    if match["sign"]:
        value = -value
    return Number(match.start(), stop, value, False, "." in body or "/" in body, "," in body,
                  attached, "/" in body)


CANDIDATE = re.compile(r"[A-Za-z]+|\d+")
LETTERS = re.compile(r"[a-z]+")
DIGIT_RUN = re.compile(r"\d+")
DIGITS = re.compile(r"[\d\u00bc-\u00be\u2150-\u215e]")
LEADING_ARTICLE = re.compile(r"(?<![\w-])an?[ \u00a0]+$", re.I)


@lru_cache(maxsize=8)
def number_words(rules: Rules) -> frozenset:
    """Words that can be part of a written number, for a quick look before the regex."""
    words = set(rules.cardinals) | set(rules.scales) | set(rules.fractions) | set(rules.signs) \
        | set(rules.ordinals) | {o + "s" for o in rules.ordinals} | set(rules.multipliers) \
        | {s + "s" for s in rules.scales}
    return frozenset(part for w in words for part in re.split(r"[- ]", w.lower()))


@lru_cache(maxsize=8)
def start_words(rules: Rules) -> frozenset:
    """Number words that can stand in a run without another: not 'a' or 'an' ('a dozen' has 'dozen')."""
    return number_words(rules) - {"a", "an"}


def word_runs(text: str, start: int, end: int, rules: Rules):
    """Matches of the number-word regex, tried only where a number word or digit stands."""
    pattern, words = word_pattern(rules), number_words(rules)
    spelled = not start_words(rules).isdisjoint(words_in(text, start, end))
    if not spelled and not DIGITS.search(text, start, end):
        return  # most sentences: nothing that could start a number
    reached = start
    # without a number word, a run is numerals only ('2-3'): only digits can start one
    for candidate in (CANDIDATE if spelled else DIGIT_RUN).finditer(text, start, end):
        position = candidate.start()
        if position < reached or not (candidate[0][0].isdigit() or candidate[0].lower() in words):
            continue
        article = LEADING_ARTICLE.search(text, max(reached, position - 4), position) \
            if text[position - 2:position - 1] in "aAnN" else None
        match = pattern.match(text, article.start() if article else position, end)
        if match is None and article:
            match = pattern.match(text, position, end)
        if match:
            reached = match.end()
            yield match


@lru_cache(maxsize=8)
def word_pattern(rules: Rules) -> re.Pattern:
    """A regex for runs of number words (and numerals among them), from the vocabulary in rules/."""
    words = set(rules.cardinals) | set(rules.scales) | set(rules.fractions) | set(rules.signs) \
        | set(rules.ordinals) | {o + "s" for o in rules.ordinals} | set(rules.multipliers) \
        | {s + "s" for s in rules.scales} | {"point"}
    alternatives = sorted(words, key=len, reverse=True)
    numeral = r"(?<![\d.])\d+(?:\.\d+)?(?![.\d])"
    word = "(?:" + "|".join(re.escape(w).replace("\\-", "[- ]") for w in alternatives) + "|" + numeral + ")"
    joint = r"(?:[ \u00a0]*[-–][ \u00a0]*|[ \u00a0]+(?:and[ \u00a0]+)?(?:an?[ \u00a0]+)?)"
    return re.compile(rf"(?<![\w-])(?:an?[ \u00a0]+)?{word}(?:{joint}{word})*(?![\w])", re.I)


def find_numbers(text: str, start: int, end: int, rules: Rules) -> list[Number]:
    """Numbers in text[start:end], numerals and words, not overlapping, in order."""
    found: list[Number] = []
    digits = DIGITS.search(text, start, end) is not None
    for match in NUMERAL.finditer(text, start, end) if digits else ():
        if match["chain"]:  # 192.168.1.2, 1.2.3: a version or an address, each part a number
            found += [Number(m.start(), m.end(), float(m[0]), False, False, False)
                      for m in re.finditer(r"\d+", text[:match.end()]) if m.start() >= match.start()]
            continue
        number = _numeral(match, text, end, rules)
        if number is not None:
            found.append(number)
    for match in VULGAR.finditer(text, start, end) if digits else ():
        value = unicodedata.numeric(match[2]) + (float(match[1]) if match[1] else 0.0)
        found.append(Number(match.start(), match.end(), value, False, True, False, ratio=True))
    for match in word_runs(text, start, end, rules):
        for piece_start, piece_end, tokens in split_run(text, match.start(), match.end(), rules):
            value = read_run(tokens, rules)
            if value is None or _pronoun(text, tokens, start, rules):
                continue
            spelled = any(not t[0].isdigit() for _, _, t in tokens)
            found.append(Number(piece_start, piece_end, value, spelled, value % 1 != 0, False,
                                ratio=any(t in rules.ordinals or t.rstrip("s") in rules.ordinals
                                          for _, _, t in tokens)))
    return join_ratios(text, resolve_overlaps(found), rules)


def _pronoun(text: str, tokens, floor: int, rules: Rules) -> bool:
    """'the one you mentioned', 'which one': one as a pronoun, not a number."""
    if [t[2] for t in tokens] != ["one"]:
        return False
    before = re.search(r"([A-Za-z]+)[ \u00a0]+$", text[max(floor, tokens[0][0] - 12):tokens[0][0]])
    return bool(before) and before[1].lower() in DETERMINERS and not counts_a_noun(text, tokens[-1][1], rules)


NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def counts_a_noun(text: str, end: int, rules: Rules) -> bool:
    """'that one bomb': a counted noun follows, so 'one' is a number, not a pronoun."""
    following = NEXT_WORD.match(text, end)
    return bool(following) and following[1].lower() in rules.noun_classes


def resolve_overlaps(found: list[Number]) -> list[Number]:
    """Keep the earliest, then longest, of overlapping readings; numerals win ties."""
    found.sort(key=lambda n: (n.start, -(n.end - n.start), n.spelled))
    kept: list[Number] = []
    for number in found:
        if not kept or number.start >= kept[-1].end:
            kept.append(number)
    return kept


def join_ratios(text: str, numbers: list[Number], rules: Rules) -> list[Number]:
    """'one over three', '1 in twenty-one', 'one out of three': a ratio, when nothing follows."""
    joined: list[Number] = []
    skip = None
    for index, number in enumerate(numbers):
        if number is skip:
            continue
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        link = CONNECTOR.match(text, number.end) if following else None
        bounded = following is not None and abs(number.value) <= following.value \
            and not 1800 <= following.value <= 2100
        if link and link.end() == following.start and following.value and not following.attached \
                and (bounded if link[1] != "over" else
                     not re.match(r"[ \u00a0]*[A-Za-z]", text[following.end:following.end + 2])):
            joined.append(Number(number.start, following.end, number.value / following.value,
                                 number.spelled or following.spelled, True, False, ratio=True))
            skip = following
            continue
        joined.append(number)
    return joined
