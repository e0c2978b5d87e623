"""Zero as a figure: 'no one was killed', 'nobody was hurt', 'there were no casualties'
fill the slot of a toll with 0, to be compared with 'killed 12'. Only where the negation
is the subject of a frame's cue (within a few auxiliary words), never 'no one knows how
many were killed'."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Amount, Mention, Sentence
from ..rules import Rules

SPACE = r"[ \u00a0]+"
AUXILIARY = r"(?:was|were|has|have|had|is|are|been|being|got|reported|seriously|critically|badly|believed|thought|to|be)"


@lru_cache(maxsize=8)
def zero_pattern(rules: Rules) -> re.Pattern | None:
    """The cues of frames that count people, after a negated subject or after 'no'."""
    cues = sorted({" ".join(c) for f in rules.frames if f.subject == "person" for c in f.cues}, key=len, reverse=True)
    if not cues:
        return None
    cue = "(?:" + "|".join(re.escape(c).replace(r"\ ", SPACE) for c in cues) + r")(?![\w-])"
    subject = rf"(?:no[ -]one|nobody|none|not{SPACE}(?:a{SPACE}single|one|one{SPACE}single)(?:{SPACE}(?:person|one))?)"
    negated = rf"(?P<subject>{subject}(?:{SPACE}(?:of{SPACE}them|else))?)(?:{SPACE}{AUXILIARY}){{0,3}}{SPACE}{cue}"
    noun = rf"(?P<noun>no(?:{SPACE}(?:reported|known|immediate|serious|further|other))?{SPACE}(?:reports{SPACE}of{SPACE})?)(?={cue})"
    return re.compile(rf"(?<![\w-])(?:{negated}|{noun})", re.I)


def zero_quantities(text: str, sentence: Sentence, taken: list[tuple[int, int]], rules: Rules) -> list[Mention]:
    piece = text[sentence.span[0]:sentence.span[1]].lower()
    if "no" not in piece:
        return []
    pattern = zero_pattern(rules)
    found = []
    for match in pattern.finditer(text, *sentence.span) if pattern else ():
        # the negation is the figure; the cue after it says what it counts
        span = match.span("subject") if match["subject"] else (match.start("noun"), match.end("noun") - 1)
        if any(s < span[1] and span[0] < e for s, e in taken):
            continue
        found.append(Mention(sentence.doc, sentence.index, "quantity", span, text[span[0]:span[1]],
                             Amount(0, 0, noun="person", stated=0)))
    return found
