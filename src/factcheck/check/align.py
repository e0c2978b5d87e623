"""Sentences of different articles that tell the same thing.

A sentence is told by its content words (figures, dates, names and the details of
rules/statements.toml masked) and its names. Two sentences are aligned when they share
enough of both. Candidates come from an inverted index of each sentence's rarest words,
each word indexing a bounded number of sentences, so the work is linear in the story's
sentences, not quadratic. A person dies once: sentences telling one named person's death
(or another event of rules/statements.toml [align.personal]) are aligned whatever their
other words."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import chain, repeat
from operator import neg
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..extract.statements import attribution
from ..model import Document, Mention, Sentence
from ..rules import Rules
from ..extract.words import WORD_TOKEN as WORD, stem

PRONOUNS = {"he", "she"}
POSSESSIVE = re.compile(r"['’]s\Z")  # a sentence about the person named last before it


@dataclass(frozen=True)
class Detail:
    kind: str                    # the class: colour, side, custody...
    group: int                   # which of the class's exclusive groups
    span: tuple[int, int]
    surface: str


@dataclass(frozen=True)
class Told:
    """What a sentence tells, for alignment."""
    doc: str
    sentence: Sentence
    words: frozenset[str]
    names: frozenset[str]
    details: tuple[Detail, ...]
    once: str = ""               # 'death:ruth adeyemi': what it tells that a person has once

    @cached_property
    def terms(self) -> frozenset[str]:
        """Its words and names, and its once-told event: the keys alignment indexes it under,
        made once per sentence however often they are asked for."""
        return self.words | self.names | ({"\0" + self.once} if self.once else set())


@lru_cache(maxsize=8)
def phrases_by_last_word(rules: Rules) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every detail as its words, filed under its last word ('scene' of 'at the scene')."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for phrase in rules.detail_classes:
        words = tuple(phrase.split())
        found.setdefault(words[-1], []).append(words)
    return {last: tuple(sorted(group, key=len, reverse=True)) for last, group in found.items()}


def details_of(text: str, sentence: Sentence, rules: Rules) -> tuple[Detail, ...]:
    """The details of the sentence, matched word by word (quote marks between words do not
    count: 'was "badly" hurt'), each after the word its class needs."""
    by_last = phrases_by_last_word(rules)
    tokens = list(WORD.finditer(text, *sentence.span))
    lower = [t[0].lower() for t in tokens]
    found = []
    for index, word in enumerate(lower):
        for words in by_last.get(word, ()):
            first = index - len(words) + 1
            if first < 0 or tuple(lower[first:index + 1]) != words:
                continue
            span = (tokens[first].start(), tokens[index].end())
            for kind, group in rules.detail_classes[" ".join(words)]:
                needed = rules.detail_preceded_by.get(kind)
                if needed is None or (first > 0 and lower[first - 1] in needed):
                    found.append(Detail(kind, group, span, text[span[0]:span[1]]))
            break  # the longest phrase ending here
    return tuple(found)


@lru_cache(maxsize=1 << 16)  # more sentences than a story of several hundred articles holds
def _tokens(snippet: str) -> tuple[tuple[str, bool, str], ...]:
    """(lower case, is a name, stem) of each word of a sentence: read once however many
    alignments (statements, figures, dates, places) ask."""
    found = []
    for position, match in enumerate(WORD.finditer(snippet)):
        token = POSSESSIVE.sub("", match[0])  # Buckley's is Buckley
        lower = token.lower()
        found.append((lower, token[0].isupper() and position > 0, stem(lower)))
    return tuple(found)


def words_of(text: str, sentence: Sentence, details: tuple[Detail, ...], rules: Rules) -> tuple[frozenset, frozenset]:
    """Content words (lower case, masked) and names (capitalised words after the first)."""
    masked = {w for d in details for w in WORD.findall(d.surface.lower())}
    words, names = set(), set()
    for lower, name, stemmed in _tokens(text[sentence.span[0]:sentence.span[1]]):
        if lower in rules.function_words or lower in masked or lower in rules.detail_classes:
            continue
        if name:
            names.add(lower)
        else:
            words.add(stemmed)
    return frozenset(words), frozenset(names)


def once_of(text: str, sentence: Sentence, persons: list[Mention], rules: Rules) -> str:
    """'death:ruth adeyemi' for a sentence telling what happens to a person once: the
    person named before the event's word in the sentence, or 'He'/'She' opening it after
    a name."""
    words = list(WORD.finditer(text, *sentence.span))
    event = next((w for w in words if w[0].lower() in rules.personal_events), None)
    if event is None:
        return ""
    kind = rules.personal_events[event[0].lower()]
    # persons are sorted by offset: the last one before a point is found by bisection,
    # not by a scan of every person of the article for each sentence
    last_inside = bisect_left(persons, event.start(), key=lambda p: p.span[0]) - 1
    if last_inside >= 0 and persons[last_inside].span[0] >= sentence.span[0]:
        return f"{kind}:{persons[last_inside].value.id}"
    if words and words[0][0].lower() in PRONOUNS:
        before = bisect_left(persons, sentence.span[0], key=lambda p: p.span[0]) - 1
        return f"{kind}:{persons[before].value.id}" if before >= 0 else ""
    return ""


def told(document: Document, sentences: tuple[Sentence, ...], mentions, rules: Rules) -> list[Told]:
    """The sentences of a document that hold a detail of some class."""
    persons = sorted((m for m in mentions if m.kind == "person"), key=lambda m: m.span)
    out = []
    for sentence in sentences:
        if sentence.role not in ("body", "headline"):
            continue
        details = details_of(document.text, sentence, rules)
        if details and (located := attribution(document.text[sentence.span[0]:sentence.span[1]], rules)):
            # 'officials said on Monday': the day of the telling, not a detail of what is told
            low, high = sentence.span[0] + located[1], sentence.span[0] + located[2]
            details = tuple(d for d in details if low <= d.span[0] and d.span[1] <= high)
        if not details:
            continue
        words, names = words_of(document.text, sentence, details, rules)
        out.append(Told(document.id, sentence, words, names, details,
                        once_of(document.text, sentence, persons, rules)))
    return out


def similar(a: Told, b: Told, min_shared: int, min_dice: float) -> float | None:
    """Their Dice coefficient when two sentences tell the same thing (or one person's one
    event), else None."""
    shared = len(a.words & b.words) + len(a.names & b.names)
    size = len(a.words) + len(a.names) + len(b.words) + len(b.names)
    coefficient = 2 * shared / max(1, size)
    if (a.once and a.once == b.once) or (shared >= min_shared and size > 0 and coefficient >= min_dice):
        return coefficient
    return None


def aligned_pairs(items: list[Told], rules: Rules, bar: tuple[int, float] | None = None) -> list[tuple[tuple[int, int], float]]:
    """((i, j), their Dice coefficient), i < j, for the sentences of different documents that
    tell the same thing; `bar`: the words they must share and their Dice coefficient, if not
    rules' [align] ones."""
    min_shared, min_dice = bar or (rules.align_min_shared, rules.align_min_dice)
    frequency = Counter(chain.from_iterable(item.terms for item in items))
    postings: dict[str, list[int]] = {}
    pairs: dict[tuple[int, int], float] = {}
    start = 0  # the first item of the current document: items come document by document
    for j, item in enumerate(items):
        if j and item.doc != items[j - 1].doc:
            start = j
        # its rarest words that some other sentence has too: a word of this sentence alone finds none
        keys = sorted((k for k in item.terms if frequency[k] > 1 and k[0] != "\0"),
                      key=lambda k: (frequency[k], k))[:rules.align_rare_words]
        keys += ["\0" + item.once] if item.once else []
        # the earlier sentences of other documents under each key: a posting list is in item
        # order, so they are its part before `start` (counted in C, not a loop per posting)
        shared = Counter(chain.from_iterable(
            bucket[:bisect_left(bucket, start)] for bucket in map(postings.get, keys, repeat(())) if bucket))
        # the few sentences sharing most rare words: a bounded number of comparisons each
        # (pairs are sorted at the end: the order they are tried in is no matter, so few need no sorting)
        best = shared if len(shared) <= rules.align_candidates else \
            [i for _, i in sorted(zip(map(neg, shared.values()), shared))[:rules.align_candidates]]
        for i in best:
            if (coefficient := similar(items[i], item, min_shared, min_dice)) is not None:
                pairs[(i, j)] = coefficient
        for key in item.terms:
            # each word indexes a bounded number of sentences: linear work
            bucket = postings.setdefault(key, [])
            if len(bucket) < rules.align_max_postings:
                bucket.append(j)
    return sorted(pairs.items())
