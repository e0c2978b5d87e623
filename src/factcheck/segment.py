"""Split a document's body into paragraphs and sentences, keeping offsets.

Robust to abbreviations (Mr., U.S., D-R.I., Jan.), curly and straight quotes
and non-breaking spaces; marks headline, heading, caption and credit lines.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .model import Document, Sentence
from .rules import Rules
from .stamps import stamp_span

PARAGRAPH = re.compile(r"[^\n]+")
# A sentence ends at . ! ? or … with any closing quotes/brackets, before white space.
TERMINATOR = re.compile(r"[.!?…]+[\"'”’)\]]*(?=[\s\u00a0]+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f])")
WORD_BEFORE = re.compile(r"([\w'’.-]+)$")
INITIALS = re.compile(r"^(?:[A-Za-z]\.){1,}[A-Za-z]?$|^[A-Z]$|^(?:[A-Z]-)?(?:[A-Z]\.)+[A-Z]?$")
DATELINE_CAPTION = re.compile(r"^[A-Z][A-Z .'-]+,\s+[A-Z][A-Z .'-]+\s+[-–—]\s+[A-Z]+\s+\d{1,2}\s*:")
CREDIT_SHAPE = re.compile(r"^[A-Z][\w.' -]{1,60}/[A-Z][\w .'-]{1,60}$")
END_PUNCT = re.compile(r"[.!?…:][\"'”’)\]]*\s*$")
# No news sentence is this long (the corpus's longest: 530 characters). Longer runs (a
# line of digits, a list with no full stop) are cut, at a space where there is one, so
# that work per sentence stays bounded and no input costs more than its length.
MAX_SENTENCE = 2000


def _ends_sentence(text: str, end: int, rules: Rules) -> bool:
    """Whether the full stop run ending at `end` closes a sentence (not Mr. or U.S.)."""
    stop = text.rfind(".", 0, end)
    if stop < 0 or text[end - 1] in "!?…\"'”’)]":
        return True
    word = WORD_BEFORE.search(text, max(0, stop - 64), stop + 1)
    if not word:
        return True
    token = word[1].rstrip(".")
    last = token.split("-")[-1].split(".")[-1]
    if token in rules.abbreviations or last in rules.abbreviations:
        return False
    return not INITIALS.match(word[1])


def split_sentences(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Sentence spans within text[start:end], trimmed of white space."""
    spans, begin = [], start
    for match in TERMINATOR.finditer(text, start, end):
        if _ends_sentence(text, match.end(), rules):
            spans.append((begin, match.end()))
            begin = match.end()
    spans.append((begin, end))
    trimmed = []
    for s, e in (piece for span in spans for piece in _bounded(text, *span)):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


def _bounded(text: str, start: int, end: int):
    """text[start:end] in pieces of at most MAX_SENTENCE characters, cut at a space in
    the last tenth of a piece if there is one."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE * 9 // 10, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
    yield start, end


def paragraph_role(line: str, first: bool, rules: Rules) -> str:
    """headline, heading, caption, credit or body."""
    stripped = line.strip()
    if any(marker in stripped for marker in rules.caption_markers) or DATELINE_CAPTION.match(stripped):
        return "caption"
    unpunctuated = not END_PUNCT.search(stripped)
    if unpunctuated and (CREDIT_SHAPE.match(stripped) or any(m in stripped for m in rules.credit_markers)):
        return "credit"
    if unpunctuated and len(stripped.split()) <= rules.headline_max_words:
        return "headline" if first else "heading"
    return "body"


def sentence_start(sentence: Sentence) -> int:
    return sentence.span[0]


def sentence_at(sentences: tuple[Sentence, ...], offset: int, slack: int = 0) -> Sentence | None:
    """The sentence holding `offset` (or ending at most `slack` characters before it)."""
    # a key, not a list of starts: a list built per call made a 5 MB article quadratic
    index = bisect_right(sentences, offset, key=sentence_start) - 1
    if index >= 0 and offset < sentences[index].span[1] + slack:
        return sentences[index]
    return None


def segment(document: Document, rules: Rules) -> tuple[Sentence, ...]:
    """The sentences of a document's body, in order, each with its paragraph and role."""
    text = document.text
    start, end = document.body
    sentences: list[Sentence] = []
    first = True
    for number, line in enumerate(PARAGRAPH.finditer(text, start, end)):
        if not line[0].strip(" \t\r\u00a0\ufeff"):
            continue
        role = paragraph_role(line[0], first, rules)
        first = False
        for span in split_sentences(text, line.start(), line.end(), rules):
            for piece, piece_role in without_stamp(text, span, role, rules):
                sentences.append(Sentence(document.id, len(sentences), piece, number, piece_role))
    return tuple(sentences)


def without_stamp(text: str, span: tuple[int, int], role: str, rules: Rules) -> list[tuple[tuple[int, int], str]]:
    """A sentence's pieces with their roles: a page stamp within it is a sentence of role
    "stamp"; what stands before and after keeps the line's role."""
    stamp = stamp_span(text, span[0], span[1], rules)
    if stamp is None:
        return [(span, role)]
    pieces = []
    for (s, e), piece_role in (((span[0], stamp[0]), role), (stamp, "stamp"), ((stamp[1], span[1]), role)):
        while s < e and (text[s].isspace() or text[s] in "|•·"):
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in "|•·—–-"):
            e -= 1
        if s < e:
            pieces.append(((s, e), piece_role))
    return pieces
