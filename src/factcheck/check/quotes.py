"""A001 quote.speaker and A002 quote.wording.

One quotation in several sources is recognised by rapidfuzz similarity (trimming keeps
it one quotation). A001: credited to different people (a surname matches its full name).
A002: its words differ materially, in a number, a negation or a name, inside the part
both sources quote; spelling variants (honour/honor) and trimming are not material."""
from __future__ import annotations

import re
from difflib import SequenceMatcher

from rapidfuzz import fuzz

from ..extract.people import normalise
from ..model import Discrepancy, Fact, Row
from ..rules import Rules
from ..bind.tabulate import fact_order

WORD = re.compile(r"[\w'’]+")
PRONOUNS = {"he", "she", "they", "it"}


def same_quotation(a: Fact, b: Fact, rules: Rules) -> bool:
    return fuzz.token_set_ratio(a.mention.value.words, b.mention.value.words) >= rules.same_quote_ratio


def same_person(a: str, b: str) -> bool:
    return a == b or a.split()[-1] == b.split()[-1]


def negations(words: list[str], rules: Rules) -> list[str]:
    return [w.lower() for w in words if w.lower() in rules.negations or w.lower().endswith("n't")]


def material(first: str, second: str, rules: Rules) -> tuple[str, str] | None:
    """Where two wordings of one quotation differ in a number, a negation or a name: the
    words of each ('30', '13'); None when they do not."""
    a, b = WORD.findall(first), WORD.findall(second)
    matcher = SequenceMatcher(a=[w.lower() for w in a], b=[w.lower() for w in b], autojunk=False)
    blocks = [m for m in matcher.get_matching_blocks() if m.size]
    if not blocks:
        return None
    a_lo, b_lo = blocks[0].a, blocks[0].b
    a_hi, b_hi = blocks[-1].a + blocks[-1].size, blocks[-1].b + blocks[-1].size
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or i2 <= a_lo or i1 >= a_hi or j2 <= b_lo or j1 >= b_hi:
            continue  # the ends one source leaves out are trimming, not change
        left, right = a[i1:i2], b[j1:j2]
        if negations(left, rules) != negations(right, rules):
            return " ".join(left), " ".join(right)  # 'never' and 'ever' look alike but say the opposite
        if len(left) == len(right) and all(fuzz.ratio(x.lower(), y.lower()) >= rules.quote_spelling_ratio
                                           for x, y in zip(left, right)):
            continue  # honour/honor
        changed = left + right
        if any(w[0].isdigit() or w.lower() in rules.cardinals for w in changed) or any(w[0].isupper() for w in changed):
            return " ".join(left), " ".join(right)
    return None


def shingles(words: str) -> set[tuple[str, ...]]:
    tokens = [w.lower() for w in WORD.findall(words)]
    return {tuple(tokens[i:i + 4]) for i in range(max(1, len(tokens) - 3))}


def clusters(facts: list[Fact], rules: Rules) -> list[list[Fact]]:
    """Groups of one quotation: a quotation joins the first group whose representative it
    matches, among the groups sharing a run of four words with it."""
    groups: list[list[Fact]] = []
    index: dict[tuple[str, ...], list[int]] = {}
    for fact in facts:
        keys = shingles(fact.mention.value.words)
        candidates = sorted({g for key in keys for g in index.get(key, ())})
        home = next((g for g in candidates if same_quotation(fact, groups[g][0], rules)), None)
        if home is None:
            groups.append([fact])
            home = len(groups) - 1
        else:
            groups[home].append(fact)
        for key in keys:
            bucket = index.setdefault(key, [])
            if not bucket or bucket[-1] != home:
                bucket.append(home)
    return [g for g in groups if len({f.mention.doc for f in g}) > 1]


def full_names(rows, rules: Rules) -> dict[str, str]:
    """Surname -> the story's one full name of it ('Halloran' -> 'Priya Halloran'), for
    surnames only one person of the story has ('Ms Halloran' names no other)."""
    titles = rules.honorifics | {t.lower().rstrip(".") for t in rules.titles}
    found: dict[str, set[str]] = {}
    for row in rows:
        if row.slot.frame == "person":
            for fact in row.facts:
                words = fact.mention.surface.split()
                if len(words) >= 2 and words[0].lower().rstrip(".") not in titles:
                    found.setdefault(words[-1].lower(), set()).add(" ".join(words))
    chosen = {surname: max(names, key=len) for surname, names in found.items()
              if len({n.split()[0].lower() for n in names}) == 1}
    # also by the surname as a speaker's id has it, without accents ('bras' for 'Brás')
    return {**{normalise(surname): name for surname, name in chosen.items()}, **chosen}


def speaker_as_written(fact: Fact, names_of: dict[str, str]) -> str:
    """The speaker as the attribution writes the name; 'he' as the story writes the person's."""
    said = fact.mention.value
    if said.speaker.lower() not in PRONOUNS:
        return said.speaker
    return names_of.get(said.speaker_id.split()[-1], said.speaker_id.title())


def quote_discrepancies(row: Row, rules: Rules, wording: bool = True, names_of: dict[str, str] | None = None) -> list[Discrepancy]:
    """A001 and A002 of quotations; of statements (reported speech, `wording` False) only
    A001: a paraphrase is told in any words, but not by two people. `names_of`: the story's
    full names by surname, so a finding names 'Priya Halloran', not 'Ms Halloran'."""
    found, what = [], "quotation" if wording else "statement"
    for group in clusters(list(row.facts), rules):
        group = sorted(group, key=fact_order)
        # speakers named in the attribution itself, or 'he' after one person alone was named
        # (from the sentence before): 'he' resolved to the last of several names is a guess
        # too weak to call a quotation misattributed
        speakers = [f for f in group if f.mention.value.speaker_id and
                    (f.mention.value.speaker.lower() not in PRONOUNS or f.mention.value.sure)]
        if not wording:  # a statement is one only in nearly all its words: two people may say much alike
            speakers = [f for f in speakers if fuzz.token_sort_ratio(f.mention.value.words, speakers[0].mention.value.words)
                        >= rules.same_quote_ratio]
        by_surname: dict[str, list[Fact]] = {}
        for fact in speakers:
            surname = fact.mention.value.speaker_id.split()[-1]
            # 'Verhoeck' and 'Verhoek' are one speaker spelt two ways (N001 says so), not two
            surname = next((known for known in by_surname if len(known) >= 4 and len(surname) >= 4
                            and fuzz.ratio(known, surname) >= rules.spelling_ratio), surname)
            by_surname.setdefault(surname, []).append(fact)
        if len(by_surname) > 1:
            check = rules.checks["A001"]
            # each person once, by the longest way the sources name them ('Mayor Ana Ruiz', not also 'Ruiz')
            names = sorted(max((speaker_as_written(f, names_of or {}) for f in group), key=len)
                           for group in by_surname.values())
            titles = rules.honorifics | {t.lower().rstrip(".") for t in rules.titles}
            # only a surname, alone or after a title, is a short form ('Ms Halloran', 'Egerton')
            names = sorted((names_of or {}).get(name.split()[-1].lower(), name)
                           if len(name.split()) == 1 or (len(name.split()) == 2 and name.split()[0].lower().rstrip(".") in titles)
                           else name for name in names)
            facts = sorted(speakers, key=fact_order)
            found.append(Discrepancy("A001", check.name, check.severity, row.slot,
                                     f"one {what} credited to {' and '.join(names)}", tuple(facts)))
        first = group[0]
        if not wording:
            continue
        changes = [(f, change) for f in group[1:] if f.mention.doc != first.mention.doc
                   and (change := material(first.mention.value.words, f.mention.value.words, rules))]
        if changes:
            check = rules.checks["A002"]
            facts = sorted([first] + [f for f, _ in changes], key=fact_order)
            differences = list(dict.fromkeys(f"'{old or '—'}' vs '{new or '—'}'" for _, (old, new) in changes))
            found.append(Discrepancy("A002", check.name, check.severity, row.slot,
                                     f"one quotation in different words: {'; '.join(differences)}", tuple(facts)))
    return found
