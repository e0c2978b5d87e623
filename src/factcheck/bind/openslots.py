"""Open slots: a figure no frame covers is still a fact of its own clause, keyed by the
clause's verb and the noun it counts ('seized eight handguns' = 'confiscated 19 handguns'),
by a head noun it is attached to ('a population of 60,000', 'home to 45,000'), and by
whose it is ('McDermott's 2,129 points'). Also kin ('a father of six' counts his
children, not the clause's dead); coordinated parts are in parts.py."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import replace

from .clausescope import contest_scope, opener_scope
from ..clauses import Clauses, a_whole, clause_span, token_range
from ..grammar import Grammar
from ..extract.words import alternation
from ..model import OPEN, Mention, Sentence, Slot
from .antecedents import pronoun_holder
from .subjects import clause_subject, reporter

HOLDER = re.compile(r"(?<![\w'’-])([A-Z][\w-]+(?:[ \u00a0][A-Z][\w-]+)*)['’]s?[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,4}$")
OF_NOUN = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the[ \u00a0]+)?([a-z][a-z-]{2,})\b")
BEFORE = re.compile(r"(?:\b(home[ \u00a0]+to|in[ \u00a0]+front[ \u00a0]+of|watched[ \u00a0]+by)|\b([a-z]+)[ \u00a0]+of)[ \u00a0]+$")
LIGHT = "have"  # 'Carter had 12 points' says what 'Carter scored 14 points' does
DURING = re.compile(r"\b(?:during|over|in)[ \u00a0]+(?:the|that|this|those)[ \u00a0]+(\w+)\b(?:[ \u00a0]+(\w+)\b)?")
PARTITIVE = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:his|her|their|its|the|our)[ \u00a0]")
PLURAL_AFTER = re.compile(r"[ \u00a0]+([a-z]{3,}[^s\W]s)\b")
# '84-bed', 'a six-bed ward'; not 'Twenty-nine', a number written in words
VOWEL = re.compile(r"[aeiouy]")  # a verb's stem has one: 'carry' of 'carrying', none in 'spr' of 'spring'
COMPOUND_COUNT = re.compile(r"\w-(?!(?i:one|two|three|four|five|six|seven|eight|nine)$)[A-Za-z]+$")
FOR_PRICE = re.compile(r"(?<![\w-])for[ \u00a0]+(?:about[ \u00a0]+|around[ \u00a0]+|some[ \u00a0]+)?$")
# a sum and what it is, after it: '$60 million in funding', '$35m in two rounds of funding'
IN_HEAD = re.compile(r"[ \u00a0]+in((?:[ \u00a0]+(?!from\b)[\w-]+){1,4})")
FROM = re.compile(r"[ \u00a0]+from((?:[ \u00a0]+[\w-]+){1,3})")


@lru_cache(maxsize=8)
def on_board(grammar: Grammar) -> re.Pattern:
    """'with 212 passengers and 14 crew on board': the words after a figure up to 'on board'."""
    return re.compile(rf"(?:[ \u00a0]+[\w-]+){{0,4}}?[ \u00a0]+(?:{alternation(grammar.on_board)})\b")


@lru_cache(maxsize=8)
def placed_after(grammar: Grammar) -> re.Pattern:
    """A word that places a thing, within two words after a figure: 'two concerts at the
    Arena', 'three games in Leeds', 'two shows during the festival'."""
    return re.compile(rf"(?:[ \u00a0]+[\w-]+){{1,2}}?[ \u00a0]+(?:{alternation(grammar.place_words)})\b")


@lru_cache(maxsize=8)
def stock(grammar: Grammar) -> re.Pattern:
    """The words before a figure that make it the whole stock of its noun: 'all 38', 'one of
    its 46', or a name's possessive ("Skarholm's 36", the group `owner`)."""
    return re.compile(rf"(?:\b(?i:{alternation(grammar.stock_all)})|\b(?i:{alternation(grammar.stock_parts)})"
                      rf"[ \u00a0]+of[ \u00a0]+(?:{alternation(grammar.part_owners)})"
                      rf"|(?P<owner>(?<![\w'’-])[A-Z][\w-]+['’]s))[ \u00a0]+$")


def kin_count(text: str, mention: Mention, sentence: Sentence, grammar: Grammar) -> bool:
    """'killed a father of six': the figure counts his children."""
    match = BEFORE.search(text, max(sentence.span[0], mention.span[0] - 30), mention.span[0])
    return bool(match and match[2] and match[2].lower() in grammar.kin and mention.value.noun is None)


def _before_figure(text: str, mention: Mention, sentence: Sentence, grammar: Grammar) -> tuple[str, str]:
    """What the words before the figure say it counts and by which event noun: a head noun or
    phrase ('a population of', 'home to', 'in front of') and the verb of an event noun ('the
    seizure of 1,420kg': seize); '' for either when there is none."""
    match = BEFORE.search(text, max(sentence.span[0], mention.span[0] - 30), mention.span[0])
    if not match:
        return "", ""
    word = " ".join(match[1].split()) if match[1] else match[2].lower()
    verb = grammar.nominals.get(match[2].lower(), "") if match[2] else ""
    return grammar.heads.get(word, ""), grammar.synonyms.get(verb, verb)


def _head_after(text: str, mention: Mention, sentence: Sentence, grammar: Grammar) -> tuple[str, str]:
    """What a sum is, named after it ('$9m in damages' says what 'damages of $9m' does), and
    who gave it ('$9.3m in funding from the US government' is not the investors' $35m)."""
    named = IN_HEAD.match(text, mention.span[1], sentence.span[1])
    words = named[1].lower().split() if named else []
    at = next((i for i, w in enumerate(words) if w in grammar.heads), None)
    if at is None:
        return "", ""
    given = FROM.match(text, named.end(), sentence.span[1]) if at == len(words) - 1 else None
    giver = []
    for word in given[1].lower().split() if given else []:  # 'from the US government as part of'
        if word in grammar.prepositions or word in grammar.coordinators:
            break
        giver.append(word)
    return grammar.heads[words[at]], " ".join(["from", *giver]) if giver else ""


def _noun(text: str, mention: Mention, sentence: Sentence, grammar: Grammar, dimension: str | None) -> str:
    """The counted noun: the figure's own ('eight handguns'), or a measure's 'of' noun
    ('240 kg of cannabis'), with its unit's dimension."""
    amount = mention.value
    if amount.unit is None:
        noun = amount.noun or ""
        if noun in grammar.generic and (word := PLURAL_AFTER.match(text, mention.span[1], sentence.span[1])):
            return word[1].lower()[:-1]  # '168 passengers': passenger, not every person
        return "" if noun in grammar.generic else noun
    match = OF_NOUN.match(text, mention.span[1], sentence.span[1])
    if not match:
        # 'bought it in 1994 for £180,000': what was paid, under the clause's verb
        return "price (money)" if dimension == "money" and FOR_PRICE.search(text, sentence.span[0], mention.span[0]) else ""
    word = match[1]
    word = word[:-1] if word.endswith("s") and not word.endswith(("ss", "is", "us")) else word
    return f"{word} ({dimension})" if word not in grammar.generic else ""


def _scope(text: str, tokens, lo: int, mention: Mention, sentence: Sentence, grammar: Grammar) -> str:
    """The part of the story a clause limits its figures to ('During the run, ...',
    '... 11 points in the second half')."""
    if opened := opener_scope(text, tokens[lo][0], mention, grammar.scope_openers):
        return opened
    if game := contest_scope(text, tokens[lo][0], mention, grammar.contests):
        return game
    if any(tokens[i][2] in grammar.forecasts for i in range(lo, len(tokens)) if tokens[i][1] <= mention.span[0]):
        return "forecast"  # 'the consensus forecast had been for a profit of £395m': not the result
    after = text[mention.span[1]:min(sentence.span[1], mention.span[1] + 60)].lower()
    for phrase in grammar.scope_after:
        if (at := after.find(phrase)) >= 0 and "," not in after[:at]:
            return phrase.removeprefix("in ")
    for during in DURING.finditer(after):  # 'during the round', 'in the second half'
        if "," in after[:during.start()]:
            break
        if during[2] in grammar.part_nouns:
            return during[0].removeprefix("in ")
        if during[1] in grammar.part_nouns:
            return after[during.start():during.end(1)].removeprefix("in ")
    return ""


def open_slot(text: str, clauses: Clauses, mention: Mention, sentence: Sentence, era: str,
              grammar: Grammar, dimension: str | None, common: frozenset,
              antecedent: str = "", people=()) -> Slot | None:
    """The open slot of a figure no frame covers, or None when its clause does not say
    specifically enough what it counts (a vague verb and no holder, a pronoun's figure, or
    no noun). `clauses`: the sentence outside its asides; `common`: nouns that are no names;
    `antecedent`: whom 'he' or 'she' there means; `people`: the sentence's named people."""
    tokens, breaks, is_verb = clauses.tokens, clauses.breaks, clauses.verbs
    inside = token_range(tokens, mention.span)
    if not inside or mention.kind != "quantity" or PARTITIVE.match(text, mention.span[1], sentence.span[1]):
        return None  # '3 of his 11 rebounds': a part of a figure
    lo, hi = clause_span(inside[0], inside[-1], breaks, len(tokens))
    words = [t[2] for t in tokens]
    if (inside[0] > lo and words[inside[0] - 1] in grammar.sequence) or \
            (inside[-1] + 1 < len(words) and words[inside[-1] + 1] in grammar.runs):
        return None  # 'his first five points', 'four straight points': a stretch, not a total
    def main_verb(i: int) -> bool:  # 'has 2,129 points' but not 'has scored'
        if words[i].endswith("ing") and i > lo and words[i - 1] == ",":
            return True  # ', scoring 23 points': a participle's clause shares the subject
        if words[i].endswith("ing") and len(words[i]) > 5 and i + 1 == inside[0] and words[i] not in grammar.prepositions \
                and VOWEL.search(words[i], 0, len(words[i]) - 3):
            return True  # 'a train carrying 186 passengers': the participle is the figure's verb ('spring' is none)
        if not is_verb[i]:
            return False
        if words[i] in grammar.auxiliaries:
            return grammar.lemma(words[i]) == LIGHT and not (i + 1 < hi and is_verb[i + 1])
        return grammar.predicate_at(words, i) not in grammar.vague_verbs  # 'made off with' is no vague 'make'
    verbs = [i for i in range(lo, hi) if main_verb(i)]
    before = [i for i in verbs if i < inside[0]]
    # a verb after the figure in the passive ('19 handguns were seized'), or any verb after a
    # figure that is its clause's subject ('3,950 runners completed the course')
    subject = not before and _opens_its_clause(words, lo, inside)
    after = [i for i in verbs if i > inside[-1] and (words[i - 1] in grammar.auxiliaries or subject
                                                     and words[i] not in grammar.auxiliaries
                                                     and grammar.predicate_at(words, i) not in grammar.light_verbs)]
    possessor = HOLDER.search(text, max(sentence.span[0], mention.span[0] - 60), mention.span[0])
    whole = stock(grammar).search(text, max(sentence.span[0], mention.span[0] - 20), mention.span[0])
    if whole and whole["owner"] and placed_after(grammar).match(text, mention.span[1], sentence.span[1]):
        whole = None  # "Delmont's two concerts at the Corvell Arena": some of hers, not all
    if whole and mention.value.noun and (noun := _noun(text, mention, sentence, grammar, dimension)):
        # 'all 38 turbines', 'one of its 46 turbines', "Skarholm's 36 turbines": how many there
        # are (the possessor's), whatever the verb
        return Slot(OPEN + LIGHT, noun, era, _scope(text, tokens, lo, mention, sentence, grammar),
                    possessor[1].lower() if possessor else "")
    if a_whole(tokens, inside[0], grammar):
        return None  # 'saved 11 of the 14 break points she faced': the whole, which 'saved' is not of
    head, nominal = _before_figure(text, mention, sentence, grammar)
    funder = ""
    if not head and dimension == "money":
        head, funder = _head_after(text, mention, sentence, grammar)
    noun = "" if head else _noun(text, mention, sentence, grammar, dimension)
    if not (head or noun) and mention.span[0] - sentence.span[0] <= FRONTED_REACH \
            and (whole := FRONTED_WHOLE.match(text, sentence.span[0], mention.span[0])) \
            and inside[-1] + 1 < hi and is_verb[inside[-1] + 1] and words[inside[-1] + 1] not in grammar.auxiliaries:
        # 'Of the 60 eggs collected this spring, forty-one hatched': the whole's noun, and the
        # verb the figure is the subject of
        noun = whole["noun"][:-1] if not whole["noun"].endswith(("ss", "is", "us")) else whole["noun"]
        after = [inside[-1] + 1]
    verb = before[-1] if before else (after[0] if after else None)
    # 'added 18 points and 11 assists', and 'with 27' in a clause with no verb of its own
    # ('took 44% of the vote with 12,480 votes')
    last_verb = next((i for i in range(inside[0] - 1, lo - 1, -1) if is_verb[i]), None)
    light = (last_verb is not None and grammar.predicate_at(words, last_verb) in grammar.light_verbs) or \
        (verb is not None and grammar.predicate_at(words, verb) in grammar.light_verbs) or \
        (verb is None and inside[0] > lo and words[inside[0] - 1] in grammar.light_verbs) or \
        bool(COMPOUND_COUNT.search(mention.surface)) or \
        bool(inside[0] > lo and words[inside[0] - 1] == "with" and on_board(grammar).match(text, mention.span[1]))
    # ('the 84-bed home', 'ran aground with 212 passengers on board': what it has)
    if not (head or noun) or (verb is None and not head and not light and not nominal):
        return None
    # (a capitalised 'Will' or 'May' before a figure is a name: 'Will Artino scored 14')
    first_verb = next((i for i in range(lo, hi) if is_verb[i] and not text[tokens[i][0]].isupper()), inside[0])
    holder = possessor[1].lower() if possessor else clause_subject(text, tokens, lo, min(first_verb, inside[0]), grammar, common)
    if holder is None:  # 'Orvane said it had launched 22 satellites': the reporter's
        holder = reporter(text, tokens, lo, breaks, grammar, common)
    if holder is None:  # 'he scored 14 points': the article's main person, if it has one
        holder = pronoun_holder(tokens, lo, min(first_verb, inside[0]), antecedent, people)
    if holder is None:
        return None  # whose, this clause does not say
    scope = _scope(text, tokens, lo, mention, sentence, grammar) or funder
    if head:  # a crowd is the event's, not its subject's ('Forde lifted the trophy in front of 41,608')
        return Slot(OPEN + head, "", era, scope, "" if head in grammar.event_heads else holder)
    predicate = nominal or (LIGHT if light else grammar.predicate_at(words, verb))
    if inside[0] > lo and words[inside[0] - 1] == "by":
        noun += " (margin)"  # 'beat Mardell by 2,675 votes', 'rose by 5%': a difference, not a count
    return Slot(OPEN + predicate, noun, era, scope, holder)


# a whole opening the sentence before its part: 'Of the 4,800 runners who started, 4,610 finished'
FRONTED_WHOLE = re.compile(r"[\"“]?Of[ \u00a0]+(?:the[ \u00a0]+)?(?:(?:about|some|around|nearly|almost|roughly)[ \u00a0]+)?"
                           r"[\d,]*\d(?:[ \u00a0]+[a-z-]+){0,2}?[ \u00a0]+(?P<noun>[a-z]+s)\b[^;:]*,[ \u00a0]*\Z")
FRONTED_REACH = 400  # characters: a whole and its clause open a sentence, not a page of it
SUBJECT_LEAD = frozenset({"a", "total", "of", "some", "about", "around", "nearly", "almost", "more", "than",
                          "over", "at", "least", "just", "only", "the", "all", "roughly", "an", "estimated"})


def _opens_its_clause(words: list[str], lo: int, inside) -> bool:
    """Whether a figure and its noun are the whole subject of their clause ('A total of 3,950
    runners completed'), not a part of one ('A wind farm of 38 turbines will be built') nor
    one noun of a list ('About 450 porters, cleaners and catering staff walked out')."""
    noun_end = inside[-1] + 2
    return all(w in SUBJECT_LEAD for w in words[lo:inside[0]]) and noun_end < len(words) \
        and words[noun_end] not in (",", "and", "or")


def merge_light_verbs(facts: list) -> list:
    """'Richard Carter had 12 points' fills the slot of 'Richard Carter scored 14 points'
    when the story gives that holder's noun under exactly one other verb."""
    others: dict[tuple, set[str]] = {}
    for fact in facts:
        slot = fact.slot
        if slot.frame.startswith(OPEN) and slot.frame != OPEN + LIGHT and slot.subject:
            others.setdefault((slot.subject, slot.who, slot.era, slot.scope), set()).add(slot.frame)
    merged = []
    for fact in facts:
        slot = fact.slot
        found = others.get((slot.subject, slot.who, slot.era, slot.scope), set())
        if slot.frame == OPEN + LIGHT and slot.who and len(found) == 1:
            fact = replace(fact, slot=replace(slot, frame=next(iter(found))))
        merged.append(fact)
    return merged
