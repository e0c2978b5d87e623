"""Ages of named people: '32-year-old Englishman Robert Buckley', 'Robert Buckley, 32,',
'Fred LaRue, aged 75'. An age is a fact about its person, compared across sources."""
from __future__ import annotations

import re

from ..model import Amount, Document, Mention, Sentence
from ..rules import Rules
from ..gazetteer import lookup
from .people import LEADING_WORDS, is_person, normalise
from .words import words_in

NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){1,2})"
BEFORE = re.compile(r"(?<![\w-])(?P<age>\d{1,3})-year-old(?:[ \u00a0]+[A-Za-z]+){0,2}?[ \u00a0]+" + NAME)
AGE_HINT = re.compile(r",?[ \u00a0]+(?:aged[ \u00a0]+)?\d{1,3},")
AFTER = re.compile(NAME + r",?[ \u00a0]+(?:aged[ \u00a0]+)?(?P<age>\d{1,3}),")
# 'John Carter died at 84', 'John Carter, the actor, has died ... at the age of 83'
DIED_AT = re.compile(NAME + r"(?:,[^,;]{1,150},)?[ \u00a0]+(?:(?:has|had)[ \u00a0]+)?(?:died|dies|dead|passed[ \u00a0]+away)\b"
                     r"[^.;]{0,80}?\b(?:at[ \u00a0]+(?:the[ \u00a0]+)?age[ \u00a0]+(?:of[ \u00a0]+)?|aged[ \u00a0]+|at[ \u00a0]+)"
                     r"(?P<age>\d{1,3})\b(?![.,]?\d|[ \u00a0]*(?:%|percent|per\b))")
DIGIT_COMMA = re.compile(r"\d,")  # what every 'Buckley, 32,' has: a quick look before AGE_HINT
DEATH_WORDS = frozenset({"died", "dies", "dead", "passed"})
# 'James Holmes, the 25-year-old accused of': an age set off after the name
APPOSED = re.compile(NAME + r",[ \u00a0]+(?:the|a|an)[ \u00a0]+(?P<age>\d{1,3})-year-old\b")
# 'Mraz, 42, was convicted': a surname alone, set off by commas
SURNAME_AFTER = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z][\w'’-]+),[ \u00a0]+(?:aged[ \u00a0]+)?(?P<age>\d{1,3}),")


def without_nationality(name: str, rules: Rules) -> str:
    """'Englishman Robert Buckley' is Robert Buckley; 'Bagman' Fred LaRue' is Fred LaRue."""
    words = name.split()
    while len(words) > 2 and (words[0] in rules.demonyms or words[0].endswith(("man", "woman", "'", "’"))):
        words = words[1:]
    return " ".join(words)


def extract_ages(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    found = []
    words = words_in(text, *sentence.span)
    patterns = ((BEFORE, APPOSED) if "year" in words else ()) \
        + ((AFTER, SURNAME_AFTER) if DIGIT_COMMA.search(text, *sentence.span) and AGE_HINT.search(text, *sentence.span)
           else ()) \
        + ((DIED_AT,) if not words.isdisjoint(DEATH_WORDS) else ())
    taken = set()
    for pattern in patterns:
        for match in pattern.finditer(text, *sentence.span):
            name, age = without_nationality(match["name"], rules), int(match["age"])
            span = match.span("age")
            if not 0 < age < 120 or span in taken or not (is_person(name, rules) or a_surname(name, rules)):
                continue
            taken.add(span)
            found.append(Mention(sentence.doc, sentence.index, "age", span, text[span[0]:span[1]],
                                 Amount(age, age, noun=normalise(name), stated=age)))
    return found


HE_WAS = re.compile(r"(?:He|She)[ \u00a0]+was[ \u00a0]+(?P<age>\d{1,3})\.?")
SUBJECT_REACH = 20  # a sentence's subject is named within its first characters


def pronoun_ages(document: Document, sentences: tuple[Sentence, ...], people: list[tuple[int, str]]) -> list[Mention]:
    """'John Carter died on Friday at his home. He was 84.': the age of the person the
    sentence before opens with; `people` are (offset, full name) in text order."""
    found, text = [], document.text
    for previous, sentence in zip(sentences, sentences[1:]):
        match = HE_WAS.fullmatch(text, *sentence.span)
        subject = next((name for at, name in people if previous.span[0] <= at < previous.span[0] + SUBJECT_REACH),
                       None) if match else None
        if subject is None or not 0 < int(match["age"]) < 120:
            continue
        age, span = int(match["age"]), match.span("age")
        found.append(Mention(document.id, sentence.index, "age", span, text[span[0]:span[1]],
                             Amount(age, age, noun=normalise(subject), stated=age)))
    return found


def a_surname(name: str, rules: Rules) -> bool:
    """'Mraz, 42,': one capitalised word that is no place, organisation word, title or
    calendar word; the story's full name for it is found when the facts are tabulated."""
    lowered = name.lower()
    return " " not in name and name not in LEADING_WORDS and lowered not in rules.months \
        and lowered not in rules.weekdays and name not in rules.org_heads and name not in rules.titles \
        and name.rstrip(".") not in rules.not_person and lookup(name, rules) is None
