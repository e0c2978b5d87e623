"""People in names: one form for a written name, whether a capitalised run is a person,
and the roles a title alone gives ('Secretary of State Rex Tillerson', 'former Sen. Ann
Lee'), shared by the extractors of organisations, ages, quotations and records."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..gazetteer import lookup
from ..model import Mention, Role, Sentence
from ..rules import Rules
from .words import words_in


@lru_cache(maxsize=65536)
def normalise(name: str) -> str:
    """One form for one written name: no leading article, case, spacing, full stops
    ('U.S.' is 'US') or possessive."""
    name = re.sub(r"['’]s$", "", name.strip()).replace(".", "")
    name = re.sub(r"^(?:the\s+)+", "", name, flags=re.I)
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", name).lower()


LEADING_WORDS = {"According", "The", "In", "On", "At", "For", "As", "With", "From", "By", "After", "Before",
                 "While", "When", "If", "And", "But", "Since", "Under", "During", "Ahead", "Like", "Unlike"}


@lru_cache(maxsize=65536)
def one_per_surname(names) -> dict[str, str]:
    """Surname -> the value of the one full name that ends in it, from (full name, value)
    pairs; a surname two names share is no one's ('Carraway' -> 'edmund carraway')."""
    found: dict[str, set[str]] = {}
    for name, value in names:
        found.setdefault(name.split()[-1], set()).add(value)
    return {surname: next(iter(values)) for surname, values in found.items() if len(values) == 1}


def is_person(name: str, rules: Rules) -> bool:
    """Two to four capitalised words that are no organisation, title, place, calendar word
    or sentence-opening function word, with no possessive inside ("Vennor's Lindgrove")."""
    parts = name.split()
    if not parts or parts[0] in LEADING_WORDS or any(p.endswith(("'", "’", "'s", "’s")) for p in parts[:-1]) or any(p.lower().rstrip(".,") in rules.months
                                                     or p.lower().rstrip(".,") in rules.weekdays for p in parts):
        return False
    return 2 <= len(parts) <= 4 and not any(p in rules.org_heads or p in rules.titles or p.rstrip(".") in rules.not_person
                                            for p in parts) \
        and lookup(name, rules) is None and all(p[:1].isupper() for p in parts) \
        and not any(piece[:1].islower() for p in parts for piece in p.split("-"))  # 'Six-year-old Tamsyn'


@lru_cache(maxsize=8)
def titled_pattern(rules: Rules) -> re.Pattern:
    titles = "|".join(re.escape(t) for t in rules.titles)
    return re.compile(rf"(?<![\w-])(?P<title>(?i:{titles})(?:[ \u00a0]+of[ \u00a0]+State)?)[ \u00a0]+"
                      rf"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){{1,3}})")


@lru_cache(maxsize=8)
def title_words(rules: Rules) -> frozenset:
    return frozenset(w.lower().rstrip(".") for title in rules.titles for w in title.split())


def titled_people(text: str, sentence: Sentence, found: list[Mention], rules: Rules) -> list[Mention]:
    """Roles given by a title alone: 'Secretary of State Rex Tillerson', 'Chechen leader Ramzan
    Kadyrov', 'U.S. Reps. David Cicilline'."""
    words = words_in(text, *sentence.span)
    if words.isdisjoint(title_words(rules)):
        return []
    taken = {m.value.person_id for m in found if m.kind == "role"}
    roles = []
    for match in titled_pattern(rules).finditer(text, *sentence.span):
        person = match["name"]
        if is_person(person, rules) and normalise(person) not in taken:
            span = match.span("name")
            roles.append(Mention(sentence.doc, sentence.index, "role", (match.start(), span[1]),
                                 text[match.start():span[1]],
                                 Role(person, normalise(person), "", "",
                                      past_title(text, match.start(), match["title"], rules))))
            taken.add(normalise(person))
    return roles


# the word before a title, past an organisation's capitalised name: 'former Acme President'
PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:[A-Z][\w&'’-]*[ \u00a0]+){0,4}$")


def past_title(text: str, start: int, title: str, rules: Rules) -> str:
    """The title as written with the word that makes it a past one ('former Sen.'), when
    that word stands right before `start`; else the title."""
    before = PREVIOUS_WORD.search(text, max(0, start - 60), start)
    if before and before[1].lower() in rules.past_title_words:
        return f"{before[1]} {title}"
    return title


def role_mention(text: str, sentence: Sentence, person: tuple[int, int], organisation: tuple[int, int],
                 title: str) -> Mention:
    person_name = text[person[0]:person[1]]
    org_name = text[organisation[0]:organisation[1]]
    span = (min(person[0], organisation[0]), max(person[1], organisation[1]))
    return Mention(sentence.doc, sentence.index, "role", span, text[span[0]:span[1]],
                   Role(person_name, normalise(person_name), org_name, normalise(org_name), title))
