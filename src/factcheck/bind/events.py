"""Bind dates to the events they date: the nearest event cue in the sentence gives the
kind (summit, earthquake, plea...), a qualifier tells instances apart (G20 vs G8), and
a date well before publication is background, compared only with background dates."""
from __future__ import annotations

import re
from types import MappingProxyType
from functools import lru_cache

from .figures import COMPARED_ROLES, common_nouns
from .cues import cue_index, find_cues
from .eras import REPORTED
from ..extract.people import one_per_surname
from ..extract.words import WORD_TOKEN as WORD, alternation, finditer_after
from ..model import Document, Fact, Mention, Sentence, Slot
from ..clauses import ClauseReader, Clauses, after_reduced_relative, clause_span, token_range
from .antecedents import pronoun_antecedents
from .things import named_things
from .opendates import open_date_slot, open_place_slot
from .owners import person_id
from ..rules import EventKind, Rules
from .scopes import OTHER_INCIDENT, other_patterns

PLACE_REACH = 40
IN_JOIN = re.compile(r"[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?")
CLAUSE = re.compile(r"[,;:]")
CROSSES_CLAUSE = 1000


@lru_cache(maxsize=8)
def locative(rules: Rules) -> re.Pattern:
    """What introduces a place as where something is ('in Hamburg', 'near the village of
    Orsha', 'in the German city of Hamburg'), ending right before the place."""
    return re.compile(rf"\b(?i:{alternation(rules.locative_before)})\s+(?:the\s+)?"
                      rf"(?:(?:[A-Z][a-z]+\s+)?(?:{alternation(rules.locative_kinds)})\s+of\s+)?$")


@lru_cache(maxsize=8)
def qualifier_pattern(rules: Rules) -> re.Pattern:
    # the names first, so the regex engine skips to their first letters; the look-behind
    # is checked on each match (qualifiers_in)
    names = sorted({q for kind in rules.events for q in kind.qualifiers}, key=len, reverse=True)
    return re.compile(r"(" + "|".join(map(re.escape, names)) + r")(?![\w-])")


def qualifiers_in(text: str, start: int, end: int, rules: Rules):
    """Matches of the qualifier names that start a word ('G20', not 'XG20')."""
    return finditer_after(qualifier_pattern(rules), text, start, end, "-")


def canonical_qualifier(name: str, rules: Rules) -> str:
    return rules.event_aliases.get(name, name).upper()


@lru_cache(maxsize=8)
def event_cues(rules: Rules) -> dict:
    return cue_index(rules.events)


def cues_in(text: str, sentence: Sentence, rules: Rules) -> list[tuple[int, int, EventKind]]:
    """(start, end, kind) of every event cue in a sentence, as character offsets."""
    words = [(m.start(), m.end(), m[0].lower()) for m in WORD.finditer(text, *sentence.span)]
    lowered = [w[2] for w in words]
    return [(words[i][0], words[j][1], kind) for i, j, kind in find_cues(lowered, event_cues(rules))
            if not any(tuple(lowered[i:i + len(p)]) == p for p in rules.not_cues)]  # 'sold out' is no sale


POSSESSIVE_DATE = re.compile(r"\b(?:[A-Z][a-z]+day|yesterday|today|tonight|last[ \u00a0]+\w+|\d{4})['’]s[ \u00a0]+"
                             r"(?:[\w-]+[ \u00a0]+){0,2}$", re.I)


def dated_by_possessive(text: str, cue_start: int, mention: Mention) -> bool:
    """The cue has a day of its own before it ('Sunday's earthquake', 'last week's vote') that
    is not this date."""
    match = POSSESSIVE_DATE.search(text, max(0, cue_start - 40), cue_start)
    return bool(match) and not (mention.span[0] <= match.start() < mention.span[1])


def same_clause(clauses: Clauses, one: tuple[int, int], other: tuple[int, int]) -> bool:
    """Whether two spans lie in one clause of the sentence ('Later that year, he shot and
    killed his father': an opener's comma ends no clause)."""
    first, second = token_range(clauses.tokens, one), token_range(clauses.tokens, other)
    if not first or not second:
        return False
    count = len(clauses.tokens)
    return clause_span(first[0], first[-1], clauses.breaks, count) == clause_span(second[0], second[-1], clauses.breaks, count)


def subject_modifier_verb(clauses: Clauses, date: Mention, figures, rules: Rules) -> int | None:
    """Where the clause's own verb is, when the clause opens with a figure whose noun a
    participle modifies ('Two people injured in the derailment were ...'); else None."""
    tokens = clauses.tokens
    inside = token_range(tokens, date.span)
    if not inside:
        return None
    lo, _ = clause_span(inside[0], inside[-1], clauses.breaks, len(tokens))
    opening = tokens[lo][0], tokens[min(lo + 2, len(tokens) - 1)][1]
    for figure in figures:
        if opening[0] <= figure.span[0] < opening[1]:
            verb = after_reduced_relative(clauses, figure.span, rules.grammar)
            return verb if verb is not None and verb < date.span[0] else None
    return None


def nearest_event(text: str, cues, mention: Mention) -> tuple[int, int, EventKind] | None:
    """(distance, cue start, kind, cue end) of the event cue nearest to a date or place."""
    best = None
    for start, end, kind in cues:
        distance = mention.span[0] - end if end <= mention.span[0] else max(0, start - mention.span[1])
        gap = text[end:mention.span[0]] if end <= mention.span[0] else text[mention.span[1]:start]
        if mention.kind == "place" and (distance > PLACE_REACH or CLAUSE.search(gap)):
            continue  # a place is where the event is only in the event's own phrase
        if CLAUSE.search(gap):
            distance += CROSSES_CLAUSE  # 'songs of the 1960s, died on Friday': Friday is the death's
        if best is None or distance < best[0]:
            best = (distance, start, kind, end)
    return best


@lru_cache(maxsize=8)
@lru_cache(maxsize=8)
def calendar_words(rules: Rules) -> frozenset:
    return frozenset(rules.weekdays) | frozenset(rules.months)


def event_nouns(rules: Rules) -> dict[str, str]:
    """One-word event cues that are nouns ('quake', 'temblor'), with their kind."""
    return {c[0]: kind.name for kind in rules.events for c in kind.cues
            if len(c) == 1 and not rules.grammar.is_verb(c[0])}


@lru_cache(maxsize=8)
def plural_cues(rules: Rules) -> frozenset:
    """Event cues in the plural ('thefts', 'robberies'): several events, not one."""
    words = {c[0] for kind in rules.events for c in kind.cues if len(c) == 1 and not c[0].endswith(("ed", "s"))}
    return frozenset({w + "s" for w in words} | {w[:-1] + "ies" for w in words if w.endswith("y")})


def a_series_between(text: str, found, mention: Mention, rules: Rules) -> bool:
    """A plural event word between an event cue and a date: the date is of those events."""
    _, cue_start, _, cue_end = found
    gap = text[cue_end:mention.span[0]] if cue_end <= mention.span[0] else text[mention.span[1]:cue_start]
    plural = plural_cues(rules)
    return any(w.lower() in plural for w in WORD.findall(gap))


def document_qualifiers(document: Document, rules: Rules) -> set[str]:
    return {canonical_qualifier(m[1], rules) for m in qualifiers_in(document.text, 0, len(document.text), rules)}


def event_subject(kind: EventKind, text: str, sentence: Sentence, known: set[str], rules: Rules) -> str:
    """'summit:G20': the kind, and its qualifier from the sentence or, failing that, the
    one qualifier of this kind the document names."""
    names = {canonical_qualifier(m[1], rules) for m in qualifiers_in(text, *sentence.span, rules)}
    allowed = {canonical_qualifier(q, rules) for q in kind.qualifiers}
    names &= allowed
    if not names:
        names = known & allowed
    return f"{kind.name}:{sorted(names)[0]}" if len(names) == 1 else kind.name


# a dateline: a place in capitals, its date, an agency in parentheses, then a dash
DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40},[ \u00a0]+[^-–—()\n]{1,30}?(?:[ \u00a0]*\([^)\n]{1,40}\))?[ \u00a0]*[-–—]")


def in_dateline(text: str, sentence: Sentence, mention: Mention) -> bool:
    """Whether a date or time is the dateline's, which dates the report, not an event."""
    match = DATELINE.match(text, sentence.span[0], sentence.span[1])
    return bool(match) and mention.span[1] <= match.end()


def is_background(date: Mention, document: Document, rules: Rules) -> bool:
    """A date well before publication: another era's, compared only with such dates."""
    return document.published is not None and (document.published - date.value.end).days >= rules.background_days


def eligible(mention: Mention, text: str, rules: Rules) -> bool:
    """A resolved, comparable date; a place introduced as where something is ('in Hamburg')."""
    if mention.kind == "date":
        return not mention.partial and mention.value.resolved
    if mention.kind == "time":
        return True
    return mention.kind == "place" and bool(locative(rules).search(text, max(0, mention.span[0] - 40), mention.span[0]))


def open_place(text: str, clauses: Clauses, mention: Mention, people, old_dates, rules: Rules,
               antecedent: str = "", named=MappingProxyType({})) -> Slot | None:
    """A place no event cue takes: its clause's verb's and holder's, or the event's when the
    holder is an event noun under a verb that places it ('The temblor struck at 2:09 and was
    centered in Geyserville': the quake's place)."""
    slot = open_place_slot(text, clauses, mention, people, rules.grammar, common_nouns(rules), old_dates, antecedent, named)
    if slot is not None and not slot.era and slot.subject in rules.grammar.locating \
            and (kind := event_nouns(rules).get(slot.who.removeprefix("the "))):
        return Slot("place", kind, "")
    return slot


def bind_events(document: Document, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                rules: Rules, reader: ClauseReader | None = None,
                antecedents: dict[int, str] | None = None) -> tuple[Fact, ...]:
    """Facts for the dates and places of a document that are the date or place of an event."""
    by_index = {s.index: s for s in sentences}
    people: dict[int, list[Mention]] = {}  # a sentence's people, for open date slots: no scan of them all
    dates: dict[int, list[Mention]] = {}   # a sentence's dates, for open place slots: the same
    figures: dict[int, list[Mention]] = {}  # a sentence's figures, for a subject's participle
    for mention in mentions:
        if mention.kind in ("person", "role"):
            people.setdefault(mention.sentence, []).append(mention)
        elif mention.kind == "date":
            dates.setdefault(mention.sentence, []).append(mention)
        elif mention.kind == "quantity":
            figures.setdefault(mention.sentence, []).append(mention)
    known = document_qualifiers(document, rules)
    # (kind, sentence, cue start[, "within"]) -> (distance, mention, event kind, cue span)
    bound: dict[tuple, tuple[int, Mention, EventKind, tuple[int, int]]] = {}
    sentence_cues: dict[int, list] = {}
    open_facts = []
    if antecedents is None:
        antecedents = pronoun_antecedents(document.text, sentences, mentions, rules.name_rules.kin)
    named = named_things(document.text, rules.grammar, calendar_words(rules))
    for mention in mentions:
        sentence = by_index[mention.sentence]
        if mention.kind not in ("date", "place", "time") or sentence.role not in COMPARED_ROLES \
                or not eligible(mention, document.text, rules):
            continue
        if mention.kind != "place" and \
                REPORTED.search(document.text, max(sentence.span[0], mention.span[0] - 30), mention.span[0]):
            continue  # 'kidnapped 39 students, the government said on Friday': the day of the report
        if mention.kind != "place" and in_dateline(document.text, sentence, mention):
            continue  # 'CORRINGTON, 10 October (Arts Wire) - ...': the day of the report
        if sentence.index not in sentence_cues:
            sentence_cues[sentence.index] = cues_in(document.text, sentence, rules)
        found = nearest_event(document.text, sentence_cues[sentence.index], mention)
        if found is not None and mention.kind == "place":
            reader = reader or ClauseReader(document.text, rules.grammar)
            if not same_clause(reader(sentence), mention.span, (found[1], found[3])):
                found = None  # 'derailed after hitting a landslip in Westmarch': the landslip's place
        if found is not None and mention.kind == "date" and a_series_between(document.text, found, mention, rules):
            continue  # 'a robbery - the latest in a series of thefts this summer': the series' date
        if found is not None and mention.kind == "date" and found[3] <= mention.span[0]:
            reader = reader or ClauseReader(document.text, rules.grammar)
            if (verb := subject_modifier_verb(reader(sentence), mention, figures.get(sentence.index, ()), rules)) is not None and found[3] <= verb:
                continue  # 'Two people injured in the derailment were in hospital on Thursday': no event's day
        if found is not None and mention.kind == "date" and dated_by_possessive(document.text, found[1], mention):
            found = None  # 'the toll from Sunday's earthquake reached 71 on Tuesday': Tuesday is no quake's
        # a cue across a clause break takes a date only when the date's own clause has no verb
        # of its own ('Rescuers reached the villages on Monday, a day after an earthquake killed 61')
        if mention.kind == "date" and (found is None or found[0] >= CROSSES_CLAUSE):
            reader = reader or ClauseReader(document.text, rules.grammar)
            clauses = reader(sentence)
            background = is_background(mention, document, rules)
            if (found is None or not same_clause(clauses, mention.span, (found[1], found[3]))) and \
                    (slot := open_date_slot(document.text, clauses, mention, people.get(sentence.index, ()),
                                            rules.grammar, common_nouns(rules), background,
                                            antecedent=antecedents.get(sentence.index, ""), named=named)):
                open_facts.append(Fact(slot, mention, sentence.span))
                continue
        if found is None and mention.kind == "place":
            reader = reader or ClauseReader(document.text, rules.grammar)
            old = [m for m in dates.get(sentence.index, ()) if m.value.resolved and is_background(m, document, rules)]
            if slot := open_place(document.text, reader(sentence), mention, people.get(sentence.index, ()), old, rules,
                                  antecedents.get(sentence.index, ""), named):
                open_facts.append(Fact(slot, mention, sentence.span))
            continue
        if found is None:
            continue
        distance, cue, kind, cue_end = found
        key = (mention.kind, mention.sentence, cue)  # one cue takes one date and one place: the nearest
        if key not in bound or distance < bound[key][0]:
            bound[key] = (distance, mention, kind, (cue, cue_end))
    places = {m.span[0]: m for m in mentions if m.kind == "place"}
    for key, (distance, mention, kind, cue) in list(bound.items()):
        # 'near Clearlake in Lake County': the cue's place, and the place it lies in
        if mention.kind == "place" and (join := IN_JOIN.match(document.text, mention.span[1])) \
                and (outer := places.get(join.end())) is not None:
            bound[key + ("within",)] = (distance, outer, kind, cue)
    # ('Carraway died': the article's one full name ending in it)
    surnames = one_per_surname((m.value.name, m.value.id) for m in mentions if m.kind == "person" and " " in m.value.name)
    facts = []
    for _, mention, kind, cue in sorted(bound.values(), key=lambda item: item[1].span):
        sentence = by_index[mention.sentence]
        background = mention.kind == "date" and is_background(mention, document, rules)
        subject = event_subject(kind, document.text, sentence, known, rules)
        personal = kind.personal and tuple(CUE_WORDS.findall(document.text[cue[0]:cue[1]].lower())) in kind.personal
        who = (person_near(document.text, mentions, sentence.index, cue)
               or surname_near(document.text, sentence, cue, surnames)) if personal else ""
        # 'in a similar attack in 2023', 'another quake': an incident other than the story's
        scope = OTHER_INCIDENT if other_patterns(rules)[0].search(
            document.text, max(sentence.span[0], cue[0] - 20), cue[0]) else ""
        facts.append(Fact(Slot(mention.kind, subject, "background" if background else "", scope, who=who),
                          mention, sentence.span))
    return tuple(sorted(facts + open_facts, key=lambda f: f.mention.span))


# ('John Carter died', 'John Carter, the actor, has died', 'Walter Feeney, who passed away')
DIES = re.compile(r"(?:,[^,;]{1,150},[\"”’']?|,[\s\u00a0]+who)?[\s\u00a0]+(?:(?:has|had|was|is|have)[\s\u00a0]+)?(?:been[\s\u00a0]+)?")
CUE_WORDS = re.compile(r"[a-z]+")
OF_WHOM = re.compile(r"[\s\u00a0]+of[\s\u00a0]+")


SURNAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]+)\Z")
SURNAME_TO_CUE = re.compile(DIES.pattern + r"\Z")  # what stands between the surname and the cue


def surname_near(text: str, sentence: Sentence, cue: tuple[int, int], surnames: dict[str, str]) -> str:
    """The person a personal event is of when the subject is a surname alone that one full
    name of the article ends in ('Carraway died on Sunday', 'Carraway, who died at home'),
    or, inside its sentence, the surname itself (resolved across the story)."""
    before = text[sentence.span[0]:cue[0]]
    if not (join := SURNAME_TO_CUE.search(before)):
        return ""
    name = SURNAME_BEFORE.search(before, 0, join.start())
    if not name:
        return ""
    # a surname inside its sentence, of no full name here, is the story's one person of that
    # surname when its rows are tabulated ('the court heard that Varnholt was convicted');
    # opening a sentence a capitalised word may be anything
    return surnames.get(name[1], "") or (name[1].lower() if name.start() > 0 and name[1].isalpha() else "")


def person_near(text: str, mentions: tuple[Mention, ...], sentence: int, cue: tuple[int, int]) -> str:
    """The person a personal event is of: its subject ('John Carter died', 'John Carter, the
    actor, has died') or the one it is of ('the death of John Carter'); '' when the sentence
    does not say ('the man many suspect of being Deep Throat had died')."""
    for mention in mentions:
        if mention.sentence != sentence or mention.kind not in ("person", "role"):
            continue
        name_end = mention.span[1]
        if (name_end <= cue[0] and DIES.fullmatch(text, name_end, cue[0])) or \
                (mention.span[0] >= cue[1] and OF_WHOM.fullmatch(text, cue[1], mention.span[0])):
            return person_id(mention)
    return ""
