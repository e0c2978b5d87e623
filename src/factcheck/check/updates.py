"""Figures told as a change since an earlier report: 'the count of destroyed structures has
risen to 31, including 19 homes', 'pushing containment to 18%'. When an article tells a
figure so, and every other value comes from earlier articles, the difference is the story
moving on, not two sources disagreeing: the finding stays, as information."""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.words import alternation
from ..model import Document, Fact
from ..rules import Rules

UPDATE_NOTE = "the latest of these sources tells its figure as a change since the earlier ones: an update, not a contradiction"
UP_FROM = re.compile(r"(?:[\s\u00a0]+[\w-]+){0,2}[\s\u00a0]*,?[\s\u00a0]*(?:up|down)[\s\u00a0]+from\b")  # '23 homes, up from'



@lru_cache(maxsize=8)
def change_to(verbs: frozenset) -> re.Pattern:
    """A change verb and, within a few words after it, 'to': 'has risen to', 'pushing
    containment to', 'grew to'."""
    return re.compile(rf"\b(?:{alternation(verbs)})\b(?:[\s\u00a0]+[\w'’-]+){{0,3}}?[\s\u00a0]+to\b", re.I)


def told_as_change(fact: Fact, text: str, rules: Rules) -> bool:
    """Whether the sentence tells the figure as a change: a change verb with 'to' at most
    three words before it ('has risen to 31, including 19 homes'), or 'up from'/'down from'
    right after it. Not 'climbed to fourth after a win ... in front of 18,240 fans'."""
    end = fact.mention.span[0]
    start = max(fact.sentence_span[0], end - 120)  # a bounded window: the verb is near its figure
    changes = list(change_to(rules.change_verbs).finditer(text, start, end))
    return bool((changes and len(text[changes[-1].end():end].split()) <= 3)
                or UP_FROM.match(text, fact.mention.span[1], fact.sentence_span[1]))


def an_update(facts: list[Fact], documents: dict[str, Document], rules: Rules) -> bool:
    """Whether one figure is told as a change ('bringing the death toll to three') in an
    article later than every article giving another value: the others are earlier states."""
    published = {f.mention.doc: documents[f.mention.doc].published for f in facts}
    if any(day is None for day in published.values()):
        return False
    latest: dict = {}  # value -> the latest day an article gives it
    for fact in facts:
        latest[fact.mention.value] = max(latest.get(fact.mention.value, published[fact.mention.doc]),
                                         published[fact.mention.doc])
    if len(latest) < 2:
        return False
    # the latest day of any other value than a fact's, from the two latest values: no pair of facts is compared
    (first_day, first_value), (second_day, _) = sorted(((day, value) for value, day in latest.items()),
                                                       key=lambda pair: pair[0], reverse=True)[:2]
    for fact in facts:
        others = second_day if fact.mention.value == first_value else first_day
        if others < published[fact.mention.doc] and told_as_change(fact, documents[fact.mention.doc].text, rules):
            return True
    return False
