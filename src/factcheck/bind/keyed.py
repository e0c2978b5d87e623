"""Facts whose slot the mention itself names: an organisation, person or other name (its
canonical name), a role or an age (the person), a record, a position (the reference
place), a quotation or a statement."""
from __future__ import annotations

import re
from functools import lru_cache

from .figures import COMPARED_ROLES
from ..extract.places import OWNED
from ..extract.words import alternation
from ..model import LOCATED, UNKNOWN_PLACE, Document, Fact, Mention, Sentence, Slot

# the place a person lives in, after the age: 'Gideon Pratley, 58, of Ludsworth'
HOME = re.compile(r",[ \u00a0]+(?:of|from)[ \u00a0]+$")


@lru_cache(maxsize=8)
def site_before(words: tuple[str, ...]) -> re.Pattern:
    """An owner's site right before a place: "Brennholt's plant in", "its main factory at"."""
    alternatives = "|".join(re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:(?P<owner>\b[\w-]+)(?:['’]s|(?<=s)['’])|\b(?P<pronoun>[Ii]ts|[Tt]heir|[Hh]is|[Hh]er))[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){{0,2}}?"
                      rf"(?P<site>{alternatives})[ \u00a0]+(?:in|at|near|outside)[ \u00a0]+$")


@lru_cache(maxsize=8)
def site_after(words: tuple[str, ...]) -> re.Pattern:
    """An owner's site named by its place: "Vennor's Lindgrove factory", "its Ravelford plant"."""
    return re.compile(rf"[ \u00a0]+(?P<site>{alternation(words)})\b")


PERSONAL_SITE = "home"
DEATH_BEFORE = re.compile(r"\b(?:died|dies|death|passed away)\b", re.I)

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
               grammar=None, sites=None) -> tuple[Fact, ...]:
    """Facts whose slot the mention itself names: an organisation or person (its canonical
    name), a role or an age (the person), a position (the reference place), a quotation; and
    the place a person of a given age lives in ('Ann Cole, 41, of Dunmere': her home), and
    the place of an owner's site (rules/places.toml [sites]: 'its factory in Ockley Bridge')."""
    by_index = {s.index: s for s in sentences}
    aged = {m.span[1]: m.value.noun for m in mentions if m.kind == "age" and m.value.noun}
    site = site_before(tuple(sites)) if sites else None
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
        if mention.kind == "place" and (home := HOME.search(document.text, max(0, mention.span[0] - 12), mention.span[0])) \
                and home.start() in aged:
            facts.append(Fact(Slot("place", "home", who=aged[home.start()]), mention, sentence.span))
        if mention.kind == "place" and site and (owned := site.search(document.text, max(0, mention.span[0] - 60), mention.span[0])):
            kind = sites[" ".join(owned["site"].lower().split())]
            # a home is its person's ('Coyle's home'): a victim's and a suspect's are two, so a
            # pronoun's ('his home') only where the sentence tells of a death there ('died at his
            # home in Stainby'); a body's plant is one however it is owned ('its factory')
            owner = (owned["owner"] or owned["pronoun"]).lower() if kind == PERSONAL_SITE else ""
            if not (kind == PERSONAL_SITE and owned["pronoun"]
                    and not DEATH_BEFORE.search(document.text, sentence.span[0], mention.span[0])):
                facts.append(Fact(Slot("place", f"site:{kind}", who=owner), mention, sentence.span))
        if mention.kind == "place" and sites and (named := site_after(tuple(sites)).match(document.text, mention.span[1])) \
                and sites[" ".join(named["site"].lower().split())] != PERSONAL_SITE \
                and OWNED.search(document.text, max(0, mention.span[0] - 40), mention.span[0]):
            facts.append(Fact(Slot("place", f"site:{sites[' '.join(named['site'].lower().split())]}"), mention, sentence.span))
        if mention.kind == "role":
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
