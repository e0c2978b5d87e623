"""Which words of the claims disagree: those not every claim of a finding shares."""
from __future__ import annotations

import re

WORD = re.compile(r"[\w'’.-]+|[^\w\s]+|\s+")


def pieces(text: str) -> list[str]:
    """The text cut into words, punctuation and white space, nothing lost."""
    return WORD.findall(text)


def shared_words(texts: list[str]) -> set[str]:
    """Words (lower case) that every one of the texts uses."""
    sets = [{w.lower() for w in pieces(t) if not w.isspace()} for t in texts]
    return set.intersection(*sets) if sets else set()


def differs(piece: str, shared: set[str]) -> bool:
    return not piece.isspace() and piece.lower() not in shared
