"""Evidence that two facts' sentences speak of one event or one sum: distinctive names
they share (names most of the story's articles use are no evidence; time zones, scales and
agencies identify nothing), for sums the thing valued when few articles name it, and two
articles' ledes for the story's own event; and counter-evidence: figures that tell two
events apart (a 3.9 aftershock, a 5.6 quake). Used by the date, place, time and value checks."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .conflicts import clash
from ..model import LEDE, Document, Fact, Row, Sentence
from ..bind.scopes import other_incident
from ..rules import Rules


NAME_BODY = r"\b([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*|[A-Z]{2,}(?:-[A-Z])?)\b"
NAME = re.compile(r"(?<![.!?]\s)(?<!^)" + NAME_BODY)  # a sentence's first word is capitalised anyway
ANY_NAME = re.compile(NAME_BODY)


def names(text: str, rules: Rules, pattern: re.Pattern = NAME) -> set[str]:
    ignored = set(rules.months) | set(rules.weekdays) | {w.lower() for w in rules.place_type_words} | {"county"}
    found = set()
    for match in pattern.finditer(text):
        if match[1].lower() in rules.not_identifying:
            continue  # 'Associated Press', 'Geological Survey': no word of it identifies anything
        words = [w for w in match[1].split() if w.lower() not in ignored and len(w) > 2
                 and w.lower() not in rules.not_identifying]
        found.update(words)
        if len(words) > 1:
            found.add(" ".join(words))  # 'Banda Aceh' says more than 'Banda' and 'Aceh'
    return found


def story_wide(documents: dict[str, Document], rules: Rules) -> set[str]:
    """Names that most documents of the story use: no evidence of one particular event."""
    counts: dict[str, int] = {}
    for document in documents.values():
        for name in names(document.text, rules):
            counts[name] = counts.get(name, 0) + 1
    threshold = max(3, rules.story_wide_share * len(documents))
    return {name for name, count in counts.items() if count >= threshold}


def evidence(fact: Fact, documents: dict[str, Document], common: set[str], rules: Rules,
             pattern: re.Pattern = NAME) -> set[str]:
    text = documents[fact.mention.doc].text
    start, end = fact.sentence_span
    sentence = text[start:fact.mention.span[0]] + " " + text[fact.mention.span[1]:end]
    return names(sentence, rules, pattern) - common


LOWER_WORD = re.compile(r"\b[a-z]+\b")


OBJECT_BEFORE = re.compile(r"([a-z]{4,})(?:[ \u00a0]+(?:was|were|is|are))?[ \u00a0]+(?:worth|valued[ \u00a0]+at)"
                           r"[ \u00a0]+(?:an?[ \u00a0]+)?(?:estimated[ \u00a0]+)?$")
OBJECT_AFTER = re.compile(r"[ \u00a0]+(?:worth[ \u00a0]+)?(?:of[ \u00a0]+)?([a-z]{4,})")


def valued_object(text: str, fact: Fact) -> str:
    """The thing a sum is the value of, next to it: 'a necklace worth £1.2m', 'a $2.5 million
    necklace', '£910,000 worth of jewellery'; '' when none."""
    start, end = fact.mention.span
    before = OBJECT_BEFORE.search(text, max(fact.sentence_span[0], start - 60), start)
    after = OBJECT_AFTER.match(text, end, fact.sentence_span[1])
    return (before or after)[1] if before or after else ""


class SharedNames:
    """Whether two facts' sentences share a distinctive name, each sentence read once.
    `strict`: only proper names, of four letters or more, that no article of the story
    also writes in lower case ('Chopard', not 'Hotel' or 'Cap'), or a thing valued that
    most articles do not name ('necklace', not 'jewellery' in a jewellery heist)."""

    def __init__(self, documents: dict[str, Document], common: set[str], rules: Rules, strict: bool = False,
                 figures: "IdentifyingFigures | None" = None):
        self.documents, self.common, self.rules, self.figures = documents, common, rules, figures
        self.read: dict[int, set[str]] = {}
        self.strict = strict
        self.lower: dict[str, int] | None = None  # lower-case word -> articles using it, read when needed

    def _lower_words(self) -> dict[str, int]:
        if self.lower is None:
            self.lower = {}
            for document in self.documents.values():
                for word in set(LOWER_WORD.findall(document.text)):
                    self.lower[word] = self.lower.get(word, 0) + 1
        return self.lower

    def _proper(self, found: set[str]) -> set[str]:
        lower = self._lower_words()
        return {n for n in found if " " in n or (len(n) >= 4 and n.lower() not in lower)}

    def lede_names_of(self, fact: Fact) -> set[str]:
        """The proper names of a lede sentence, the story's own included and its first word
        too ('Brightmart shares fell 6.2 per cent'): in two ledes they name the story's own
        company, person or place, whose one change or sum of the day the ledes tell."""
        if fact.mention.sentence > LEDE or another_incident(fact, self.documents, self.rules):
            return set()
        return self._proper(evidence(fact, self.documents, set(), self.rules, ANY_NAME))

    def name_two_things(self, a: Fact, b: Fact) -> bool:
        """Both sentences name something, the story's own names included, and nothing in
        common: 'at the University of Alabama' and 'through the Kraft Foods plant' tell of
        two shootings."""
        first = evidence(a, self.documents, set(), self.rules)
        second = evidence(b, self.documents, set(), self.rules)
        return bool(first) and bool(second) and not first & second

    def _evidence(self, fact: Fact) -> set[str]:
        found = evidence(fact, self.documents, self.common, self.rules)
        if not self.strict:
            return found
        found = self._proper(found)
        thing = valued_object(self.documents[fact.mention.doc].text, fact) if self._a_sum(fact) else ""
        if thing and self._articles_naming(thing) < self.rules.story_wide_share * len(self.documents):
            found.add(f"object:{thing}")
        return found

    def _a_sum(self, fact: Fact) -> bool:
        """A sum of money: what it is the value of tells sums apart; what a count counts does not."""
        unit = self.rules.dimensions.get(getattr(fact.mention.value, "unit", None) or "")
        return unit is not None and unit.dimension == "money"

    def _articles_naming(self, thing: str) -> int:
        """How many articles name a thing, in any spelling ('jewelry', 'jewellery'); an
        article using two spellings counts twice, which errs towards no evidence."""
        return sum(count for word, count in self.lower.items()
                   if word[:1] == thing[:1] and fuzz.ratio(word, thing) >= self.rules.spelling_ratio)

    def names_of(self, fact: Fact) -> set[str]:
        if id(fact) not in self.read:
            self.read[id(fact)] = self._evidence(fact)
        return self.read[id(fact)]

    def __call__(self, a: Fact, b: Fact) -> bool:
        return bool(self.names_of(a) & self.names_of(b)) and not (self.figures and self.figures.apart(a, b))


def in_ledes(a: Fact, b: Fact, documents: dict[str, Document], rules: Rules) -> bool:
    """Two articles' ledes: where news tells the story's own event, not the 2004 tsunami,
    unless a fact's clause names another incident ('A second bus crashed on Tuesday')."""
    return a.mention.doc != b.mention.doc and a.mention.sentence <= LEDE and b.mention.sentence <= LEDE \
        and not another_incident(a, documents, rules) and not another_incident(b, documents, rules)


def another_incident(fact: Fact, documents: dict[str, Document], rules: Rules) -> bool:
    sentence = Sentence(fact.mention.doc, fact.mention.sentence, fact.sentence_span, 0)
    return bool(other_incident(documents[fact.mention.doc].text, sentence, fact.mention.span, (), rules))


class IdentifyingFigures:
    """Figures that tell one event from another, by sentence: the measures one event has one
    of (rules/frames.toml [frameless] measures: a quake's magnitude), whatever their scope.
    Two sentences whose such figures all clash speak of two events ('a 3.9 aftershock
    struck on Tuesday' is not the 5.6 quake of Monday), whatever names or ledes they share."""

    def __init__(self, rows: tuple[Row, ...], rules: Rules):
        self.rules = rules
        self.by_sentence: dict[tuple[str, int], dict[str, list]] = {}
        for row in rows:
            if row.slot.frame != "measure" or row.slot.subject not in rules.frameless_measures:
                continue
            for fact in row.facts:
                where = (fact.mention.doc, fact.mention.sentence)
                self.by_sentence.setdefault(where, {}).setdefault(row.slot.subject, []).append(fact.mention.value)

    def apart(self, a: Fact, b: Fact) -> bool:
        first = self.by_sentence.get((a.mention.doc, a.mention.sentence))
        second = self.by_sentence.get((b.mention.doc, b.mention.sentence))
        if not first or not second:
            return False
        return any(all(clash(x, y, self.rules) for x in first[kind] for y in second[kind])
                   for kind in first.keys() & second.keys())
