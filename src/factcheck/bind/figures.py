"""Bind each quantity to the slot it fills: its frame (killed, injured...) from
cue words in its clause, its counted noun or unit dimension, and the year it is
explicitly about when that is not the story's own (a 2004 tsunami's toll)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .cues import cue_index, find_cues
from .clausescope import an_age_band, clause_scope
from ..clauses import (ClauseReader, Clauses, after_reduced_relative, hypothetical, opening_participle, read_clauses, token_range,
                       whole_before_its_verb)
from ..model import Document, Fact, Mention, Sentence, Slot
from .antecedents import pronoun_antecedents
from .openslots import kin_count, open_slot
from .parts import summed_people, with_leading_person, with_parts
from ..rules import Frame, Rules
from .eras import EPISODE, episode_of, era_of, time_marks
from .owners import changed_thing, whose
from .sources import restated, with_sources
from .scopes import a_delay, an_increment, enduring_event, other_incident, place_after, rate_of, scope_of, without_asides

BLOCKING = {",", ";", ":"}
NAME_KINDS = {"person", "organisation", "place", "role", "quote", "statement"}
COMPARED_ROLES = {"body", "headline", "heading"}
# a figure's noun and the group it is taken from: 'two members of the group', 'five players of the squad'
OF_A_GROUP = re.compile(r"[ \u00a0]+[a-z]+[ \u00a0]+of[ \u00a0]+(?:the|a|an|its|their|his|her|our)[ \u00a0]+[a-z]")


@lru_cache(maxsize=8)
def frame_cues(rules: Rules) -> dict:
    return cue_index(rules.frames)


def _cues(tokens: list[tuple[int, int, str]], rules: Rules) -> list[tuple[int, int, Frame]]:
    """(first token, last token, frame) for every cue in a sentence."""
    return find_cues([t[2] for t in tokens], frame_cues(rules))


def frame_context(tokens, spans, rules: Rules, clauses: Clauses):
    """A sentence's cues, the tokens that belong to figures, and the clause-break counts
    (clauses opened by a coordinator with its own subject and verb count as breaks)."""
    numbers, k = set(), -1
    for i, token in enumerate(tokens):  # in the last figure begun before it: a token of that figure
        while k + 1 < len(spans) and spans[k + 1][0] <= token[0]:
            k += 1
        if k >= 0 and token[0] < spans[k][1]:
            numbers.add(i)
    return _cues(tokens, rules), numbers, blocking_counts(tokens, rules, clauses.breaks), clauses


@lru_cache(maxsize=8)
def breaking_words(rules: Rules) -> frozenset:
    return frozenset(BLOCKING) | frozenset(rules.stop_words)


def blocking_counts(tokens, rules: Rules, breaks=()) -> list[int]:
    """Prefix counts of clause breaks, so a stretch is tested in O(1)."""
    breaking, total, opening = breaking_words(rules), 0, set(breaks)
    counts = [0]
    for i, token in enumerate(tokens):
        total += token[2] in breaking or i in opening
        counts.append(total)
    return counts


def _blocked(counts: list[int], numbers: set[int], own: range, lo: int, hi: int) -> bool:
    """A clause break, or a figure other than the mention's own tokens, between tokens lo and hi."""
    return counts[hi] - counts[lo] > 0 or any(lo <= i < hi and i not in own for i in numbers)


def find_frame(mention: Mention, tokens, cues, numbers: set[int], counts: list[int],
               rules: Rules) -> tuple[Frame, int] | None:
    """The nearest cue in the mention's clause, not past another figure or a clause break:
    its frame and where the cue ends in the text."""
    if not cues:
        return None
    inside = token_range(tokens, mention.span)
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    own = range(first, last + 1)
    best: tuple[int, int, Frame, int] | None = None
    left, right = rules.window
    for start, end, frame in cues:
        if start > last and start - last <= right and not _blocked(counts, numbers, own, last + 1, start):
            rank = (start - last, 0)
        elif end < first and first - end <= left and not _blocked(counts, numbers, own, end + 1, first):
            rank = (first - end, 1)
        else:
            continue
        if best is None or rank < best[:2]:
            best = (*rank, frame, tokens[end][1])
    return best[2:] if best else None


def bind_sentence(document: Document, sentence: Sentence, mentions: list[Mention], rules: Rules,
                  reader: ClauseReader | None = None, antecedent: str = "") -> list[Fact]:
    """Facts for the comparable quantities of one sentence; `antecedent`: whom its 'he' or
    'she' means."""
    if sentence.role not in COMPARED_ROLES or not any(m.kind in ("quantity", "duration") for m in mentions):
        return []
    text = document.text
    clauses = (reader or ClauseReader(text, rules.grammar))(sentence)
    tokens = list(clauses.tokens)
    # figures (and times) stand between a cue and a figure; names and dates do not
    # ('fined John Mraz $7,500', 'sentenced Wednesday to 12 years')
    spans = sorted(m.span for m in mentions if m.kind not in NAME_KINDS and m.kind != "date")
    main, asides = without_asides(text, sentence, tokens)
    whole = (tokens, *frame_context(tokens, spans, rules, clauses))
    outside = (main, *frame_context(main, spans, rules, read_clauses(text, 0, 0, rules.grammar, main))) \
        if asides else whole
    # 'Built in 1883 by Fothergill & Marr, the instrument has 3,120 pipes': the phrase's year
    # is the building's, not the pipes'
    comma = opening_participle(clauses.words, rules.grammar, clauses.verbs)
    marks = time_marks(text, sentence, document.published, mentions,
                       clauses.tokens[comma][0] if comma is not None else None)
    facts = []
    grammar = rules.grammar
    # 'killed a father of six' counts no dead; 'four men and a woman' are five
    counted = [m for m in mentions if m.kind in ("quantity", "duration") and not kin_count(text, m, sentence, grammar)
               and not an_age_band(text, m, sentence, grammar) and not hypothetical(clauses, m.span, grammar)]
    quantities = summed_people(text, [with_leading_person(text, with_parts(text, m, sentence, grammar), sentence, grammar)
                                      for m in counted], grammar)
    # a total's parts, each with its own noun: an open slot counts passengers, not 'people'
    parts_of = {t.span: [m for m in counted if t.span[0] <= m.span[0] and m.span[1] <= t.span[1]]
                for t in quantities if t not in counted}
    common = common_nouns(rules)
    people = [m for m in mentions if m.kind in ("person", "role")]
    framed: list[str] = []  # the frames of the figures before, in this sentence
    found = []
    for mention in quantities:
        subject = subject_of(mention, rules)
        in_aside = any(s <= mention.span[0] < e for s, e in asides)
        context, cues, numbers, counts, _ = whole if in_aside else outside
        fitting = [c for c in cues if not c[2].subjects or subject in c[2].subjects
                   or (subject is None and c[2].subject in c[2].subjects)]
        frame, cue_end = find_frame(mention, context, fitting, numbers, counts, rules) or (None, 0)
        if frame is not None and (verb := after_reduced_relative(clauses, mention.span, rules.grammar)) is not None \
                and mention.span[1] < cue_end <= verb:
            frame, cue_end = None, 0  # 'Two people injured in the crash were still in hospital': those in hospital
        if frame is not None and (verb := whole_before_its_verb(clauses, mention.span, rules.grammar)) is not None \
                and verb < cue_end:
            frame, cue_end = None, 0  # 'None of the 64 passengers was hurt': the hurt are the part, not 64
        # 'Another four died in hospital' adds to a toll, and '51 other members' is a part of
        # a sum; but 'killed 12 and injured another 30 (30 others)' lists a count of another frame
        listed = bool(frame and any(f != frame.name for f in framed))
        framed += [frame.name] if frame else []
        found.append((mention, subject, frame, cue_end, an_increment(text, mention.span[0]) and not listed,
                      mention.partial and not listed))
    parts = {subject for _, subject, _, _, _, partial in found if partial}  # the parts of a sum are no count
    for mention, subject, frame, cue_end, increment, partial in found:
        era = era_of(text, marks, mention, document.published) or episode_of(text, mention, mentions, sentence)
        if frame is not None and frame.needs_place:
            # 'two of the bombs fell within the camp': the count of those in one place, a part or not
            place = place_after(text, cue_end, sentence, rules)
            if place and (slot := slot_for(mention, frame, era, place, rules)):
                facts.append(Fact(slot, mention, sentence.span))
            continue
        if partial or (subject and subject in parts) or increment or a_delay(text, mention, sentence):
            continue
        context = whole if any(s <= mention.span[0] < e for s, e in asides) else outside
        # 'In neighbouring Draymouth, ...', 'bringing the total to six': the clause's scope
        clause_limit = clause_scope(text, context[4], mention, sentence, grammar)
        scope = clause_limit or scope_of(text, mention, sentence, rules) or \
            (severity(text, mention, cue_end, rules) if frame is not None and frame.subject == "person" else "")
        slot = slot_for(mention, frame, era, scope, rules)
        if slot is not None and slot.frame == "count" and OF_A_GROUP.match(text, mention.span[1], sentence.span[1]):
            slot = None  # 'Two members of the group were dead': some of a group, no count of members
        pieces = [(mention, slot)]
        if slot is None and frame is None:
            # (an open slot keeps only another year: a month in its clause is mostly the story's
            # own timeline, 'hurt in September and missed 10 games')
            year = era if era.startswith(EPISODE) else era if len(era) == 4 and era != str(document.published.year if document.published else "") else ""
            pieces = [(part, open_slot(text, context[4], part, sentence, year, grammar, subject_of(part, rules), common,
                                           antecedent, people))
                      for part in parts_of.get(mention.span, [mention])]
            # 'by midday', 'up from 300', 'In neighbouring X,'
            pieces = [(part, replace(slot, scope=clause_limit) if slot is not None and clause_limit and not slot.scope
                       else slot) for part, slot in pieces]
        for part, part_slot in pieces:
            facts += _finished(document, sentence, part, part_slot, frame, cue_end, mentions, asides, rules)
    facts += restated(text, sentence, counted, facts, rules)  # 'the union put the number at 52'
    return unambiguous(with_sources(document, sentence, facts, rules), rules)


def severity(text: str, mention: Mention, cue_end: int, rules: Rules) -> str:
    """How badly, when a word between a figure of people and its cue says so: 'the two
    seriously injured', 'three suffered serious injuries' are some of the injured, not all."""
    if cue_end <= mention.span[1]:
        return ""
    # 'seriously injured' and 'serious injuries' are one degree
    return next((w.removesuffix("ly") for w in text[mention.span[1]:cue_end].lower().split()
                 if w in rules.grammar.severity), "")


def _finished(document: Document, sentence: Sentence, mention: Mention, slot: Slot | None, frame, cue_end: int,
              mentions: list[Mention], asides, rules: Rules) -> list[Fact]:
    """The fact of a figure once its slot is found, with the scopes the sentence gives it."""
    text = document.text
    # 'the war has killed 500,000', 'another bomb killed 8', 'hundreds die every year': not
    # the story's toll (frames compared through shared names have their evidence already)
    if slot is not None and not (frame is not None and frame.needs_names) and \
            (event := enduring_event(text, sentence, mention.span[0], cue_end, asides, rules)
             or other_incident(text, sentence, mention.span, asides, rules)
             or rate_of(text, sentence, mention.span, asides)):
        slot = replace(slot, scope=event)
    if slot is not None and frame is not None and frame.personal:
        slot = replace(slot, who=whose(text, mention, mentions, sentence))
    if slot is not None and frame is not None and frame.things:
        thing = changed_thing(text, mention, sentence, frame.things)
        slot = replace(slot, scope=thing) if thing else None  # 'fell 5 per cent': of what?
    return [Fact(slot, mention, sentence.span)] if slot is not None else []


@lru_cache(maxsize=8)
def common_nouns(rules: Rules) -> frozenset:
    """Nouns that are no names when a sentence opens with them ('Officers seized ...')."""
    return frozenset(rules.noun_classes) | rules.grammar.part_people | rules.grammar.common_subjects


@lru_cache(maxsize=8)
def name_gated_frames(rules: Rules) -> frozenset[str]:
    return frozenset(f.name for f in rules.frames if f.needs_names)


def unambiguous(facts: list[Fact], rules: Rules) -> list[Fact]:
    """Two different figures for one slot in one sentence are a breakdown or a
    comparison ('178 of 369 punches ... 30 of 207'): the slot cannot tell them apart.
    Frames compared only by shared names keep them: the names tell them apart."""
    gated = name_gated_frames(rules)
    values: dict[Slot, set] = {}
    for fact in facts:
        amount = fact.mention.value
        values.setdefault(fact.slot, set()).add((amount.low, amount.high, amount.unit))
    return [f for f in facts if len(values[f.slot]) == 1 or f.slot.frame in gated]


def subject_of(mention: Mention, rules: Rules) -> str | None:
    """The counted noun's class, or the unit's dimension for a measure; a noun of people no
    class lists ('two mountain guides', 'two instructors') counts people."""
    amount = mention.value
    if amount.unit is not None:
        unit = rules.dimensions.get(amount.unit)
        return unit.dimension if unit else amount.unit
    noun = amount.noun
    if noun and noun not in _class_names(rules) and noun in rules.grammar.part_people:
        return "person"
    return noun


@lru_cache(maxsize=8)
def _class_names(rules: Rules) -> frozenset:
    return frozenset(rules.noun_classes.values())


def slot_for(mention: Mention, frame: Frame | None, era: str, scope: str, rules: Rules) -> Slot | None:
    subject = subject_of(mention, rules)
    if mention.kind == "duration":
        # a duration is a fact only under a frame that accepts time ('served five months')
        return Slot(frame.name, subject, era, scope) if frame is not None and subject in frame.subjects else None
    if mention.value.unit is not None:
        if frame is None:
            return Slot("measure", subject, era, scope) if subject in rules.frameless_measures else None
        return Slot(frame.name, subject, era, scope)
    subject = subject or (frame.subject if frame else None)
    if subject is None:
        return None
    if frame is None:
        known = subject in set(rules.noun_classes.values())
        return Slot("count", subject, era, scope) if known and subject not in rules.generic_nouns else None
    return Slot(frame.name, subject, era, scope)


def bind(document: Document, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...], rules: Rules,
         reader: ClauseReader | None = None, antecedents: dict[int, str] | None = None) -> tuple[Fact, ...]:
    """Every fact of a document, in text order. `reader`: its sentences' clause structure,
    read once and shared with the stages after this one."""
    reader = reader or ClauseReader(document.text, rules.grammar)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    facts = []
    if antecedents is None:
        antecedents = pronoun_antecedents(document.text, sentences, mentions, rules.name_rules.kin)
    for sentence in sentences:
        facts += bind_sentence(document, sentence, by_sentence.get(sentence.index, []), rules, reader,
                               antecedents.get(sentence.index, ""))
    return tuple(facts)
