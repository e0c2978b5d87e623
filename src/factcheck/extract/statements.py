"""Reported speech: a sentence told as someone's statement without quotation marks
('..., X said', 'X said that ...', 'according to X, ...', 'X told reporters ...'). The
statement is the sentence without its attribution; its speaker is resolved like a
quotation's, so that one statement credited to two named people is an A001."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Document, Mention, Said, Sentence
from ..rules import Rules
from .people import is_person, normalise
from .quotes import NameIndex, resolve_speaker

QUOTE_MARKS = ("“", "”", '"')
CAPITALISED = re.compile(r"[A-Z][\w'’.-]*")
WHO = r"[^,;:“”\"()]{2,90}?"
# who the speaker is, after the name: 'Rhiannon Beck, the county council's emergency planning
# officer,' - a noun phrase with no verb of its own
APPOSITIVE = r"[ \u00a0]+(?![^,]*\b(?:was|is|were|are|had|has|have|will|would|could|did|said)\b)[a-zA-Z][^,;:“”\"()]{2,90}?"


@lru_cache(maxsize=8)
def attribution_patterns(rules: Rules) -> dict[str, re.Pattern]:
    """The shapes of an attribution, each with its speaker `who` (compiled once per rules)."""
    verbs = "|".join(sorted(map(re.escape, rules.speech_verbs), key=len, reverse=True))
    audience = "|".join(map(re.escape, rules.statement_audiences))
    # 'said on Monday.', 'told reporters outside the school gates.'
    tail = r"(?:(?:[ \u00a0]+[\w'’-]+){0,3}|[ \u00a0]+(?:on|at|in|outside|inside|after|before|during|from|near)" \
           r"(?:[ \u00a0]+[\w'’-]+){1,5})[ \u00a0]*[.!]?[ \u00a0]*\Z"
    return {
        "after": re.compile(rf",[ \u00a0]+(?P<who>{WHO})[ \u00a0]+(?:{verbs})(?:[ \u00a0]+(?:{audience}))?{tail}"),
        "after-inverted": re.compile(rf",[ \u00a0]+(?:{verbs})[ \u00a0]+(?P<who>{WHO})(?:,{APPOSITIVE}(?:,[^\n]{{2,90}})?)?"
                                     rf"[ \u00a0]*[.!]?[ \u00a0]*\Z"),
        "after-according": re.compile(rf",[ \u00a0]+according to (?P<who>{WHO})[ \u00a0]*[.!]?[ \u00a0]*\Z"),
        "before-according": re.compile(rf"\AAccording to (?P<who>{WHO})(?:,{APPOSITIVE}(?=,))?,[ \u00a0]+"),
        "before": re.compile(rf"\A(?P<who>[A-Z]{WHO})[ \u00a0]+(?:{verbs})(?:[ \u00a0]+(?:{audience}))?"
                             rf"(?:[ \u00a0]+on[ \u00a0]+[A-Z]\w+)?(?:[ \u00a0]+that)?[ \u00a0]+(?=[a-z0-9])"),
    }


@lru_cache(maxsize=4096)  # statements, sources and alignment all ask for each sentence
def attribution(sentence_text: str, rules: Rules) -> tuple[str, int, int] | None:
    """(who, start, end) of the statement within the sentence, or None."""
    patterns = attribution_patterns(rules)
    for shape in ("after", "after-inverted", "after-according"):
        if match := patterns[shape].search(sentence_text):
            return match["who"].strip(), 0, match.start()
    for shape in ("before-according", "before"):
        if match := patterns[shape].match(sentence_text):
            end = len(sentence_text.rstrip(" .!\u00a0"))
            return match["who"].strip(), match.end(), end
    return None


def speaker_of(who: str, offset: int, people: NameIndex, rules: Rules) -> str:
    """The person a speaker phrase names ('Dorrance County Fire Marshal Ellen Ruiz' is
    Ellen Ruiz, 'Ruiz' the article's Ruiz), or '' when it names no person."""
    words = who.split()
    if len(words) > rules.source_max_words + 2:
        return ""
    capitals = []
    for word in reversed(words):  # the name is the run of capitalised words that ends the phrase
        if not CAPITALISED.fullmatch(word):
            break
        capitals.insert(0, word)
    for size in range(2, min(4, len(capitals)) + 1):  # the shortest: titles run before names
        candidate = " ".join(capitals[-size:])
        if is_person(candidate, rules):
            return normalise(candidate)
    if len(capitals) == 1 and len(words) == 1:
        return resolve_speaker(capitals[0], offset, people, rules) if people.last_before(offset, capitals[0]) else ""
    return ""


def extract_statements(document: Document, sentences: tuple[Sentence, ...], people: list[tuple[int, str]],
                       rules: Rules) -> list[Mention]:
    """Statement mentions: the sentence's words without the attribution, and its speaker."""
    text, index, found = document.text, NameIndex(people), []
    for sentence in sentences:
        if sentence.role != "body":
            continue
        start, end = sentence.span
        line = text[start:end]
        if any(mark in line for mark in QUOTE_MARKS):
            continue  # a quotation is its own mention
        located = attribution(line, rules)
        if located is None:
            continue
        who, first, last = located
        words = re.sub(r"\s+", " ", line[first:last]).strip(" ,")
        if len(words.split()) < rules.statement_min_words or not words:
            continue
        span_start = start + first + (len(line[first:last]) - len(line[first:last].lstrip(" ,")))
        span_end = start + len(line[:last].rstrip(" ,"))
        found.append(Mention(document.id, sentence.index, "statement", (span_start, span_end),
                             text[span_start:span_end], Said(words, who, speaker_of(who, start, index, rules))))
    return found
