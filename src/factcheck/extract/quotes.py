"""Quotations and their speakers.

A quotation runs from an opening to its closing quote mark, across paragraphs when a
paragraph ends inside it and the next opens again (the news convention). The speaker
comes from the usual patterns ('..., said X', 'X said: ...', '... he wrote', 'according
to X'); 'he', 'she' and a bare surname resolve to the last full name the article gave."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from ..model import Document, Mention, Said, Sentence
from ..rules import Rules
from ..segment import sentence_at
from .people import is_person, normalise
from .posts import one_word_heads

PAIRS = {"“": "”", '"': '"', "‘": "’"}
# a word of a name may hold full stops ('J.R.', 'Jr.'), but a word of three small letters
# and a full stop ends a sentence ('said Okoro. Gulls coach ...')
NAME_WORD = r"[A-Z](?:(?:[\w'’-]|\.(?=\w))+\.?|\.)(?<![a-z]{3}\.)"
PARTICLES = r"(?:de|van|von|der|den|da|di|du|del|della|la|le|bin|ibn|al|ter|ten)"
# ('Dr Annelies de Bruyn': a particle of a name between its capitalised words)
NAME = rf"{NAME_WORD}(?:[ \u00a0]+(?:{PARTICLES}[ \u00a0]+){{0,2}}{NAME_WORD}){{0,3}}"
PRONOUNS = {"he", "she", "He", "She"}


@lru_cache(maxsize=8)
def attribution_patterns(rules: Rules) -> tuple[re.Pattern, re.Pattern]:
    verbs = "|".join(sorted(rules.speech_verbs, key=len, reverse=True))
    after = re.compile(rf"\A[,.!?]?[ \u00a0]*(?:(?P<v1>{verbs})[ \u00a0]+(?P<n1>{NAME}|he|she)"
                       rf"|(?P<n2>{NAME}|[Hh]e|[Ss]he)[ \u00a0]+(?P<v2>{verbs})\b"
                       # 'said the stationmaster, Idris Penhallow': the name after its description
                       rf"|(?:{verbs})[ \u00a0]+(?:the|a|an|its|their|his|her)(?:[ \u00a0]+[\w'’-]+){{1,5}},[ \u00a0]+(?P<n4>{NAME})"
                       # 'coastguard commander Ewan Calderwood told reporters': a post in small letters, the name, the verb
                       # (no function word among them: 'police in Tarnby said' is no Tarnby's; nor a
                       # particle of the name, 'de Bruyn said', nor a speech verb or a relative:
                       # 'insiders say Anna Smith told staff', 'supporters who backed ...')
                       rf"|(?:(?!(?:in|of|at|from|for|on|to|with|by|and|or|as|the|a|an|who|which|that|quoting|{PARTICLES}|{verbs})\b)[a-z][\w'’-]*[ \u00a0]+){{1,4}}"
                       rf"(?P<n5>{NAME})[ \u00a0]+(?:{verbs})\b)")
    # ('Maureen Oyelaran said outside court: "..."': a few words of when or where before the colon)
    before = re.compile(rf"(?P<n>{NAME}|[Hh]e|[Ss]he)(?:,[^,]{{0,60}},)?[ \u00a0]+(?:{verbs})"
                        rf"(?:[ \u00a0]*:?|(?:[ \u00a0]+[a-z][\w'’-]*){{1,4}}[ \u00a0]*:)[ \u00a0]*\Z"
                        rf"|according to (?P<n3>{NAME})[ \u00a0]*,?[ \u00a0]*\Z")
    return after, before


def quotations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of quoted words (inside the marks), joined across paragraphs."""
    found, position = [], start
    last_closing = {mark: text.rfind(PAIRS[mark], start, end) for mark in PAIRS}
    while position < end:
        opening = min(((text.find(mark, position, end), mark) for mark in PAIRS
                       if last_closing[mark] > position and text.find(mark, position, end) >= 0), default=(-1, ""))
        at, mark = opening
        if at < 0:
            break
        if at >= last_closing[mark]:
            position = at + 1  # no closing mark after it: an opening never closed
            continue
        if mark == "‘" and at > 0 and text[at - 1].isalnum():
            position = at + 1
            continue
        closing, cursor = -1, at + 1
        while cursor < end:
            candidate = text.find(PAIRS[mark], cursor, end)
            newline = text.find("\n", cursor, end)
            if newline >= 0 and (candidate < 0 or newline < candidate):
                resume = re.match(r"\n+[ \t]*" + re.escape(mark), text[newline:end])
                if not resume:
                    break
                cursor = newline + resume.end()
                continue
            if candidate >= 0 and mark == "‘" and candidate + 1 < end and text[candidate + 1].isalpha():
                cursor = candidate + 1  # an apostrophe inside the quotation
                continue
            closing = candidate
            break
        if closing < 0:
            position = at + 1
            continue
        found.append((at + 1, closing))
        position = closing + 1
    return found


DESCRIBED = re.compile(r"[ \u00a0]+(?P<body>(?:and|of|&)[ \u00a0]+(?:[A-Z][\w'’-]*[ \u00a0]+)+)?(?P<post>(?:[a-z][\w-]*[ \u00a0]+){1,5})"
                       r"(?P<name>[A-Z][\w'’.-]+(?:[ \u00a0]+[A-Z][\w'’.-]+){1,3})")


def extract_quotes(document: Document, sentences: tuple[Sentence, ...], people: list[tuple[int, str]],
                   rules: Rules) -> list[Mention]:
    """Quotation mentions of a document; `people` are (offset, full name) in text order."""
    text = document.text
    after, before = attribution_patterns(rules)
    mentions, index = [], NameIndex(people)
    for start, end in quotations(text, *document.body):
        words = re.sub(r"\s+", " ", text[start:end]).strip()
        if len(words.split()) < rules.quote_min_words:
            continue
        sentence = sentence_at(sentences, start, slack=2)
        if sentence is None:
            continue
        speaker = ""
        # a quotation ending its sentence ('... under our noses." He said ...') is told by the
        # words before it when they name a speaker ('Ellis Thorne said after the hearing:')
        told = before.search(text[max(document.body[0], start - 140):start - 1].rstrip("“\"‘ "))
        told_before = told if words.endswith(".") else None
        if not told_before and (match := after.match(text[end + 1:end + 120])):
            speaker = match["n1"] or match["n2"] or match["n4"] or match["n5"] or ""
            # 'said Florida emergency management director Jared Moskowitz': the name after the description
            # ('said Thornbury Fire and Rescue area manager Colin Yates': a body's name, then the post)
            described = DESCRIBED.match(text, end + 1 + match.end("n1"), end + 160) if match["n1"] else None
            # (a person's name then 'and council leader Mark Price' is two speakers: the first's)
            if described and is_person(described["name"], rules) and (
                    not is_person(match["n1"].rstrip(".,;:"), rules)
                    or (described["body"] and described["post"].split()[-1] in one_word_heads(rules))):
                speaker = described["name"]
        elif match := told:
            speaker = match["n"] or match["n3"] or ""
        speaker = speaker.rstrip(".,;:")
        speaker_id = resolve_speaker(speaker, start, index, rules)
        sure = speaker not in PRONOUNS or sure_pronoun(text, sentences, sentence, start, words, index)
        mentions.append(Mention(document.id, sentence.index, "quote", (start, end), text[start:end],
                                Said(words, speaker, speaker_id, sure)))
    return mentions


class NameIndex:
    """The article's full names by position, and by surname, so that finding the last name
    before a quotation is a bisection, not a scan of every name (linear in quotations)."""

    def __init__(self, people: list[tuple[int, str]]):
        ordered = sorted(people, key=lambda p: p[0])  # stable: text order on ties
        self.offsets = [at for at, _ in ordered]
        self.names = [name for _, name in ordered]
        self.by_surname: dict[str, tuple[list[int], list[str]]] = {}
        for at, name in ordered:
            offsets, names = self.by_surname.setdefault(name.split()[-1], ([], []))
            offsets.append(at)
            names.append(name)

    def named_between(self, start: int, end: int) -> list[tuple[int, str]]:
        """(offset, full name) of the people named in text[start:end], in text order."""
        first, last = bisect_left(self.offsets, start), bisect_left(self.offsets, end)
        return list(zip(self.offsets[first:last], self.names[first:last]))


    def last_before(self, offset: int, surname: str | None = None) -> str | None:
        offsets, names = (self.offsets, self.names) if surname is None else self.by_surname.get(surname, ([], []))
        position = bisect_left(offsets, offset)
        return names[position - 1] if position else None


SUBJECT_WORDS = 3  # words before a name at most, in its sentence, for the name to be its subject ('Dr', 'Inspector')


def sure_pronoun(text: str, sentences: tuple[Sentence, ...], sentence: Sentence, start: int, words: str,
                 index: NameIndex) -> bool:
    """Whether 'he said' after a quotation surely means the last person named: the quotation
    ends in a comma ('...," he said', not a sentence of its own before 'He added'), and from
    the sentence before to it one person alone is named, as a sentence's subject ('Stephen
    Mawdsley, the operations director, apologised. "...," he said'; not 'At 55, he is the age
    William Hartnell was')."""
    if not words.endswith((",", "?", "!")):
        return False
    floor = sentences[sentence.index - 1].span[0] if sentence.index > 0 else sentence.span[0]
    named = index.named_between(floor, start)
    if len({normalise(name) for _, name in named}) != 1:
        return False
    first = sentence_at(sentences, named[0][0])
    return first is not None and len(text[first.span[0]:named[0][0]].split()) <= SUBJECT_WORDS

def resolve_speaker(speaker: str, offset: int, people: NameIndex, rules: Rules) -> str:
    """A full name for 'he', 'Griffin' or 'Igor Kochetkov', from the names before `offset`."""
    if speaker in PRONOUNS:
        last = people.last_before(offset)
        return normalise(last) if last else ""
    if not speaker:
        return ""
    words = speaker.split()
    while len(words) > 2 and words[0].rstrip(".") in rules.titles:
        words = words[1:]  # 'Mayor Ana Ruiz' is Ana Ruiz
    speaker = " ".join(words)
    if is_person(speaker, rules):
        return normalise(speaker)
    match = people.last_before(offset, speaker.split()[-1])
    return normalise(match) if match else ("" if len(speaker.split()) > 1 else normalise(speaker))
