"""Line facts up by slot: one Row per slot, its facts from every document."""
from __future__ import annotations

from dataclasses import replace

from rapidfuzz import fuzz

from .model import Fact, Row

PERSON_FRAMES = ("record", "age")  # slots keyed by a person's normalised name


def _unique(table: dict[str, list[str]], spelling_ratio: float) -> dict[str, str]:
    """key -> its one name; names that are near spellings of one another (Rait, Raite)
    count as one, the most frequent spelling."""
    chosen = {}
    for key, names in table.items():
        best = max(sorted(set(names)), key=names.count)
        if all(fuzz.ratio(name, best) >= spelling_ratio for name in names):
            chosen[key] = best
    return chosen


def resolve_people(facts: list[Fact], spelling_ratio: float = 80) -> list[Fact]:
    """Name the person of a fact the way the story does: a surname alone ('Rahman (45-7-2)')
    is the one person of the story with that surname, an 'N-year-old' the one person the
    story gives that age, when other articles give the full name."""
    full = {f.slot.subject for f in facts if f.slot.frame in PERSON_FRAMES + ("person", "role") and " " in f.slot.subject}
    by_last: dict[str, list[str]] = {}
    for name in full:
        by_last.setdefault(name.split()[-1], []).append(name)
    by_age: dict[str, list[str]] = {}
    for fact in facts:
        if fact.slot.frame == "age" and " " in fact.slot.subject:
            by_age.setdefault(f"aged {int(fact.mention.value.low)}", []).append(fact.slot.subject)
    surnames, ages = _unique(by_last, spelling_ratio), _unique(by_age, spelling_ratio)
    resolved = []
    for fact in facts:
        slot = fact.slot
        if slot.frame in PERSON_FRAMES and slot.subject in surnames:
            slot = replace(slot, subject=surnames[slot.subject])
        if slot.who:
            last = slot.who.split()[-1]
            slot = replace(slot, who=ages.get(slot.who) or (surnames.get(last) if slot.who == last else None) or slot.who)
        resolved.append(fact if slot == fact.slot else replace(fact, slot=slot))
    return resolved


def fact_order(fact: Fact) -> tuple:
    return (fact.mention.doc, fact.mention.span)


def tabulate(facts: list[Fact], spelling_ratio: float = 80) -> tuple[Row, ...]:
    """Rows sorted by slot, facts sorted by document and offset; independent of input order."""
    by_slot: dict = {}
    for fact in resolve_people(facts, spelling_ratio):
        by_slot.setdefault(fact.slot, []).append(fact)
    rows = [Row(slot, tuple(sorted(group, key=fact_order))) for slot, group in by_slot.items()]
    return tuple(sorted(rows, key=lambda row: (row.slot.frame, row.slot.subject, row.slot.era, row.slot.scope,
                                               row.slot.who)))
