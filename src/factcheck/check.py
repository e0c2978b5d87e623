"""Checks over rows: Q001 quantity.conflict and Q002 quantity.imprecise.

The kinds of check are code; their names, severities and texts are data in
rules/checks.toml.
"""
from __future__ import annotations

from .compare import describe, relation
from .model import Discrepancy, Document, Fact, Row
from .rules import Rules
from .tabulate import fact_order

CODES = ("Q001", "Q002")  # the codes this module implements


def _pairs(row: Row, rules: Rules, kind: str) -> list[tuple[Fact, Fact]]:
    facts = row.facts
    return [(a, b) for i, a in enumerate(facts) for b in facts[i + 1:]
            if relation(a.mention.value, b.mention.value, rules) == kind]


def update_note(facts: list[Fact], published: dict) -> str | None:
    """For cumulative counts: whether the later sources give the larger figures."""
    dated = [(published[f.mention.doc], f.mention.value.low or 0) for f in facts if published.get(f.mention.doc)]
    if len({d for d, _ in dated}) < 2:
        return None
    earliest, latest = min(d for d, _ in dated), max(d for d, _ in dated)
    early = max(v for d, v in dated if d == earliest)
    late = max(v for d, v in dated if d == latest)
    if late > early:
        return (f"the later sources ({latest.isoformat()}) give larger figures than the earlier "
                f"({earliest.isoformat()}): this may be an update rather than a contradiction")
    return None


def discrepancy(code: str, row: Row, pairs, rules: Rules, documents: dict[str, Document]) -> Discrepancy:
    facts = sorted({f for pair in pairs for f in pair}, key=fact_order)
    readings = []
    for fact in sorted(facts, key=lambda f: (f.mention.value.low or 0, f.mention.value.high or 0)):
        reading = describe(fact.mention.value)
        if reading not in readings:
            readings.append(reading)
    check = rules.checks[code]
    frame = next((f for f in rules.frames if f.name == row.slot.frame), None)
    note = None
    if code == "Q001" and frame is not None and frame.cumulative:
        note = update_note(facts, {d: doc.published for d, doc in documents.items()})
    return Discrepancy(code, check.name, check.severity, row.slot,
                       f"{row.slot.label()}: {' vs '.join(readings)}", tuple(facts), note)


def check_rows(rows: tuple[Row, ...], rules: Rules, documents: dict[str, Document]) -> tuple[Discrepancy, ...]:
    """Every discrepancy among the rows: one per slot and code."""
    found = []
    for row in rows:
        if conflicts := _pairs(row, rules, "conflict"):
            found.append(discrepancy("Q001", row, conflicts, rules, documents))
        elif imprecise := _pairs(row, rules, "imprecise"):
            found.append(discrepancy("Q002", row, imprecise, rules, documents))
    return tuple(found)
