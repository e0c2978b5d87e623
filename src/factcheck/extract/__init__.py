"""Extractors: from a document's sentences to Mentions with normalised values."""
from __future__ import annotations

from ..model import Amount, Document, Mention, Sentence
from ..rules import Rules
import re

from .dates import extract_dates
from .numbers import find_numbers
from .orgs import extract_orgs, is_person, normalise
from .quotes import NAME, extract_quotes
from .places import document_places
from .quantities import extract_quantities


PERSON = re.compile(r"(?<![\w'’-])" + NAME)
EXPLICIT_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def number_mentions(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    """Every written number as such, whatever it means (a year, a rank, a count)."""
    return [Mention(sentence.doc, sentence.index, "number", (n.start, n.end), text[n.start:n.end],
                    Amount(n.value, n.value, stated=n.value))
            for n in find_numbers(text, *sentence.span, rules) if not n.attached]


def extract_mentions(document: Document, sentences: tuple[Sentence, ...], rules: Rules,
                     numbers: bool = False) -> tuple[Mention, ...]:
    """Every mention the extractors find in a document, in text order; with `numbers`,
    also every written number on its own (what `factcheck extract` shows)."""
    mentions: list[Mention] = document_places(document, sentences, rules)
    last_year = None
    for sentence in sentences:
        mentions += extract_quantities(document.text, sentence, rules)
        mentions += extract_orgs(document.text, sentence, rules)
        dates = extract_dates(document.text, sentence, document.published, rules, last_year)
        mentions += dates
        named = [m.value.start.year for m in dates if m.value.resolved and EXPLICIT_YEAR.search(m.surface)]
        last_year = named[-1] if named else last_year
        if numbers:
            mentions += number_mentions(document.text, sentence, rules)
    organisations = {m.value.id for m in mentions if m.kind == "organisation"}
    people = [(m.start(), m[0]) for m in PERSON.finditer(document.text, *document.body)
              if is_person(m[0], rules) and normalise(m[0]) not in organisations]
    mentions += extract_quotes(document, sentences, people, rules)
    return tuple(sorted(mentions, key=lambda m: (m.span, m.kind)))
