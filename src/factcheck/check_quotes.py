"""A001 quote.speaker and A002 quote.wording.

One quotation in several sources is recognised by rapidfuzz similarity (trimming keeps
it one quotation). A001: credited to different people (a surname matches its full name).
A002: its words differ materially, in a number, a negation or a name, inside the part
both sources quote; spelling variants (honour/honor) and trimming are not material."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from .model import Discrepancy, Fact, Row
from .rules import Rules
from .tabulate import fact_order

WORD = re.compile(r"[\w'’]+")
PRONOUNS = {"he", "she", "they", "it"}


def same_quotation(a: Fact, b: Fact, rules: Rules) -> bool:
    return fuzz.token_set_ratio(a.mention.value.words, b.mention.value.words) >= rules.same_quote_ratio


def same_person(a: str, b: str) -> bool:
    return a == b or a.split()[-1] == b.split()[-1]


def material(first: str, second: str, rules: Rules) -> bool:
    """Whether two wordings of one quotation differ in a number, a negation or a name."""
    a, b = WORD.findall(first), WORD.findall(second)
    matcher = SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return False
    a_lo, b_lo = blocks[0].a, blocks[0].b
    a_hi, b_hi = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i2 <= a_lo or i1 >= a_hi or j2 <= b_lo or j1 >= b_hi:
            continue  # the ends one source leaves out are trimming, not change
        left, right = a[i1:i2], b[j1:j2]
        if len(left) == len(right) and all(fuzz.ratio(x.lower(), y.lower()) >= rules.quote_spelling_ratio
                                           for x, y in zip(left, right)):
            continue  # honour/honor
        changed = left + right
        if any(w.lower() in rules.negations or w.lower().endswith("n't") for w in changed):
            return True
        if any(w[0].isdigit() or w.lower() in rules.cardinals for w in changed):
            return True
        if any(w[0].isupper() for w in changed):
            return True
    return False


def clusters(facts: list[Fact], rules: Rules) -> list[list[Fact]]:
    groups: list[list[Fact]] = []
    for fact in facts:
        joined = [g for g in groups if any(same_quotation(fact, other, rules) for other in g)]
        groups = [g for g in groups if g not in joined] + [[fact] + [f for g in joined for f in g]]
    return [g for g in groups if len({f.mention.doc for f in g}) > 1]


def quote_discrepancies(row: Row, rules: Rules) -> list[Discrepancy]:
    found = []
    for group in clusters(list(row.facts), rules):
        group = sorted(group, key=fact_order)
        # only speakers named in the attribution itself: 'he' resolved to the last name
        # mentioned is a guess too weak to call a quotation misattributed
        speakers = [f for f in group if f.mention.value.speaker_id and f.mention.value.speaker.lower() not in PRONOUNS]
        differing = [(a, b) for i, a in enumerate(speakers) for b in speakers[i + 1:]
                     if not same_person(a.mention.value.speaker_id, b.mention.value.speaker_id)]
        if differing:
            check = rules.checks["A001"]
            names = sorted({f.mention.value.speaker for pair in differing for f in pair})
            facts = sorted({id(f): f for pair in differing for f in pair}.values(), key=fact_order)
            found.append(Discrepancy("A001", check.name, check.severity, row.slot,
                                     f"one quotation credited to {' and '.join(names)}", tuple(facts)))
        changed = [(a, b) for i, a in enumerate(group) for b in group[i + 1:]
                   if a.mention.doc != b.mention.doc and material(a.mention.value.words, b.mention.value.words, rules)]
        if changed:
            check = rules.checks["A002"]
            facts = sorted({id(f): f for pair in changed for f in pair}.values(), key=fact_order)
            found.append(Discrepancy("A002", check.name, check.severity, row.slot,
                                     "one quotation in different words", tuple(facts)))
    return found
