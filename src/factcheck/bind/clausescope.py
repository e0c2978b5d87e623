"""Scopes every figure takes from its clause, framed or not: another place the clause opens
with ('In neighbouring Draymouth, ...'), a running total ('bringing the total to six',
'30 so far'), the earlier value of a change ('up from 300'), and figures that are no count at
all ('a man in his 60s')."""
from __future__ import annotations

import re
from functools import lru_cache

from ..clauses import Clauses, clause_span, token_range
from ..grammar import Grammar
from ..model import Mention, Sentence

TOTAL = "in total"  # the scope of a running total
EARLIER = "earlier"  # the value a change starts from
SPACES = re.compile(r"[\s\u00a0]+")


def _before(text: str, mention: Mention, sentence: Sentence, reach: int = 60) -> str:
    return SPACES.sub(" ", text[max(sentence.span[0], mention.span[0] - reach):mention.span[0]].lower())


def an_age_band(text: str, mention: Mention, sentence: Sentence, grammar: Grammar) -> bool:
    """'A man in his 60s died': a decade of age, no count."""
    before = _before(text, mention, sentence, 24).rstrip()
    return text[mention.span[1]:mention.span[1] + 1] == "s" and before.endswith(grammar.age_band)


@lru_cache(maxsize=8)
def total_patterns(grammar: Grammar) -> tuple[re.Pattern, re.Pattern]:
    """A running total's words: after the figure (within three words: '14 people in total')
    and before it ('bringing the number of arrests to 11')."""
    spaced = lambda phrase: r"[\s\u00a0]+".join(map(re.escape, phrase.split()))  # noqa: E731
    after = re.compile(r"(?:[\s\u00a0]+[\w'’-]+){0,6}?[\s\u00a0]+(?:" + "|".join(map(spaced, grammar.total_after))
                       + r")\b", re.I)
    # ('bringing the total to 6', and inverted: 'bring to 14 the number killed this winter')
    before = re.compile(r"\b(?:" + "|".join(map(spaced, grammar.total_before)) + r")\b(?:[^,;:]*\bto)?[\s\u00a0]+$", re.I)
    return after, before


def clause_scope(text: str, clauses: Clauses, mention: Mention, sentence: Sentence, grammar: Grammar) -> str:
    """The scope a figure's clause gives it, or ''."""
    after, before = total_patterns(grammar)
    if after.match(text, mention.span[1], min(sentence.span[1], mention.span[1] + 70)) or \
            before.search(text, max(sentence.span[0], mention.span[0] - 60), mention.span[0]):
        return TOTAL
    if _before(text, mention, sentence, 30).rstrip().endswith(grammar.earlier_before):
        return EARLIER  # '800 soldiers, up from about 300 on Sunday': the earlier count
    inside = token_range(clauses.tokens, mention.span)
    if not inside:
        return ""
    lo, _ = clause_span(inside[0], inside[-1], clauses.breaks, len(clauses.tokens))
    return opener_scope(text, clauses.tokens[lo][0], mention, grammar.place_openers) or \
        opener_scope(text, clauses.tokens[lo][0], mention, grammar.time_openers)


def opener_scope(text: str, start: int, mention: Mention, openers: tuple) -> str:
    """The phrase a clause opens with up to its comma, when it starts with one of `openers`
    and the comma comes before the figure ('In neighbouring Ostby, ...', 'During a late run, ...')."""
    opening = SPACES.sub(" ", text[start:start + 40].lower())
    if "," in text[start:mention.span[0]] and any(opening.startswith(opener + " ") for opener in openers):
        return SPACES.sub(" ", text[start:text.index(",", start)].lower()).removeprefix("in ")
    return ""


CONTEST_OPENING = re.compile(r"[\"“]?(?:in|during)[ \u00a0]([^,;:]{1,100}),", re.IGNORECASE)
WORDS = re.compile(r"[a-z]+(?:-[a-z]+)*")  # 'loss-making' and 'tie-break' are no loss, no tie


def contest_scope(text: str, start: int, mention: Mention, contests: frozenset) -> str:
    """The opening phrase, up to its comma before the figure, when it names one game or bout
    ('In the Saints 17-14 victory over the Falcons on Dec. 27, Thomas rushed for 63 yards')."""
    opening = CONTEST_OPENING.match(text, start, mention.span[0])
    if opening and contests.intersection(WORDS.findall(opening[1].lower())):
        return SPACES.sub(" ", opening[1].lower())
    return ""
