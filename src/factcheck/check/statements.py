"""S001 statement.differs: two sentences of different articles tell the same thing (see
align.py) and differ in a detail of one closed class: one says 'tibia' where the other says
'fibula', 'arrested' where the other says 'removed', 'at the scene' where the other says
'on the way to hospital'. Each side must hold one group of the class, not the other's: a
sentence that tells two ('arrested and later released') or lists several contradicts none."""
from __future__ import annotations

from .align import Told, aligned_pairs, told
from .evidence import story_wide
from ..model import Discrepancy, Document, Fact, Mention, Ref, Sentence, Slot
from ..rules import Rules
from ..bind.tabulate import fact_order


def single_groups(item: Told) -> dict[str, int]:
    """class -> its one group in the sentence; a sentence listing several groups of a class
    ('Thomas (knee) ... Brown (shoulder)', 'arrested and later released') tells none."""
    groups: dict[str, set[int]] = {}
    for detail in item.details:
        groups.setdefault(detail.kind, set()).add(detail.group)
    return {kind: next(iter(found)) for kind, found in groups.items() if len(found) == 1}


def detail_fact(item: Told, kind: str, group: int) -> Fact:
    """The sentence as a claim, its span on its detail of the class."""
    detail = next(d for d in item.details if d.kind == kind and d.group == group)
    mention = Mention(item.doc, item.sentence.index, "detail", detail.span, detail.surface,
                      Ref("detail", f"{kind}:{detail.group}", detail.surface.lower(), kind))
    return Fact(Slot("statement", kind), mention, item.sentence.span)


def find(parent: dict, node):
    while parent.setdefault(node, node) != node:
        parent[node] = parent[parent[node]]
        node = parent[node]
    return node


def statement_differences(documents: list[Document], sentences: dict[str, tuple[Sentence, ...]],
                          mentions, rules: Rules) -> list[Discrepancy]:
    """One S001 per class and group of sentences linked by differing aligned pairs."""
    by_doc: dict[str, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "person":
            by_doc.setdefault(mention.doc, []).append(mention)
    items = [t for d in sorted(documents, key=lambda d: d.id)
             for t in told(d, sentences.get(d.id, ()), by_doc.get(d.id, []), rules)]
    kinds = sorted({d.kind for item in items for d in item.details})
    parents: dict[str, dict] = {kind: {} for kind in kinds}
    single = [single_groups(item) for item in items]
    story = []  # the names most articles use, as the date check reads them: no evidence of one event

    def common() -> set[str]:
        if not story:
            story.append({n.lower() for n in story_wide({d.id: d for d in documents}, rules)})
        return story[0]

    for (i, j), _ in aligned_pairs(items, rules):
        once = bool(items[i].once and items[i].once == items[j].once)
        named = once or bool(items[i].names & items[j].names - common())
        for kind, group in single[i].items():
            if kind in rules.detail_needs_once and not once:
                continue  # 'arrested on Sunday' / 'charged on Tuesday': two events of one person
            if single[j].get(kind, group) != group and (named or kind not in rules.detail_needs_names):
                parents[kind][find(parents[kind], j)] = find(parents[kind], i)
    check = rules.checks["S001"]
    found = []
    for kind in kinds:
        groups: dict[int, list[int]] = {}
        for node in list(parents[kind]):
            groups.setdefault(find(parents[kind], node), []).append(node)
        for members in sorted(groups.values(), key=min):
            facts, readings = [], []
            for node in sorted(members):
                fact = detail_fact(items[node], kind, single[node][kind])
                facts.append(fact)
                if f"'{fact.mention.value.name}'" not in readings:
                    readings.append(f"'{fact.mention.value.name}'")
            facts.sort(key=fact_order)
            found.append(Discrepancy("S001", check.name, check.severity, Slot("statement", kind),
                                     f"one statement, a different {kind}: {' vs '.join(readings)}", tuple(facts)))
    return found
