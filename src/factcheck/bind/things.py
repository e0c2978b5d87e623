"""The names an article gives its things: 'the Tarnby Sound ferry Elsbeth Marrow', 'the
trawler Brannagh Lass', 'The Elsbeth Marrow, a 38-metre vessel'. A clause whose subject is
'the ferry' in that article is the ferry's, by name, as other articles name it."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from ..grammar import Grammar

LEAD = 2  # how much more often the main one of two names is written
NAME = r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*){0,2}"


@lru_cache(maxsize=8)
def _patterns(grammar: Grammar) -> tuple[re.Pattern, re.Pattern]:
    # (the noun after a name ends its phrase: 'Hilary Dunn, a dam safety engineer' names no dam)
    nouns = "|".join(sorted(map(re.escape, grammar.things), key=len, reverse=True))
    before = re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[\w'’.-]+[ \u00a0]+){{0,3}}?(?P<noun>{nouns})"
                        rf"[ \u00a0]+(?P<name>{NAME})(?![\w'’-])")
    after = re.compile(rf"(?<![\w'’-])(?P<name>{NAME}),[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w'’.-]+[ \u00a0]+){{0,3}}?"
                       rf"(?P<noun>{nouns})(?=[,.;:]|[ \u00a0]+(?:that|which|with|built|[a-z]+ed)\b)")
    return before, after


def named_things(text: str, grammar: Grammar, calendar: frozenset = frozenset()) -> Mapping[str, str]:
    """Noun -> the name (lower case) the article gives a thing of that noun or its kind
    ('ferry' and 'vessel' -> 'elsbeth marrow'); of two names, the one it writes far more often,
    else no one's. No name opens with a preposition or a calendar word ('On Sunday, the race
    started'); `calendar`: weekdays and months, lower case."""
    found: dict[str, set[str]] = {}
    for pattern in _patterns(grammar):
        for match in pattern.finditer(text):
            name = match["name"].lower()
            first = name.split()[0]
            if first in ("the", "a", "an") or first in grammar.prepositions or any(w in calendar for w in name.split()):
                continue
            noun = match["noun"].lower()
            for key in (noun, grammar.things.get(noun, noun)):
                found.setdefault(key, set()).add(name)
    if not found:
        return MappingProxyType({})
    written = _written(text)
    return MappingProxyType({noun: chosen for noun, names in found.items()
                             if (chosen := _leading(names, written)) is not None})


RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)*")


def _written(text: str) -> Counter:
    """How often each name of one to three capitalised words is written: every stretch of
    each run of capitals, counted in one pass."""
    counts: Counter = Counter()
    for run in RUN.finditer(text):
        words = run[0].lower().split()
        for i in range(len(words)):
            for j in range(i + 1, min(len(words), i + 3) + 1):
                counts[" ".join(words[i:j])] += 1
    return counts


def _leading(names: set[str], written: Counter) -> str | None:
    """The one name, or the one the article writes at least LEAD times as often as any other
    ('the ferry' in a story of the Elsbeth Marrow, which names a replacement ferry once)."""
    counts = sorted(((written[name], name) for name in names), reverse=True)
    if len(counts) == 1 or counts[0][0] >= LEAD * counts[1][0]:
        return counts[0][1]
    return None
