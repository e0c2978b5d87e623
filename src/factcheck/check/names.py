"""N001 name.variant and R001 role.conflict.

Names are compared across the story's rows, whatever their type: person names by given
name and surname (a middle name or initial more or less is the same name), other names
word by word. What a difference means is decided in name_identity: a house style (G-20/G20,
Defence/Defense) or a usual transliteration (Giannis/Yiannis) is reported as info, a
misspelling as a warning, and two names that one article writes both of in full are two
entities (Danielle and Daniel Okafor, a daughter and a son), never a variant."""
from __future__ import annotations

from ..model import Discrepancy, Fact, Row, Slot
from .name_identity import PUNCTUATION, RANK, name_relation, orthographic_form, person_key
from ..extract.people import normalise
from ..extract.posts import Post, parse_post
from ..rules import Rules
from ..bind.tabulate import fact_order

NAME_FRAMES = ("organisation", "person", "name", "role")  # a name is compared whatever type it was given
PEOPLE = ("person", "role")  # a role's subject is its holder's name ('Captain Iain Rennick')


def as_written(fact) -> str:
    """A name as its article writes it: a role's holder ('Iain Rennick'), else the mention."""
    return fact.mention.value.person if fact.mention.kind == "role" else fact.mention.surface


def variants(a: str, b: str, rules: Rules, person: bool = False) -> bool:
    """Whether two normalised names are one entity written two ways."""
    return name_relation(a, b, rules, person) not in (None, "same")


def deletions(name: str) -> set[str]:
    """'-' and the name with none, one or two of its letters deleted (a name of five letters
    or more; a shorter one, one letter): keys that spellings two edits apart share."""
    once = {name[:i] + name[i + 1:] for i in range(len(name))}
    twice = {word[:i] + word[i + 1:] for word in once for i in range(len(word))} if len(name) >= 5 else set()
    return {"-" + key for key in once | twice | {name}}


def blocking_keys(name: str, rules: Rules, person: bool) -> list[str]:
    """Keys two variant names share: the name with any one word left out, the name without
    punctuation or in one orthography, and a person's surname and given name. Only names sharing a key are
    compared (near-linear, not n^2)."""
    words = name.split()
    # (a one-word name left without its word is nothing, a key every one-word name shared:
    # the name with one or two letters deleted instead, which two spellings two edits apart
    # share: 'Brisk' and 'Brusk', 'Mirela' and 'Mirella', 'BrightLoop' and 'BriteLoop')
    keys = [" ".join(words[:i] + ["*"] + words[i + 1:]) for i in range(len(words))] if len(words) > 1 \
        else sorted(deletions(name))
    key = person_key(name, rules) if person else None
    shortened = [f"^{words[0][:2]} {words[-1]}"] if len(words) >= 2 and not key else []  # 'Holbrok Bank'
    return keys + ["#" + PUNCTUATION.sub("", name), "~" + orthographic_form(name, rules)] + shortened \
        + ([f"@{key[1]}", f"{key[0]}@"] if key else [])


def written_in(row: Row) -> set[str]:
    """The articles that introduce a row's name: in full, or a given name after a kin word
    ('his sister Ana'); a surname alone ('Lu said') introduces no one."""
    given = row.slot.subject.split()[0]
    return {f.mention.doc for f in row.facts if normalise(as_written(f)) in (row.slot.subject, given)}


def name_variants(rows: tuple[Row, ...], rules: Rules, frames: tuple[str, ...] = NAME_FRAMES) -> list[Discrepancy]:
    """One N001 per group of names (of `frames`) that are variants of each other; two
    people's names are compared as given name and surname."""
    names = [row for row in rows if row.slot.frame in frames]
    parent = list(range(len(names)))
    worst: dict[int, str] = {}  # a group's root -> its worst relation

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    blocks: dict[str, list[int]] = {}
    for index, row in enumerate(names):
        for key in blocking_keys(row.slot.subject, rules, row.slot.frame in PEOPLE):
            blocks.setdefault(key, []).append(index)
    compared: set[tuple[int, int]] = set()
    for members in blocks.values():
        for i, first in enumerate(members):
            for second in members[i + 1:]:
                if (first, second) in compared:
                    continue
                compared.add((first, second))
                person = names[first].slot.frame in PEOPLE and names[second].slot.frame in PEOPLE
                relation = name_relation(names[first].slot.subject, names[second].slot.subject, rules, person)
                if relation in (None, "same") or (relation == "spelling" and
                                                  written_in(names[first]) & written_in(names[second])):
                    continue  # one article writing both names in full: two entities
                a, b = root(first), root(second)
                relations = [relation, worst.pop(a, "same"), worst.pop(b, "same")] if a != b \
                    else [relation, worst.pop(a, "same")]
                parent[a] = b
                worst[b] = max(relations, key=RANK.__getitem__)
    grouped: dict[int, list[Row]] = {}
    for index, row in enumerate(names):
        grouped.setdefault(root(index), []).append(row)
    check = rules.checks["N001"]
    found = []
    for top, group in grouped.items():
        if len(group) < 2:
            continue
        facts = sorted(narrowest(f for row in group for f in row.facts), key=fact_order)
        spellings = sorted({as_written(f) for f in facts}, key=str.lower)
        if len(spellings) < 2:
            continue  # one spelling, typed two ways ('Puerto Alcaraván' a place and an organisation)
        slot = Slot("name", sorted(r.slot.subject for r in group)[0])
        severity = check.severity if worst.get(top) == "spelling" else "info"
        found.append(Discrepancy("N001", check.name, severity, slot,
                                 f"one name written {len(spellings)} ways: {' vs '.join(spellings)}", tuple(facts)))
    return found


def narrowest(facts) -> list[Fact]:
    """Each place a name is written cited once, by its own words: a role's mention that opens
    with the name ('Lisa Su, senior vice president') says no more of how the name is spelt."""
    shortest: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.mention.doc, fact.mention.span[0])
        if key not in shortest or fact.mention.span[1] < shortest[key].mention.span[1]:
            shortest[key] = fact
    return list(shortest.values())


def organisation_conflicts(row: Row, rules: Rules) -> tuple[list[Fact], list[str]]:
    """The facts tying one person to organisations that are neither one nor variants,
    and those organisations as first written."""
    by_org: dict[str, list[Fact]] = {}
    for fact in row.facts:
        if not rules.past_title_words.isdisjoint(fact.mention.value.title.lower().split()):
            continue  # 'the former mayor of Ashcombe' is no longer with it: no conflict with the party
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


def posts_conflict(one: Post, other: Post, heads: set[str], other_heads: set[str], rules: Rules) -> bool:
    """Two posts one person cannot hold at once: one head with a rank word more (chair,
    vice-chair), another domain (housing minister, transport minister) or another part of a
    body run (head of quality, head of sales); or heads of which
    neither article gives the other's, when neither sits beside any post (director, curator)."""
    posts = rules.post_rules
    if one.head.endswith(" " + other.head) or other.head.endswith(" " + one.head):
        shorter, longer = (other, one) if one.head.endswith(" " + other.head) else (one, other)
        if shorter.head == "officer" and longer.head.startswith("chief ") and shorter.domain \
                and not any(w[:5] == shorter.domain[:5] for w in longer.head.split()):
            return True  # a chief risk officer is no chief financial officer (a finance officer may be)
        return one.ranks != other.ranks  # a managing director is a director, a general manager a manager
    if one.head == other.head:
        if one.unit and other.unit and not one.unit & other.unit:
            return True  # 'general manager for cloud computing' / 'of the data center business unit'
        return one.ranks != other.ranks or (one.head in posts.portfolios and bool(one.domain and other.domain)
                                            and one.domain != other.domain)
    if one.head in posts.held_together and other.head in posts.held_together:
        return False
    return one.head not in posts.shared and other.head not in posts.shared and not (heads & other_heads)


def post_conflicts(row: Row, rules: Rules) -> tuple[list[Fact], list[str]]:
    """The facts giving one person posts in two articles that cannot both hold, and those
    posts; an article whose own posts for the person conflict says nothing here."""
    by_doc: dict[str, list[tuple[Fact, Post]]] = {}
    for fact in row.facts:
        if fact.mention.value.post and (post := parse_post(fact.mention.value.post, rules)):
            by_doc.setdefault(fact.mention.doc, []).append((fact, post))
    shared = rules.post_rules.shared
    heads = {doc: {p.head for _, p in posts if p.head not in shared} for doc, posts in by_doc.items()}
    consistent = {doc for doc, posts in by_doc.items()
                  if not any(posts_conflict(a, b, heads[doc], heads[doc], rules) for _, a in posts for _, b in posts)}
    involved: dict[int, Fact] = {}
    docs = sorted(consistent)
    for i, one in enumerate(docs):
        for other in docs[i + 1:]:
            for fact, post in by_doc[one]:
                for other_fact, other_post in by_doc[other]:
                    if posts_conflict(post, other_post, heads[one], heads[other], rules):
                        involved.update({id(fact): fact, id(other_fact): other_fact})
    facts = sorted(involved.values(), key=fact_order)
    return facts, list(dict.fromkeys(f.mention.value.post for f in facts))


def role_conflicts(row: Row, rules: Rules) -> Discrepancy | None:
    """R001: one person tied to different organisations, or given different ranks or posts."""
    org_facts, organisations = organisation_conflicts(row, rules)
    rank_facts, ranks = rank_conflicts(row, rules)
    post_facts, posts = post_conflicts(row, rules)
    if not org_facts and not rank_facts and not post_facts:
        return None
    facts = sorted({id(f): f for f in org_facts + rank_facts + post_facts}.values(), key=fact_order)
    check = rules.checks["R001"]
    person = facts[0].mention.value.person
    what = "; ".join(" vs ".join(names) for names in (organisations, ranks, posts) if names)
    return Discrepancy("R001", check.name, check.severity, row.slot, f"{person}: {what}", tuple(facts))
