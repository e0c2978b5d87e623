"""Whom 'he' or 'she' means: an article about one person (an obituary, a profile, a player's
story) names that person far more often than anyone else, and a clause whose subject is
'he' or 'she' a few sentences after that person was named is theirs ('Gigante resumed his
life of crime. ... In 1970, he was indicted'), unless someone else was named since."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..extract.words import alternation
from ..model import Mention, Sentence
from .owners import person_id

PEOPLE = ("person", "role")
LEAD = 1.5        # the main person is named this much more often than the next
MENTIONS = 4      # and at least this often, unless no one else is named
REACH = 3         # sentences back from the pronoun's to the main person's last naming
PRONOUNS = frozenset({"he", "she"})
DEFINITE = frozenset({"the"})  # 'the 26-year-old actress checked in': a description of the main person
NOT_NAMES = PRONOUNS | {"it", "they", "we", "i", "you"}  # 'N.J. He moved' read as a name
WORD = re.compile(r"[A-Z][\w'’-]*")


@lru_cache(maxsize=8)
def kin_before(kin: frozenset) -> re.Pattern:
    """A person introduced by a kin word (rules/names.toml [mentions] kin) is named beside the
    main person, not instead of them ('his wife, the former Olympia Grippa')."""
    return re.compile(rf"\b(?:his|her)[ \u00a0]+(?:{alternation(kin)})\b[^.;]{{0,30}}\Z")


def _surname(word: str) -> str:
    return word.removesuffix("'s").removesuffix("’s").rstrip("'’").lower()


def pronoun_antecedents(text: str, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                        kin: frozenset = frozenset()) -> dict[int, str]:
    """Sentence index -> the person a subject 'he' or 'she' there is: the article's main person
    by surname (4 namings and 1.5 times the next, or the only person named at all), when
    they were named in that sentence or up to REACH sentences before it and no one else was
    named after them (but a kin: 'his wife, Olympia'). One pass over the body's words."""
    surnames = {name.split()[-1] for m in mentions if m.kind in PEOPLE and " " in (name := person_id(m))} - NOT_NAMES
    if not surnames or not sentences:
        return {}
    namings: list[tuple[int, str, int]] = []  # (sentence index, surname, offset), in text order
    for sentence in sentences:
        for word in WORD.finditer(text, *sentence.span):
            if (surname := _surname(word[0])) in surnames:
                namings.append((sentence.index, surname, word.start()))
    count = Counter(surname for _, surname, _ in namings)
    ranked = count.most_common(2)
    if not ranked or (len(ranked) > 1 and (ranked[0][1] < MENTIONS or ranked[0][1] < LEAD * ranked[1][1])):
        return {}
    main = ranked[0][0]
    last_main, last_other = None, None  # sentence index of the main person's last naming; another's after it
    named_in: dict[int, str] = {}
    cursor = 0
    for sentence in sentences:
        while cursor < len(namings) and namings[cursor][0] == sentence.index:
            _, surname, offset = namings[cursor]
            if surname == main:
                last_main, last_other = sentence.index, None
            elif not (kin and kin_before(kin).search(text, max(sentence.span[0], offset - 40), offset)):
                last_other = sentence.index
            cursor += 1
        if last_main is not None and sentence.index - last_main <= REACH and \
                (last_other is None or last_other == sentence.index):
            # (another person named in this very sentence is pronoun_holder's to weigh)
            named_in[sentence.index] = main
    return named_in


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
