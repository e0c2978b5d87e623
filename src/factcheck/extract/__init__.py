"""Extractors: from a document's sentences to Mentions with normalised values."""
from __future__ import annotations

from ..gazetteer import lookup
from ..model import Amount, Document, Mention, Ref, Sentence
from ..rules import Rules
import re
from functools import lru_cache

from .ages import extract_ages, pronoun_ages, without_nationality
from ..segment import sentence_at
from .dates import extract_dates
from .names import name_mentions
from .numbers import find_numbers
from .orgs import extract_orgs
from .people import is_person, normalise
from .quotes import NAME, extract_quotes
from .statements import extract_statements
from .places import document_places
from .positions import extract_positions
from .posts import extract_posts, one_word_heads
from .times import extract_times, times_on_their_day
from .words import finditer_after
from .quantities import extract_quantities
from .readings import one_reading_per_span
from .sports import extract_defences, extract_elapsed, extract_records


LOWER_WORD = re.compile(r"\b[a-z]+\b")
PERSON = re.compile(NAME)  # not after a word character or ' ’ - (finditer_after)
EXPLICIT_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
POSSESSIVE = re.compile(r"['’]s$")
NON_SPACE = re.compile(r"\S+")


def number_mentions(text: str, sentence: Sentence, rules: Rules) -> list[Mention]:
    """Every written number as such, whatever it means (a year, a rank, a count)."""
    return [Mention(sentence.doc, sentence.index, "number", (n.start, n.end), text[n.start:n.end],
                    Amount(n.value, n.value, stated=n.value))
            for n in find_numbers(text, *sentence.span, rules) if not n.attached]


def find_people(document: Document, organisations: set[str], rules: Rules) -> list[tuple[int, str]]:
    """(offset, full name) of the people a document names: two to four capitalised words,
    no organisation or place, and a first word the article never writes in lower case
    ('New Zealand', 'Deep Throat' and 'Place Vendome' are no people)."""
    lower_words = set(LOWER_WORD.findall(document.text))
    people = []
    after_post = post_words(rules)
    for match in finditer_after(PERSON, document.text, *document.body, "'’-"):
        run = CAPITALISED_RUN.match(document.text, match.start())
        if (offset := name_after_post(run[0], after_post)) is not None:
            # 'Chief Fire Officer Lorna Haskett', 'Detective Constable Ellis Thorne': the words after the post
            match = PERSON.match(document.text, match.start() + offset)
        name = POSSESSIVE.sub("", match[0].rstrip(".,;:")).rstrip(".")
        while len(name.split()) > 1 and (name.split()[0] in rules.stamp_words or name.split()[0] in rules.periods.zones):
            # '7:31 AM ET Joe Biden said': the clock stamp's words are no part of the name
            skip = len(name.split()[0]) + 1
            match = PERSON.match(document.text, match.start() + skip) or match
            name = name[skip:].lstrip()
        first = name.split()[0]
        if is_person(name, rules) and normalise(name) not in organisations and first.lower() not in lower_words \
                and not in_a_region(document.text, match.start() + len(name), rules):
            # 'Englishman Robert Buckley' is Robert Buckley: the name from its first kept word, as written
            kept = len(without_nationality(name, rules).split())
            starts = [w.start() for w in NON_SPACE.finditer(name)]
            offset = starts[len(starts) - kept]
            people.append((match.start() + offset, name[offset:]))
    return people


CAPITALISED_RUN = re.compile(r"[A-Z][\w'’.-]*(?:[ \u00a0]+[A-Z][\w'’.-]*){0,6}")


@lru_cache(maxsize=8)
def post_words(rules: Rules) -> frozenset:
    """One-word posts and titles, in capitals before a name: 'Officer', 'Constable', 'Judge'."""
    return frozenset(w.lower() for w in one_word_heads(rules)) | {t.lower() for t in rules.titles}


def name_after_post(run: str, posts: frozenset) -> int | None:
    """Where the two to four words after the last post of a run of capitalised words begin,
    when there are such ('Chief Fire Officer Lorna Haskett': at Lorna), else None."""
    words = list(NON_SPACE.finditer(run))
    last = max((i for i, w in enumerate(words) if w[0].lower().rstrip(".") in posts), default=-1)
    return words[last + 1].start() if last >= 0 and 2 <= len(words) - last - 1 <= 4 else None


REGION_AFTER = re.compile(r",[ \u00a0]+((?:[A-Z][\w.]*)(?:[ \u00a0][A-Z][\w.]*)?)")


def in_a_region(text: str, end: int, rules: Rules) -> bool:
    """A name followed by a state or country is a town ('Rancho Mirage, Calif.', 'Clearlake, California')."""
    match = REGION_AFTER.match(text, end)
    if not match:
        return False
    place = lookup(match[1], rules) or lookup(match[1].rstrip("."), rules) or lookup(match[1].split()[0], rules)
    return place is not None and place.kind == "place" and place.level in ("region", "country")


def person_mentions(document: Document, sentences: tuple[Sentence, ...], people) -> list[Mention]:
    """A mention for every full name of a person (two to four capitalised words)."""
    found = []
    for offset, name in people:
        sentence = sentence_at(sentences, offset)
        if sentence is not None:
            found.append(Mention(document.id, sentence.index, "person", (offset, offset + len(name)), name,
                                 Ref("person", normalise(name), name)))
    return found


def extract_mentions(document: Document, sentences: tuple[Sentence, ...], rules: Rules,
                     numbers: bool = False) -> tuple[Mention, ...]:
    """Every mention the extractors find in a document, in text order; with `numbers`,
    also every written number on its own (what `factcheck extract` shows)."""
    mentions: list[Mention] = document_places(document, sentences, rules)
    last_year = None
    for sentence in sentences:
        quantities = extract_quantities(document.text, sentence, rules)
        times = extract_times(document.text, sentence, rules)
        mentions += extract_ages(document.text, sentence, rules)
        mentions += quantities + extract_positions(document.text, sentence, quantities, rules)
        mentions += extract_orgs(document.text, sentence, rules)
        mentions += extract_elapsed(document.text, sentence, rules) + extract_defences(document.text, sentence, rules)
        dates = extract_dates(document.text, sentence, document.published, rules, last_year)
        mentions += dates
        mentions += times_on_their_day(times, dates)
        named = [m.value.start.year for m in dates if m.value.resolved and EXPLICIT_YEAR.search(m.surface)]
        last_year = named[-1] if named else last_year
        if numbers:
            mentions += number_mentions(document.text, sentence, rules)
    organisations = {m.value.id for m in mentions if m.kind == "organisation"}
    people = find_people(document, organisations, rules)
    mentions += extract_quotes(document, sentences, people, rules)
    mentions += extract_statements(document, sentences, people, rules)
    mentions += person_mentions(document, sentences, people)
    mentions += name_mentions(document, sentences, people, mentions, rules)
    mentions += extract_posts(document, sentences, people, mentions, rules)
    mentions += extract_records(document, sentences, people, rules) + pronoun_ages(document, sentences, people)
    return tuple(sorted(one_reading_per_span(mentions), key=lambda m: (m.span, m.kind)))
