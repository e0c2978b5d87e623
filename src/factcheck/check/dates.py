"""D001 date.conflict: periods for one event that do not overlap, when the two sentences
are shown to speak of one event: a qualifier, a kind that happens once, a shared
distinctive name, or two articles dating a past event of the kind within one year
(figures are no evidence: two quakes of magnitude 6.4 are two quakes)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from .evidence import IdentifyingFigures, SharedNames, in_ledes
from ..intervals import DERIVED, EPISODE, ORIGIN
from ..extract import dateresolve as R
from ..model import Discrepancy, Document, Fact, Row
from ..rules import Rules
from .pairs import conflicting, other_sentences, other_sources

OPEN_WORDS = {"after": "since ", "before": "until "}


def describe_period(fact: Fact) -> str:
    period = covered(fact.mention.value)
    lead = OPEN_WORDS.get(period.open, "")
    if period.granularity == "year" and period.start.year == period.end.year:
        return lead + str(period.start.year)
    if period.granularity == "month" and (period.start.year, period.start.month) == (period.end.year, period.end.month):
        return lead + period.start.strftime("%B %Y")
    if period.start == period.end:
        return lead + period.start.strftime("%-d %B %Y")
    return lead + f"{period.start.isoformat()} to {period.end.isoformat()}"


def covered(period):
    """The days a period names; 'four months ago' (a day at month grain) names its month."""
    if period.start == period.end and period.granularity == "month":
        return replace(R.month_period(period.start.year, period.start.month), open=period.open)
    if period.start == period.end and period.granularity == "year":
        return replace(R.year_period(period.start.year), open=period.open)
    return period


def extent(period):
    """The days a period may hold: an open end ('since March', 'until 2010') runs on for ever."""
    period = covered(period)
    if period.open == "after":
        return replace(period, end=date.max)
    if period.open == "before":
        return replace(period, start=date.min)
    return period


def periods_clash(a, b) -> bool:
    """Whether two periods of one event cannot both hold. An event's date is when it happened
    or began: 'fighting since June' dates the start of the fighting as 'began in July' does,
    so an open end is compared by its anchor, like a reported bound by its figure; only an
    open end against a closed period that it holds ('until 2010', '2008') never clashes."""
    pa, pb = covered(a), covered(b)
    if spanning(pa) and spanning(pb):
        # two ranges told in full ('built between March 2022 and August 2024', 'from September
        # 2022 until August 2024'): each claims the whole, so their ends must meet
        return not (same_unit(pa.start, pb.start, pa, pb) and same_unit(pa.end, pb.end, pa, pb))
    if a.open != b.open and (a.open == "before" or b.open == "before"):
        pa, pb = extent(a), extent(b)
    return pa.end < pb.start or pb.end < pa.start


UNITS = ("day", "month", "year")


def spanning(period) -> bool:
    """A closed range of more than one unit of its grain: two months, two years, two days
    ('between March 2022 and August 2024'); not a season, a decade or a part of a month."""
    if period.open or period.granularity not in UNITS or period.start is None:
        return False
    return not same_unit(period.start, period.end, period, period)


def same_unit(one: date, other: date, a, b) -> bool:
    """Two days in one unit of the coarser of two periods' grains."""
    coarse = max(UNITS.index(a.granularity), UNITS.index(b.granularity))
    key = (lambda d: d, lambda d: (d.year, d.month), lambda d: d.year)[coarse]
    return key(one) == key(other)


def repeated(row: Row) -> bool:
    """One article gives a person's act two dates that cannot both hold ('served five years in
    1959', 'serving 12 years since 1997'): an act done more than once, whose dates are
    no conflict by their holder alone."""
    spans: dict[str, list] = {}
    for fact in row.facts:
        spans.setdefault(fact.mention.doc, []).append(covered(fact.mention.value))
    return any(min(p.end for p in periods) < max(p.start for p in periods) for periods in spans.values())


def date_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str],
                   dominant: set[str] = frozenset(), figures: IdentifyingFigures | None = None) -> list[Fact]:
    """Facts of a row in a provable conflict: see the module's doc; and the story's own
    event (a dominant kind, not background, not spread over many places) dated in two
    articles' ledes, unless figures there tell two events apart."""
    kind = next((k for k in rules.events if k.name == row.slot.subject.split(":")[0]), None)
    # (a person convicted in 1959 and in 1997: an act one article dates twice is repeated,
    # unless its kind happens once)
    sure = ":" in row.slot.subject or (bool(row.slot.who) and not ((kind is None or not kind.once) and repeated(row))) \
        or (kind is not None and kind.once)
    shares = SharedNames(documents, common, rules, figures=figures)
    story_event = row.slot.subject in dominant and not row.slot.era and kind is not None and not kind.spread

    def clash(a: Fact, b: Fact) -> bool:
        return periods_clash(a.mention.value, b.mention.value)

    def same_past_year(a: Fact, b: Fact) -> bool:
        """Two articles dating one past event of the kind within one year ('2012', two ways),
        unless their sentences name two different things (two shootings of one year)."""
        return bool(row.slot.era) and a.mention.doc != b.mention.doc \
            and extent(a.mention.value).start.year == extent(b.mention.value).start.year \
            and not shares.name_two_things(a, b)

    episode = row.slot.subject.startswith(EPISODE + ":")

    def related(a: Fact, b: Fact) -> bool:
        if episode:  # 'a stroke on March 2' meets only a date derived from a span ('a week after ...')
            return other_sources(a, b) and DERIVED in (a.mention.kind, b.mention.kind)
        return other_sentences(a, b) and (sure or same_past_year(a, b) or shares(a, b) or (
            story_event and in_ledes(a, b, documents, rules) and not (figures and figures.apart(a, b))))

    return conflicting(list(row.facts), lambda f: f.mention.value, clash, related)


def date_discrepancy(row: Row, facts: list[Fact], rules: Rules) -> Discrepancy:
    check = rules.checks["D001"]
    readings = []
    for fact in sorted(facts, key=lambda f: f.mention.value.start):
        if (reading := describe_period(fact)) not in readings:
            readings.append(reading)
    label = row.slot.subject.replace(":", " ") + (f" of {row.slot.who}" if row.slot.who else "") \
        + (" (background)" if row.slot.era else "")
    # two ledes' spans back from one day may measure from two earlier events: worth a look
    severity = "warning" if row.slot.subject.startswith(ORIGIN) and check.severity == "error" else check.severity
    return Discrepancy("D001", check.name, severity, row.slot,
                       f"date of {label}: {' vs '.join(readings)}", tuple(facts))


def dominant_kinds(rows, documents: dict[str, Document]) -> set[str]:
    """Event kinds that half or more of the story's articles date or place: the story's own event."""
    docs_by_kind: dict[str, set[str]] = {}
    for row in rows:
        if row.slot.frame in ("date", "place", "time") and not row.slot.era:
            kind = row.slot.subject.split(":")[0]
            docs_by_kind.setdefault(kind, set()).update(f.mention.doc for f in row.facts)
    return {kind for kind, docs in docs_by_kind.items() if len(docs) * 2 >= len(documents) and len(docs) > 1}
