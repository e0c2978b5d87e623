"""Whose a figure is and of what: the person a personal figure is about ('Weeks was
sentenced to 12 years', 'to Weeks's 44 percent') and the thing a change is of ('Shares in
Acme fell 5 per cent')."""
from __future__ import annotations

import re

from ..model import Mention, Sentence


AGED = re.compile(r"(?<![\w-])(\d{1,3})-year-old\b")


PARTICIPLE = re.compile(r",[ \u00a0]+[a-z]+ing\b")
POSSESSOR = re.compile(r"(?<![\w'’-])(?:(his|her|their)|([A-Z][\w-]+)['’]s?)[ \u00a0]+$")


def whose(text: str, mention: Mention, mentions: list[Mention], sentence: Sentence) -> str:
    """The person a personal figure is about: a possessor right before it ('to Weeks's 44
    percent', 'to his 44 percent' after two people are named), else the one named last
    before it in the sentence, else an 'N-year-old' there (resolved to a name across the
    story), else ''."""
    possessor = POSSESSOR.search(text, max(sentence.span[0], mention.span[0] - 30), mention.span[0])
    named = sorted((m for m in mentions if m.kind in ("person", "role") and m.span[1] <= mention.span[0]),
                   key=lambda m: m.span)
    if possessor and possessor[2]:
        return possessor[2].lower()
    if possessor:
        # 'Ruiz defeated Weeks, taking 54 percent to his 44 percent': of the two people the
        # sentence names, the one that is not its subject; with one, someone not named here
        people = list(dict.fromkeys(person_id(m) for m in named))
        return people[-1] if len(people) == 2 else f"({possessor[1]})"
    if named:
        # 'Ruiz defeated Weeks, taking 54 percent': a participle after a comma is the subject's
        chosen = named[0] if PARTICIPLE.search(text, named[-1].span[1], mention.span[0]) else named[-1]
        return person_id(chosen)
    ages = list(AGED.finditer(text, sentence.span[0], mention.span[0]))
    if ages:
        return f"aged {ages[-1][1]}"
    # "'the 15 years I spent there,' she said": the speaker's, not the story's one person's
    return "(i)" if FIRST_PERSON.search(text, sentence.span[0], min(sentence.span[1], mention.span[1] + FIRST_PERSON_REACH)) else ""


FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|we|We)(?![\w'’-])")
FIRST_PERSON_REACH = 12  # characters after a figure: 'the 15 years I spent'


def person_id(mention: Mention) -> str:
    """The normalised name of a person or role mention."""
    return mention.value.id if mention.kind == "person" else mention.value.person_id


THING_WORD = re.compile(r"[A-Za-z]+")


def changed_thing(text: str, mention: Mention, sentence: Sentence, things: frozenset) -> str:
    """What a change is of: the last of the frame's things named before the figure in its
    sentence ('Shares in Acme fell 5 per cent' -> shares), singular; else ''."""
    found = ""
    for word in THING_WORD.findall(text, sentence.span[0], mention.span[0]):
        lowered = word.lower()
        if lowered in things or lowered.rstrip("s") in things:
            found = lowered.rstrip("s") if lowered.rstrip("s") in things else lowered
    return found
