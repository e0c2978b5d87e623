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
from ..model import Document, Fact, Mention, Sentence
from ..rules import Rules
from ..extract.words import WORD_TOKEN as WORD, alternation

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


@lru_cache(maxsize=8)
def restating(verbs: frozenset, nouns: frozenset) -> re.Pattern:
    """'put the number at', 'estimated the total at': right before a figure."""
    return re.compile(rf"\b(?:{alternation(verbs)})[ \u00a0]+(?:the|its|their|that)[ \u00a0]+"
                      rf"(?:{alternation(nouns)})[ \u00a0]+(?:at|as)[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+)?$", re.I)


def restated(text: str, sentence: Sentence, mentions: list[Mention], facts: list[Fact], rules: Rules) -> list[Fact]:
    """A figure a source gives for the figure before it: in 'the airline said 38 flights had
    been cancelled, while the pilots' union put the number at 52', 52 fills 38's slot."""
    grammar, found = rules.grammar, []
    if not grammar.restating or not facts:
        return found
    pattern = restating(grammar.restating_verbs, grammar.restating)
    bound = {f.mention.span for f in facts}
    for mention in mentions:
        if mention.kind not in ("quantity", "duration") or mention.span in bound \
                or not pattern.search(text, max(sentence.span[0], mention.span[0] - 40), mention.span[0]):
            continue
        before = [f for f in facts if f.mention.span[1] <= mention.span[0] and f.mention.kind == mention.kind]
        if before:
            found.append(Fact(before[-1].slot, mention, sentence.span))
    return found


def with_sources(document: Document, sentence: Sentence, facts: list[Fact], rules: Rules) -> list[Fact]:
    """The facts of one sentence, each slot with the source its figure is credited to."""
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
    """Keep a figure's source only where the story contests its slot: a sentence gives the
    slot different figures from different sources, which binding would otherwise drop as a
    breakdown. A figure another article credits to one of those sources keeps it too
    ('According to the pilots' union, 52 flights were cancelled' is the union's 52, not a
    conflict with the airline's 38). Everywhere else the source is dropped again, so no
    toll is split."""
    seen: dict[tuple, dict[str, set]] = {}  # (slot without source, doc, sentence) -> source -> values
    for fact in facts:
        if fact.slot.source:
            key = (replace(fact.slot, source=""), fact.mention.doc, fact.sentence_span)
            seen.setdefault(key, {}).setdefault(fact.slot.source, set()).add(fact.mention.value)
    contesting: dict[object, set[str]] = {}  # slot without source -> the sources that contest it
    for (slot, _, _), by_source in seen.items():
        if len(by_source) > 1 and len(set().union(*by_source.values())) > 1:
            contesting.setdefault(slot, set()).update(by_source)
    return [f if not f.slot.source or f.slot.source in contesting.get(replace(f.slot, source=""), ())
            else replace(f, slot=replace(f.slot, source="")) for f in facts]
