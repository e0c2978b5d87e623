"""P001 place.conflict: two places for one event, neither within the other, when the
sentences are shown to speak of one event (a qualifier such as G20, or a shared
distinctive name)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .evidence import IdentifyingFigures, SharedNames, in_ledes
from .compare import bounds, describe
from .compare import disjoint as disjoint_amounts
from ..gazetteer import disjoint
from ..model import UNKNOWN_PLACE, Discrepancy, Document, Fact, Row, Sentence
from ..rules import Rules
from ..segment import sentence_at
from .pairs import conflicting, distinct, other_sentences, other_sources


SITE = "site:"  # the slot of an owner's site (bind/keyed.py): 'its plant in Drenmouth'


def names_other(a: Fact, b: Fact, documents: dict[str, Document]) -> bool:
    """Whether a's article names b's place anywhere."""
    return re.search(rf"(?<![\w'’-]){re.escape(b.mention.value.name)}(?![\w'’-])", documents[a.mention.doc].text) is not None


def place_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str],
                    dominant: set[str] = frozenset(), figures: IdentifyingFigures | None = None,
                    seen: dict | None = None, sentences: dict[str, tuple[Sentence, ...]] | None = None) -> list[Fact]:
    """Facts of a row in a provable conflict: a qualified event (summit:G20), the story's
    own event (its kind is dominant, not background) told by two sources, or a shared
    distinctive name. A kind that happens once in time may still happen in many places
    (fighting), so 'once' is no evidence here."""
    kind = next((k for k in rules.events if k.name == row.slot.subject), None)
    if kind is None and ":" not in row.slot.subject and not row.slot.who:
        return []  # an open slot's place with no holder ('place of have'): whose, nothing says
    shares = SharedNames(documents, common, rules, figures=figures)
    # summit:G20; the death of one person; not a holder's act one article places twice apart
    # ('indicted in New Jersey' in 1969 and 'in Brooklyn' in 1990): an act done more than once
    qualified = ":" in row.slot.subject or (bool(row.slot.who) and not (kind is None and repeated(row)))
    story_event = row.slot.subject in dominant and not row.slot.era and kind is not None and not kind.spread

    def related(a: Fact, b: Fact) -> bool:
        if row.slot.subject.startswith(SITE):  # an owner's site: another plant of its when either article names both
            return other_sources(a, b) and not names_other(a, b, documents) and not names_other(b, a, documents)
        return other_sentences(a, b) and (qualified or shares(a, b) or (
            story_event and in_ledes(a, b, documents, rules) and not (figures and figures.apart(a, b))))

    seen = {} if seen is None else seen  # a name -> the sentences naming it, read once per story
    sentences = sentences or {}

    def clash(a: Fact, b: Fact) -> bool:
        first, second = a.mention.value, b.mention.value
        if UNKNOWN_PLACE not in (first.level, second.level):
            return disjoint(first, second)
        return first.level == second.level == UNKNOWN_PLACE and \
            apart_by_name(first.name, second.name, documents, seen, sentences, rules.spelling_ratio)

    return conflicting(list(row.facts), lambda f: f.mention.value.id, clash, related)


def apart_by_name(first: str, second: str, documents: dict[str, Document], seen: dict,
                  sentences: dict[str, tuple[Sentence, ...]], spelling_ratio: float = 101) -> bool:
    """Two places no gazetteer knows are two places only when neither name holds the other,
    the names are no near spelling of one name (Wendle Gully, Wendel Gully: N001's to tell)
    and no sentence of the story names both ('Dunmere, near Carrow': one may be within the
    other, or the same place told two ways). `seen`: sentences by name, filled as asked."""
    if first.lower() in second.lower() or second.lower() in first.lower() \
            or fuzz.ratio(first.lower(), second.lower()) >= spelling_ratio:
        return False
    for name in (first, second):
        if name not in seen:
            seen[name] = frozenset(_sentences_naming(name, documents, sentences))
    return not seen[first] & seen[second]


def _sentences_naming(name: str, documents: dict[str, Document], sentences: dict[str, tuple[Sentence, ...]]):
    """(document, sentence index) of each sentence that names `name`."""
    for doc_id, document in documents.items():
        at = document.text.find(name)
        while at >= 0:
            if (sentence := sentence_at(sentences.get(doc_id, ()), at)) is not None:
                yield doc_id, sentence.index
            at = document.text.find(name, at + 1)


def place_discrepancy(row: Row, facts: list[Fact], rules: Rules) -> Discrepancy:
    check = rules.checks["P001"]
    readings = []
    for fact in facts:
        if (name := fact.mention.surface) not in readings:
            readings.append(name)
    label = row.slot.subject.replace(":", " ") + (f" of {row.slot.who}" if row.slot.who else "")
    # places no gazetteer knows: the names differ, but nothing proves the places do
    known = [f.mention.value for f in facts if f.mention.value.level != UNKNOWN_PLACE]
    proven = any(disjoint(a, b) for i, a in enumerate(known) for b in known[i + 1:])
    severity = "warning" if not proven and check.severity == "error" else check.severity
    return Discrepancy("P001", check.name, severity, row.slot,
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
    chosen = conflicting(list(row.facts), lambda f: f.mention.value, clash, other_sources)
    if not chosen:
        return None
    readings = distinct(f"{describe(f.mention.value.distance, rules.unit_labels)} {f.mention.value.direction}" for f in chosen)
    check = rules.checks["P001"]
    return Discrepancy("P001", check.name, check.severity, row.slot,
                       f"position from {chosen[0].mention.value.reference}: {' vs '.join(readings)}", tuple(chosen))


def repeated(row: Row) -> bool:
    """One article gives a holder's act two places that cannot both hold (each place against
    the article's first and its previous one: linear in the row)."""
    by_doc: dict[str, list] = {}
    for fact in row.facts:
        if fact.mention.value.level != UNKNOWN_PLACE:
            by_doc.setdefault(fact.mention.doc, []).append(fact.mention.value)
    return any(disjoint(value, values[0]) or disjoint(value, values[i])
               for values in by_doc.values() for i, value in enumerate(values[1:]))
