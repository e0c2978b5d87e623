"""Names that have no shape of their own, found by where they stand before they are typed:
- a given name after a kin word: "Pryce's brother Gethyn", "his sister Ana" (a person of
  that family: Gethyn Pryce);
- a name after or before a word for what it is: "the weekly Glimt", "the ship Aurora",
  "the Young Guns gang";
- names in a list of capitalised items: "Glint, Spree and Harbour Life";
- a surname alone in a speaker's place ("Lu said", "said Lu", "Ms. Lu") that no full name
  of the article ends in, but one is a near spelling of: the article's own person
  misspelt ("Lisa Su" ... "Lu said"), resolved to that person's given name.
Names already typed (people, organisations, places) keep their type; the rest are `name`."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from functools import lru_cache
from itertools import accumulate

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..gazetteer import lookup
from ..model import Document, Mention, Ref, Sentence
from ..rules import Rules
from ..segment import sentence_at
from .people import LEADING_WORDS, normalise, title_words

CAPITAL = r"[A-Z][\w'’-]*"
RUN = rf"{CAPITAL}(?:[ \u00a0]+{CAPITAL}){{0,2}}"
LOWER_WORD = re.compile(r"\b[a-z]+\b")
CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?![\w'’-])")


@lru_cache(maxsize=8)
def kin_pattern(rules: Rules) -> re.Pattern:
    kin = "|".join(sorted((re.escape(k) for k in rules.name_rules.kin), key=len, reverse=True))
    owners = "|".join(re.escape(o) for o in sorted(rules.name_rules.owners))
    return re.compile(rf"(?:\b(?P<owner>{CAPITAL})['’]s|\b(?i:(?P<pronoun>{owners})))[ \u00a0]+(?:(?i:late)[ \u00a0]+)?"
                      rf"(?:{kin}),?[ \u00a0]+(?P<given>[A-Z][a-z][\w'’-]*)(?![\w'’-]|[ \u00a0]+[A-Z])")


def _either(words) -> str:
    return "|".join(sorted((re.escape(w).replace(r"\ ", r"[ \u00a0]+") for w in words), key=len, reverse=True))


@lru_cache(maxsize=8)
def descriptor_patterns(rules: Rules) -> tuple[re.Pattern, ...]:
    """A name after a word for what it is ('the weekly Glimt'), before one ('Rookwood gang'),
    after 'called' or 'known as', after a word for where ('near Talgarth')."""
    words = rules.name_rules
    return (re.compile(rf"\b(?:[Tt]he|[Aa]n?|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er)[ \u00a0]+(?:[\w'’-]+[ \u00a0]+){{0,2}}?(?:{_either(words.before)})"
                       rf"(?:,[ \u00a0]+the)?[ \u00a0]+(?P<name>{RUN})(?![\w'’-])"),
            # a one-word name with its appositive: 'to Dunfellow, who was', 'Dunfallow, the
            # favourite for the chase, was put down'
            re.compile(r"\b(?:to|of|for|with|by|from|on|at|about|and|as)[ \u00a0]+(?P<name>[A-Z][a-z]{3,}[\w'’-]*)"
                       r",[ \u00a0]+(?:who|whose|the[ \u00a0]+[\w'’-]+['’]s)\b"),
            # a one-word name after an age ('five-year-old Ottilia')
            re.compile(r"-(?:year|month|week)-old[ \u00a0]+(?P<name>[A-Z][a-z]{3,}[\w'’-]*)(?![\w'’-]|[ \u00a0]+[A-Z])"),
            re.compile(r"(?:\A|(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"”’] ))(?P<name>[A-Z][a-z]{3,}[\w'’-]*)"
                       r",[ \u00a0]+(?:the|a|an)[ \u00a0]+[^,.;\n]{3,80},[ \u00a0]+(?:was|is|has|had|were|will|would|[a-z]{3,}ed)\b"),
            re.compile(rf"(?<![\w'’.-])(?P<name>{RUN})[ \u00a0]+(?:{_either(words.after)})\b"),
            # the word for what it is, capitalised as part of the name: 'Storm Hester', 'Hurricane Ines'
            re.compile(rf"(?<![\w'’.-])(?:{_either(w[:1].upper() + w[1:] for w in words.before)})[ \u00a0]+(?P<name>{RUN})(?![\w'’-])"),
            re.compile(rf"\b(?:{_either(words.called)})[ \u00a0]+(?:the[ \u00a0]+)?(?P<name>{RUN})(?![\w'’-])"),

            re.compile(rf"\b(?:{_either(words.places)})[ \u00a0]+(?P<name>{RUN})(?![\w'’-])"))


# one word in capitals after 'the' and a common noun for what it is, no list needed, when a
# verb or a stop follows it ('the tunnel boring machine BRONWEN broke', 'the boring machine
# Bronwyn broke'; not 'the first Kestrel satellite', a word of what it is)
AFTER_ITS_NOUN = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir)[ \u00a0]+(?:[a-z][a-z-]*[ \u00a0]+){0,3}?(?P<noun>[a-z]{3,})"
                            r"[ \u00a0]+(?P<name>[A-Z][a-z]{3,}|[A-Z]{4,})(?:[ \u00a0]+(?P<next>[a-z]+)|(?=[,.;:]))")
# a one-word name as a clause's subject ('Ottilie had been building', 'said Bakaru had been
# treated'): the name first, so the regex engine skips to capitals; where it stands is SUBJECT_AT's
ONE_WORD_SUBJECT = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][a-z]{3,}[\w'’-]*|[A-Z]{4,})[ \u00a0]+"
                              r"(?:had|has|was|is|were|will|would|could|[a-z]{3,}ed)\b")
# a name of two or three words after a sentence's opening 'The', before a comma or a verb: a
# ship's, a work's ('The Elspeth Marrow capsized', 'The Elsbeth Marrow, a 38-metre vessel')
THE_NAME_SUBJECT = re.compile(r"(?:(?<=\n)|(?<=[.!?] )|(?<=[.!?][\"”’] ))The[ \u00a0]+(?P<name>[A-Z][a-z][\w'’-]*"
                              r"(?:[ \u00a0]+[A-Z][a-z][\w'’-]*){1,2})(?=,|[ \u00a0]+(?:has|had|was|is|were|will|would|could|[a-z]{3,}ed)\b)")
# a word with a capital inside it is a brand's or product's name wherever it stands
# ('DryWave', 'MacBook', 'iPhone', 'PlayStation')
INNER_CAPITAL = re.compile(r"(?<![\w'’.-])(?:[A-Z][a-z]+|[a-z]{1,2})[A-Z][a-z][A-Za-z]*(?![\w'’-])")
# a word in small letters that no English word list holds is a coined name: a drug's, a
# compound's, a species' ('tolvaresib'); six letters at least, so a typo of a short word is none
# (not a piece of an address, a link or a tag: 'info@vennorhome.co.uk', '#stoptheflood')
RARE_WORD = re.compile(r"(?<![\w'’.@#/:-])[a-z]{6,}(?![\w'’@-]|\.\w)")


@lru_cache(maxsize=1)
def _english_words() -> dict[str, float]:
    # wordfreq's large English list (321,000 words from many sources): what is no word of
    # English; read on the first article that has a long word in small letters (0.3 s, 45 MB)
    from wordfreq import get_frequency_dict
    return get_frequency_dict("en", wordlist="large")


@lru_cache(maxsize=65536)
def english_word(word: str) -> bool:
    return word in _english_words()


# where a one-word subject stands: a text's or line's start, after a sentence's end or an
# opening quote, after 'said' or 'that'
SUBJECT_AT = re.compile(r"(?:\A|\n|[.!?] |[.!?][\"”’] |[\"“‘]|\bsaid |\bthat )\Z")
LIST = re.compile(rf"(?P<items>{RUN}(?:,[ \u00a0]+{RUN})+,?[ \u00a0]+(?:and|or)[ \u00a0]+{RUN})(?![\w'’-])")
ITEM = re.compile(RUN)


@lru_cache(maxsize=8)
def speaker_pattern(rules: Rules) -> re.Pattern:
    verbs = "|".join(sorted(map(re.escape, rules.speech_verbs), key=len, reverse=True))
    honorifics = "|".join(sorted(map(re.escape, (h.title() for h in rules.honorifics)), key=len, reverse=True))
    word = r"[A-Z][a-z][\w'’-]*|[A-Z][a-z]?"
    return re.compile(rf"(?<![\w'’.-])(?:(?:{honorifics})\.?[ \u00a0]+(?P<a>{word})|(?P<b>{word})[ \u00a0]+(?:{verbs})\b"
                      rf"|\b(?:{verbs}|according[ \u00a0]+to)[ \u00a0]+(?P<c>{word})(?=[,.;:]))(?![\w'’-]|[ \u00a0]+[A-Z])")


def _mention(document: Document, sentences, kind: str, start: int, end: int, name: str) -> Mention | None:
    sentence = sentence_at(sentences, start)
    if sentence is None:
        return None
    return Mention(document.id, sentence.index, kind, (start, end), document.text[start:end],
                   Ref(kind, normalise(name), name))


def kin_people(document: Document, sentences, people: list[tuple[int, str]], rules: Rules) -> list[Mention]:
    """'Pryce's brother Gethyn' is Gethyn Pryce; 'his sister Ana' is Ana of the family of the
    person named last before."""
    found = []
    offsets = [offset for offset, _ in people]  # in text order
    for match in kin_pattern(rules).finditer(document.text, *document.body):
        if match["owner"]:
            surname = match["owner"]
        else:
            last = bisect_left(offsets, match.start()) - 1
            if last < 0:
                continue
            surname = people[last][1].split()[-1]
        if lookup(surname, rules) is not None or surname == match["given"]:
            continue
        mention = _mention(document, sentences, "person", *match.span("given"), f"{match['given']} {surname}")
        found += [mention] if mention else []
    return found


def placed_names(document: Document, sentences, taken: list[tuple[int, int]], rules: Rules) -> list[Mention]:
    """Names after or before a descriptor ('the weekly Glimt', 'the Young Guns gang') and in
    lists of three or more capitalised items, that no typed mention already covers."""
    text, (start, end) = document.text, document.body
    lower = set(LOWER_WORD.findall(text))
    spans = [m.span("name") for pattern in descriptor_patterns(rules) for m in pattern.finditer(text, start, end)]
    spans += [m.span("name") for m in ONE_WORD_SUBJECT.finditer(text, start, end)
              if SUBJECT_AT.search(text, max(0, m.start() - 6), m.start())]
    spans += [m.span("name") for m in THE_NAME_SUBJECT.finditer(text, start, end)]
    if opening := THE_NAME_SUBJECT.match("\n" + text[start:min(end, start + 200)], 1):  # the body's first sentence
        spans.append((start + opening.start("name") - 1, start + opening.end("name") - 1))
    spans += [m.span() for m in INNER_CAPITAL.finditer(text, start, end)]
    grammar = rules.grammar
    spans += [m.span("name") for m in AFTER_ITS_NOUN.finditer(text, start, end)
              if not grammar.is_verb(m["noun"]) and m["noun"] not in rules.ordinals
              and (m["next"] is None or grammar.is_verb(m["next"]))]
    for match in LIST.finditer(text, start, end):
        items = [m.span() for m in ITEM.finditer(text, *match.span("items"))]
        if len(items) >= rules.name_rules.list_min:
            spans += items
    spans = [span for s, e in spans if (span := _without_common_words(text, s, e, lower))]
    spans += [m.span() for m in RARE_WORD.finditer(text, start, end) if not english_word(m[0])]
    demonyms = {d.lower() for d in rules.demonyms}  # 'Russian' is no name of a thing
    found, seen = [], set()
    taken = sorted(taken)
    typed_words = {w for s, e in taken for w in text[s:e].split()}
    inside = _inside_sentences(text)  # 'Rahman had': the typed Hasim Rahman's
    ends = list(accumulate((b for _, b in taken), max))  # the furthest end of the spans so far
    for s, e in sorted(set(spans)):
        name = text[s:e]
        words = name.lower().split()
        before = bisect_left(taken, (e, -1)) - 1  # the last typed span starting before this one ends
        if (before >= 0 and ends[before] > s) or (s, e) in seen or \
                any(w in rules.months or w in rules.weekdays or w in title_words(rules) for w in words) \
                or " ".join(words) in demonyms or _people_noun(words, inside, rules) \
                or (len(words) == 1 and (words[0] in rules.name_rules.not_names or name in typed_words)) \
                or lookup(name, rules) is not None:
            continue
        seen.add((s, e))
        mention = _mention(document, sentences, "name", s, e, name)
        found += [mention] if mention else []
    return found


def _people_noun(words: list[str], inside: set[str], rules: Rules) -> bool:
    """'Firefighters battled', 'Lifeguards rescued': a plural noun opening a sentence is no
    name, unless the article also writes it capitalised inside a sentence ('said Jones');
    `inside`: the capitalised words the article writes inside sentences."""
    word = words[-1]
    if len(words) != 1 or not word.endswith("s") or word.endswith("ss"):
        return False
    return rules.grammar.is_person(word[:-1]) or word in rules.grammar.common_subjects or word not in inside


def _inside_sentences(text: str) -> set[str]:
    """Capitalised words not opening a sentence, a line or a quotation."""
    return {m[0] for m in CAPITALISED.finditer(text)
            if text[max(0, m.start() - 2):m.start()].strip() not in ("", ".", "!", "?", '"', "“", "‘", "”", "’")}


def _without_common_words(text: str, start: int, end: int, lower: set[str]) -> tuple[int, int] | None:
    """The span without leading words the article also writes in lower case ('But AMD',
    'No'); None for a single word it does ('Spree' where it writes 'spree'): a word
    capitalised is not a name."""
    words = [m for m in re.finditer(r"\S+", text[start:end])]
    while words and (words[0][0].lower() in lower or words[0][0] in LEADING_WORDS):
        words = words[1:]
    if not words or (len(words) == 1 and words[0][0].lower() in lower):
        return None
    return start + words[0].start(), end


def near_surname(word: str, surnames: set[str], rules: Rules) -> str | None:
    """The one surname of `surnames` that `word` is a near spelling of, if exactly one."""
    near = {s for s in surnames if s != word and (
        (len(s) == len(word) and Levenshtein.distance(s, word) == 1)
        or (min(len(s), len(word)) >= rules.variant_min_length and fuzz.ratio(s, word) >= rules.spelling_ratio))}
    return next(iter(near)) if len(near) == 1 else None


def misspelt_surnames(document: Document, sentences, people: list[tuple[int, str]], rules: Rules) -> list[Mention]:
    """A surname alone where a speaker stands ('Lu said') that is no full name's of the
    article, but a near spelling of one's ('Lisa Su'): that person, its surname misspelt."""
    text = document.text
    full = {name.split()[-1]: name for _, name in people if len(name.split()) >= 2}
    lower = set(LOWER_WORD.findall(text))
    placed: dict[str, list[tuple[int, int]]] = {}
    for match in speaker_pattern(rules).finditer(text, *document.body):
        group = next(g for g in ("a", "b", "c") if match[g])
        placed.setdefault(match[group], []).append(match.span(group))
    written = Counter(m[0] for m in CAPITALISED.finditer(text)) if placed else Counter()
    found = []
    for word, spans in sorted(placed.items()):
        if word in full or word.lower() in lower or lookup(word, rules) is not None or written[word] != len(spans):
            continue  # a name the article also writes elsewhere is no speaker's misspelt surname
        surname = near_surname(word, set(full), rules)
        if surname is None:
            continue
        given = full[surname].split()[0]
        found += [m for s, e in spans if (m := _mention(document, sentences, "person", s, e, f"{given} {word}"))]
    return found


def name_mentions(document: Document, sentences: tuple[Sentence, ...], people: list[tuple[int, str]],
                  typed: list[Mention], rules: Rules) -> list[Mention]:
    """Every name the extractors of people, organisations and places do not find by shape."""
    taken = [m.span for m in typed if m.kind in ("person", "organisation", "place", "role")]
    return kin_people(document, sentences, people, rules) + placed_names(document, sentences, taken, rules) \
        + misspelt_surnames(document, sentences, people, rules)
