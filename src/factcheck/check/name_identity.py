"""Whether two written names are one entity, decided with knowledge rather than by one
similarity threshold (Wolfe/Wolff is one name misspelt, Charlene/Charlie two people, and
both pairs have the same ratio).

A pair of names is one of:
- "same": one name (a middle name or an initial more or less: Bryant A. Dalton, Bryant Dalton);
- "style": one name in two house styles: punctuation (G-20/G20, Intel’s/Intel's), a
  possessive, or English orthography from rules/ (Defence/Defense, Centre/Center);
- "usual": usual transliterations of one name (Giannis/Yiannis), from rules/;
- "spelling": one entity written two ways, a misspelling (Hefner/Heffner, Brian/Bryant
  Dalton, Russia/Russian LGBT Network): the warning;
- None: two entities (Daniel/Danielle, Paul/Paula: two given names; Campaign/Council)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from ..gazetteer import lookup
from ..rules import Rules

PUNCTUATION = re.compile(r"[-.’'\s]")
POSSESSIVE = re.compile(r"['’]s?$")
RANK = {"same": 0, "style": 1, "usual": 2, "spelling": 3}


def country_of(word: str, rules: Rules) -> str | None:
    demonyms = {k.lower(): v for k, v in rules.demonyms.items()}
    if word in demonyms:
        return demonyms[word][:2]
    place = lookup(word, rules)
    return place.id if place is not None and place.level == "country" else None


def punctuation_only(a: str, b: str) -> bool:
    """'g-20' and 'g20': one name, punctuated two ways."""
    return a != b and PUNCTUATION.sub("", a) == PUNCTUATION.sub("", b)


def orthographic(x: str, y: str, rules: Rules) -> bool:
    """'defence' and 'defense', 'centre' and 'center': one word in British and American spelling."""
    for a, b in rules.name_rules.orthography:
        for p, q in ((a, b), (b, a)):
            if x.endswith(p) and y.endswith(q) and len(x) - len(p) >= 3 and x[:len(x) - len(p)] == y[:len(y) - len(q)]:
                return True
    return False


def orthographic_form(name: str, rules: Rules) -> str:
    """A name with each word's ending in one of the two spellings rules/ gives it
    ('labor research center' for 'Labour Research Centre'): a key that both share."""
    words = []
    for word in name.split():
        for a, b in rules.name_rules.orthography:
            if word.endswith(b) and len(word) - len(b) >= 3:
                word = word[:len(word) - len(b)] + a
                break
            if word.endswith(a) and len(word) - len(a) >= 3:
                break
        words.append(word)
    return " ".join(words)


def two_given_names(x: str, y: str, rules: Rules) -> bool:
    """'daniel' and 'danielle', 'charlene' and 'charlie', 'fred' and 'frederick': given names
    of one stem are names of their own (or a short form), not one name misspelt."""
    short, long = sorted((x, y), key=len)
    if long.startswith(short) and len(short) >= 3:
        return True
    endings = rules.name_rules.name_endings
    for cut in range(3, min(len(x), len(y)) + 1):
        if x[:cut] != y[:cut]:
            break
        if x[cut:] in endings and y[cut:] in endings:
            return True
    return False


def word_relation(x: str, y: str, rules: Rules, given: bool = False, surname: bool = False,
                  titled: bool = False) -> str | None:
    """How two words of two names relate; `given`: both are given names, `surname`: both are
    surnames beside one given name, `titled`: of two names a title ('Dr', 'Mr') says are people's."""
    if x == y:
        return "same"
    if punctuation_only(x, y) or POSSESSIVE.sub("", x) == POSSESSIVE.sub("", y) or orthographic(x, y, rules):
        return "style"
    table = rules.transliterations
    if x in table and table.get(y) == table[x]:
        return "usual"
    if x.rstrip("s") == y.rstrip("s") and not (surname and titled):
        return None  # a plural form: 'Friends' is no misspelling of 'Friend'; Dr Vosper's is (Vospers)
    if country_of(x, rules) is not None and country_of(x, rules) == country_of(y, rules):
        return "spelling"
    if given and two_given_names(x, y, rules):
        return None
    if min(len(x), len(y)) >= rules.variant_min_length and fuzz.ratio(x, y) >= rules.spelling_ratio:
        return "spelling"
    prefix = rules.name_rules.given_name_prefix
    if given and x[:prefix] == y[:prefix] and fuzz.ratio(x, y) >= rules.name_rules.given_name_ratio:
        return "spelling"
    if surname and len(x) == len(y) >= 2 and x.isalpha() and y.isalpha() and Levenshtein.distance(x, y) <= 1:
        return "spelling"  # 'Lisa Su' and 'Lisa Lu': one letter of a short surname
    return None


def _combined(relations: list[str | None]) -> str | None:
    """One relation for a name from its words': two entities when a word is another word or
    more than one word is misspelt."""
    if None in relations or sum(RANK[r] >= RANK["usual"] for r in relations) > 1:
        return None
    return max(relations, key=RANK.__getitem__)


def person_key(name: str, rules: Rules) -> tuple[str, str] | None:
    """(given name, surname) of a normalised person's name, without honorifics and initials."""
    words = [w for w in name.split() if w not in rules.honorifics and len(w) > 1]
    return (words[0], words[-1]) if len(words) >= 2 else None


def name_relation(a: str, b: str, rules: Rules, person: bool = False) -> str | None:
    """How two normalised names relate (see the module's docstring)."""
    if a == b:
        return "same"
    if punctuation_only(a, b):
        return "style"
    if person and (first := person_key(a, rules)) and (second := person_key(b, rules)):
        given = word_relation(first[0], second[0], rules, given=True)
        titled = a.split()[0] in rules.honorifics and b.split()[0] in rules.honorifics
        last = word_relation(first[1], second[1], rules, surname=given == "same" and len(first[0]) >= 3, titled=titled)
        return _combined([given, last])
    words, others = a.split(), b.split()
    if len(words) != len(others):
        return shortened_relation(words, others, rules)
    relations = [word_relation(x, y, rules) for x, y in zip(words, others)]
    differing = [(x, y) for x, y in zip(words, others) if x != y]
    heads = {h.lower() for h in rules.org_heads}
    if len(differing) == 1 and None in relations and all(w in heads for w in differing[0]) \
            and len(words) - 1 >= rules.variant_shared_words:
        return "spelling"  # 'Committee/Campaign to Re-elect the President'
    return _combined(relations)


def shortened_relation(words: list[str], others: list[str], rules: Rules) -> str | None:
    """'Holbrok Bank' and 'Holbrook Savings Bank': a name shortened by words left out of its
    middle is compared word by word with the words it kept (the first and the head word)."""
    short, long = sorted((words, others), key=len)
    if len(short) < 2 or short[-1] != long[-1]:
        return None
    relations, at = [], 0
    for word in short:
        while at < len(long) and word_relation(word, long[at], rules) is None:
            at += 1
        if at == len(long):
            return None
        relations.append(word_relation(word, long[at], rules))
        at += 1
    if word_relation(short[0], long[0], rules) is None:
        return None  # the first word kept: 'Savings Bank' is no short form of 'Holbrook Savings Bank'
    return _combined(relations)
