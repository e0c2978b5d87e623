"""Line facts up by slot: one Row per slot, its facts from every document."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType

from rapidfuzz import fuzz

from .eras import EPISODE
from ..extract.words import POSSESSIVE_END
from ..model import LOCATED, Fact, Row
from .openslots import merge_light_verbs

CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")

PERSON_FRAMES = ("record", "age")  # slots keyed by a person's normalised name


def _unique(table: dict[str, list[str]], spelling_ratio: float) -> dict[str, str]:
    """key -> its one name; names that are near spellings of one another (Rait, Raite)
    count as one, the most frequent spelling, and so do names that end in another
    ('Challenger Ana Ruiz' opening a sentence is Ana Ruiz)."""
    chosen = {}
    for key, names in table.items():
        def support(name: str) -> tuple:
            return names.count(name) + sum(other.endswith(" " + name) for other in names), -len(name)
        best = max(sorted(set(names)), key=support)
        if all(name.endswith(" " + best) or (fuzz.ratio(name, best) >= spelling_ratio
                                             and _given_alike(name, best, spelling_ratio)) for name in names):
            chosen[key] = best
    return chosen


def _given_alike(one: str, other: str, spelling_ratio: float) -> bool:
    """Two names of one surname are one person only when their given names are spellings of
    one name: 'Owen Callaghan' and 'Megan Callaghan' are as alike as 'Megan Callahan' is,
    but they are siblings."""
    first, second = one.split()[:-1], other.split()[:-1]
    return not first or not second or fuzz.ratio(" ".join(first), " ".join(second)) >= spelling_ratio


def resolve_people(facts: list[Fact], spelling_ratio: float = 80, honorifics: frozenset = frozenset(),
                   stand_ins: frozenset = frozenset(), things: Mapping[str, str] = MappingProxyType({}),
                   names_in: Mapping[str, frozenset[str]] | None = None) -> list[Fact]:
    """Name the person of a fact the way the story does: a surname alone ('Rahman (45-7-2)',
    'Mr. LaRue') is the one person of the story with that surname, an 'N-year-old' the one
    person the story gives that age, when other articles give the full name."""
    full = {f.slot.subject for f in facts if f.slot.frame in PERSON_FRAMES + ("person", "role")
            and " " in f.slot.subject and f.slot.subject.split()[0] not in honorifics}  # 'mr weeks' is no full name
    by_last: dict[str, list[str]] = {}
    for name in full:
        by_last.setdefault(name.split()[-1], []).append(name)
    by_age: dict[str, list[str]] = {}
    for fact in facts:
        if fact.slot.frame == "age" and " " in fact.slot.subject:
            by_age.setdefault(f"aged {int(fact.mention.value.low)}", []).append(fact.slot.subject)
    surnames, ages = _unique(by_last, spelling_ratio), _unique(by_age, spelling_ratio)
    # 'Westmarch' is not 'Harlow Westmarch' when the story also names 'Westmarch Savings Bank'
    openers = {f.slot.subject.split()[0] for f in facts if f.slot.frame in ("person", "organisation")
               and " " in f.slot.subject}
    surnames = {last: name for last, name in surnames.items() if last not in openers}
    # 'the dam' is the story's one holder named '... Dam' ('Korvel Dam'); 'the structure' too,
    # a dam being a structure (rules/grammar.toml [slots] things: definite_thing files it so)
    by_head: dict[str, set[str]] = {}
    for fact in facts:
        if fact.slot.who and not fact.slot.who.startswith("the ") and " " in fact.slot.who:
            head = fact.slot.who.split()[-1]
            by_head.setdefault(things.get(head, head), set()).add(fact.slot.who)
    aliases = {**ages, **{f"the {head}": next(iter(names)) for head, names in by_head.items() if len(names) == 1}}
    resolved = [_resolve_one(fact, surnames, by_last, aliases, honorifics) for fact in facts]
    return _only_person(resolved, stand_ins, names_in)


def _full_name(name: str, surnames: dict[str, str], by_last: dict[str, list[str]], honorifics: frozenset) -> str | None:
    """The story's one full name for 'larue', 'mr larue', or 'challenger ana ruiz' and
    'actor john carter' (a word before a name opening a sentence); None when there is none."""
    words = [w for w in name.split() if w not in honorifics]
    if len(words) == 1:
        return surnames.get(words[0])
    inner = [f for f in by_last.get(words[-1], ()) if name.endswith(" " + f)]
    return max(inner, key=len) if inner else None


def _without_honorific(name: str, honorifics: frozenset) -> str:
    """'gigante' for 'mr gigante' when two of the story's people share the surname: the
    article that writes 'Mr.' means the one the others call by surname alone."""
    words = name.split()
    return words[-1] if len(words) == 2 and words[0] in honorifics else name


def _resolve_one(fact: Fact, surnames: dict[str, str], by_last: dict[str, list[str]], aliases: dict[str, str],
                 honorifics: frozenset) -> Fact:
    """`aliases`: 'aged 32' or 'the dam' -> the story's one person or thing it is."""
    slot = fact.slot
    if slot.frame in PERSON_FRAMES and (full := _full_name(slot.subject, surnames, by_last, honorifics)):
        slot = replace(slot, subject=full)
    if slot.who:
        slot = replace(slot, who=aliases.get(slot.who) or _full_name(slot.who, surnames, by_last, honorifics)
                       or _without_honorific(slot.who, honorifics))
    return fact if slot == fact.slot else replace(fact, slot=slot)


def _rest(slot, field: str) -> tuple:
    """A slot's fields but `field`: the slot a fact would fill with any value of it."""
    return tuple(getattr(slot, name) for name in ("frame", "subject", "era", "scope", "who") if name != field)


def _values_by_rest(facts: list[Fact], field: str) -> dict[tuple, set[str]]:
    """For each slot without `field`, the values other than '' its facts give `field`."""
    found: dict[tuple, set[str]] = {}
    for fact in facts:
        if value := getattr(fact.slot, field):
            found.setdefault(_rest(fact.slot, field), set()).add(value)
    return found


def _only_person(facts: list[Fact], stand_ins: frozenset = frozenset(),
                 names_in: Mapping[str, frozenset[str]] | None = None) -> list[Fact]:
    """A personal figure of no one named ('A former mayor was sentenced to 12 years') is the
    story's one person with figures in that slot, when there is exactly one. Dates and
    places of personal events are not: an unnamed death may be another's. A stand-in ('the
    company notified the agency on 14 May') is the one named holder of its slot, dates too."""
    def plain(slot):  # a day's episode ('on Friday') is the story's own until another day's is given
        return _rest(replace(slot, era="") if slot.era.startswith(EPISODE) else slot, "who")
    def standing_in(who: str) -> bool:
        return who.startswith("the ") and who[4:] in stand_ins
    named: dict[tuple, set[str]] = {}
    holders: dict[str, set[str]] = {}  # document -> the people and things its facts belong to
    people_named = set()
    for fact in facts:
        if fact.slot.who and not standing_in(fact.slot.who):
            named.setdefault(plain(fact.slot), set()).add(fact.slot.who)
        if fact.slot.who:
            holders.setdefault(fact.mention.doc, set()).add(fact.slot.who)
        if fact.slot.frame in ("person", "role"):
            people_named.add(fact.slot.subject)

    def could_be(who: str, doc: str) -> bool:
        """An article with holders of its own that never writes a person's name does not
        mean that person by a figure of no one ('The forward netted 14 times', where another
        article's captain scored six): its own people are likelier."""
        return who not in people_named or not holders.get(doc) or names_in is None \
            or who.split()[-1] in names_in.get(doc, frozenset())

    resolved = []
    for fact in facts:
        people = named.get(plain(fact.slot), set())
        # (an unnamed death's date may be another death's: 'he shot and killed his father')
        unnamed = not fact.slot.who and fact.mention.kind in ("quantity", "duration")
        if len(people) == 1 and (standing_in(fact.slot.who) or unnamed and could_be(next(iter(people)), fact.mention.doc)):
            fact = replace(fact, slot=replace(fact.slot, who=next(iter(people))))
        resolved.append(fact)
    return resolved


def main_places(mentions, documents: int) -> frozenset[str]:
    """Places (lower case, as written) that most of a story's articles name, at least two."""
    named: dict[str, set[str]] = {}
    for mention in mentions:
        if mention.kind == "place":
            named.setdefault(mention.surface.lower(), set()).add(mention.doc)
    return frozenset(name for name, docs in named.items() if len(docs) >= max(2, documents / 2))


def _story_place_scopes(facts: list[Fact], places: frozenset[str]) -> list[Fact]:
    """'killed 12 people in Baghdad' counts the same as 'killed 15' when Baghdad is the place
    most of the story names and no figure of that count is limited to another place; a
    count of one place among several ('20 in Haiti', '4 in the Dominican Republic') stays apart."""
    scopes = _values_by_rest(facts, "scope")
    resolved = []
    for fact in facts:
        found = scopes.get(_rest(fact.slot, "scope"), set())
        if fact.slot.scope and len(found) == 1 and any(fact.slot.scope == p or fact.slot.scope.endswith(" " + p)
                                                       for p in places):
            fact = replace(fact, slot=replace(fact.slot, scope=""))
        resolved.append(fact)
    return resolved


def _single_values(facts: list[Fact], field: str, prefix: str) -> list[Fact]:
    """A figure dated to an episode ('arrested on Monday night'), or a position of a thing
    ('a yard 12 miles west of Norwich'), is a slot of its own only when the story gives
    that slot for another episode or thing too; else it is the story's one."""
    values: dict[tuple, set[str]] = {}
    for fact in facts:
        if getattr(fact.slot, field).startswith(prefix):
            # one day told with and without its part ('on Monday', 'on Monday afternoon') is one episode
            value = getattr(fact.slot, field)
            values.setdefault(_rest(fact.slot, field), set()).add(value[:len(prefix) + 10] if field == "era" else value)
    return [replace(f, slot=replace(f.slot, **{field: ""})) if getattr(f.slot, field).startswith(prefix)
            and len(values[_rest(f.slot, field)]) == 1 else f for f in facts]


def names_written(documents) -> dict[str, frozenset[str]]:
    """Each document's capitalised words in lower case: whether it ever writes a name."""
    return {d.id: frozenset(POSSESSIVE_END.sub("", w.lower()) for w in CAPITALISED.findall(d.text)) for d in documents}


def fact_order(fact: Fact) -> tuple:
    return (fact.mention.doc, fact.mention.span)


def tabulate(facts: list[Fact], spelling_ratio: float = 80, honorifics: frozenset = frozenset(),
             places: frozenset[str] = frozenset(), stand_ins: frozenset = frozenset(),
             things: Mapping[str, str] = MappingProxyType({}),
             names_in: Mapping[str, frozenset[str]] | None = None) -> tuple[Row, ...]:
    """Rows sorted by slot, facts sorted by document and offset; independent of input order.
    `places`: the story's main places (main_places), no limit to a count; `names_in`: each
    document's capitalised words, lower case (names_written)."""
    by_slot: dict = {}
    people = resolve_people(facts, spelling_ratio, honorifics, stand_ins, things, names_in)
    singles = _single_values(_single_values(_story_place_scopes(people, places), "era", EPISODE), "scope", LOCATED)
    for fact in merge_light_verbs(singles):
        by_slot.setdefault(fact.slot, []).append(fact)
    rows = [Row(slot, tuple(sorted(group, key=fact_order))) for slot, group in by_slot.items()]
    return tuple(sorted(rows, key=lambda row: (row.slot.frame, row.slot.subject, row.slot.era, row.slot.scope,
                                               row.slot.who)))
