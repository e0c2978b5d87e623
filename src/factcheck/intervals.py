"""Spans between events: 'died on Friday, four days after a fall', 'a week after he had a
stroke'. The span and the date of the sentence's own event give the other event's date,
a fact of the episode the span names (the fall, the stroke), compared with the date any
other article gives for it ('a stroke on March 2') as D001 on the derived date."""
from __future__ import annotations

import re
from datetime import timedelta
from functools import lru_cache

from .extract import dateresolve as R
from .extract.dates import _count
from .model import LEDE, Document, Fact, Mention, Period, Sentence, Slot
from .rules import Rules

EPISODE = "episode"
ORIGIN_WORDS = "origin before"
ORIGIN = f"{EPISODE}:{ORIGIN_WORDS}"  # the slot of the first event two ledes measure back to
DERIVED = "derived_date"
# words between 'after' and the episode's noun: 'after a fall', 'after he had suffered a stroke'
FILLER = {"a", "an", "the", "his", "her", "their", "its", "he", "she", "they", "it", "had", "has", "have", "was",
          "were", "suffered", "having", "been", "being", "sustained", "first", "serious", "bad", "major"}
PHRASE_ENDS = {"at", "in", "on", "of", "and", "or", "near", "with", "while", "during", "that", "which", "his", "her",
               "their", "its", "the", "a", "an", "to", "from", "by", "for", "when", "as"}
# how loosely a span in each unit is meant, in days per unit ('a week after' is six to eight days)
SLACK = {"hour": 0, "day": 0, "week": 1, "month": 3, "year": 30}
NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+)?(?P<noun>[a-z]{3,})\s+(?:on|in)\s+$")
WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=8)
def span_pattern(rules: Rules) -> re.Pattern:
    units = "|".join(sorted(map(re.escape, rules.period_units), key=len, reverse=True))
    counts = "|".join(sorted(map(re.escape, rules.cardinals), key=len, reverse=True))
    return re.compile(rf"\b(?P<count>\d+|a|an|{counts})\s+(?P<unit>{units})\s+(?P<dir>after|before)\s+"
                      r"(?P<what>[A-Za-z' ]{1,60})", re.I)


def episode_word(what: str, rules: Rules, cue_kinds: dict[str, str]) -> str | None:
    """The event a span is measured from, the head of its noun phrase: 'a fall at her home'
    -> fall; 'he had a heart attack' -> attack; 'he died' -> death."""
    words = []
    for word in WORD.findall(what.lower()):
        if word in FILLER and not words:
            continue
        if word in PHRASE_ENDS:
            break
        words.append(word)
    return cue_kinds.get(words[-1], words[-1]) if words else None


@lru_cache(maxsize=8)
def cue_kinds(rules: Rules) -> dict[str, str]:
    """One-word event cues and their kinds ('died' -> death)."""
    return {cue[0]: kind.name for kind in rules.events for cue in kind.cues if len(cue) == 1}


def _episode_slot(name: str) -> Slot:
    return Slot("date", f"{EPISODE}:{name}")


def derived_dates(document: Document, sentence: Sentence, dated: list[Fact], rules: Rules) -> list[Fact]:
    """Dates of the episodes that spans in a sentence measure from the sentence's dated event."""
    found = []
    text = document.text
    for match in span_pattern(rules).finditer(text, *sentence.span):
        anchors = [f for f in dated if f.mention.span[1] <= match.start() and f.mention.value.granularity == "day"]
        name = episode_word(match["what"], rules, cue_kinds(rules))
        count = _count(match["count"], rules)
        unit = rules.period_units.get(match["unit"].lower())
        if not anchors or name is None or count is None or unit is None:
            continue
        anchor = anchors[-1]
        if name == anchor.slot.subject.split(":")[0]:
            continue  # 'died two days after he died' tells nothing
        sign = -1 if match["dir"].lower() == "after" else 1
        moved = R.shifted(anchor.mention.value.start, sign * count, unit if unit != "hour" else "day")
        slack = timedelta(days=SLACK.get(unit, 0) * count)
        end = match.start("what") + len(match["what"].rstrip())
        value = Period(moved - slack, moved + slack, "day")
        mention = Mention(document.id, sentence.index, DERIVED, (match.start(), end), text[match.start():end], value)
        found.append(Fact(_episode_slot(name), mention, sentence.span))
        if sentence.index <= LEDE and sign < 0:
            # two ledes that measure back from one day ('freed on Friday, three weeks after
            # gunmen seized him' / 'released on Friday, nine days after he was abducted') tell
            # the story's first event, however they name it
            found.append(Fact(_episode_slot(f"{ORIGIN_WORDS} {anchor.mention.value.start.isoformat()}"),
                              mention, sentence.span))
        if anchor.slot.who and OWN.match(match["what"]):
            # 'Leary was charged on Tuesday, five days after his arrest': the date of Leary's arrest
            verb = rules.grammar.nominals.get(name, name)
            found.append(Fact(Slot("date", rules.grammar.predicate(verb), anchor.slot.era, who=anchor.slot.who),
                              mention, sentence.span))
    return found


OWN = re.compile(r"(?:his|her|their)\s", re.I)  # the anchor's own episode


def stated_dates(document: Document, sentence: Sentence, mentions: list[Mention], rules: Rules) -> list[Fact]:
    """Dates given to an episode outright ('he had suffered a stroke on March 2')."""
    found = []
    for mention in mentions:
        if mention.kind != "date" or mention.partial or not mention.value.resolved:
            continue
        before = document.text[max(sentence.span[0], mention.span[0] - 40):mention.span[0]]
        if match := NOUN_BEFORE.search(before + " " if not before.endswith(" ") else before):
            noun = match["noun"]
            found.append(Fact(_episode_slot(cue_kinds(rules).get(noun, noun)), mention, sentence.span))
    return found


def bind_intervals(document: Document, sentences: tuple[Sentence, ...], mentions: tuple[Mention, ...],
                   event_facts: tuple[Fact, ...], rules: Rules) -> tuple[Fact, ...]:
    """Facts of the episodes that spans between events, or dates, are given for."""
    from .bind.figures import COMPARED_ROLES
    dated: dict[int, list[Fact]] = {}
    for fact in event_facts:
        if fact.slot.frame == "date" and fact.mention.kind == "date":
            dated.setdefault(fact.mention.sentence, []).append(fact)
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    facts = []
    for sentence in sentences:
        if sentence.role not in COMPARED_ROLES:
            continue
        if sentence.index in dated:
            facts += derived_dates(document, sentence, dated[sentence.index], rules)
        facts += stated_dates(document, sentence, by_sentence.get(sentence.index, []), rules)
    return tuple(facts)
