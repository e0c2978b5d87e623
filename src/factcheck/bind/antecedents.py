"""Whom 'he' or 'she' means: an article about one person (an obituary, a profile, a player's
story) names that person far more often than anyone else, and a clause whose subject is
'he' or 'she' a few sentences after that person was named is theirs ('Gigante resumed his
life of crime. ... In 1970, he was indicted')."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from ..model import Mention, Sentence
from .owners import person_id

PEOPLE = ("person", "role")
LEAD = 1.5        # the main person is named this much more often than the next
MENTIONS = 4      # and at least this often, unless no one else is named
REACH = 3         # sentences back from the pronoun's to the main person's last naming
PRONOUNS = frozenset({"he", "she"})
DEFINITE = frozenset({"the"})  # 'the 26-year-old actress checked in': a description of the main person
NOT_NAMES = PRONOUNS | {"it", "they", "we", "i", "you"}  # 'N.J. He moved' read as a name


def main_person(text: str, sentences: tuple[Sentence, ...], mentions) -> tuple[str, frozenset[int]] | None:
    """The article's main person by surname (the story's rows resolve it to the one full name
    that ends in it) and the sentences that name them, by full name or surname alone
    ('Gigante resumed'), or the one person it names at all; None when no person leads
    ('Rahman' and 'Klitschko' alike)."""
    names = {name.split()[-1] for m in mentions if m.kind in PEOPLE and " " in (name := person_id(m))} - NOT_NAMES
    starts = [s.span[0] for s in sentences]
    named: dict[str, set[int]] = {}
    count: Counter = Counter()
    for surname in sorted(names):
        for found in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w-])", text, re.IGNORECASE):
            if text[found.start()].isupper():
                count[surname] += 1
                named.setdefault(surname, set()).add(sentences[bisect_right(starts, found.start()) - 1].index)
    ranked = count.most_common(2)
    if not ranked or (len(ranked) > 1 and (ranked[0][1] < MENTIONS or ranked[0][1] < LEAD * ranked[1][1])):
        return None
    return ranked[0][0], frozenset(named[ranked[0][0]])


def pronoun_antecedents(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...]) -> dict[int, str]:
    """Sentence index -> the person a subject 'he' or 'she' there is: the main person, named
    in that sentence or up to REACH sentences before it."""
    found = main_person(text, sentences, mentions) if sentences else None
    if found is None:
        return {}
    name, named = found
    return {index + back: name for index in named for back in range(REACH + 1)}


def pronoun_holder(tokens, lo: int, end: int, antecedent: str, mentions, pronouns=PRONOUNS) -> str | None:
    """`antecedent` when the subject in tokens lo..end is 'he' or 'she' (or another of
    `pronouns`) and the sentence names no one else before it ('Holm, who was 23 when he won
    in 2009' is Holm's); else None."""
    if not antecedent:
        return None
    pronoun = next((i for i in range(lo, end) if tokens[i][2] in pronouns), None)
    if pronoun is None or any(m.kind in PEOPLE and m.span[1] <= tokens[pronoun][0]
                              and person_id(m).split()[-1] != antecedent for m in mentions):
        return None
    return antecedent
