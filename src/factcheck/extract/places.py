"""Places: capitalised names looked up in the gazetteer, with 'City, Country' pairs and
'the German city of Hamburg' read as one place within another, and ambiguous names
(Santa Rosa, Lake County) settled by the other places the document names. A name no
gazetteer knows is a place of level 'unknown' where news puts a place ('in Dunmere')."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import gazetteer, lookup
from ..model import UNKNOWN_PLACE, Document, Mention, Ref, Sentence
from ..rules import Rules
from .words import alternation, finditer_after

# (letters with accents too: 'Puerto Alcaraván', not 'Puerto Alcarav')
NAME = re.compile(r"[A-Z](?:[^\W\d_]|[.'’-])*(?:[ \u00a0][A-Z](?:[^\W\d_]|[.'’-])*){0,5}")  # not after \w ' ’ - (finditer_after)
POSSESSIVE = re.compile(r"['’]s\b[ \u00a0]*")


SITE_REACH = 80  # characters past a capitalised run: its possessive's name and site noun


@lru_cache(maxsize=8)
def possessive_pattern(rules: Rules) -> re.Pattern:
    """"'s", and a plural's "s'" before a name and an owner's site noun ("Vennor Home
    Appliances' Lindgrove factory"); not inside a place's name ("Travellers' Rest")."""
    sites = "|".join(re.escape(w) for w in sorted(rules.place_sites, key=len, reverse=True))
    return re.compile(rf"['’]s\b[ \u00a0]*|(?<=s)['’][ \u00a0]+(?=[A-Z][\w'’-]*(?:[ \u00a0]+[A-Z][\w'’-]*)?[ \u00a0]+(?:{sites})\b)")
PAIR_JOIN = re.compile(r",[ \u00a0]*")
DEMONYM_OF = re.compile(r"\bthe\s+([A-Z][a-z]+)\s+(?:city|town|capital|port|region|province|state|village)\s+of\s+$")
LEADING = ("The ", "In ", "At ", "On ", "From ", "Near ", "A ", "An ")


def _clean(text: str, start: int, end: int, rules: Rules) -> list[tuple[int, int]]:
    """Name spans within one capitalised run: possessives split it, 'The' and type words go."""
    spans = []
    pieces, cursor = [], start
    # (its lookahead reads a name and a site noun past the run: a bounded window, not the text)
    for possessive in possessive_pattern(rules).finditer(text, start, min(len(text), end + SITE_REACH)):
        if possessive.start() >= end:
            break
        pieces.append((cursor, possessive.start()))
        cursor = min(possessive.end(), end)
    pieces.append((cursor, end))
    for s, e in pieces:
        if e <= s or not text[s].isupper():
            continue
        for lead in LEADING:
            if text.startswith(lead, s) and e - s > len(lead):
                s += len(lead)
        while e > s and text[e - 1] in ".'’":
            e -= 1
        words = text[s:e].split()
        if len(words) > 1 and words[-1] in rules.place_type_words:
            e = s + len(" ".join(words[:-1]))
        if e > s:
            spans.append((s, e))
    return spans


@lru_cache(maxsize=8)
def _unknown_before(rules: Rules) -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation(rules.unknown_place_before)})[ \u00a0]+(?:the[ \u00a0]+)?$", re.I)


# where a person lives, after the age: 'Gideon Pratley, 58, of Ludsworth', 'a man, 34, from Carrow'
RESIDENCE = re.compile(r"(?<![\w.,])\d{1,3},[ \u00a0]+(?:of|from)[ \u00a0]+$")
NEXT_WORD = re.compile(r"(?:(,[ \u00a0]*[A-Z]|[ \u00a0]+and[ \u00a0]+[A-Z])|[ \u00a0]+([a-z]+)\b)")


@lru_cache(maxsize=8)
def _function_words(rules: Rules) -> frozenset:
    """Words that may follow a place's name ('in Dunmere on Thursday', 'near Kostrel and the
    villages', 'in Carrow was'); another word is a noun the name qualifies ('Aldermoor
    junction'), unless it says what kind of place it is ('the Brindley area of')."""
    g = rules.grammar
    return frozenset(g.prepositions | g.coordinators | g.relatives | g.subordinators | g.auxiliaries
                     | set(g.reports) | {w.lower() for w in rules.place_type_words}
                     | set(rules.weekdays) | set(rules.months) | rules.unknown_place_may_follow)


OWNED = re.compile(r"(?:\b[\w-]+(?:['’]s|(?<=s)['’])|\b(?:[Ii]ts|[Tt]heir))[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+)?\Z")


def unknown_place(text: str, sentence: Sentence, start: int, name: str, rules: Rules) -> Ref | None:
    """A name the gazetteer does not know, as a place: after 'in', 'near', 'off' ('arrested in
    Dunmere'), of one to three capitalised words, none a month, weekday, title or
    organisation word, not followed by a figure ('in Windows 8') or an apostrophe; or where
    a person lives, after the age ('Ann Cole, 41, of Dunmere')."""
    words = name.split()
    if not 1 <= len(words) <= 3 or any(not w[:1].isupper() or not w[1:2].islower() or
                                       any(part[:1].islower() for part in w.split("-")) for w in words):
        return None
    if words[-1] in rules.unknown_place_not_last or words[-1] in rules.org_heads or \
            any(w.lower() in rules.months or w.lower() in rules.weekdays or w in rules.demonyms for w in words):
        return None
    after = text[start + len(name):start + len(name) + 3]
    if after[:1] in ("'", "’") or after[1:2].isdigit() or after[:1].isdigit():
        return None
    following = NEXT_WORD.match(text, start + len(name))
    if following and not following[1] and following[2] in rules.place_sites \
            and OWNED.search(text, max(sentence.span[0], start - 40), start):
        # "Vennor Home Appliances' Lindgrove factory", 'its Ravelford plant': the owner's site's place
        return Ref("place", f"{UNKNOWN_PLACE}:{name.lower()}", name, UNKNOWN_PLACE)
    if following and (following[1] or (following[2] not in _function_words(rules)
                                       and not rules.grammar.is_verb(following[2]))):
        return None  # 'in Glimt, Spree and Harbour Life': a list of names; 'near Aldermoor junction': a junction
    if not _unknown_before(rules).search(text, max(sentence.span[0], start - 24), start) \
            and not RESIDENCE.search(text, max(sentence.span[0], start - 12), start):
        return None
    return Ref("place", f"{UNKNOWN_PLACE}:{name.lower()}", name, UNKNOWN_PLACE)


def candidates(document: Document, sentence: Sentence, rules: Rules) -> list[tuple[int, int, str]]:
    text = document.text
    return [(s, e, text[s:e]) for m in finditer_after(NAME, text, *sentence.span, "'’-")
            for s, e in _clean(text, *m.span(), rules)]


def context_codes(named: list[list[tuple[int, int, str]]], rules: Rules) -> set[str]:
    """Countries and regions the document names plainly: they settle ambiguous names."""
    codes: set[str] = set()
    index = gazetteer(rules)
    for found in named:
        for _, _, name in found:
            ref = lookup(name, rules)
            # only a name of one place: 'Santa Rosa' (a region of Guatemala, and cities) settles nothing
            if ref is not None and ref.level in ("country", "region") and len(index.get(name.lower(), ())) == 1:
                codes |= {ref.id, *ref.within}
    return codes


def document_places(document: Document, sentences: tuple[Sentence, ...], rules: Rules) -> list[Mention]:
    """Every place of a document, ambiguous names settled by the document's other places."""
    named = [candidates(document, sentence, rules) for sentence in sentences]
    context = context_codes(named, rules)
    return [m for sentence, found in zip(sentences, named) for m in extract_places(document, sentence, found, context, rules)]


def extract_places(document: Document, sentence: Sentence, found: list[tuple[int, int, str]],
                   context: set[str], rules: Rules) -> list[Mention]:
    text = document.text
    mentions = []
    index = 0
    while index < len(found):
        start, end, name = found[index]
        local = set(context)
        outer = None
        following = found[index + 1] if index + 1 < len(found) else None
        if following and PAIR_JOIN.fullmatch(text, end, following[0]):
            outer = lookup(following[2], rules)  # 'Hamburg, Germany', 'Clearlake, California'
        if demonym := DEMONYM_OF.search(text, max(sentence.span[0], start - 40), start):
            code = rules.demonyms.get(demonym[1])
            outer = lookup(code, rules) if code else outer
        if outer is not None:
            local = {outer.id, *outer.within}
        ref = lookup(name, rules, local, small=outer is not None)
        if ref is None and outer is None and sentence.role == "body":
            # (a headline capitalises every word: 'Woman Charged In Kraft Factory Shooting')
            ref = unknown_place(text, sentence, start, name, rules)
        if ref is None:
            index += 1
            continue
        if outer is not None and following and PAIR_JOIN.fullmatch(text, end, following[0]):
            end = following[1]
            index += 1
        mentions.append(Mention(sentence.doc, sentence.index, "place", (start, end), text[start:end], ref))
        index += 1
    return mentions
