"""Checks over rows: Q001 quantity.conflict and Q002 quantity.imprecise.

The kinds of check are code; their names, severities and texts are data in
rules/checks.toml.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from .dates import date_conflicts, date_discrepancy, dominant_kinds
from .times import time_conflicts
from .evidence import IdentifyingFigures, SharedNames, story_wide
from .pairs import conflicting, other_sources
from .names import name_variants, role_conflicts
from .quotes import full_names, quote_discrepancies
from .records import record_conflicts
from .places import place_conflicts, place_discrepancy, position_conflicts
from .compare import describe, usd_rate
from .updates import UPDATE_NOTE, an_update
from .conflicts import clash as amounts_clash, in_conflict
from ..model import OPEN, Amount, Discrepancy, Document, Fact, Row
from ..rules import Rules
from ..bind.scopes import OTHER_INCIDENT
from ..bind.tabulate import fact_order

CODES = ("Q001", "Q002", "D001", "P001", "N001", "R001", "A001", "A002", "S001")  # the codes the checks implement


def imprecise(amounts: list[Amount]) -> set[int]:
    """Indexes of exact figures and vague ones that contain them but state another figure
    ('dozens' and 249: a vague word is a lower bound when rules/hedges.toml says so)."""
    exact = sorted((a.low, i) for i, a in enumerate(amounts) if a.precision == "exact" and a.low is not None)
    values = [v for v, _ in exact]
    involved = set()
    for index, amount in enumerate(amounts):
        open_vague = amount.precision == "vague" and amount.high is None
        if amount.precision not in ("approx", "vague") or amount.low is None or (amount.high is None and not open_vague):
            continue
        top = len(values) if open_vague else bisect_right(values, amount.high)
        for position in range(bisect_left(values, amount.low), top):
            if values[position] != amount.stated:
                involved.update((index, exact[position][1]))
    return involved


def row_year(row: Row, documents: dict[str, Document]) -> int | None:
    """The year a row's figures are about: its era's, else most of its sources' year."""
    if row.slot.era[:4].isdigit():
        return int(row.slot.era[:4])
    years = sorted(documents[f.mention.doc].published.year for f in row.facts if documents[f.mention.doc].published)
    return max(set(years), key=lambda y: (years.count(y), y)) if years else None


def facts_of(row: Row, rules: Rules, code: str, year: int | None = None) -> list[Fact]:
    """The facts of a row that take part in a conflict (Q001) or an imprecision (Q002)."""
    by_amount: dict = {}
    for fact in row.facts:
        by_amount.setdefault(fact.mention.value, []).append(fact)
    amounts = list(by_amount)
    chosen = in_conflict(amounts, rules, year) if code == "Q001" else imprecise(amounts)
    if code == "Q002" and len({amounts[i].unit for i in chosen}) > 1:
        return []
    return sorted((f for i in chosen for f in by_amount[amounts[i]]), key=fact_order)


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


def discrepancy(code: str, row: Row, facts: list[Fact], rules: Rules, documents: dict[str, Document],
                year: int | None = None) -> Discrepancy:
    readings = []
    amounts = {f.mention.value for f in facts}
    def base(value: float | None, amount: Amount) -> float:
        unit = rules.dimensions.get(amount.unit or "")
        if unit is not None and unit.dimension == "money":
            return (value or 0) * usd_rate(unit.name, year, rules)
        return (value or 0) * (unit.factor if unit else 1)
    for amount in sorted(amounts, key=lambda a: (base(a.low, a), base(a.high, a), describe(a))):
        reading = describe(amount, rules.unit_labels)
        if reading not in readings:
            readings.append(reading)
    check = rules.checks[code]
    frame = next((f for f in rules.frames if f.name == row.slot.frame), None)
    note = None
    if code == "Q001" and frame is not None and frame.cumulative:
        note = update_note(facts, {d: doc.published for d, doc in documents.items()})
    # a toll that grows from an earlier source to a later one is most likely an update: worth
    # a look (warning), not an error; the note says why. One the latest of its sources tells as a
    # change ('has risen to 31') is the story moving on: information
    severity = "warning" if note and check.severity == "error" else check.severity
    if note and frame.progress:
        severity = "info"  # '15% contained' on Wednesday, '40% contained' on Friday: the fire, not a source
    if code == "Q001" and an_update(facts, documents, rules):
        severity, note = "info", UPDATE_NOTE
    return Discrepancy(code, check.name, severity, row.slot,
                       f"{row.slot.label()}: {' vs '.join(readings)}", tuple(facts), note)


def quantity_check(row: Row, rules: Rules, documents: dict[str, Document], shared=None) -> list[Discrepancy]:
    """Q001 when figures conflict, else Q002 when they differ only in precision; for frames
    that need it, only between sentences that share a distinctive name (`shared`)."""
    year = row_year(row, documents)
    if needs_names(row, rules):
        def clash(a: Fact, b: Fact) -> bool:
            return amounts_clash(a.mention.value, b.mention.value, rules, year)
        # facts meet only through a name they share: compare within each name's facts,
        # which keeps a story of thousands of sums from comparing every pair
        by_name: dict[str, list[Fact]] = {}
        # two ledes naming one company tell its one change of the day in a thing (its shares);
        # sums are not so: a lede gives the haul, an estimate and its conversion ($2.5m, $2.6m)
        frame = next((f for f in rules.frames if f.name == row.slot.frame), None)
        story_own = row.slot.scope != OTHER_INCIDENT and frame is not None and bool(frame.things)
        for fact in row.facts:
            for name in shared.names_of(fact):
                by_name.setdefault(name, []).append(fact)
            for name in shared.lede_names_of(fact) if story_own else ():
                by_name.setdefault(f"lede:{name}", []).append(fact)
        # one finding per name: each name is one sum the story tells of (a haul, a necklace)
        chosen_sets = []
        for name in sorted(by_name):
            group = by_name[name]
            if len({f.mention.doc for f in group}) < 2:
                continue
            if chosen := conflicting(group, lambda f: f.mention.value, clash, other_sources):
                chosen_sets.append((frozenset(id(f) for f in chosen), chosen))
        # a sum two names tie ('Lakers', 'Marcus Jones') is one finding: the widest of them
        return [discrepancy("Q001", row, chosen, rules, documents, year) for i, (key, chosen) in enumerate(chosen_sets)
                if not any(key < other or (key == other and j < i) for j, (other, _) in enumerate(chosen_sets))]
    if conflicts := facts_of(row, rules, "Q001", year):
        return [discrepancy("Q001", row, conflicts, rules, documents, year)]
    if vague := facts_of(row, rules, "Q002"):
        return [discrepancy("Q002", row, vague, rules, documents)]
    return []


def two_ages_in_one_article(row: Row) -> bool:
    """Whether one article gives a name two ages: a father and son of one name, whose ages
    no other article's can be told apart from."""
    ages: dict[str, set] = {}
    for fact in row.facts:
        ages.setdefault(fact.mention.doc, set()).add((fact.mention.value.low, fact.mention.value.high))
    return any(len(values) > 1 for values in ages.values())


def needs_names(row: Row, rules: Rules) -> bool:
    """Whether a row's figures meet only through a distinctive name their sentences share:
    sums and changes (a story tells of many), and figures of other incidents (two articles'
    'another attack' are seldom one)."""
    frame = next((f for f in rules.frames if f.name == row.slot.frame), None)
    return (frame is not None and frame.needs_names) or row.slot.scope == OTHER_INCIDENT


def check_rows(rows: tuple[Row, ...], rules: Rules, documents: dict[str, Document],
               sentences: dict | None = None) -> tuple[Discrepancy, ...]:
    """Every discrepancy among the rows: one per slot and code. `sentences`: each document's,
    for places no gazetteer knows (is there a sentence naming both?)."""
    common = story_wide(documents, rules) if any(r.slot.frame in ("date", "place", "time") or needs_names(r, rules)
                                                 for r in rows) else set()
    shared = SharedNames(documents, common, rules, strict=True)
    dominant = dominant_kinds(rows, documents)
    figures = IdentifyingFigures(rows, rules)
    names_of = full_names(rows, rules)

    def optional(item) -> list[Discrepancy]:
        return [item] if item else []

    def dates(row: Row) -> list[Discrepancy]:
        conflicts = date_conflicts(row, rules, documents, common, dominant, figures)
        return [date_discrepancy(row, conflicts, rules)] if conflicts else []

    names_seen: dict = {}  # places no gazetteer knows -> the sentences naming them, read once

    def places(row: Row) -> list[Discrepancy]:
        conflicts = place_conflicts(row, rules, documents, common, dominant, figures, names_seen, sentences)
        return [place_discrepancy(row, conflicts, rules)] if conflicts else []

    # the kind of check per frame; names (organisation, person) are checked across rows below
    checks = {
        "date": dates,
        "place": places,
        "time": lambda row: optional(time_conflicts(row, rules, documents, common, dominant, figures)),
        "position": lambda row: optional(position_conflicts(row, rules)),
        "role": lambda row: optional(role_conflicts(row, rules)),
        "record": lambda row: optional(record_conflicts(row, rules)),
        "quote": lambda row: quote_discrepancies(row, rules, names_of=names_of),
        "statement": lambda row: quote_discrepancies(row, rules, wording=False, names_of=names_of),
        "organisation": lambda row: [],
        "person": lambda row: [],
        "name": lambda row: [],
    }
    found = []
    personal = {f.name for f in rules.frames if f.personal}
    named = {}  # frame and subject -> how many people have figures there
    for row in rows:
        if row.slot.frame in personal and row.slot.who:
            named[(row.slot.frame, row.slot.subject)] = named.get((row.slot.frame, row.slot.subject), 0) + 1
    for row in rows:
        if row.slot.frame in personal and not row.slot.who and named.get((row.slot.frame, row.slot.subject), 0) >= 2:
            continue  # whose fall? with two people falling in the story, an unnamed one cannot be compared
        if row.slot.frame == "age" and two_ages_in_one_article(row):
            continue  # 'Cathal Drennan, 63, ... His son, also named Cathal Drennan, 35': two people
        if row.slot.frame.startswith(OPEN) and len({f.mention.doc for f in row.facts}) < 2:
            continue  # an open slot is compared only when two articles fill it
        if len(row.facts) >= 2:
            found += checks.get(row.slot.frame, lambda r: quantity_check(r, rules, documents, shared))(row)
    found += name_variants(rows, rules)
    # in catalogue order (figures, dates, places, names, roles, quotations), each code in row order
    return tuple(sorted(found, key=lambda d: CODES.index(d.code) if d.code in CODES else len(CODES)))
