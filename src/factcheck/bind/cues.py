"""Cue phrases (frames' and events' cue words) found in a sentence's words in one pass."""
from __future__ import annotations

from typing import Iterable, TypeVar

Owner = TypeVar("Owner")


def cue_index(owners: Iterable[Owner]) -> dict[str, list[tuple[tuple[str, ...], Owner]]]:
    """Cues by their first word: a sentence is scanned once, whatever the vocabulary size."""
    index: dict[str, list] = {}
    for owner in owners:
        for cue in owner.cues:
            index.setdefault(cue[0], []).append((cue, owner))
    return index


def find_cues(words: list[str], index: dict) -> list[tuple[int, int, Owner]]:
    """(first word, last word, owner) of every cue among lower-case `words`."""
    found = []
    if index.keys().isdisjoint(words):
        return found  # most sentences: no cue word at all
    for i, word in enumerate(words):
        for cue, owner in index.get(word, ()):
            if tuple(words[i:i + len(cue)]) == cue:
                found.append((i, i + len(cue) - 1, owner))
    return found
