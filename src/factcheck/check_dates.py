"""D001 date.conflict: periods for one event that do not overlap, when the two sentences
are shown to speak of one event: a qualifier, a kind that happens once, a shared
distinctive name, or two articles dating a past event of the kind within one year
(figures are no evidence: two quakes of magnitude 6.4 are two quakes)."""
from __future__ import annotations

import re

from .extract import dateresolve as R
from .model import Discrepancy, Document, Fact, Row
from .rules import Rules
from .pairs import conflicting, distinct
from .tabulate import fact_order

NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*|[A-Z]{2,}(?:-[A-Z])?)\b")


def names(text: str, rules: Rules) -> set[str]:
    ignored = set(rules.months) | set(rules.weekdays) | {w.lower() for w in rules.place_type_words} | {"county"}
    found = set()
    for match in NAME.finditer(text):
        words = [w for w in match[1].split() if w.lower() not in ignored and len(w) > 2]
        found.update(words)
        if len(words) > 1:
            found.add(" ".join(words))  # 'Banda Aceh' says more than 'Banda' and 'Aceh'
    return found


def story_wide(documents: dict[str, Document], rules: Rules) -> set[str]:
    """Names that most documents of the story use: no evidence of one particular event."""
    counts: dict[str, int] = {}
    for document in documents.values():
        for name in names(document.text, rules):
            counts[name] = counts.get(name, 0) + 1
    threshold = max(3, rules.story_wide_share * len(documents))
    return {name for name, count in counts.items() if count >= threshold}


def evidence(fact: Fact, documents: dict[str, Document], common: set[str], rules: Rules) -> set[str]:
    text = documents[fact.mention.doc].text
    start, end = fact.sentence_span
    sentence = text[start:fact.mention.span[0]] + " " + text[fact.mention.span[1]:end]
    return names(sentence, rules) - common


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


def date_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str]) -> list[Fact]:
    kind = next((k for k in rules.events if k.name == row.slot.subject.split(":")[0]), None)
    by_period: dict = {}
    for fact in row.facts:
        by_period.setdefault(extent(fact.mention.value), []).append(fact)
    periods = list(by_period)
    marks: dict[int, set] = {}
    involved: dict[int, Fact] = {}
    for i, pa in enumerate(periods):
        for pb in periods[i + 1:]:
            if pa.end >= pb.start and pb.end >= pa.start:
                continue  # overlapping periods agree; each distinct pair is tested once
            for a in by_period[pa]:
                for b in by_period[pb]:
                    if a.sentence_span == b.sentence_span and a.mention.doc == b.mention.doc:
                        continue  # two dates of one sentence are a sequence, not a disagreement
                    for fact in (a, b):
                        if id(fact) not in marks:
                            marks[id(fact)] = evidence(fact, documents, common, rules)
                    same_past_year = row.slot.era and a.mention.doc != b.mention.doc \
                        and pa.start.year == pb.start.year  # one past quake of 2012, dated two ways
                    if ":" in row.slot.subject or (kind is not None and kind.once) or same_past_year \
                            or marks[id(a)] & marks[id(b)]:
                        involved[id(a)], involved[id(b)] = a, b
    return sorted(involved.values(), key=fact_order)


def date_discrepancy(row: Row, facts: list[Fact], rules: Rules) -> Discrepancy:
    check = rules.checks["D001"]
    readings = []
    for fact in sorted(facts, key=lambda f: f.mention.value.start):
        if (reading := describe_period(fact)) not in readings:
            readings.append(reading)
    label = row.slot.subject.replace(":", " ") + (" (background)" if row.slot.era else "")
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
                   dominant: set[str]) -> Discrepancy | None:
    """D001 for clock times of one event in one zone from different sources, when the event is
    the story's own (its kind is dominant), qualified, once-only, or shared by a distinctive name."""
    kind = row.slot.subject.split(":")[0]
    story_event = kind in dominant or ":" in row.slot.subject

    def clash(a: Fact, b: Fact) -> bool:
        ta, tb = a.mention.value, b.mention.value
        return ta.zone == tb.zone and (ta.end < tb.start or tb.end < ta.start)

    def related(a: Fact, b: Fact) -> bool:
        return story_event or bool(evidence(a, documents, common, rules) & evidence(b, documents, common, rules))

    chosen = conflicting(list(row.facts), lambda f: f.mention.value, clash, related)
    if not chosen:
        return None
    readings = distinct(f.mention.surface for f in chosen)
    check = rules.checks["D001"]
    return Discrepancy("D001", check.name, check.severity, row.slot,
                       f"time of {row.slot.subject.replace(':', ' ')}: {' vs '.join(readings)}", tuple(chosen))
