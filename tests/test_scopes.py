"""Where a figure holds, read off single sentences: the place after its verb, the
long-running event or other incident it is of, and increments to a toll."""
from __future__ import annotations

import pytest

from factcheck.ingest import text_document
from factcheck.bind.scopes import an_increment, enduring_event, other_incident, place_after, rate_of, scope_of, without_asides
from factcheck.segment import segment


def sentence_of(text, rules):
    document = text_document("t.txt", "t.txt", text)
    return segment(document, rules)[0]


@pytest.mark.parametrize("text,verb,expected", [
    ("Two landed inside the camp itself.", "landed", "camp"),
    ("Two of the bombs fell within the Yida camp.", "fell", "camp"),
    ("One rocket hit in Kandahar on Monday.", "hit", "kandahar"),
    ("One rocket hit a school near the border.", "hit", ""),
    ("Four rockets fell outside the base.", "fell", ""),
])
def test_place_after_the_verb(rules, text, verb, expected):
    sentence = sentence_of(text, rules)
    assert place_after(text, text.index(verb) + len(verb), sentence, rules) == expected


@pytest.mark.parametrize("text,figure,verb,expected", [
    ("The war has killed more than 500,000 people.", "500,000", "killed", "war"),
    ("Some 2 million people died in the north-south civil war.", "2 million", "died", "war"),
    ("Close to a million were massacred during the genocide.", "a million", "massacred", "genocide"),
    ("The civil war, which began in the spring, has killed thousands.", "thousands", "killed", "war"),
    ("The war's deadliest bombing killed 25 people.", "25", "killed", ""),
    ("After years of war, the bombing killed 12 people.", "12", "killed", ""),
])
def test_enduring_event(rules, text, figure, verb, expected):
    sentence = sentence_of(text, rules)
    tokens = []
    _, asides = without_asides(text, sentence, tokens)
    cue_end = text.index(verb) + len(verb)
    assert enduring_event(text, sentence, text.index(figure), cue_end, asides, rules) == expected


@pytest.mark.parametrize("text,figure,other", [
    ("Another bomb killed 8 people in the north.", "8", True),
    ("Elsewhere, a roadside bomb killed 3 soldiers.", "3", True),
    ("In a separate attack, gunmen killed five soldiers.", "five", True),
    ("The bombing killed 12 people, another official said.", "12", False),
    ("Earlier, police said 12 people were killed.", "12", False),
    ("It was followed by a 2.9 aftershock at 2:12 a.m.", "2.9", True),
    ("Two aftershocks, magnitude 2.9 and 2.2, occurred.", "2.9", True),
    ("Five people died and seven were injured in the quake and following aftershocks.", "seven", False),
])
def test_other_incident(rules, text, figure, other):
    sentence = sentence_of(text, rules)
    start = text.index(figure)
    assert bool(other_incident(text, sentence, (start, start + len(figure)), [], rules)) is other


@pytest.mark.parametrize("text,figure,increment", [
    ("Another four people died in hospital.", "four", True),
    ("A further 20 were injured.", "20", True),
    ("Four people died in another hospital.", "Four", False),
])
def test_an_increment(text, figure, increment):
    assert an_increment(text, text.index(figure)) is increment


@pytest.mark.parametrize("text,figure,rate", [
    ("Ferry accidents kill hundreds of people in Bangladesh every year.", "hundreds", "per year"),
    ("About 1,000 people die annually on the rivers.", "1,000", "per year"),
    ("The clinic sees 40 patients each day, doctors said.", "40", "per day"),
    ("The ferry sank, killing 35, a year after another disaster.", "35", ""),
    ("Every year, the festival draws crowds; this time 35 people died.", "35", ""),
])
def test_rate_of(rules, text, figure, rate):
    sentence = sentence_of(text, rules)
    start = text.index(figure)
    assert rate_of(text, sentence, (start, start + len(figure)), []) == rate


@pytest.mark.parametrize("text,figure,scope", [
    ("The quake killed 170,000 people in the province.", "170,000", "the province"),
    ("Laura killed 27 people in August.", "27", ""),
    ("The storm killed 12 people in Louisiana.", "12", "louisiana"),
])
def test_scope_of_a_count(rules, text, figure, scope):
    from factcheck.extract import extract_mentions
    from factcheck.ingest import text_document
    document = text_document("t.txt", "t.txt", text)
    sentences = segment(document, rules)
    mention = next(m for m in extract_mentions(document, sentences, rules) if m.surface.endswith(figure))
    assert scope_of(text, mention, sentences[0], rules) == scope
