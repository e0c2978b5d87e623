"""Whose a clause is: the name its subject ends in ('Thomas missed nine games'), the name
before a relative pronoun ('Morvana, which has ...'), '' for a common noun phrase
('Customs officers'), None for a pronoun, whose referent the clause does not give."""
from __future__ import annotations

import re
from types import MappingProxyType
from typing import Mapping

from ..clauses import is_adverb
from ..grammar import SUBJECT_PRONOUNS as PRONOUNS, Grammar


DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
EMPTY: Mapping[str, str] = MappingProxyType({})


def capitalised_name(text: str, tokens, lo: int, hi: int, grammar: Grammar, common: frozenset) -> str | None:
    """The name a subject's words hold, lower case: the last run of capitalised words
    ('Thomas initially', 'Gregory Echenique'); '' for a common noun phrase ('Customs
    officers', 'The island'), None for a pronoun (whose, the clause does not say)."""
    if any(t[2] in PRONOUNS for t in tokens[lo:hi]):
        return None
    # the name is the phrase's head: 'Border guards' is none, 'Thomas initially' is Thomas
    last = hi
    while last > lo and is_adverb(tokens[last - 1][2]):
        last -= 1
    runs: list[list[str]] = [[]]
    for start, end, lowered in tokens[lo:last]:
        if text[start:end][:1].isupper() and lowered not in grammar.part_determiners:
            runs[-1].append(lowered)
        elif runs[-1]:
            runs.append([])
    words = runs[-1]
    if not words or (len(words) == 1 and (words[0] in common or words[0].rstrip("s") in common
                                          or words[0] in grammar.reports  # 'According to ...'
                                          or words[0] in DEMONSTRATIVES)):  # 'This spring, ...'
        return ""
    return " ".join(w.removesuffix("’s").removesuffix("'s") for w in words)


def clause_subject(text: str, tokens, lo: int, verb: int, grammar: Grammar, common: frozenset) -> str | None:
    """Whose the clause's figures are: the name its subject ends in ('Thomas missed nine
    games', 'Will Artino scored 14 points and Gregory Echenique had 11'), the name before a
    relative pronoun ('Morvana, which has ...'); '' for a common noun, None for a pronoun."""
    words = [t[2] for t in tokens]
    first = lo + (words[lo] in grammar.coordinators or words[lo] in grammar.subordinators) if lo < len(words) else lo
    if first < len(words) and words[first] in grammar.relatives:
        start = first - 1 if first and words[first - 1] != "," else first - 2
        if start < 0:
            return ""
        # the antecedent only: 'He said the structure, which opened in 1968' is the structure's
        begin = max(start - 3, 0)
        begin = next((i + 1 for i in range(start, begin - 1, -1) if words[i] in PRONOUNS or words[i] in grammar.reports
                      or (grammar.is_verb(words[i]) and not text[tokens[i][0]].isupper())), begin)
        return capitalised_name(text, tokens, begin, start + 1, grammar, common) if begin <= start else ""
    if first < verb and "," in words[first:verb]:
        # 'During a late run, Echenique blocked': after the last comma; 'McDermott, a
        # junior, now has': before the first (an appositive between)
        after = verb - words[first:verb][::-1].index(",")
        name = noun_phrase_name(text, tokens, after, verb, grammar, common)
        if name != "" or words[first] in grammar.prepositions:
            return name
        return noun_phrase_name(text, tokens, first, first + words[first:verb].index(","), grammar, common)
    return noun_phrase_name(text, tokens, first, verb, grammar, common)


def noun_phrase_name(text: str, tokens, first: int, verb: int, grammar: Grammar, common: frozenset) -> str | None:
    """The name of the noun phrase at `first`, which ends at a preposition, a comma or a participle."""
    words = [t[2] for t in tokens]
    end = first
    while end < verb and words[end] not in grammar.prepositions and words[end] != "," \
            and not (end > first and words[end].endswith("ing")):
        end += 1
    return capitalised_name(text, tokens, first, end, grammar, common)


def definite_thing(text: str, tokens, lo: int, verb: int, grammar: Grammar, named: Mapping[str, str] = EMPTY) -> str:
    """'the bridge' when a clause's subject is 'the' and a common noun that names no person
    ('The bridge was first opened in 1923', 'The bridge, which opened in 1911'): the story's
    one such thing; '' otherwise ('the man', 'a bridge', 'the two bridges')."""
    words = [t[2] for t in tokens]
    first = lo + (lo < len(words) and (words[lo] in grammar.coordinators or words[lo] in grammar.subordinators))
    if first < len(words) and words[first] in grammar.relatives:  # the antecedent, before the comma
        end = first - 1 if first and words[first - 1] == "," else first
        start = max(0, end - 4)
    else:
        start, end = first, verb
    phrase = words[start:end]
    if "the" not in phrase:
        return ""
    first = start + phrase.index("the") + 1  # the first definite phrase, up to a preposition or comma
    last = first
    while last < end and words[last] not in grammar.prepositions and words[last] != ",":
        last += 1
    if not first < last <= first + 4 or not all(w.replace("-", "").isalpha() or w.replace(".", "").isdigit()
                                                for w in words[first:last]) or not words[last - 1].replace("-", "").isalpha():
        return ""
    head = words[last - 1]
    if grammar.is_person(head) or head.endswith("s") or grammar.is_verb(head) \
            or text[tokens[last - 1][0]].isupper():
        return ""  # ('the Brackenford factory' is the factory: a name may qualify its noun)
    kind = grammar.things.get(head, head)
    if (name := named.get(head) or named.get(kind)):  # 'the ferry', 'the ship': the ship 'the ferry Elsbeth Marrow' is
        return name
    return "the " + kind  # 'the bridge' and 'the structure': one thing


def reporter(text: str, tokens, lo: int, breaks, grammar: Grammar, common: frozenset) -> str | None:
    """Whose a pronoun's clause is when it is what a report says of its speaker: 'The university
    said it detected the attack on March 3', 'Okafor said she had signed in May'; else None."""
    words = [t[2] for t in tokens]
    if lo < 1 or lo >= len(words) or words[lo] not in ("it", "he", "she", "they") or words[lo - 1] not in grammar.reports:
        return None
    start = max((b for b in breaks if b < lo - 1), default=0)
    holder = clause_subject(text, tokens, start, lo - 1, grammar, common)
    return holder or definite_thing(text, tokens, start, lo - 1, grammar) or None


AGED = re.compile(r"\b(\d{1,3})-year-old\b")


def aged_holder(text: str, tokens, lo: int, verb: int) -> str:
    """'aged 26' when a clause's subject is 'the 26-year-old actress': the story's one person
    of that age, resolved when the story's rows are tabulated; '' otherwise."""
    if lo >= verb or verb > len(tokens):
        return ""
    found = AGED.findall(text, tokens[lo][0], tokens[verb - 1][1])
    return f"aged {int(found[-1])}" if len(found) == 1 else ""
