"""D001 date.conflict: periods for one event that do not overlap, when the two sentences
are shown to speak of one event: a qualifier, a kind that happens once, a shared
distinctive name, or two articles dating a past event of the kind within one year
(figures are no evidence: two quakes of magnitude 6.4 are two quakes)."""
from __future__ import annotations

import re

from rapidfuzz import fuzz

from .extract import dateresolve as R
from .model import Discrepancy, Document, Fact, Row
from .rules import Rules
from .pairs import conflicting, distinct, other_sentences, other_sources

NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([A-Z][a-z]+(?:[\s-][A-Z][a-z]+)*|[A-Z]{2,}(?:-[A-Z])?)\b")


def names(text: str, rules: Rules) -> set[str]:
    ignored = set(rules.months) | set(rules.weekdays) | {w.lower() for w in rules.place_type_words} | {"county"}
    found = set()
    for match in NAME.finditer(text):
        words = [w for w in match[1].split() if w.lower() not in ignored and len(w) > 2]
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


def evidence(fact: Fact, documents: dict[str, Document], common: set[str], rules: Rules) -> set[str]:
    text = documents[fact.mention.doc].text
    start, end = fact.sentence_span
    sentence = text[start:fact.mention.span[0]] + " " + text[fact.mention.span[1]:end]
    return names(sentence, rules) - common


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

    def __init__(self, documents: dict[str, Document], common: set[str], rules: Rules, strict: bool = False):
        self.documents, self.common, self.rules = documents, common, rules
        self.read: dict[int, set[str]] = {}
        self.strict = strict
        self.lower: dict[str, int] | None = None  # lower-case word -> articles using it, read when needed

    def _evidence(self, fact: Fact) -> set[str]:
        found = evidence(fact, self.documents, self.common, self.rules)
        if not self.strict:
            return found
        if self.lower is None:
            self.lower = {}
            for document in self.documents.values():
                for word in set(LOWER_WORD.findall(document.text)):
                    self.lower[word] = self.lower.get(word, 0) + 1
        found = {n for n in found if " " in n or (len(n) >= 4 and n.lower() not in self.lower)}
        thing = valued_object(self.documents[fact.mention.doc].text, fact)
        if thing and self._articles_naming(thing) < self.rules.story_wide_share * len(self.documents):
            found.add(f"object:{thing}")
        return found

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
        return bool(self.names_of(a) & self.names_of(b))


def describe_period(fact: Fact) -> str:
    period = extent(fact.mention.value)
    if period.granularity == "year":
        return str(period.start.year)
    if period.granularity == "month":
        return period.start.strftime("%B %Y")
    if period.start == period.end:
        return period.start.strftime("%-d %B %Y")
    return f"{period.start.isoformat()} to {period.end.isoformat()}"


def extent(period):
    """The days a period covers; 'four months ago' (a day at month grain) covers its month."""
    if period.start == period.end and period.granularity == "month":
        return R.month_period(period.start.year, period.start.month)
    if period.start == period.end and period.granularity == "year":
        return R.year_period(period.start.year)
    return period


def date_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str]) -> list[Fact]:
    kind = next((k for k in rules.events if k.name == row.slot.subject.split(":")[0]), None)
    sure = ":" in row.slot.subject or (kind is not None and kind.once)
    shares = SharedNames(documents, common, rules)

    def clash(a: Fact, b: Fact) -> bool:
        pa, pb = extent(a.mention.value), extent(b.mention.value)
        return pa.end < pb.start or pb.end < pa.start

    def same_past_year(a: Fact, b: Fact) -> bool:
        """Two articles dating one past event of the kind within one year ('2012', two ways)."""
        return bool(row.slot.era) and a.mention.doc != b.mention.doc \
            and extent(a.mention.value).start.year == extent(b.mention.value).start.year

    def related(a: Fact, b: Fact) -> bool:
        return other_sentences(a, b) and (sure or same_past_year(a, b) or shares(a, b))

    return conflicting(list(row.facts), lambda f: extent(f.mention.value), clash, related)


def date_discrepancy(row: Row, facts: list[Fact], rules: Rules) -> Discrepancy:
    check = rules.checks["D001"]
    readings = []
    for fact in sorted(facts, key=lambda f: f.mention.value.start):
        if (reading := describe_period(fact)) not in readings:
            readings.append(reading)
    label = row.slot.subject.replace(":", " ") + (" (background)" if row.slot.era else "")
    return Discrepancy("D001", check.name, check.severity, row.slot,
                       f"date of {label}: {' vs '.join(readings)}", tuple(facts))


def dominant_kinds(rows, documents: dict[str, Document]) -> set[str]:
    """Event kinds that half or more of the story's articles date or place: the story's own event."""
    docs_by_kind: dict[str, set[str]] = {}
    for row in rows:
        if row.slot.frame in ("date", "place", "time") and not row.slot.era:
            kind = row.slot.subject.split(":")[0]
            docs_by_kind.setdefault(kind, set()).update(f.mention.doc for f in row.facts)
    return {kind for kind, docs in docs_by_kind.items() if len(docs) * 2 >= len(documents) and len(docs) > 1}


def time_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str],
                   dominant: set[str]) -> Discrepancy | None:
    """D001 for clock times of one event in one zone from different sources, when the event is
    the story's own (its kind is dominant), qualified, once-only, or shared by a distinctive name."""
    story_event = row.slot.subject.split(":")[0] in dominant or ":" in row.slot.subject
    shares = SharedNames(documents, common, rules)

    def clash(a: Fact, b: Fact) -> bool:
        ta, tb = a.mention.value, b.mention.value
        return ta.zone == tb.zone and (ta.end < tb.start or tb.end < ta.start)

    def related(a: Fact, b: Fact) -> bool:
        return other_sources(a, b) and (story_event or shares(a, b))

    chosen = conflicting(list(row.facts), lambda f: f.mention.value, clash, related)
    if not chosen:
        return None
    readings = distinct(f.mention.surface for f in chosen)
    check = rules.checks["D001"]
    return Discrepancy("D001", check.name, check.severity, row.slot,
                       f"time of {row.slot.subject.replace(':', ' ')}: {' vs '.join(readings)}", tuple(chosen))
