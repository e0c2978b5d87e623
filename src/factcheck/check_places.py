"""P001 place.conflict: two places for one event, neither within the other, when the
sentences are shown to speak of one event (a qualifier such as G20, or a shared
distinctive name)."""
from __future__ import annotations

from .check_dates import evidence
from .compare import bounds, describe
from .compare import disjoint as disjoint_amounts
from .gazetteer import disjoint
from .model import Discrepancy, Document, Fact, Row
from .rules import Rules
from .pairs import conflicting, distinct
from .tabulate import fact_order


def same_event(a: Fact, b: Fact, row: Row, marks: dict) -> bool:
    """A qualified event (summit:G20) or a shared distinctive name. A kind that happens
    once in time may still happen in many places (fighting), so 'once' is no evidence here."""
    return ":" in row.slot.subject or bool(marks[id(a)] & marks[id(b)])


def place_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str]) -> list[Fact]:
    """Facts of a row in a provable conflict; places are paired once per distinct two."""
    by_place: dict[str, list[Fact]] = {}
    for fact in row.facts:
        by_place.setdefault(fact.mention.value.id, []).append(fact)
    places = list(by_place)
    marks: dict[int, set] = {}
    involved: dict[int, Fact] = {}
    for i, first in enumerate(places):
        for second in places[i + 1:]:
            if not disjoint(by_place[first][0].mention.value, by_place[second][0].mention.value):
                continue
            for a in by_place[first]:
                for b in by_place[second]:
                    if a.sentence_span == b.sentence_span and a.mention.doc == b.mention.doc:
                        continue
                    for fact in (a, b):
                        if id(fact) not in marks:
                            marks[id(fact)] = evidence(fact, documents, common, rules)
                    if same_event(a, b, row, marks):
                        involved[id(a)], involved[id(b)] = a, b
    return sorted(involved.values(), key=fact_order)


def place_discrepancy(row: Row, facts: list[Fact], rules: Rules) -> Discrepancy:
    check = rules.checks["P001"]
    readings = []
    for fact in facts:
        if (name := fact.mention.surface) not in readings:
            readings.append(name)
    label = row.slot.subject.replace(":", " ")
    return Discrepancy("P001", check.name, check.severity, row.slot,
                       f"place of {label}: {' vs '.join(readings)}", tuple(facts))


def bearing_gap(a: float, b: float) -> float:
    gap = abs(a - b) % 360
    return min(gap, 360 - gap)


def position_conflicts(row: Row, rules: Rules) -> Discrepancy | None:
    """Two sources' positions from one reference place that cannot both hold: directions
    45 degrees or more apart, or distances that do not overlap once converted and rounded."""
    def clash(a: Fact, b: Fact) -> bool:
        pa, pb = a.mention.value, b.mention.value
        slack = rules.conversion_tolerance if pa.distance.unit != pb.distance.unit else 0.0
        apart = bearing_gap(pa.bearing, pb.bearing) >= rules.max_bearing_difference
        return apart or disjoint_amounts(bounds(pa.distance, rules, slack), bounds(pb.distance, rules, slack))

    # one article gives the positions of different things: only sources are compared
    chosen = conflicting(list(row.facts), lambda f: f.mention.value, clash)
    if not chosen:
        return None
    readings = distinct(f"{describe(f.mention.value.distance)} {f.mention.value.direction}" for f in chosen)
    check = rules.checks["P001"]
    return Discrepancy("P001", check.name, check.severity, row.slot,
                       f"position from {chosen[0].mention.value.reference}: {' vs '.join(readings)}", tuple(chosen))
