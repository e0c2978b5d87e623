"""Dates of aligned sentences: two sentences of different articles that tell the same thing
(align.py) with one date each ('jailed ... at Westmere Crown Court on Friday' / 'packed the
public gallery at Westmere Crown Court on Thursday to see him jailed') are compared though no
slot holds both. A date says less of what it dates than a figure's noun does, so the bar is
higher than for figures: the two sentences alike by half their words, or two words around the
dates in common ('was built in 1994' / 'the vessel, built in 1998'); dates of one grain, near
each other, and neither article giving the other's date anywhere. A D001 warning."""
from __future__ import annotations

from .aligned import mention_key, contexts, grouped, told_with_figures
from .dates import covered, periods_clash
from .align import aligned_pairs
from ..model import Discrepancy, Document, Mention, Row, Sentence
from ..rules import Rules

# how far apart two dates of one grain may be to be one date told two ways, in days
NEAR = {"day": 14, "week": 21, "month": 366, "season": 366, "year": 3653}


def dates_by_sentence(mentions, rows: tuple[Row, ...]) -> tuple[dict, dict]:
    """(doc, sentence index) -> its resolved dates, and each date's rows."""
    rows_of: dict[tuple, set[int]] = {}
    for index, row in enumerate(rows):
        for fact in row.facts:
            rows_of.setdefault(mention_key(fact.mention), set()).add(index)
    found: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "date" and mention.value.resolved and mention.value.granularity in NEAR:
            found.setdefault((mention.doc, mention.sentence), []).append(mention)
    return found, rows_of


def aligned_dates(documents: list[Document], sentences: dict[str, tuple[Sentence, ...]], mentions,
                  rows: tuple[Row, ...], found_already: tuple[Discrepancy, ...], rules: Rules) -> list[Discrepancy]:
    documents_by_id = {d.id: d for d in documents}
    dates, rows_of = dates_by_sentence(mentions, rows)
    items = told_with_figures(sorted(documents, key=lambda d: d.id), sentences, dates, rules)
    given: dict[str, list] = {}
    for (doc, _), held in dates.items():
        given.setdefault(doc, []).extend(m.value for m in held)
    cited_already = {mention_key(f.mention) for d in found_already if d.code == "D001" for f in d.facts}
    around = contexts(documents_by_id, rules)

    def same_date(x: Mention, y: Mention, similarity: float) -> bool:
        if x.value.granularity != y.value.granularity or x.surface.lower() == y.surface.lower() \
                or (cited_already and {mention_key(x), mention_key(y)} & cited_already) \
                or rows_of.get(mention_key(x), set()) & rows_of.get(mention_key(y), set()):
            return False  # one grain; the same words resolved against two days are no two dates
        a, b = covered(x.value), covered(y.value)
        if abs((a.start - b.start).days) > NEAR[x.value.granularity] or not periods_clash(x.value, y.value):
            return False
        if similarity < rules.align_min_dice and \
                len(around(x) & around(y)) < 2:
            return False
        return all(periods_clash(x.value, v) for v in given[y.doc]) and all(periods_clash(y.value, v) for v in given[x.doc])

    pairs = []
    bar = (rules.align_figure_min_shared, rules.align_figure_min_dice)
    for (i, j), similarity in aligned_pairs([told for told, _ in items], rules, bar):
        (one, first), (other, second) = items[i], items[j]
        if len(first) == 1 and len(second) == 1 and same_date(first[0], second[0], similarity):
            pairs.append(((first[0], one.sentence), (second[0], other.sentence), "date"))
    return grouped(pairs, "D001", "one statement, another date", documents_by_id, rules)
