"""Coordinated parts make totals: 'two men and their instructor' are three, 'four men and a
woman' five, 'three crew members and 11 passengers' fourteen; 'three dead and 11 injured'
are no people nouns and stay apart."""
from __future__ import annotations

import re
from dataclasses import replace

from ..grammar import Grammar
from ..model import Amount, Mention, Sentence

PART = re.compile(r"[ \u00a0]+and[ \u00a0]+((?:[a-z][a-z-]*)(?:[ \u00a0]+[a-z][a-z-]*){1,3})")
NOUN_AFTER = re.compile(r"[ \u00a0]+[a-z]+")


def with_parts(text: str, mention: Mention, sentence: Sentence, grammar: Grammar) -> Mention:
    """'four men and a woman' is five, 'two men and their instructor' three: a count of
    people and one more person joined by 'and' is their total (the span covers both)."""
    amount = mention.value
    if not isinstance(amount, Amount) or amount.unit is not None or amount.noun != "person":
        return mention
    match = PART.match(text, mention.span[1], sentence.span[1])
    if match is None:  # the noun after the figure ('men') comes first: skip it
        noun = NOUN_AFTER.match(text, mention.span[1], sentence.span[1])
        match = noun and PART.match(text, noun.end(), sentence.span[1])
    if not match:
        return mention
    words = match[1].split()
    if words[0] not in grammar.part_determiners:
        return mention
    for index, word in enumerate(words[1:], 1):
        if grammar.is_verb(word):
            return mention
        if grammar.is_person(word) and (index + 1 == len(words) or not grammar.is_person(words[index + 1])):
            end = match.start(1) + len(" ".join(words[:index + 1]))
            add = lambda v: None if v is None else v + 1  # noqa: E731
            total = replace(amount, low=add(amount.low), high=add(amount.high), stated=add(amount.stated))
            return replace(mention, span=(mention.span[0], end), surface=text[mention.span[0]:end], value=total)
    return mention


LEADING_PERSON = re.compile(r"\b(?:[Aa]n?|[Oo]ne)[ \u00a0]+((?:[A-Za-z][\w-]*[ \u00a0]+){0,3}?[a-z][\w-]*)[ \u00a0]+and[ \u00a0]+"
                            r"(?:his|her|their|its)[ \u00a0]+$")


def with_leading_person(text: str, mention: Mention, sentence: Sentence, grammar: Grammar) -> Mention:
    """'a ski tourer and his two guides' are three: one person, then a count of people that
    are his, joined by 'and' (the span covers both)."""
    amount = mention.value
    if not isinstance(amount, Amount) or amount.unit is not None or not _person_noun(amount.noun, grammar):
        return mention
    match = LEADING_PERSON.search(text, max(sentence.span[0], mention.span[0] - 60), mention.span[0])
    if not match:
        return mention
    words = match[1].split()
    if not grammar.is_person(words[-1]) or any(grammar.is_verb(w.lower()) for w in words):
        return mention
    add = lambda v: None if v is None else v + 1  # noqa: E731
    total = replace(amount, low=add(amount.low), high=add(amount.high), stated=add(amount.stated), noun="person")
    start, end = match.start(), mention.span[1]
    if amount.noun and (noun := re.compile(rf"(?:[ \u00a0]+[\w-]+){{0,2}}?[ \u00a0]+{re.escape(amount.noun)}s?\b")
                        .match(text, end, sentence.span[1])):
        end = noun.end()  # 'and his two mountain guides': the span ends at the noun
    return replace(mention, span=(start, end), surface=text[start:end], value=total)


PLURAL_PEOPLE = {"men": "man", "women": "woman", "children": "child", "people": "person", "crew": "crew"}
BETWEEN_COUNTS = re.compile(r"[ \u00a0]+((?:[a-z-]+[ \u00a0]+){1,3})and[ \u00a0]+$")


def _people_word(word: str, grammar: Grammar) -> bool:
    """A plural noun of people ('passengers', 'crew members', 'women')."""
    return word in PLURAL_PEOPLE or (word.endswith("s") and grammar.is_person(word[:-1]))


def _person_noun(noun: str | None, grammar: Grammar) -> bool:
    return noun is not None and (noun == "person" or noun in PLURAL_PEOPLE.values() or grammar.is_person(noun))


def _sum(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a + b


def summed_people(text: str, quantities: list[Mention], grammar: Grammar) -> list[Mention]:
    """'three crew members and 11 passengers' are 14 people: two counts of people joined by
    'and', each with its own plural noun of people, are one total (the span covers both);
    'three dead and 11 injured' are no people nouns and stay apart."""
    merged: list[Mention] = []
    index = 0
    while index < len(quantities):
        first = quantities[index]
        second = quantities[index + 1] if index + 1 < len(quantities) else None
        if second is not None and _joined_people(text, first, second, grammar):
            a, b = first.value, second.value
            total = replace(a, low=_sum(a.low, b.low), high=_sum(a.high, b.high), stated=_sum(a.stated, b.stated),
                            noun=a.noun if a.noun == b.noun else "person")
            span = (first.span[0], second.span[1])
            merged.append(replace(first, span=span, surface=text[span[0]:span[1]], value=total, partial=False))
            index += 2
        else:
            merged.append(first)
            index += 1
    return merged


def _joined_people(text: str, first: Mention, second: Mention, grammar: Grammar) -> bool:
    a, b = first.value, second.value
    if not (isinstance(a, Amount) and isinstance(b, Amount)) or a.unit or b.unit or a.low is None or b.low is None \
            or not _person_noun(a.noun, grammar) or not _person_noun(b.noun, grammar):
        return False
    between = BETWEEN_COUNTS.fullmatch(text, first.span[1], second.span[0])
    after = NOUN_AFTER.match(text, second.span[1])
    return bool(between and after and _people_word(between[1].split()[-1], grammar)
                and _people_word(after[0].strip(), grammar))
