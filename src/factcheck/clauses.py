"""A sentence's clause structure, read once per sentence over the lexicon of grammar.py:
its tokens, where its clauses begin, and which tokens are verbs."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from .grammar import SUBJECT_PRONOUNS, Grammar


TOKEN = re.compile(r"[A-Za-z][\w'’-]*|\d[\d,.:]*\d|\d|[;,:]")  # a clock time (1:30) is one token


@dataclass(frozen=True)
class Clauses:
    """A sentence read once for every stage: its tokens (start, end, lower case), the
    indexes where clauses begin, and which tokens are verbs."""
    tokens: tuple
    breaks: tuple
    verbs: tuple

    @property
    def words(self) -> list[str]:
        return [t[2] for t in self.tokens]


def token_range(tokens, span) -> range:
    """The indexes of the tokens inside a span (tokens sorted by offset)."""
    first = bisect_left(tokens, (span[0],))
    last = bisect_left(tokens, (span[1],), lo=first)
    return range(first, last)


def clause_span(first: int, last: int, breaks: list[int], count: int) -> tuple[int, int]:
    """The token range [lo, hi) of the clause holding tokens first..last."""
    lo = max((b for b in breaks if b <= first), default=0)
    hi = min((b for b in breaks if b > last), default=count)
    return lo, hi


class ClauseReader:
    """Each sentence of one document read once, when a stage first asks (the binding of
    figures, then of dates), and shared by every stage after it."""

    def __init__(self, text: str, grammar: Grammar):
        self.text, self.grammar, self.read = text, grammar, {}

    def __call__(self, sentence) -> Clauses:
        if sentence.index not in self.read:
            self.read[sentence.index] = read_clauses(self.text, *sentence.span, self.grammar)
        return self.read[sentence.index]


def read_clauses(text: str, start: int, end: int, grammar: Grammar, tokens=None) -> Clauses:
    """The clause structure of text[start:end] (or of given tokens: a sentence without its asides)."""
    tokens = tuple(tokens if tokens is not None else
                   ((m.start(), m.end(), m[0].lower()) for m in TOKEN.finditer(text, start, end)))
    words = [t[2] for t in tokens]
    capitals = [text[t[0]].isupper() for t in tokens]
    verbs = in_context(words, grammar.verb_flags(words), grammar, capitals)
    return Clauses(tokens, tuple(clause_breaks(words, grammar, verbs)), verbs)


def in_context(words: list[str], verbs: tuple, grammar: Grammar, capitals=None) -> tuple:
    """The verbs of a sentence once the words beside them are read: a base form after a
    modal is a verb ('will close 44 branches', 'could soon face'); an -ed form after a
    determiner is an adjective ('the combined bank'). (Not a word after 'to': 'to close 41
    branches' and 'to hospital 12 times' look alike without a lexicon.)"""
    flags = list(verbs)
    for i, word in enumerate(words):
        if flags[i] and i and words[i - 1] in grammar.adjective_after and word not in grammar.auxiliaries:
            flags[i] = False
        elif word in grammar.modals and not (capitals and capitals[i]):  # not 'In May fares rose', 'Will Artino'
            j = i + 1
            while j < len(words) and (is_adverb(words[j]) or words[j] == "not"):
                j += 1
            if j < len(words) and not flags[j] and words[j].isalpha() and words[j] not in grammar.prepositions \
                    and words[j] not in grammar.adjective_after:
                flags[j] = True
    return tuple(flags)


ADVERBS = frozenset({"also", "now", "then", "still", "just", "later", "again", "already", "once", "too",
                     "quickly", "soon", "finally", "eventually", "even", "only", "never", "first"})


def is_adverb(word: str) -> bool:
    return word in ADVERBS or (word.endswith("ly") and len(word) > 4)


def clause_breaks(words: list[str], grammar: Grammar, verbs: tuple | None = None) -> list[int]:
    """The indexes of the words that open a new clause: subordinators and relative pronouns,
    and a coordinator followed by a noun phrase and its own verb ('a cyclist died and three
    women were treated'); not one followed by a verb at once ('killed 12 and injured 30')
    or by a noun phrase alone ('two men and their instructor')."""
    verbs = verbs if verbs is not None else grammar.verb_flags(words)
    breaks = []
    for i, word in enumerate(words):
        if word in (";", ":") or word in grammar.subordinators or word in grammar.relatives:
            breaks.append(i)
        elif word in grammar.conditionals and i + 1 < len(words) and not words[i + 1][0].isdigit() \
                and _subject_and_verb_after(i, words, grammar, verbs):
            breaks.append(i)  # 'provided nobody is hurt'; not 'provided 500 meals'
        elif word == "," and i + 1 < len(words) and words[i + 1] not in grammar.coordinators \
                and _full_clause_before(i, breaks, verbs) and _subject_and_verb_after(i, words, grammar, verbs):
            breaks.append(i)  # 'Okoro led with 27 points, Ferreira had 18': a list of clauses
        elif word == "as" and i + 1 < len(words) and words[i + 1] in SUBJECT_PRONOUNS:
            breaks.append(i)  # 'as he scored seven points'
        elif word in grammar.reports and i + 1 < len(words) and words[i + 1] not in (",", ".", "to") \
                and not (words[i + 1][0].isdigit() and not _subject_and_verb_after(i, words, grammar, verbs)):
            # 'officials said 12 yaks were stolen': the report's own clause; not 'Mbeki added 12'
            breaks.append(i + 1)
        elif word in grammar.coordinators and _subject_and_verb_after(i, words, grammar, verbs):
            breaks.append(i)
    return breaks


def opening_participle(words: list[str], grammar: Grammar, verbs: tuple) -> int | None:
    """The comma closing a participle phrase that opens a sentence ('Built in 1883 by
    Fothergill & Marr, the instrument has ...', 'Born in Ohio in 1945, Gigante ...', 'First
    held in 1983, the race ...'), where clause_breaks opens the next clause: a clause whose
    subject is the next clause's."""
    first = 1 if words and words[0] in ADVERBS else 0
    if len(words) < first + 5 or not verbs[first] or words[first].endswith("ing") \
            or grammar.lemma(words[first]) == words[first] or words[first + 1] not in grammar.prepositions:
        return None
    comma = next((i for i in range(first + 2, min(len(words), first + 16)) if words[i] in (",", ";", ":")), None)
    if comma is None or words[comma] != "," or any(verbs[i] and words[i] in grammar.auxiliaries for i in range(first, comma)):
        return None
    return comma if _subject_and_verb_after(comma, words, grammar, verbs) else None


def hypothetical(clauses: Clauses, span, grammar: Grammar) -> bool:
    """A figure of a condition ('if two more die', 'provided nobody is hurt') or of what a thing
    would serve ('enough supplies for 15,000 refugees') states no fact."""
    tokens = clauses.tokens
    inside = token_range(tokens, span)
    if not inside:
        return False
    lo, _ = clause_span(inside[0], inside[-1], clauses.breaks, len(tokens))
    return tokens[lo][2] in grammar.conditionals or (
        inside[0] > lo and tokens[inside[0] - 1][2] == "for" and any(t[2] in grammar.capacity for t in tokens[lo:inside[0]]))


def _subject_and_verb_after(i: int, words: list[str], grammar: Grammar, verbs: tuple) -> bool:
    """A noun phrase and its own verb follow word i ('and three women were treated'); not a
    verb at once ('and injured 30'), an adverb ('and also had') or a noun phrase alone."""
    if i + 1 >= len(words) or verbs[i + 1] or is_adverb(words[i + 1]):
        return False
    for j in range(i + 2, min(len(words), i + 2 + grammar.subject_words)):
        if words[j] in (",", ";", ":") or words[j] in grammar.coordinators:
            return False
        if verbs[j]:
            return True
    return False


def _full_clause_before(i: int, breaks: list[int], verbs: tuple) -> bool:
    """The words since the last clause break hold a verb: a comma after an opener ('For
    Harbor City, Okoro led') or a subject's appositive ends no clause."""
    return any(verbs[max(breaks, default=0):i])


def after_reduced_relative(clauses: Clauses, span: tuple[int, int], grammar: Grammar) -> int | None:
    """The offset of a clause's own verb when a figure's noun is modified by a participle
    before it: 'Two people injured in the derailment were still in hospital on Thursday'
    (the two are those in hospital, and Thursday is not the derailment's day); else None."""
    tokens, verbs = clauses.tokens, clauses.verbs
    inside = token_range(tokens, span)
    if not inside:
        return None
    lo, hi = clause_span(inside[0], inside[-1], clauses.breaks, len(tokens))
    at = inside[-1] + 1
    nouns = 0
    while at < hi and not verbs[at] and tokens[at][2].isalpha() and nouns < 2:
        at, nouns = at + 1, nouns + 1
    if not nouns or at >= hi or not verbs[at] or tokens[at][2] in grammar.auxiliaries \
            or not tokens[at][2].endswith(("ed", "en")):
        return None  # no noun, or no participle after it
    for index in range(at + 1, hi):
        word = tokens[index][2]
        if word == ",":
            return None
        if (word in grammar.auxiliaries or (verbs[index] and word.endswith("ed"))) and not verbs[index - 1]:
            return tokens[index][0]  # 'were', 'have', 'remained'
    return None


def a_whole(tokens, first: int, grammar: Grammar) -> bool:
    """Whether the figure whose first token is `first` is the whole a part is taken from:
    'saved 11 of the 14 break points', 'None of the 64 passengers'."""
    if first < 3:
        return False
    part, of, owner = (tokens[i][2] for i in range(first - 3, first))
    return of == "of" and owner in grammar.part_owners and (part[0].isdigit() or part in grammar.stock_parts)


def whole_before_its_verb(clauses: Clauses, span: tuple[int, int], grammar: Grammar) -> int | None:
    """The offset of the verb of a part when a figure is the whole it is taken from: 'None of
    the 64 passengers was hurt', 'Two of the 40 climbers were injured', 'Three of the seven
    died' (those hurt are none, two, three; 64, 40 and seven are how many there were); else
    None. 'the 17 injured' after 'Three of' is no such whole: the event's word names it."""
    tokens, verbs = clauses.tokens, clauses.verbs
    inside = token_range(tokens, span)
    if not inside or not a_whole(tokens, inside[0], grammar):
        return None
    lo, hi = clause_span(inside[0], inside[-1], clauses.breaks, len(tokens))
    at = inside[-1] + 1
    while at < hi and not verbs[at] and tokens[at][2].isalpha():
        at += 1  # the whole's noun
    if at >= hi or not verbs[at]:
        return None
    if at == inside[-1] + 1 and tokens[at][2].endswith("ed") and tokens[at][2] not in grammar.irregular:
        return None  # 'Three of the 17 injured remain': a participle naming the whole
    return tokens[at][0]  # 'Three of the seven died', 'None of the 64 passengers was hurt'
