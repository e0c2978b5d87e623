"""Organisations and the people said to work for them.

An organisation is a capitalised name with a head word from rules/names.toml
('Russian LGBT Network', 'National Center for Lesbian Rights'); a role ties a person to
one: 'Human Rights Campaign President Chad Griffin', 'Igor Kochetkov of the Russian LGBT
Network', 'Matt Beard, executive director of All Out'."""
from __future__ import annotations

import re
from functools import lru_cache

from ..gazetteer import lookup
from ..model import Mention, Ref, Sentence
from ..rules import Rules
from .people import LEADING_WORDS, is_person, normalise, past_title, role_mention, title_words, titled_people
from .words import finditer_after

TOKEN = r"(?:[A-Z][\w'’.&-]*|&)"
# 'U.S.', 'GLAAD', 'G-20'; the capital comes before the look behind so that the regex
# engine can skip ahead to capitals (eight times as fast as a leading look-behind)
ACRONYM = re.compile(r"[A-Z](?<![\w.-][A-Z])(?:\.(?:[A-Z]\.)+|[A-Z0-9-]{1,6}(?![\w-]))")
QUALIFIER_CODE = re.compile(r"G-?\d{1,2}")
LINK = re.compile(r",?[ \u00a0]+(?:(?P<title>[a-z][a-z -]{2,40}?)[ \u00a0]+)?(?:of|from)[ \u00a0]+(?:the[ \u00a0]+)?")


@lru_cache(maxsize=8)
def run_pattern(rules: Rules) -> re.Pattern:
    joiners = "|".join(re.escape(j) for j in sorted(rules.org_joiners) if j != "&")
    # not after a word character or ' ’ - : checked by finditer_after
    return re.compile(rf"{TOKEN}(?:[ \u00a0]+(?:(?:{joiners})[ \u00a0]+){{0,3}}{TOKEN}){{0,11}}")


@lru_cache(maxsize=8)
def alias_ids(rules: Rules) -> dict[str, str]:
    """Every written form in rules/names.toml's alias groups -> the group's one id."""
    table = {}
    for group in rules.org_aliases:
        canonical = normalise(group[-1])
        for form in group:
            table[normalise(form)] = canonical
    return table


def organisation_id(name: str, rules: Rules) -> str:
    """The id of an organisation: its normalised name, or its alias group's ('UN' is 'united nations')."""
    key = normalise(name)
    return alias_ids(rules).get(key, key)


NON_SPACE = re.compile(r"[^\s\u00a0]+")
POSSESSIVE = re.compile(r"['’]s$")
AND_JOINT = re.compile(r"[ \u00a0]+and[ \u00a0]+(?:the[ \u00a0]+)?")


def a_head(word: str, rules: Rules) -> bool:
    """Whether a word is an organisation's head word, written in capitals or not ('BANK')."""
    word = POSSESSIVE.sub("", word.strip(",.;:"))
    return word in rules.org_heads or (word.isupper() and len(word) > 2 and word.title() in rules.org_heads)


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start() - start, m.end() - start, m[0]) for m in NON_SPACE.finditer(text, start, end)]


def split_run(text: str, start: int, end: int, rules: Rules):
    """(organisation span, title, person span) in one capitalised run:
    'Human Rights Campaign President Chad Griffin', 'Igor Kochetkov of the Russian LGBT
    Network', 'Committee to Re-Elect the President' (a title ends no name here)."""
    words = []
    for s, e, w in _words(text, start, end):
        stripped = w.rstrip(",.;:")
        words.append((start + s, start + s + len(stripped), stripped))
    while words and (words[0][2] in LEADING_WORDS or words[0][2] in rules.org_joiners):
        words = words[1:]
    past = ""
    if words and words[0][2].lower() in rules.past_title_words:  # 'Former Acme President Ann Lee'
        past, words = words[0][2] + " ", words[1:]
    if len(words) < 2:
        return None, "", None
    for i, (_, _, word) in enumerate(words):
        if word in rules.person_links and i >= 2 and is_person(text[words[0][0]:words[i - 1][1]], rules):
            rest = words[i + 1:]
            while rest and rest[0][2] in rules.org_joiners:
                rest = rest[1:]
            if rest:
                return (rest[0][0], rest[-1][1]), "", (words[0][0], words[i - 1][1])
    def a_title(word: str) -> bool:
        return word in rules.titles or word + "." in rules.titles  # 'Lt' of 'Lt.'
    for i, (_, _, word) in enumerate(words):
        if a_title(word) and 0 < i and 2 <= len(words) - i - 1 <= 4 \
                and is_person(text[words[i + 1][0]:words[-1][1]], rules):
            first = i
            while first > 1 and a_title(words[first - 1][2]):
                first -= 1  # 'Chief Executive', 'Deputy Commissioner': one title
            if words[first - 1][2].lower() in rules.past_title_words:  # 'Former President Ann Lee'
                first -= 1
            head = any(a_head(w[2], rules) for w in words[:first])
            organisation = (words[0][0], words[first - 1][1]) if head and first > 0 else None
            title = text[words[first][0]:words[i][1]] + ("." if text[words[i][1]:words[i][1] + 1] == "." else "")
            title = past + title if past else past_title(text, words[0][0], title, rules)
            return organisation, title, (words[i + 1][0], words[-1][1])
    if any(a_head(w[2], rules) for w in words):
        return (words[0][0], words[-1][1]), "", None
    return None, "", None


class Part:
    """A piece of a capitalised run, with the span interface of a regex match."""

    def __init__(self, text: str, start: int, end: int):
        self.text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def span(self) -> tuple[int, int]:
        return self._start, self._end

    def __getitem__(self, index: int) -> str:
        return self.text[self._start:self._end]


def split_and(text: str, run, rules: Rules) -> list:
    """'The Council for Global Equality and the National Center for Lesbian Rights' is two
    organisations; 'National Gay and Lesbian Chamber of Commerce' (no head before 'and') one."""
    parts, start = [], run.start()
    for joint in AND_JOINT.finditer(text, run.start(), run.end()):
        left = text[start:joint.start()]
        right = text[joint.end():run.end()]
        if any(a_head(w, rules) for w in left.split()) and any(a_head(w, rules) for w in right.split()):
            parts.append(Part(text, start, joint.start()))
            start = joint.end()
    parts.append(Part(text, start, run.end()))
    return parts


CALENDAR_TAIL = re.compile(r"[ \u00a0]+(?:on|in|of|the|[ \u00a0])+[ \u00a0]*([A-Z][a-z]+)\.?$")


def without_calendar(name: str, rules: Rules) -> str:
    """'Holbrook Savings Bank on Friday' is Holbrook Savings Bank: a day or month joined on
    by a joiner word ends no organisation's name."""
    tail = CALENDAR_TAIL.search(name)
    if tail and (tail[1].lower() in rules.weekdays or tail[1].lower() in rules.months):
        return name[:tail.start()]
    return name


def person_link(text: str, start: int, end: int, rules: Rules):
    """The words tying a person to an organisation after the name ('of the', ', executive
    director of'), or None when they are a clause rather than a title ('had assumed command
    of', 'as saying of', 'graduated from')."""
    link = LINK.fullmatch(text, start, end)
    if link is None or not link["title"]:
        return link
    words = link["title"].lower().split()
    if words[-1] not in title_words(rules) or not rules.name_rules.not_in_titles.isdisjoint(words):
        return None
    return link


def extract_orgs(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    """Organisation mentions, and role mentions tying a person to an organisation."""
    found: list[Mention] = []
    runs = [part for run in finditer_after(run_pattern(rules), text, *sentence.span, "'’-")
            for part in split_and(text, run, rules)]
    for index, run in enumerate(runs):
        organisation, title, person = split_run(text, run.start(), run.end(), rules)
        previous = runs[index - 1] if index else None
        link = person_link(text, previous.end(), run.start(), rules) if previous is not None else None
        if organisation is None and link and is_person(previous[0], rules) and lookup(run[0], rules) is None:
            organisation = run.span()  # 'Matt Beard, executive director of All Out'
        if organisation is None:
            continue
        name = without_calendar(text[organisation[0]:organisation[1]].rstrip(",.;:"), rules)
        organisation = (organisation[0], organisation[0] + len(name))
        if lookup(name, rules) is not None:
            continue
        ref = Ref("organisation", organisation_id(name, rules), name)
        found.append(Mention(sentence.doc, sentence.index, "organisation", organisation, name, ref))
        if person is not None:
            found.append(role_mention(text, sentence, person, organisation, title))
        elif link and is_person(previous[0], rules):
            found.append(role_mention(text, sentence, previous.span(), organisation, link["title"] or ""))
    found += acronyms(text, sentence, rules) + titled_people(text, sentence, found, rules)
    return found


def acronyms(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    """Organisations named by an acronym of the alias data ('GLAAD', 'U.N.') and groups named
    by a code ('G-20', 'G20'): one id per alias group."""
    found = []
    for match in ACRONYM.finditer(text, *sentence.span):
        key = normalise(match[0])
        if key in alias_ids(rules) or QUALIFIER_CODE.fullmatch(match[0]):
            found.append(Mention(sentence.doc, sentence.index, "organisation", match.span(), match[0],
                                 Ref("organisation", alias_ids(rules).get(key, key), match[0])))
    return found
