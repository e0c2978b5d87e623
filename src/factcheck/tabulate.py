"""Line facts up by slot: one Row per slot, its facts from every document."""
from __future__ import annotations

from dataclasses import replace

from .model import Fact, Row

PERSON_FRAMES = ("record", "age")  # slots keyed by a person's normalised name


def resolve_surnames(facts: list[Fact]) -> list[Fact]:
    """An article that names a person by surname alone ('Rahman (45-7-2)') speaks of the one
    person of the story with that surname, when another article gives the full name."""
    full = {f.slot.subject for f in facts if f.slot.frame in PERSON_FRAMES + ("person", "role") and " " in f.slot.subject}
    by_last: dict[str, set[str]] = {}
    for name in full:
        by_last.setdefault(name.split()[-1], set()).add(name)
    resolved = []
    for fact in facts:
        names = by_last.get(fact.slot.subject, set()) if fact.slot.frame in PERSON_FRAMES else set()
        if len(names) == 1:
            fact = replace(fact, slot=replace(fact.slot, subject=next(iter(names))))
        resolved.append(fact)
    return resolved


def fact_order(fact: Fact) -> tuple:
    return (fact.mention.doc, fact.mention.span)


def tabulate(facts: list[Fact]) -> tuple[Row, ...]:
    """Rows sorted by slot, facts sorted by document and offset; independent of input order."""
    by_slot: dict = {}
    for fact in resolve_surnames(facts):
        by_slot.setdefault(fact.slot, []).append(fact)
    rows = [Row(slot, tuple(sorted(group, key=fact_order))) for slot, group in by_slot.items()]
    return tuple(sorted(rows, key=lambda row: (row.slot.frame, row.slot.subject, row.slot.era, row.slot.scope)))
