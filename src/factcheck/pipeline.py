"""The one place the stages meet: documents in, a Report out."""
from __future__ import annotations

from typing import Callable

from .bind.figures import bind
from .clauses import ClauseReader
from .check.rows import check_rows
from .check.statements import statement_differences
from .check.aligned import aligned_figures
from .check.reordered import reordered_digits
from .check.aligned_dates import aligned_dates
from .check.aligned_places import aligned_places
from .bind.events import bind_events
from .bind.keyed import bind_keyed
from .extract import extract_mentions
from .intervals import bind_intervals
from .model import Document, Report, Skipped
from .rules import Rules
from .segment import segment
from .bind.antecedents import pronoun_antecedents
from .bind.sources import settle_sources
from .bind.tabulate import main_places, names_written, tabulate


def analyse(document: Document, rules: Rules, numbers: bool = False):
    """Per-document work: sentences, mentions (with `numbers`, every number too) and facts."""
    sentences = segment(document, rules)
    mentions = extract_mentions(document, sentences, rules, numbers)
    reader = ClauseReader(document.text, rules.grammar)  # each sentence's clauses, read once
    # whom 'he' and 'she' mean, read once for the figures' and the events' open slots
    antecedents = pronoun_antecedents(document.text, sentences, mentions, rules.name_rules.kin)
    figures = bind(document, sentences, mentions, rules, reader, antecedents)
    event_facts = bind_events(document, sentences, mentions, rules, reader, antecedents)
    facts = figures + event_facts \
        + bind_keyed(document, sentences, mentions, rules.grammar, rules.place_sites) \
        + bind_intervals(document, sentences, mentions, event_facts, rules)
    return sentences, mentions, facts


def run(documents: list[Document], skipped: list[Skipped], rules: Rules,
        analysed: Callable[[list[Document]], list[tuple]] | None = None) -> Report:
    """Compare the documents of one story; the result does not depend on their order.
    `analysed` does the per-document work for all of them (in parallel, from a cache)."""
    ordered = sorted(documents, key=lambda d: d.id)
    results = analysed(ordered) if analysed else [analyse(d, rules) for d in ordered]
    sentences, mentions, facts = {}, [], []
    for document, (doc_sentences, doc_mentions, doc_facts) in zip(ordered, results):
        sentences[document.id] = doc_sentences
        mentions += doc_mentions
        facts += doc_facts
    facts = settle_sources(facts)  # a figure's source splits only a slot one of its sentences contests
    rows = tabulate(facts, rules.spelling_ratio, rules.honorifics, main_places(mentions, len(ordered)),
                    rules.grammar.stand_ins, rules.grammar.things, names_written(ordered))
    # S001 is last in the catalogue: aligned sentences, after the checks over rows
    discrepancies = check_rows(rows, rules, {d.id: d for d in ordered}, sentences)
    # what no slot holds both of: each sees the findings before it, and cites none of theirs again
    for second_look in (aligned_figures, reordered_digits, aligned_dates, aligned_places):
        discrepancies += tuple(second_look(ordered, sentences, mentions, rows, discrepancies, rules))
    discrepancies += tuple(statement_differences(ordered, sentences, mentions, rules))
    return Report(tuple(ordered), tuple(sorted(skipped, key=lambda s: s.path)), tuple(mentions),
                  rows, discrepancies, sentences)
