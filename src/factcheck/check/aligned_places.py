"""Places of aligned sentences: two sentences of different articles that tell the same thing
(align.py) and place it in different places ('had left their hotel in Lido Varena' / 'had
set off from their hotel in Porto Senna') are compared though no slot holds both. Each
sentence's places that the other does not name are paired when there is one on each side;
a place with a smaller one beside it ('Szalanta, Hungary') yields to it. The two must share
a word around them ('hotel'), be two places (disjoint by the gazetteer, or two names no
gazetteer knows that no sentence of the story names together), and neither article may name
the other's place anywhere. A P001 warning."""
from __future__ import annotations

import re

from .aligned import mention_key, contexts, grouped, told_with_figures
from .align import aligned_pairs
from .places import apart_by_name
from ..gazetteer import disjoint, within
from ..model import UNKNOWN_PLACE, Discrepancy, Document, Mention, Row, Sentence
from ..rules import Rules

BROAD = ("country", "region")  # levels that yield to a smaller place in the same sentence
WORD = re.compile(r"[A-Za-z]+")
CAPITALISED = re.compile(r"[A-Z][\w'’-]*")


def kind_of(mention: Mention, text: str, rules: Rules) -> str:
    """The kind of place a name is said to be beside it ('Suka Makmur village', 'the village
    of Orsha', 'Bener Meriah district'), or ''."""
    after = WORD.match(text, mention.span[1] + 1) if text[mention.span[1]:mention.span[1] + 1] == " " else None
    before = WORD.findall(text, max(0, mention.span[0] - 20), mention.span[0])[-2:]
    for word in ([after[0]] if after else []) + (before[:1] if before[-1:] == ["of"] else []):
        if word.lower() in rules.locative_kinds:
            return word.lower()
    return ""


class SentencesNaming(dict):
    """name -> the (doc, sentence index) of the sentences that name it, found through an index
    of each sentence's capitalised words built once, when a name is first asked for (a scan
    of the story's text per name would make the work grow with names times text)."""

    def __init__(self, documents: list[Document], sentences: dict[str, tuple[Sentence, ...]]):
        super().__init__()
        self.documents, self.sentences = documents, sentences
        self.by_word: dict[str, set[tuple[str, int]]] | None = None  # built when first asked

    def _index(self) -> dict[str, set[tuple[str, int]]]:
        if self.by_word is None:
            self.by_word = {}
            for document in self.documents:
                for sentence in self.sentences.get(document.id, ()):
                    for word in CAPITALISED.findall(document.text, *sentence.span):
                        self.by_word.setdefault(word, set()).add((document.id, sentence.index))
        return self.by_word

    def __contains__(self, name: object) -> bool:
        return True  # every name is answered, from the index (see __missing__)

    def __missing__(self, name: str) -> frozenset:
        words = CAPITALISED.findall(name) or [name]
        by_word = self._index()
        found = frozenset(set.intersection(*(by_word.get(w, set()) for w in words)))
        self[name] = found
        return found


def places_by_sentence(mentions) -> dict:
    """(doc, sentence index) -> its places, each named once, the broad ones dropped when a
    smaller place stands beside them."""
    found: dict[tuple, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "place":
            held = found.setdefault((mention.doc, mention.sentence), [])
            if all(m.value.id != mention.value.id for m in held):
                held.append(mention)
    return {where: [m for m in held if m.value.level not in BROAD] or held for where, held in found.items()}


def aligned_places(documents: list[Document], sentences: dict[str, tuple[Sentence, ...]], mentions,
                   rows: tuple[Row, ...], found_already: tuple[Discrepancy, ...], rules: Rules) -> list[Discrepancy]:
    documents_by_id = {d.id: d for d in documents}
    places = places_by_sentence(mentions)
    items = told_with_figures(sorted(documents, key=lambda d: d.id), sentences, places, rules)
    named: dict[str, set[str]] = {}
    for (doc, _), held in places.items():
        named.setdefault(doc, set()).update(m.value.id for m in held)
    cited_already = {mention_key(f.mention) for d in found_already if d.code == "P001" for f in d.facts}
    seen = SentencesNaming(documents, sentences)
    around = contexts(documents_by_id, rules, names=True)

    def two_places(x: Mention, y: Mention) -> bool:
        a, b = x.value, y.value
        if a.id in named[y.doc] or b.id in named[x.doc] or (cited_already and {mention_key(x), mention_key(y)} & cited_already):
            return False  # each article names the other's place too: two places of the story
        if within(a, b) or within(b, a):
            return False
        if UNKNOWN_PLACE in (a.level, b.level):
            if not a.level == b.level == UNKNOWN_PLACE or not apart_by_name(a.name, b.name, documents_by_id, seen, sentences, rules.spelling_ratio):
                return False
        elif not disjoint(a, b):
            return False
        x_text, y_text = documents_by_id[x.doc].text, documents_by_id[y.doc].text
        kinds = {kind_of(x, x_text, rules), kind_of(y, y_text, rules)} - {""}
        # a village is no district; around the names, a word in common, names too ('St Oswin's College in ...')
        return len(kinds) < 2 and bool(around(x) & around(y))

    pairs = []
    bar = (rules.align_figure_min_shared, rules.align_place_min_dice)
    for (i, j), similarity in aligned_pairs([told for told, _ in items], rules, bar):
        (one, first), (other, second) = items[i], items[j]
        if similarity < rules.align_place_min_dice:
            continue
        ids_one, ids_other = {m.value.id for m in first}, {m.value.id for m in second}
        a = [m for m in first if m.value.id not in ids_other]
        b = [m for m in second if m.value.id not in ids_one]
        if len(a) == 1 and len(b) == 1 and two_places(a[0], b[0]):
            pairs.append(((a[0], one.sentence), (b[0], other.sentence), "place"))
    return grouped(pairs, "P001", "one statement, another place", documents_by_id, rules)
