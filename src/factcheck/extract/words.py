"""The lower-case words of a stretch of text, found once however many extractors ask:
each extractor first looks whether its vocabulary occurs at all."""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=256)
def _words(snippet: str) -> frozenset:
    return frozenset(WORD.findall(snippet.lower()))


def words_in(text: str, start: int, end: int) -> frozenset:
    """The set of lower-case words ([a-z]+) in text[start:end]."""
    return _words(text[start:end])
