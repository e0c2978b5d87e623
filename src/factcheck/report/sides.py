"""Which claims of a finding disagree: the claims grouped by what they say, one side per
value, and the sources that say more than one of them (a source contradicting itself)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Side:
    reading: str             # what the claims of this side say ("at least 6")
    docs: tuple[str, ...]    # the sources that say it, in order of first claim


def sides(claims: list[tuple[str, str]]) -> list[Side]:
    """(doc, reading) pairs, in claim order, grouped by reading (letter case aside)."""
    order: dict[str, str] = {}
    docs: dict[str, list[str]] = {}
    for doc, reading in claims:
        key = " ".join(reading.split()).casefold()
        order.setdefault(key, reading)
        if doc not in docs.setdefault(key, []):
            docs[key].append(doc)
    return [Side(order[key], tuple(docs[key])) for key in order]


def self_contradicting(found: list[Side]) -> list[tuple[str, list[str]]]:
    """Sources on more than one side, with the readings they give."""
    by_doc: dict[str, list[str]] = {}
    for side in found:
        for doc in side.docs:
            by_doc.setdefault(doc, []).append(side.reading)
    return [(doc, readings) for doc, readings in by_doc.items() if len(readings) > 1]


def side_lines(found: list[Side]) -> list[str]:
    """One line per side, then one per source that contradicts itself; nothing when the
    finding has one side only (a name written two ways shows its variants in the message)."""
    if len(found) < 2:
        return []
    lines = [f"{side.reading}: {', '.join(side.docs)}" for side in found]
    lines += [f"{doc} contradicts itself: {' vs '.join(readings)}" for doc, readings in self_contradicting(found)]
    return lines
