"""Open date and place slots: a date or place no event cue takes is still the date or place
of its clause's verb, keyed by the verb and whose it is ('the Saints signed DeShawn Wynn on
Monday', 'Wynn, who was signed on Tuesday'; 'retired in 1989'; 'the ferry sank off Gannet
Head', 'were arrested in Dunmere')."""
from __future__ import annotations

import re
from typing import Mapping

from ..clauses import Clauses, clause_span, opening_participle, token_range
from ..grammar import Grammar
from ..model import Mention, Slot
from .antecedents import DEFINITE, pronoun_holder
from .owners import person_id
from .subjects import EMPTY, aged_holder, clause_subject, definite_thing, reporter

PEOPLE = ("person", "role")
AGED = "aged "  # aged_holder's mark of a person known by age alone
# a name and the noun phrase that describes it, right before the participle: 'Norvane, a
# company set up in 2018', 'Kelby, the town built in 1820'
APPOSED_NAME = re.compile(r"(?<![\w'’-])([A-Z][\w'’&-]*(?:[ \u00a0][A-Z][\w'’&-]*){0,3}),[ \u00a0]+(?:a|an|the)[ \u00a0]+"
                          r"(?:[a-z][\w-]*[ \u00a0]+){1,3}\Z")


def open_date_slot(text: str, clauses: Clauses, mention: Mention, mentions, grammar: Grammar,
                   common: frozenset, background: bool, frame: str = "date", antecedent: str = "",
                   named: Mapping[str, str] = EMPTY) -> Slot | None:
    """The slot of a date by its clause's verb and holder: a relative clause's antecedent, the
    one person the clause names, else the name its subject ends in, the definite thing or the
    aged person it is, or a report's speaker for its pronoun, or `antecedent` for its 'he' or
    'she' (the article's main person); None when the clause has no specific verb or its
    subject is a pronoun of no one known."""
    tokens, breaks = clauses.tokens, clauses.breaks
    inside = token_range(tokens, mention.span)
    if not inside:
        return None
    lead = " ".join(text[max(0, mention.span[0] - 40):mention.span[0]].lower().split())
    if any(f"{phrase} " in lead for phrase in grammar.earlier_before):
        return None  # '14 outbreaks last year, up from nine in 2022': the earlier value's year
    lo, hi = clause_span(inside[0], inside[-1], breaks, len(tokens))
    words = [t[2] for t in tokens]
    # 'Brekke turned professional in 2020 and finished fifth in the Vallorne Tour in 2023':
    # each verb phrase joined by 'and' has its own dates and names; the subject they share
    joins = [i for i in range(lo + 1, hi - 1) if words[i] in ("and", "but") and clauses.verbs[i + 1]]
    own_lo = max((i for i in joins if i < inside[0]), default=lo)
    own_hi = min((i for i in joins if i > inside[-1]), default=hi)
    # 'Built in 1994, the Morning Tern ...': the opening participle is the date's verb, and
    # the next clause's subject its holder
    opening = lo <= 1 and hi < len(tokens) and opening_participle(words, grammar, clauses.verbs) == hi
    verbs = [i for i in range(own_lo, own_hi) if clauses.verbs[i] and words[i] not in grammar.auxiliaries
             and grammar.predicate(words[i]) not in grammar.vague_verbs
             and (not text[tokens[i][0]].isupper() or (opening and i == lo))]
    if not verbs:
        return None
    before = [i for i in verbs if i < inside[0]]
    verb = before[-1] if before else verbs[0]
    start = tokens[lo][0]
    shared_end = tokens[next((i for i in range(lo, hi) if clauses.verbs[i]), lo)][0]
    own_start, own_end = tokens[own_lo][0], tokens[own_hi - 1][1]
    people = sorted({person_id(m) for m in mentions if m.kind in PEOPLE
                     and ((start <= m.span[0] and m.span[1] <= shared_end) or (own_start <= m.span[0] and m.span[1] <= own_end))
                     and not (m.span[0] < mention.span[1] and mention.span[0] < m.span[1])  # 'near Harlan Springs'
                     and not (text[m.span[0] - 1:m.span[0]] == "(" and text[m.span[1]:m.span[1] + 1] == ")")})
    # (a name in parentheses is an aside or a credit: 'SARRAK, 19 February (Horn Wire) - ...')
    if opening and not people:
        main = next((i for i in range(hi + 1, len(tokens)) if clauses.verbs[i] and not text[tokens[i][0]].isupper()), None)
        holder = clause_subject(text, tokens, hi, main, grammar, common) if main is not None else None
        holder = holder or (definite_thing(text, tokens, hi, main, grammar, named) if holder == "" else None)
    elif words[lo] in grammar.relatives:  # 'Wynn, who was signed on Tuesday ... and rookie Bell': Wynn's
        holder = clause_subject(text, tokens, lo, verb, grammar, common)
        if holder == "":  # 'The bridge, which opened in 1911'
            holder = definite_thing(text, tokens, lo, verb, grammar, named)
    elif len(people) == 1:
        holder = people[0]
    elif people:
        return None  # two people in the clause: whose date is it?
    elif (apposed := APPOSED_NAME.search(text, max(tokens[0][0], tokens[verb][0] - 80), tokens[verb][0])) \
            and apposed.start() > tokens[0][0]:
        # 'Norvane, a company set up in 2018': the name it describes ('On Monday, the bridge
        # built in 1820' opens its sentence: an opener, not a name)
        holder = apposed[1].lower()
    else:
        # the subject ends at the clause's first verb, an auxiliary too ('Voss was arrested')
        first_verb = next(i for i in range(lo, hi) if clauses.verbs[i] and not text[tokens[i][0]].isupper())
        holder = clause_subject(text, tokens, lo, min(first_verb, verb), grammar, common)
        if holder and holder in mention.surface.lower():
            holder = ""  # 'Early Friday morning, the actress checked in': the date is no one's name
        if holder is None:  # 'The university said it detected ...': the reporter's
            holder = reporter(text, tokens, lo, breaks, grammar, common)
        if holder is None:  # 'In 1970, he was indicted': the article's main person
            holder = pronoun_holder(tokens, lo, min(first_verb, verb), antecedent, mentions)
        if holder is None:
            return None
        # 'The bridge opened in 1911', 'the 26-year-old actress checked in'
        holder = holder or definite_thing(text, tokens, lo, min(first_verb, verb), grammar, named) \
            or aged_holder(text, tokens, lo, min(first_verb, verb))
        if holder.startswith(AGED):  # 'the 26-year-old actress': the article's main person, if it has one
            holder = pronoun_holder(tokens, lo, min(first_verb, verb), antecedent, mentions, DEFINITE) or holder
    if holder is None:
        return None
    return Slot(frame, grammar.predicate_at(words, verb), "background" if background else "", who=holder)


def open_place_slot(text: str, clauses: Clauses, mention: Mention, mentions, grammar: Grammar,
                    common: frozenset, old_dates, antecedent: str = "", named: Mapping[str, str] = EMPTY) -> Slot | None:
    """The slot of a place by its clause's verb and holder; background when a date of its
    own clause is ('went down off Tarrow Point in 1979'): another event's place."""
    inside = token_range(clauses.tokens, mention.span)
    if not inside:
        return None
    lo, hi = clause_span(inside[0], inside[-1], clauses.breaks, len(clauses.tokens))
    start, end = clauses.tokens[lo][0], clauses.tokens[hi - 1][1]
    background = any(start <= d.span[0] and d.span[1] <= end for d in old_dates)
    return open_date_slot(text, clauses, mention, mentions, grammar, common, background, "place", antecedent, named)
