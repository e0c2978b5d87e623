"""Where a figure holds: a place it is limited to ('170,000 people in the province'), the
place a verb puts it in ('two landed inside the camp'), a long-running event ('the war has
killed 500,000'), another incident ('Another bomb killed 8') or a rate ('every year'); and
the asides that stand between a figure and its verb ('one bomb, which did not explode, fell')."""
from __future__ import annotations

import re
from functools import lru_cache

from ..extract.words import alternation
from ..model import Mention, Sentence
from ..rules import Rules

SCOPE = re.compile(r"[\s\u00a0]+(?:in|across|throughout)[\s\u00a0]+((?:the[\s\u00a0]+)?(?:\d[\d,]*[\s\u00a0]+)?[A-Za-z][\w-]*(?:[\s\u00a0]+[A-Z][\w-]*)*"
                   r"(?:[\s\u00a0]+and[\s\u00a0]+(?:the[\s\u00a0]+)?[A-Z][\w-]*(?:[\s\u00a0]+[A-Z][\w-]*)*)?)")  # 'Haiti and the Dominican Republic': both
# ', which did not explode,' and an appositive closed before its noun's verb: 'The island's
# last major quake, a magnitude 7.0 tremor in 2009, killed 14 people'
ASIDE = re.compile(r",[\s\u00a0]+(?:(?:which|who|whom|whose)\b[^,;:]*,|(?:a|an|the)[\s\u00a0](?:[^,;:]|(?<=\d):(?=\d))*,"
                   r"(?=[\s\u00a0]+(?:[a-z]{2,}ed|was|were|is|are|has|had|have|will|would)\b))")


def without_asides(text: str, sentence: Sentence, tokens):
    """The tokens outside ', which did not explode,' asides: a figure before one and the
    verb after it are one clause ('one bomb, which did not explode, fell in the camp')."""
    asides = [m.span() for m in ASIDE.finditer(text, *sentence.span)]
    if not asides:
        return tokens, asides
    return [t for t in tokens if not any(s <= t[0] < e for s, e in asides)], asides


PLACE_AFTER_CUE = re.compile(r"[\s\u00a0]+(?:(?:directly|just|right|squarely)[\s\u00a0]+)?(?:in|inside|within|into)"
                             r"[\s\u00a0]+(?:the[\s\u00a0]+)?((?:[A-Z][\w-]*[\s\u00a0]+)*)([A-Za-z][\w-]*)")


def place_after(text: str, offset: int, sentence: Sentence, rules: Rules) -> str:
    """The place a verb puts its figure in ('landed inside the camp', 'fell within the
    Yida camp' -> camp; 'hit in Yida' -> yida); '' when none is named."""
    match = PLACE_AFTER_CUE.match(text, offset, sentence.span[1])
    if not match:
        return ""
    head = match[2]
    if head.lower() in rules.scope_words:
        return head.lower()
    name = []
    for word in (match[1] + head).split():
        if not word[:1].isupper():
            break
        name.append(word)
    return " ".join(name).lower()


ZERO_SCOPE = re.compile(r"[^,;:.]*?[\s\u00a0](in|among|at|inside|within)[\s\u00a0]+(?:the[\s\u00a0]+)?([A-Za-z][\w-]*)")


NEXT_WORD = re.compile(r"[\s\u00a0]+[A-Za-z]+")


def scope_of(text: str, mention: Mention, sentence: Sentence, rules: Rules) -> str:
    """A place the figure is limited to: '170,000 people in the province', '... across Asia'.
    A zero holds only where it says: 'no one was hurt in the camp', 'among the peacekeepers'."""
    if mention.value.low == 0 and mention.value.high == 0:
        zero = ZERO_SCOPE.match(text, mention.span[1], sentence.span[1])
        if zero and (zero[1] == "among" or zero[2].lower() in rules.scope_words or zero[2][:1].isupper()):
            return zero[2].lower()  # a group or a place, not the event ('in the blast')
        return ""
    after = NEXT_WORD.match(text, mention.span[1], sentence.span[1]) if mention.value.noun else None
    position = after.end() if after else mention.span[1]
    match = SCOPE.match(text, position, sentence.span[1])
    if not match:
        return ""
    words = match[1].lower().split()
    if words[-1] in rules.months or words[-1] in rules.weekdays:
        return ""  # 'killed 27 people in August': a time, not a place
    return " ".join(words) if words[-1] in rules.scope_words or match[1][-1:].isupper() \
        or any(w[:1].isupper() for w in match[1].split()) else ""


@lru_cache(maxsize=8)
def enduring_pattern(rules: Rules) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])({alternation(rules.enduring_events)})(?![\w'’-])", re.I)


@lru_cache(maxsize=8)
def setting_pattern(rules: Rules) -> re.Pattern:
    """'died in the north-south civil war', 'massacred during the genocide'."""
    return re.compile(r"[\s\u00a0]+(?:in|during)[\s\u00a0]+(?:(?:the|a|this|that|its|their)[\s\u00a0]+)?"
                      r"(?:[\w’'-]+[\s\u00a0]+){0,3}?" + enduring_pattern(rules).pattern, re.I)


CLAUSE_BREAK = re.compile(r"[,;:]")


def enduring_event(text: str, sentence: Sentence, figure: int, cue_end: int, asides, rules: Rules) -> str:
    """The long-running event a figure is of ('The war has killed 500,000', 'died in the civil
    war'): named before the figure in its clause (asides left out), or as the setting right
    after its verb; its kind from rules/events.toml, '' for none."""
    if not rules.enduring_events:
        return ""
    start = clause_start(text, sentence, figure, asides)
    for match in enduring_pattern(rules).finditer(text, start, figure):
        if not any(s <= match.start() < e for s, e in asides):
            return rules.enduring_events[" ".join(match[1].lower().split())]
    if cue_end > figure and (setting := setting_pattern(rules).match(text, cue_end, sentence.span[1])):
        return rules.enduring_events[" ".join(setting[1].lower().split())]
    return ""


# 'Elsewhere, ...', 'In a separate attack, ...': the sentence tells of another incident
OTHER_OPENING = re.compile(r"[\W_]*(?:elsewhere|separately|in[\s\u00a0]+(?:a|another)[\s\u00a0]+(?:separate[\s\u00a0]+|similar[\s\u00a0]+|"
                           r"different[\s\u00a0]+)?(?:incident|attack|raid|strike|case|development))\b", re.I)
OTHER_INCIDENT = "another incident"
INCREMENT = re.compile(r"\b(?:another|a[\s\u00a0]+further)[\s\u00a0]+$", re.I)
INCREMENT_ORDINAL = re.compile(r"an?[\s\u00a0]+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\b"
                               r"(?![\s\u00a0]+of\b)", re.I)


DELAY = re.compile(r"\b(?:in|within|after)[\s\u00a0]+$", re.I)


def a_delay(text: str, mention: Mention, sentence: Sentence) -> bool:
    """'when he is sentenced in eight weeks': a duration after 'in' is the time until
    something, not the length a frame measures."""
    return mention.kind == "duration" and DELAY.search(text, max(sentence.span[0], mention.span[0] - 10),
                                                        mention.span[0]) is not None


def an_increment(text: str, figure: int) -> bool:
    """'Another four people died in hospital', 'A third person has died': a part added to the
    toll, not the toll."""
    return INCREMENT.search(text, max(0, figure - 12), figure) is not None or INCREMENT_ORDINAL.match(text, figure) is not None


@lru_cache(maxsize=8)
def other_patterns(rules: Rules) -> tuple[re.Pattern, re.Pattern]:
    """The words that name another incident before a figure ('another bomb'), and the
    incidents that are another by kind anywhere in its clause ('a 2.9 aftershock')."""
    before = re.compile(rf"(?<![\w-])(?:{alternation(rules.other_before)})(?![\w-])", re.I)
    near = re.compile(rf"(?<![\w-])(?:{alternation(rules.other_kinds)})(?![\w-])", re.I)
    return before, near


def other_incident(text: str, sentence: Sentence, span: tuple[int, int], asides, rules: Rules) -> str:
    """'another incident' when the figure's sentence opens on one ('Elsewhere, ...'), its
    clause names one before it ('Another bomb killed 8'), or the figure belongs to one by
    kind, next to it ('a 2.9 aftershock', 'two aftershocks, magnitude 2.9'); else ''."""
    figure, end = span
    if OTHER_OPENING.match(text, sentence.span[0], figure):
        return OTHER_INCIDENT
    before, near = other_patterns(rules)
    increment = INCREMENT.search(text, max(0, figure - 12), figure)  # 'another 30': a part, no incident
    if before.search(text, clause_start(text, sentence, figure, asides), increment.start() if increment else figure):
        return OTHER_INCIDENT
    after = CLAUSE_BREAK.search(text, end, min(end + NEAR, sentence.span[1]))
    if near.search(text, max(sentence.span[0], figure - NEAR), figure) \
            or near.search(text, end, after.start() if after else min(end + NEAR, sentence.span[1])):
        return OTHER_INCIDENT
    return ""


NEAR = 25  # characters: an incident 'by kind' qualifies the figures next to it only


def clause_start(text: str, sentence: Sentence, figure: int, asides) -> int:
    """Where the clause of a figure begins: after the last clause break before it that is
    not inside an aside."""
    start = sentence.span[0]
    for brk in CLAUSE_BREAK.finditer(text, sentence.span[0], figure):
        if not any(s <= brk.start() < e for s, e in asides):
            start = brk.end()
    return start


RATE = re.compile(r"\b(?:every|each|per)[\s\u00a0]+(year|month|week|day)\b|\b(annually|yearly)\b", re.I)
PER = {"annually": "year", "yearly": "year"}
HABIT = re.compile(r"\b(?:are|is|were|was)[\s\u00a0]+(?:very[\s\u00a0]+|fairly[\s\u00a0]+|quite[\s\u00a0]+)?"
                   r"(?:common|commonplace|frequent|typical|usual|rare)\b"
                   r"|\b(?:typically|usually|often|normally|routinely|generally|commonly)\b", re.I)
USUALLY = "usually"


def rate_of(text: str, sentence: Sentence, span: tuple[int, int], asides) -> str:
    """'per year' for a rate ('Ferry accidents kill hundreds of people every year'), and
    'usually' for a habit ('shakers around magnitude 2 are common to the area'): the way of
    the world, never one incident's figure; '' for none."""
    start = clause_start(text, sentence, span[0], asides)
    after = CLAUSE_BREAK.search(text, span[1], sentence.span[1])
    end = after.start() if after else sentence.span[1]
    match = RATE.search(text, start, end)
    if match is None:
        return USUALLY if HABIT.search(text, start, end) else ""
    unit = (match[1] or PER[match[2].lower()]).lower()
    return f"per {unit}"
