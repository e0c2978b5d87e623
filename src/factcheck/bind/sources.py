"""Whose figure: 'The interior ministry said 14 were killed, while opposition groups put the
toll at 30.' A figure's source is the subject of a speech or reporting verb in its own
clause ('X said 14', 'X put the toll at 30'), else the attribution that ends its sentence
('14 were killed, police said'), else 'according to X'.

Sources split a slot only where they must: where one sentence gives one slot different
figures from different sources (a contested toll). Elsewhere 'police said 5' and
'officials said 6' are still one toll in dispute, so the source is dropped again."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..extract.statements import attribution
from ..model import Document, Fact, Sentence
from ..rules import Rules
from ..extract.words import WORD_TOKEN as WORD

ACCORDING = re.compile(r"according to ((?:[\w'’-]+[ \u00a0]+){0,5}?[\w'’-]+)(?=[ \u00a0]*[,.;]|\Z)", re.I)


@lru_cache(maxsize=8)
def source_verbs(rules: Rules) -> frozenset:
    return rules.source_verbs | frozenset(v.lower() for v in rules.speech_verbs)


def source_name(phrase: str, rules: Rules) -> str:
    """'The interior ministry' -> 'interior ministry'; '' for 'he' or 'it'."""
    words = [w.lower() for w in WORD.findall(phrase)]
    kept: list[str] = []
    for word in reversed(words):
        if word in rules.source_stops or len(kept) == rules.source_max_words:
            break
        kept.insert(0, word)
    return " ".join(kept)


def clause_start(text: str, sentence: Sentence, offset: int, rules: Rules) -> int:
    start = sentence.span[0]
    for mark in rules.source_breaks:
        at = text.rfind(mark, start, offset)
        if at >= 0:
            start = max(start, at + len(mark))
    return start


def source_in_clause(text: str, sentence: Sentence, offset: int, rules: Rules) -> str:
    """The subject of the last source verb between the clause's start and the figure."""
    start = clause_start(text, sentence, offset, rules)
    words = list(WORD.finditer(text, start, offset))
    verbs = source_verbs(rules)
    for index in range(len(words) - 1, -1, -1):
        if words[index][0].lower() in verbs:
            return source_name(text[start:words[index].start()], rules)
    if match := ACCORDING.search(text, start, offset):
        return source_name(match[1], rules)
    return ""


def sentence_source(text: str, sentence: Sentence, rules: Rules) -> str:
    """The source an attribution ending (or opening) the sentence names."""
    located = attribution(text[sentence.span[0]:sentence.span[1]], rules)
    if located:
        return source_name(located[0], rules)
    match = ACCORDING.search(text, *sentence.span)
    return source_name(match[1], rules) if match else ""


def with_sources(document: Document, sentence: Sentence, facts: list[Fact], rules: Rules) -> list[Fact]:
    """The facts of one sentence, each slot with the source its figure is credited to."""
    values: dict = {}
    for fact in facts:
        values.setdefault(fact.slot, set()).add(fact.mention.value)
    if all(len(found) < 2 for found in values.values()):
        return facts  # no slot given two figures here: no source could be kept (settle_sources)
    text, whole = document.text, None
    out = []
    for fact in facts:
        source = source_in_clause(text, sentence, fact.mention.span[0], rules)
        if not source:
            whole = sentence_source(text, sentence, rules) if whole is None else whole
            source = whole
        out.append(replace(fact, slot=replace(fact.slot, source=source)) if source else fact)
    return out


def settle_sources(facts: list[Fact]) -> list[Fact]:
    """Keep a figure's source only where its sentence contests its slot: different figures
    of one slot from different sources in one sentence, which binding would otherwise drop
    as a breakdown. Everywhere else the source is dropped again, so no toll is split."""
    seen: dict[tuple, dict[str, set]] = {}  # (slot without source, doc, sentence) -> source -> values
    for fact in facts:
        if fact.slot.source:
            key = (replace(fact.slot, source=""), fact.mention.doc, fact.sentence_span)
            seen.setdefault(key, {}).setdefault(fact.slot.source, set()).add(fact.mention.value)
    contested = {key for key, by_source in seen.items()
                 if len(by_source) > 1 and len(set().union(*by_source.values())) > 1}
    return [f if not f.slot.source or (replace(f.slot, source=""), f.mention.doc, f.sentence_span) in contested
            else replace(f, slot=replace(f.slot, source="")) for f in facts]
