"""Facts of contests: a competitor's record ('Klitschko (52-3, 46 KOs)'), the moment a
contest was stopped ('44 seconds into the seventh round', 'at the 2:15 mark'), and which
defence of a title it was ('his sixth defense of the IBF belt'). The vocabulary is in
rules/sports.toml; the ordinals in rules/numbers.toml."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Amount, Document, Mention, Record, Sentence
from ..rules import Rules
from .people import normalise
from .words import words_in

NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,2}?)"
TALLY = r"(?P<wins>\d{1,3})[-–](?P<losses>\d{1,3})(?:[-–](?P<draws>\d{1,3}))?(?![\d-])"
SPACE = r"[ \u00a0]+"


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", SPACE) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def record_patterns(rules: Rules) -> tuple[re.Pattern, ...]:
    knockouts = rf"(?:,?[ \u00a0]*(?:with[ \u00a0]+(?:a[ \u00a0]+)?(?:[a-z]+[ \u00a0]+)?)?(?P<kos>\d{{1,3}})[ \u00a0]*(?P<kow>{_alternation(rules.record_knockouts)})(?![\w]))"
    words = _alternation(rules.record_words)
    return (
        re.compile(rf"{NAME}(?:['’]s)?[ \u00a0]*\({TALLY}{knockouts}?\)"),              # Name (52-3, 46 KOs)
        re.compile(rf"{NAME},[ \u00a0]*{TALLY}{knockouts}"),                              # Name, 53-3, 47 KO's
        re.compile(rf"{NAME}['’]s[ \u00a0]+(?:{words})(?:[ \u00a0]+(?:to|at|of|is|was|stands[ \u00a0]+at|improved[ \u00a0]+to))?"
                   rf"(?:[ \u00a0]+an?)?[ \u00a0]+{TALLY}{knockouts}?"),                  # Name's record to 52-3 with 46 wins by knockout
    )


def _resolve(name: str, people: dict[str, str]) -> tuple[str, str]:
    """A surname resolves to the one full name the article gives for it."""
    words = name.split()
    while len(words) > 1 and (words[0].lower() in ("the", "a", "former", "champion") or words[0].endswith(("'s", "’s"))):
        words = words[1:]  # "Germany's Gene Pukall" is Gene Pukall
    name = " ".join(words)
    if len(words) == 1 and name in people:
        return name, people[name]
    return name, normalise(name)


SCORE_DASH = re.compile(r"\d[-–]\d")


def surnames(people) -> dict[str, str]:
    """Last name -> normalised full name, for the names an article gives in full once."""
    found: dict[str, set[str]] = {}
    for _, full in people:
        found.setdefault(full.split()[-1], set()).add(normalise(full))
    return {last: next(iter(names)) for last, names in found.items() if len(names) == 1}


def extract_records(document: Document, sentences: tuple[Sentence, ...], people, rules: Rules) -> list[Mention]:
    text, last = document.text, surnames(people)
    found, taken = [], set()
    if not SCORE_DASH.search(text):
        return found  # no '45-1' anywhere: most articles
    for sentence in sentences:
        if not SCORE_DASH.search(text, *sentence.span):
            continue
        for pattern in record_patterns(rules):
            for match in pattern.finditer(text, *sentence.span):
                if match.start("wins") in taken:
                    continue
                taken.add(match.start("wins"))
                person, person_id = _resolve(match["name"], last)
                draws = match["draws"]
                kos = match.groupdict().get("kos")
                value = Record(person, person_id, int(match["wins"]), int(match["losses"]),
                               int(draws) if draws else None, int(kos) if kos else None)
                start = match.start("wins")
                end = match.end("kow") if kos else match.end("losses" if not draws else "draws")
                found.append(Mention(document.id, sentence.index, "record", (start, end), text[start:end], value))
    return found


@lru_cache(maxsize=8)
def ordinal_pattern(rules: Rules) -> str:
    words = sorted(rules.ordinals, key=len, reverse=True)
    return r"(?P<ord>\d{1,2}(?:st|nd|rd|th)|" + "|".join(words) + ")"


def ordinal_value(word: str, rules: Rules) -> int:
    return int(word[:-2]) if word[0].isdigit() else int(rules.ordinals[word.lower()])


@lru_cache(maxsize=8)
def elapsed_patterns(rules: Rules) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    ordinal, periods = ordinal_pattern(rules), _alternation(rules.elapsed_periods)
    into = re.compile(rf"(?:(?P<min>\d{{1,2}}|one|two|three|four)[ \u00a0]+minutes?(?:[ \u00a0]+and)?[ \u00a0]+)?"
                      rf"(?P<sec>\d{{1,2}})[ \u00a0]+seconds?[ \u00a0]+(?:into|of)[ \u00a0]+the[ \u00a0]+{ordinal}"
                      rf"(?:[ \u00a0]+(?:{periods}))?(?![\w])", re.I)
    clock = re.compile(rf"(?<![\d:])(?P<clock_min>\d{{1,2}}):(?P<clock_sec>[0-5]\d)(?![\d:])"
                       rf"(?:[ \u00a0]+mark)?(?:[ \u00a0]+(?:into|of|in)[ \u00a0]+the[ \u00a0]+{ordinal}"
                       rf"(?:[ \u00a0]+(?:{periods}))?)?", re.I)
    named = re.compile(rf"(?:in|into|of|during)[ \u00a0]+the[ \u00a0]+{ordinal}(?:[ \u00a0]+(?:{periods}))?(?![\w-])", re.I)
    return into, clock, named


DIGIT = re.compile(r"\d")


@lru_cache(maxsize=8)
def cue_pattern(rules: Rules) -> re.Pattern:
    return re.compile(rf"(?<![\w])(?:{_alternation(rules.elapsed_cues)})(?![\w])", re.I)


@lru_cache(maxsize=8)
def cue_words(rules: Rules) -> frozenset | None:
    """The first word of every stop cue, to look for in a sentence's words before the regex
    runs; None when a cue does not start with a plain word (then the regex always runs)."""
    firsts = {cue.split()[0].lower() for cue in rules.elapsed_cues}
    return frozenset(firsts) if all(re.fullmatch(r"[a-z]+", w) for w in firsts) else None


def extract_elapsed(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    """When in which period a contest was stopped, in seconds: '44 seconds into the seventh round'."""
    gate = cue_words(rules)
    if gate is not None and gate.isdisjoint(words_in(text, *sentence.span)):
        return []
    if not DIGIT.search(text, *sentence.span) or not cue_pattern(rules).search(text, *sentence.span):
        return []  # every form has a figure, and a contest stopped
    into, clock, named = elapsed_patterns(rules)
    found = []
    for pattern in (into, clock):
        for match in pattern.finditer(text, *sentence.span):
            groups = match.groupdict()
            ordinal = groups.get("ord")
            if ordinal is None:  # 'at the 2:15 mark': the period named last before it in the sentence
                periods = list(named.finditer(text, *sentence.span))
                before = [p for p in periods if p.end() <= match.start()]
                if not periods:
                    continue
                ordinal = (before[-1] if before else periods[0])["ord"]
            if groups.get("sec") is not None:
                minutes = groups.get("min") or "0"
                minutes = int(minutes) if minutes.isdigit() else ["one", "two", "three", "four"].index(minutes.lower()) + 1
                seconds = minutes * 60 + int(groups["sec"])
            else:
                seconds = int(groups["clock_min"]) * 60 + int(groups["clock_sec"])
            period = ordinal_value(ordinal, rules)
            found.append(Mention(sentence.doc, sentence.index, "elapsed", match.span(), match[0],
                                 Amount(seconds, seconds, unit="second", noun=str(period), stated=seconds)))
    return found


@lru_cache(maxsize=8)
def defence_patterns(rules: Rules) -> tuple[re.Pattern, re.Pattern]:
    ordinal, titles = ordinal_pattern(rules), _alternation(rules.defence_titles)
    org = r"(?P<org>[A-Z][\w.&-]*(?:[ \u00a0]+[A-Z][\w.&-]*){0,4})"
    # case-blind keywords around a case-sensitive name: the title's organisation is capitalised
    ordinal_first = re.compile(
        rf"(?i:{ordinal}[ \u00a0]+(?:(?:successful|straight|consecutive|title)[ \u00a0]+)*(?:{_alternation(rules.defence_words)})"
        rf"[ \u00a0]+of[ \u00a0]+(?:the|his|her|its)[ \u00a0]+){org}(?:[ \u00a0]+[a-z]+)?[ \u00a0]+(?i:{titles})(?![\w])")
    verb_first = re.compile(
        rf"(?i:(?:{_alternation(rules.defence_verbs)})[ \u00a0]+(?:the|his|her|its)[ \u00a0]+){org}(?:[ \u00a0]+[a-z]+)?[ \u00a0]+"
        rf"(?i:(?:{titles})[ \u00a0]+for[ \u00a0]+the[ \u00a0]+{ordinal}[ \u00a0]+(?:(?:straight|consecutive)[ \u00a0]+)?time)")
    return ordinal_first, verb_first


def title_key(name: str) -> str:
    """'International Boxing Federation' and 'IBF' are one title: compare by initials."""
    words = [w for w in re.split(r"[ \u00a0]+", name.replace(".", "")) if w]
    if len(words) == 1 and words[0].isupper():
        return words[0].lower()
    return "".join(w[0] for w in words if w[0].isupper()).lower()


def extract_defences(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    piece = text[sentence.span[0]:sentence.span[1]].lower()
    if not any(w in piece for w in rules.defence_words) and not (" time" in piece and "for the " in piece):
        return []
    found = []
    for pattern in defence_patterns(rules):
        for match in pattern.finditer(text, *sentence.span):
            number = ordinal_value(match["ord"], rules)
            span = match.span("ord")
            found.append(Mention(sentence.doc, sentence.index, "defence", span, text[span[0]:span[1]],
                                 Amount(number, number, noun=title_key(match["org"]), stated=number)))
    return found
