"""Reading runs of number words: where one number ends and the next begins, and
what each is worth ('three hundred and five', 'two thirds', 'one and a fourth',
'half a dozen', 'two point five', 'minus one', 'one twenty-fifth')."""
from __future__ import annotations

import re
from functools import lru_cache

from ..rules import Rules

TOKEN = re.compile(r"\d+(?:\.\d+)?|[A-Za-z]+")
Token = tuple[int, int, str]


@lru_cache(maxsize=8)
def kinds(rules: Rules) -> dict[str, str]:
    """What every word of the number vocabulary is, computed once per rule set."""
    vocabulary = set(rules.cardinals) | set(rules.scales) | set(rules.fractions) | set(rules.signs) \
        | set(rules.ordinals) | {o + "s" for o in rules.ordinals} | set(rules.multipliers) \
        | {s + "s" for s in rules.scales} | {"a", "an", "and", "point"}
    return {word: _kind(word, rules) for word in vocabulary}


def kind(word: str, rules: Rules) -> str:
    if not word:
        return "other"
    if word[0].isdigit():
        return "num"
    return kinds(rules).get(word, "other")


def _kind(word: str, rules: Rules) -> str:
    if word in ("a", "an", "and", "point"):
        return word if word != "an" else "a"
    if word in rules.multipliers:
        return "dozen"
    if word in rules.signs:
        return "sign"
    if word in rules.scales or (word.endswith("s") and word[:-1] in rules.scales):
        return "scale"
    if word in rules.fractions:
        return "frac"
    if word in rules.cardinals:
        return "card"
    if word in rules.ordinals or (word.endswith("s") and word[:-1] in rules.ordinals):
        return "ord"
    return "other"


def scale_of(word: str, rules: Rules) -> float:
    return rules.scales.get(word) or rules.scales[word[:-1]]


def _tens(word: str, rules: Rules) -> bool:
    value = rules.cardinals.get(word)
    return value is not None and value >= 20 and value % 10 == 0 and value < 100


def _unit_ordinal(word: str, rules: Rules) -> bool:
    value = rules.ordinals.get(word.rstrip("s") if word not in rules.ordinals else word)
    return value is not None and value < 10


def _continues(piece: list[Token], word: str, rest: list[str], rules: Rules) -> bool:
    """Whether `word` belongs to the number being read in `piece` (`rest`: the words after it)."""
    following = rest[0] if rest else ""
    previous = piece[-1][2]
    this, last = kind(word, rules), kind(previous, rules)
    if this in ("scale", "dozen"):
        return last in ("card", "num", "a", "scale", "frac")
    if this in ("card", "num"):
        if last in ("scale", "point", "sign", "a") or any(t[2] == "point" for t in piece):
            return True
        if last in ("card", "num") and _tens(word, rules) and _unit_ordinal(following, rules):
            return True  # 'three twenty-firsts'
        if last == "card" and _tens(previous, rules) and this == "card" and rules.cardinals[word] < 10:
            return True
        if last == "and":
            prior = piece[-2][2] if len(piece) > 1 else ""
            if kind(prior, rules) == "scale" and kind(following, rules) == "scale" \
                    and scale_of(following, rules) == scale_of(prior, rules):
                return False  # '3 hundred and 2 hundred' is two numbers
            if word in ("0", "zero"):
                return False
            return kind(prior, rules) == "scale" or (_tens(prior, rules) and this == "card"
                                                      and rules.cardinals[word] < 10) \
                or any(kind(w, rules) in ("ord", "frac") for w in rest[:3])
        return False
    if this == "and":
        return last in ("card", "num", "scale")
    if this == "a":
        return last in ("and", "frac")
    if this == "ord" and (last == "num" or (not word.endswith("s") and previous not in ("a", "an", "one")
                                           and not _tens(previous, rules))):
        return False  # '100 millionths', 'the two millionth': ranks, not fractions
    if this in ("ord", "frac"):
        return last in ("card", "num", "a", "scale")
    if this == "point":
        return last in ("card", "num", "scale")
    return False


def split_run(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int, list[Token]]]:
    """The numbers in a run of number words, each with its tokens."""
    tokens = [(m.start(), m.end(), m[0].lower()) for m in TOKEN.finditer(text, start, end)]
    pieces: list[list[Token]] = []
    current: list[Token] = []
    for index, token in enumerate(tokens):
        rest = [t[2] for t in tokens[index + 1:index + 4]]
        following = rest[0] if rest else ""
        if current and _continues(current, token[2], rest, rules):
            current.append(token)
            continue
        if current:
            pieces.append(current)
        starts = kind(token[2], rules) not in ("and", "point", "other") and \
            (kind(token[2], rules) != "a" or kind(following, rules) in ("card", "scale", "dozen", "frac", "ord"))
        current = [token] if starts else []
    if current:
        pieces.append(current)
    result = []
    for piece in pieces:
        while piece and kind(piece[-1][2], rules) in ("and", "a", "point", "sign"):
            piece = piece[:-1]
        if piece:
            result.append((piece[0][0], piece[-1][1], piece))
    return result


def whole_value(words: list[str], rules: Rules) -> float | None:
    """'three hundred and two dozens' 324, '4 thousand 3 hundred and 21' 4321, 'half a dozen' 6."""
    if words and words[0] in rules.fractions and len(words) > 1:
        rest = whole_value([w for w in words[1:] if w not in ("a", "an")] or ["one"], rules)
        return rules.fractions[words[0]] * rest if rest is not None else None
    total = current = small = 0.0
    seen = after_a = False
    for word in words:
        category = kind(word, rules)
        if category in ("a", "and"):
            after_a = category == "a"
            continue
        if category == "num":
            current += float(word)
            small += float(word)
        elif category == "card":
            current += rules.cardinals[word]
            small += rules.cardinals[word]
        elif category == "dozen":
            current += (small or 1) * rules.multipliers[word] - small
            small = 0.0
        elif category == "scale":
            current = (current or 1) * scale_of(word, rules)
            small = 0.0
            if scale_of(word, rules) >= 1000:
                total, current = total + current, 0.0
        elif category == "frac":
            # 'three quarters' multiplies; 'and a half' adds
            current += rules.fractions[word] if after_a or not small else small * rules.fractions[word] - small
        else:
            return None
        seen, after_a = True, False
    return total + current if seen else None


def fraction_value(words: list[str], rules: Rules) -> float | None:
    """'two thirds', 'one and a fourth', 'one hundred and thirty fifths', 'a twenty-first'."""
    last = words[-1]
    if last in rules.fractions:
        denominator = 1 / rules.fractions[last]
    else:
        denominator = rules.ordinals[last if last in rules.ordinals else last[:-1]]
    numerator = words[:-1]
    if denominator < 3 and last not in rules.fractions and not _tens(numerator[-1] if numerator else "", rules):
        return None  # 'a first', 'one second': a rank or a time, not a fraction
    if numerator and numerator[-1][0].isdigit():
        return None  # '100 millionths': a rank
    if denominator < 10 and len(numerator) >= 2 and _tens(numerator[-1], rules) and numerator[-2] != "and":
        denominator += rules.cardinals[numerator[-1]]
        numerator = numerator[:-1]
    if "and" in numerator:
        cut = len(numerator) - 1 - numerator[::-1].index("and")
        before, after = numerator[:cut], numerator[cut + 1:]
        scale = scale_of(before[-1], rules) if before and kind(before[-1], rules) == "scale" else 1
        scale = scale if scale >= 1_000_000 else 1  # 'one million and a half' is 1,500,000
        if after in (["a"], ["an"]):
            whole = whole_value(before, rules)
            return None if whole is None else whole + scale / denominator
        single_unit = len(after) == 1 and kind(after[0], rules) == "card" and rules.cardinals[after[0]] < 10
        if not (before and kind(before[-1], rules) == "scale" and not single_unit):
            whole, part = whole_value(before, rules), whole_value(after, rules)
            return None if whole is None or part is None else whole + scale * part / denominator
    top = whole_value(numerator, rules) if numerator not in ([], ["a"], ["an"]) else 1.0
    return None if top is None else top / denominator


def read_run(tokens: list[Token], rules: Rules) -> float | None:
    """The value of one number's tokens, or None when they are not a number."""
    words = [t[2] for t in tokens]
    sign = 1.0
    if words and kind(words[0], rules) == "sign":
        sign, words = rules.signs[words[0]], words[1:]
    if not words or words in (["a"], ["an"]) or (len(words) == 1 and kind(words[0], rules) in ("scale", "dozen")):
        return None  # a bare 'hundred' or 'dozens' is not a figure
    if "point" in words:
        cut = words.index("point")
        whole, after = whole_value(words[:cut], rules), words[cut + 1:]
        if whole is None or not after:
            return None
        digits = [rules.cardinals.get(w) for w in after]
        if all(d is not None and d < 10 for d in digits):
            decimals = "".join(str(int(d)) for d in digits)
        else:
            part = whole_value(after, rules)
            decimals = str(int(part)) if part is not None else None
        return None if decimals is None else sign * float(f"{int(whole)}.{decimals}")
    if kind(words[-1], rules) in ("ord", "frac"):
        if kind(words[-1], rules) == "ord" and len(words) == 1:
            return None  # a bare ordinal ('fifth') is a rank, not an amount
        value = fraction_value(words, rules)
    else:
        value = whole_value(words, rules)
    return None if value is None else sign * value
