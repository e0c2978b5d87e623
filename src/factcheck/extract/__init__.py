"""Extractors: from a document's sentences to Mentions with normalised values."""
from __future__ import annotations

from ..model import Document, Mention, Sentence
from ..rules import Rules
from .quantities import extract_quantities


def extract_mentions(document: Document, sentences: tuple[Sentence, ...], rules: Rules) -> tuple[Mention, ...]:
    """Every mention the extractors find in a document, in text order."""
    mentions: list[Mention] = []
    for sentence in sentences:
        mentions += extract_quantities(document.text, sentence, rules)
    return tuple(sorted(mentions, key=lambda m: (m.span, m.kind)))
