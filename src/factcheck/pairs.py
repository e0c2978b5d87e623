"""Facts in conflict across sources, testing each pair of distinct values once."""
from __future__ import annotations

from typing import Callable, Hashable

from .model import Fact
from .tabulate import fact_order


def conflicting(facts: list[Fact], key: Callable[[Fact], Hashable], clash: Callable[[Fact, Fact], bool],
                related: Callable[[Fact, Fact], bool] = lambda a, b: True) -> list[Fact]:
    """Facts of different documents whose values `clash` and that are `related` (one event)."""
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
                    if a.mention.doc != b.mention.doc and related(a, b):
                        involved[id(a)], involved[id(b)] = a, b
    return sorted(involved.values(), key=fact_order)


def distinct(readings) -> list[str]:
    """Readings in first-seen order, each once."""
    return list(dict.fromkeys(readings))
