"""Facts in conflict, testing each pair of distinct values once, and the relations that
say two facts may be compared at all."""
from __future__ import annotations

from typing import Callable, Hashable

from ..model import Fact
from ..bind.tabulate import fact_order


def conflicting(facts: list[Fact], key: Callable[[Fact], Hashable], clash: Callable[[Fact, Fact], bool],
                related: Callable[[Fact, Fact], bool]) -> list[Fact]:
    """Facts whose values `clash` with another's that they are `related` to (one event,
    another source): values are grouped first, so each distinct pair is tested once."""
    groups: dict[Hashable, list[Fact]] = {}
    for fact in facts:
        groups.setdefault(key(fact), []).append(fact)
    values = list(groups)
    involved: dict[int, Fact] = {}
    for i, first in enumerate(values):
        for second in values[i + 1:]:
            if not clash(groups[first][0], groups[second][0]):
                continue
            for a in groups[first]:
                for b in groups[second]:
                    if related(a, b):
                        involved[id(a)], involved[id(b)] = a, b
    return sorted(involved.values(), key=fact_order)


def other_sources(a: Fact, b: Fact) -> bool:
    return a.mention.doc != b.mention.doc


def other_sentences(a: Fact, b: Fact) -> bool:
    """Two dates or places of one sentence are a sequence, not a disagreement."""
    return a.mention.doc != b.mention.doc or a.sentence_span != b.sentence_span


def distinct(readings) -> list[str]:
    """Readings in first-seen order, each once."""
    return list(dict.fromkeys(readings))
