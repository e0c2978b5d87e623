"""D001 date.conflict: periods for one event that do not overlap, when the two sentences
are shown to speak of one event: a qualifier, a kind that happens once, a shared
distinctive name, or two articles dating a past event of the kind within one year
(figures are no evidence: two quakes of magnitude 6.4 are two quakes)."""
from __future__ import annotations

from .evidence import IdentifyingFigures, SharedNames, in_ledes
from .extract import dateresolve as R
from .model import Discrepancy, Document, Fact, Row
from .rules import Rules
from .pairs import conflicting, distinct, other_sentences, other_sources

def describe_period(fact: Fact) -> str:
    period = extent(fact.mention.value)
    if period.granularity == "year":
        return str(period.start.year)
    if period.granularity == "month":
        return period.start.strftime("%B %Y")
    if period.start == period.end:
        return period.start.strftime("%-d %B %Y")
    return f"{period.start.isoformat()} to {period.end.isoformat()}"


def extent(period):
    """The days a period covers; 'four months ago' (a day at month grain) covers its month."""
    if period.start == period.end and period.granularity == "month":
        return R.month_period(period.start.year, period.start.month)
    if period.start == period.end and period.granularity == "year":
        return R.year_period(period.start.year)
    return period


def date_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str],
                   dominant: set[str] = frozenset(), figures: IdentifyingFigures | None = None) -> list[Fact]:
    """Facts of a row in a provable conflict: see the module's doc; and the story's own
    event (a dominant kind, not background, not spread over many places) dated in two
    articles' ledes, unless figures there tell two events apart."""
    kind = next((k for k in rules.events if k.name == row.slot.subject.split(":")[0]), None)
    sure = ":" in row.slot.subject or bool(row.slot.who) or (kind is not None and kind.once)
    shares = SharedNames(documents, common, rules, figures=figures)
    story_event = row.slot.subject in dominant and not row.slot.era and kind is not None and not kind.spread

    def clash(a: Fact, b: Fact) -> bool:
        pa, pb = extent(a.mention.value), extent(b.mention.value)
        return pa.end < pb.start or pb.end < pa.start

    def same_past_year(a: Fact, b: Fact) -> bool:
        """Two articles dating one past event of the kind within one year ('2012', two ways),
        unless their sentences name two different things (two shootings of one year)."""
        return bool(row.slot.era) and a.mention.doc != b.mention.doc \
            and extent(a.mention.value).start.year == extent(b.mention.value).start.year \
            and not shares.name_two_things(a, b)

    def related(a: Fact, b: Fact) -> bool:
        return other_sentences(a, b) and (sure or same_past_year(a, b) or shares(a, b) or (
            story_event and in_ledes(a, b, documents, rules) and not (figures and figures.apart(a, b))))

    return conflicting(list(row.facts), lambda f: extent(f.mention.value), clash, related)


def date_discrepancy(row: Row, facts: list[Fact], rules: Rules) -> Discrepancy:
    check = rules.checks["D001"]
    readings = []
    for fact in sorted(facts, key=lambda f: f.mention.value.start):
        if (reading := describe_period(fact)) not in readings:
            readings.append(reading)
    label = row.slot.subject.replace(":", " ") + (f" of {row.slot.who}" if row.slot.who else "") \
        + (" (background)" if row.slot.era else "")
    return Discrepancy("D001", check.name, check.severity, row.slot,
                       f"date of {label}: {' vs '.join(readings)}", tuple(facts))


def dominant_kinds(rows, documents: dict[str, Document]) -> set[str]:
    """Event kinds that half or more of the story's articles date or place: the story's own event."""
    docs_by_kind: dict[str, set[str]] = {}
    for row in rows:
        if row.slot.frame in ("date", "place", "time") and not row.slot.era:
            kind = row.slot.subject.split(":")[0]
            docs_by_kind.setdefault(kind, set()).update(f.mention.doc for f in row.facts)
    return {kind for kind, docs in docs_by_kind.items() if len(docs) * 2 >= len(documents) and len(docs) > 1}


def time_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str],
                   dominant: set[str], figures: IdentifyingFigures | None = None) -> Discrepancy | None:
    """D001 for clock times of one event in one zone from different sources, when the event is
    the story's own (its kind is dominant), qualified, once-only, or shared by a distinctive name,
    unless figures of the two sentences tell two events apart."""
    story_event = row.slot.subject.split(":")[0] in dominant or ":" in row.slot.subject
    shares = SharedNames(documents, common, rules, figures=figures)

    def clash(a: Fact, b: Fact) -> bool:
        ta, tb = a.mention.value, b.mention.value
        return ta.zone == tb.zone and (ta.end < tb.start or tb.end < ta.start)

    def related(a: Fact, b: Fact) -> bool:
        return other_sources(a, b) and (shares(a, b) or (story_event and not (figures and figures.apart(a, b))))

    chosen = conflicting(list(row.facts), lambda f: f.mention.value, clash, related)
    if not chosen:
        return None
    readings = distinct(f.mention.surface for f in chosen)
    check = rules.checks["D001"]
    return Discrepancy("D001", check.name, check.severity, row.slot,
                       f"time of {row.slot.subject.replace(':', ' ')}: {' vs '.join(readings)}", tuple(chosen))
