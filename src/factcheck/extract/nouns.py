"""The noun a figure counts: '10 calls' -> call, 'more than 100 gay men' -> person."""
from __future__ import annotations

import re

from ..rules import Rules

WORD = re.compile(r"[\s\u00a0]*([A-Za-z][A-Za-z'’-]*)")
STOP = {"was", "were", "is", "are", "had", "have", "has", "and", "or", "but", "to", "in", "on",
        "at", "by", "for", "with", "from", "as", "that", "who", "which", "been", "be", "will",
        "would", "could", "said", "says", "than", "per", "a", "an", "into", "after", "before"}
NOT_PLURAL = ("ss", "ous", "us", "is")  # words ending in s that are no plurals
PARTITIVE = {"the", "those", "these", "them", "their", "his", "her", "its", "our"}


def singular(word: str, rules: Rules) -> str:
    if word in rules.irregular:
        return rules.irregular[word]
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def _words(text: str, end: int, ceiling: int, count: int) -> list[str]:
    words, position = [], end
    for _ in range(count):
        match = WORD.match(text, position, ceiling)
        if not match:
            break
        words.append(match[1].lower().strip("'’"))
        position = match.end()
    return words


def counted_noun(text: str, end: int, ceiling: int, rules: Rules) -> tuple[str | None, bool]:
    """The class of the counted noun after a figure, and whether the figure is partial."""
    words = _words(text, end, ceiling, rules.lookahead + 3)
    partial = bool(words) and words[0] in rules.partial_after
    index = 1 if partial else 0
    if words[index:index + 1] == ["of"] and len(words) > index + 2 and words[index + 1] in PARTITIVE:
        # 'three of them' counts them; 'one of the fatalities', 'two of the bombs' are part of another count
        partial = partial or words[index + 1] != "them"
        index += 1
    for position in range(index, min(len(words), index + rules.lookahead)):
        word = words[position]
        pair = " ".join(words[position:position + 2])
        if pair in rules.noun_classes:
            return rules.noun_classes[pair], partial
        if word in rules.noun_classes:
            return rules.noun_classes[word], partial
        if word in STOP:
            break
    for word in words[index:index + rules.lookahead]:
        if word in STOP or word in rules.duration_forms:
            break
        if word.endswith(NOT_PLURAL):
            continue  # 'nine priceless objects', 'three dangerous dogs': an adjective before the noun
        if word.endswith("s") and len(word) > 3 and word.isalpha():
            return singular(word, rules), partial
    return None, partial
