"""Line facts up by slot: one Row per slot, its facts from every document."""
from __future__ import annotations

from .model import Fact, Row


def fact_order(fact: Fact) -> tuple:
    return (fact.mention.doc, fact.mention.span)


def tabulate(facts: list[Fact]) -> tuple[Row, ...]:
    """Rows sorted by slot, facts sorted by document and offset; independent of input order."""
    by_slot: dict = {}
    for fact in facts:
        by_slot.setdefault(fact.slot, []).append(fact)
    rows = [Row(slot, tuple(sorted(group, key=fact_order))) for slot, group in by_slot.items()]
    return tuple(sorted(rows, key=lambda row: (row.slot.frame, row.slot.subject, row.slot.era, row.slot.scope)))
