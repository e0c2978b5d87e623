"""Facts whose slot the mention itself names: an organisation, person or other name (its
canonical name), a role or an age (the person), a record, a position (the reference
place), a quotation or a statement."""
from __future__ import annotations

import re

from .figures import COMPARED_ROLES
from ..model import LOCATED, UNKNOWN_PLACE, Document, Fact, Mention, Sentence, Slot

THING = re.compile(r"\b([a-z]{3,})[,]?[\s\u00a0]+(?:(?:about|some|roughly|around|nearly|almost|approximately)[\s\u00a0]+)?$")


def located_thing(text: str, mention: Mention, sentence: Sentence, grammar) -> str:
    """The noun right before a position, the thing it places ('yard'); '' after a verb
    ('the quake struck 55 km south of ...') or none."""
    match = THING.search(text, max(sentence.span[0], mention.span[0] - 40), mention.span[0])
    if not match or grammar is None:
        return ""
    word = match[1]
    if grammar.is_verb(word) or word in grammar.prepositions or word in grammar.part_determiners \
            or word in grammar.coordinators or word in grammar.relatives:
        return ""
    return LOCATED + word


def bind_keyed(document: Document, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
               grammar=None) -> tuple[Fact, ...]:
    """Facts whose slot the mention itself names: an organisation or person (its canonical
    name), a role or an age (the person), a position (the reference place), a quotation."""
    by_index = {s.index: s for s in sentences}
    facts = []
    for mention in mentions:
        sentence = by_index[mention.sentence]
        if sentence.role not in COMPARED_ROLES and mention.kind != "quote":
            continue
        if mention.kind in ("organisation", "person", "name"):
            facts.append(Fact(Slot(mention.kind, mention.value.id), mention, sentence.span))
        elif mention.kind == "place" and mention.value.level == UNKNOWN_PLACE:
            # a place no gazetteer knows is a name too: its spellings are compared (N001)
            facts.append(Fact(Slot("name", mention.value.name.lower()), mention, sentence.span))
        elif mention.kind == "role":
            facts.append(Fact(Slot("role", mention.value.person_id), mention, sentence.span))
        elif mention.kind == "age":
            facts.append(Fact(Slot("age", mention.value.noun), mention, sentence.span))
        elif mention.kind == "record":
            facts.append(Fact(Slot("record", mention.value.person_id), mention, sentence.span))
        elif mention.kind == "elapsed":
            facts.append(Fact(Slot("stoppage", f"period {mention.value.noun}"), mention, sentence.span))
        elif mention.kind == "defence":
            facts.append(Fact(Slot("defence", mention.value.noun), mention, sentence.span))
        elif mention.kind == "position":
            # what it places ('a recycling yard about 12 miles west of Norwich'): a scope
            thing = located_thing(document.text, mention, sentence, grammar)
            facts.append(Fact(Slot("position", mention.value.reference_id, scope=thing), mention, sentence.span))
        elif mention.kind == "quote":
            facts.append(Fact(Slot("quote", "quotations"), mention, sentence.span))
        elif mention.kind == "statement":
            facts.append(Fact(Slot("statement", "statements"), mention, sentence.span))
    return tuple(facts)
