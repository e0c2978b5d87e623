"""N001 name.variant and R001 role.conflict.

A name punctuated two ways (G-20 and G20) is a variant of style: reported as info.

Two names are one entity written two ways when they differ in one word, and that
word is a country and its demonym (Russia/Russian LGBT Network), a near spelling, or a
head word with a long shared rest (Committee/Campaign to Re-elect the President).
Distinct organisations with similar names (National Center for Lesbian Rights and for
Transgender Equality, Human Rights Campaign and Council) differ in more than that."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .gazetteer import lookup
from .model import Discrepancy, Fact, Row, Slot
from .rules import Rules
from .tabulate import fact_order

PUNCTUATION = re.compile(r"[-.’'\s]")


def country_of(word: str, rules: Rules) -> str | None:
    demonyms = {k.lower(): v for k, v in rules.demonyms.items()}
    if word in demonyms:
        return demonyms[word][:2]
    place = lookup(word, rules)
    return place.id if place is not None and place.level == "country" else None


def punctuation_only(a: str, b: str) -> bool:
    """'g-20' and 'g20': one name, punctuated two ways."""
    return a != b and PUNCTUATION.sub("", a) == PUNCTUATION.sub("", b)


def variants(a: str, b: str, rules: Rules) -> bool:
    """Whether two normalised names are one entity written two ways."""
    if punctuation_only(a, b):
        return True
    first, second = a.split(), b.split()
    if first == second or len(first) != len(second):
        return False
    differing = [(x, y) for x, y in zip(first, second) if x != y]
    if len(differing) != 1:
        return False
    x, y = differing[0]
    if x.rstrip("s") == y.rstrip("s"):
        return False  # a plural or possessive form, not another spelling
    if country_of(x, rules) is not None and country_of(x, rules) == country_of(y, rules):
        return True
    if min(len(x), len(y)) >= rules.variant_min_length and fuzz.ratio(x, y) >= rules.spelling_ratio:
        return True
    heads = {h.lower() for h in rules.org_heads}
    return x in heads and y in heads and len(first) - 1 >= rules.variant_shared_words


def blocking_keys(name: str) -> list[str]:
    """Keys two variant names share: the name with any one word left out, and the name
    without punctuation. Only names sharing a key are compared (near-linear, not n^2)."""
    words = name.split()
    keys = [" ".join(words[:i] + ["*"] + words[i + 1:]) for i in range(len(words))]
    return keys + ["#" + PUNCTUATION.sub("", name)]


def name_variants(rows: tuple[Row, ...], rules: Rules, frame: str = "organisation") -> list[Discrepancy]:
    """One N001 per group of organisation (or person) names that are variants of each other."""
    names = [row for row in rows if row.slot.frame == frame]
    parent = list(range(len(names)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[str, list[int]] = {}
    for index, row in enumerate(names):
        for key in blocking_keys(row.slot.subject):
            blocks.setdefault(key, []).append(index)
    for members in blocks.values():
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                if root(first) != root(second) and variants(names[first].slot.subject, names[second].slot.subject, rules):
                    parent[root(first)] = root(second)
    grouped: dict[int, list[Row]] = {}
    for index, row in enumerate(names):
        grouped.setdefault(root(index), []).append(row)
    groups = list(grouped.values())
    check = rules.checks["N001"]
    found = []
    for group in groups:
        if len(group) < 2:
            continue
        facts = sorted((f for row in group for f in row.facts), key=fact_order)
        spellings = sorted({f.mention.surface for f in facts}, key=str.lower)
        slot = Slot("name", sorted(r.slot.subject for r in group)[0])
        ids = [r.slot.subject for r in group]
        style = all(punctuation_only(a, b) or usual_spellings(a, b, rules) for i, a in enumerate(ids) for b in ids[i + 1:])
        found.append(Discrepancy("N001", check.name, "info" if style else check.severity, slot,
                                 f"one name written {len(spellings)} ways: {' vs '.join(spellings)}", tuple(facts)))
    return found


def usual_spellings(a: str, b: str, rules: Rules) -> bool:
    """Two names that differ only in usual transliterations of one word (Giannis, Yiannis)."""
    first, second = a.split(), b.split()
    if len(first) != len(second):
        return False
    table = rules.transliterations
    return all(x == y or (x in table and table.get(y) == table[x]) for x, y in zip(first, second))


def organisation_conflicts(row: Row, rules: Rules) -> tuple[list[Fact], list[str]]:
    """The facts tying one person to organisations that are neither one nor variants,
    and those organisations as first written."""
    by_org: dict[str, list[Fact]] = {}
    for fact in row.facts:
        by_org.setdefault(fact.mention.value.organisation_id, []).append(fact)
    organisations = list(by_org)
    involved: dict[int, Fact] = {}
    for i, a in enumerate(organisations):
        for b in organisations[i + 1:]:
            if a in b or b in a or variants(a, b, rules):
                continue
            for fact in by_org[a] + by_org[b]:
                involved[id(fact)] = fact
    facts = sorted(involved.values(), key=fact_order)
    return facts, list(dict.fromkeys(f.mention.value.organisation for f in facts))


def rank_conflicts(row: Row, rules: Rules) -> tuple[list[Fact], list[str]]:
    """The facts giving one person two ranks of one ladder ('Sgt.' and 'Lt.', 'Sen.' and
    'Rep.'), and those ranks; titles on no ladder ('spokesman') conflict with none."""
    by_ladder: dict[str, dict[str, list[Fact]]] = {}
    for fact in row.facts:
        rank = rules.ranks.get(fact.mention.value.title.lower())
        if rank is not None:
            by_ladder.setdefault(rank[0], {}).setdefault(rank[1], []).append(fact)
    involved: dict[int, Fact] = {}
    for ranks in by_ladder.values():
        names = sorted(ranks)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                if frozenset((a, b)) not in rules.shortened_ranks:
                    involved.update((id(f), f) for f in ranks[a] + ranks[b])
    facts = sorted(involved.values(), key=fact_order)
    return facts, list(dict.fromkeys(rules.ranks[f.mention.value.title.lower()][1] for f in facts))


def role_conflicts(row: Row, rules: Rules) -> Discrepancy | None:
    """R001: one person tied to different organisations, or given different ranks."""
    org_facts, organisations = organisation_conflicts(row, rules)
    rank_facts, ranks = rank_conflicts(row, rules)
    if not org_facts and not rank_facts:
        return None
    facts = sorted({id(f): f for f in org_facts + rank_facts}.values(), key=fact_order)
    check = rules.checks["R001"]
    person = facts[0].mention.value.person
    what = "; ".join(" vs ".join(names) for names in (organisations, ranks) if names)
    return Discrepancy("R001", check.name, check.severity, row.slot, f"{person}: {what}", tuple(facts))
