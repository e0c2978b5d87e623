"""D001 for clock times. A time belongs to a day: two times are compared only when they can be
on the same day (the day their sentence names, else near their article's date: a 2008 page's
'4:31 AM' is no time of a 2007 attack), and zones convert ('07:37 GMT' is '3:37 a.m. EDT')."""
from __future__ import annotations

from datetime import date

from .evidence import IdentifyingFigures, SharedNames
from ..model import Discrepancy, Document, Fact, Row
from .pairs import conflicting, distinct, other_sources
from ..rules import Rules

DAY = 24 * 60
NEAR_DAYS = 2  # an article's date stands for the day of its times this loosely


def in_utc(value, rules: Rules) -> tuple[int, int] | None:
    """(start, end) in minutes after midnight UTC, or None when the zone is local or unknown."""
    offset = rules.periods.zones.get(value.zone.upper()) if value.zone else None
    return None if offset is None else (value.start - offset, value.end - offset)


def times_clash(a, b, rules: Rules) -> bool:
    """Whether two clock times cannot be one: compared in one zone, or both converted to UTC."""
    if a.zone == b.zone:
        first, second = (a.start, a.end), (b.start, b.end)
    else:
        first, second = in_utc(a, rules), in_utc(b, rules)
        if first is None or second is None:
            return False  # a local time and a zoned one: no way to tell
        shift = round((first[0] - second[0]) / DAY) * DAY  # the same clock across midnight
        second = (second[0] + shift, second[1] + shift)
    return first[1] < second[0] or second[1] < first[0]


def day_of(fact: Fact, documents: dict[str, Document]) -> tuple[date | None, bool]:
    """The day a time is on, and whether it is only the article's date standing in for it."""
    if fact.mention.value.day is not None:
        return fact.mention.value.day, False
    document = documents.get(fact.mention.doc)
    return (document.published if document else None), True


def same_day(a: Fact, b: Fact, documents: dict[str, Document]) -> bool:
    (day_a, loose_a), (day_b, loose_b) = day_of(a, documents), day_of(b, documents)
    if day_a is None or day_b is None:
        return True  # nothing tells the days apart
    if loose_a or loose_b:
        return abs((day_a - day_b).days) <= NEAR_DAYS
    return day_a == day_b


def time_conflicts(row: Row, rules: Rules, documents: dict[str, Document], common: set[str],
                   dominant: set[str], figures: IdentifyingFigures | None = None) -> Discrepancy | None:
    """D001 for clock times of one event on one day from different sources, when the event is
    the story's own (its kind is dominant), qualified, once-only, or shared by a distinctive name,
    unless figures of the two sentences tell two events apart."""
    story_event = row.slot.subject.split(":")[0] in dominant or ":" in row.slot.subject
    shares = SharedNames(documents, common, rules, figures=figures)

    def clash(a: Fact, b: Fact) -> bool:
        return times_clash(a.mention.value, b.mention.value, rules)

    def related(a: Fact, b: Fact) -> bool:
        return other_sources(a, b) and same_day(a, b, documents) and \
            (shares(a, b) or (story_event and not (figures and figures.apart(a, b))))

    chosen = conflicting(list(row.facts), lambda f: f.mention.value, clash, related)
    if not chosen:
        return None
    readings = distinct(f.mention.surface for f in chosen)
    check = rules.checks["D001"]
    return Discrepancy("D001", check.name, check.severity, row.slot,
                       f"time of {row.slot.subject.replace(':', ' ')}: {' vs '.join(readings)}", tuple(chosen))
