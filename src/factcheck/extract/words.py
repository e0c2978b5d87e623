"""The lower-case words of a stretch of text, found once however many extractors ask:
each extractor first looks whether its vocabulary occurs at all."""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[a-z]+")
WORD_TOKEN = re.compile(r"[A-Za-z][\w'’-]*")  # a word as the stages after extraction read it
POSSESSIVE_END = re.compile(r"['’]s?\Z")  # 'Intel's', 'companies'': a word's owner ending


def stem(word: str) -> str:
    """A plural's s taken off, crudely, for comparing words ('turbines' and 'turbine'); not a
    lemma."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


@lru_cache(maxsize=256)
def _words(snippet: str) -> frozenset:
    return frozenset(WORD.findall(snippet.lower()))


def finditer_after(pattern: re.Pattern, text: str, start: int, end: int, excluded: str = ""):
    """pattern.finditer for matches that do not follow a word character or one of
    `excluded`: the look-behind '(?<![\\w...])' a pattern would start with, checked on each
    match instead, since one before the pattern keeps the regex engine from skipping
    ahead to the pattern's first characters. A rejected match is retried one character
    on, as the look-behind would be."""
    while match := pattern.search(text, start, end):
        before = text[match.start() - 1:match.start()] if match.start() else ""
        if before and (before.isalnum() or before == "_" or before in excluded):
            start = match.start() + 1
            continue
        yield match
        start = match.end() if match.end() > match.start() else match.start() + 1


def words_in(text: str, start: int, end: int) -> frozenset:
    """The set of lower-case words ([a-z]+) in text[start:end]."""
    return _words(text[start:end])


def alternation(phrases) -> str:
    """A regex alternative of phrases, longest first, any spacing between their words;
    one that matches nothing when there are none."""
    ordered = sorted(phrases, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"[\s\u00a0]+") for p in ordered) or "(?!)"
