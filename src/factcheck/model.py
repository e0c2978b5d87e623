"""The frozen records that flow between the pipeline's stages.

Spans are [start, end) character offsets into `Document.text`, kept from
extraction to the report so that every finding cites the exact words.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

Span = tuple[int, int]
OPEN = "open:"  # the frame of an open slot begins so: its clause's verb or head noun ('open:seize')
LOCATED = "at "  # the scope of a position begins so: the thing it places ('at yard')
UNKNOWN_PLACE = "unknown"  # the level of a place no gazetteer knows ('sank off Gannet Head')
LEDE = 2  # the last sentence index of a lede: a headline, a dateline, the first sentence


@dataclass(frozen=True)
class Document:
    id: str                      # file name, or name#n for records of a JSON file
    path: str                    # as given, relative where possible
    text: str                    # the whole file as decoded (HTML: the extracted main text)
    body: Span                   # where the article proper starts and ends
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_from: str | None = None   # header, front-matter, html-meta, json
    source_format: str = "text"         # text, markdown, html, json
    accepts: tuple[str, ...] = ()       # codes or fingerprints the article accepts (factcheck-ignore)


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


@dataclass(frozen=True)
class Sentence:
    doc: str
    index: int
    span: Span
    paragraph: int
    role: str = "body"           # body, headline, caption, credit


@dataclass(frozen=True)
class Amount:
    """An interval of values; None is unbounded. `precision` says how it was stated."""
    low: float | None
    high: float | None
    low_open: bool = False
    high_open: bool = False
    unit: str | None = None      # a unit of measurement (metre, USD, percent) or None for a count
    noun: str | None = None      # the counted noun's class (person, call) for counts
    precision: str = "exact"     # exact, lower, upper, approx, range, vague
    stated: float | None = None  # the figure as written, before any hedge


@dataclass(frozen=True)
class Period:
    """A span of days, end inclusive; both None when the text gives no way to resolve it
    (a relative date in an undated article)."""
    start: date | None
    end: date | None
    granularity: str             # day, week, month, quarter, season, year, decade, century
    open: str = ""               # "after": this or later ('since March'); "before": this or earlier

    @property
    def resolved(self) -> bool:
        return self.start is not None


@dataclass(frozen=True)
class Ref:
    """A place (or, later, an organisation or person) resolved to a canonical id."""
    kind: str                    # place
    id: str                      # "DE", "DE-HH", "US-CA:Sonoma County", "city:2911298"
    name: str
    level: str = ""              # country, region, county, city
    within: tuple[str, ...] = ()  # ids of what it lies within, nearest first


@dataclass(frozen=True)
class Role:
    """A person said to hold a title at an organisation: 'Human Rights Campaign President Chad Griffin'."""
    person: str                  # the name as written
    person_id: str               # normalised: 'chad griffin'
    organisation: str            # the organisation's name as written
    organisation_id: str         # normalised: 'human rights campaign'
    title: str = ""
    post: str = ""               # what the person is called beside the name: 'vice-chair', 'housing minister'


@dataclass(frozen=True)
class Said:
    """A quotation and who it is credited to (speaker_id '' when the text does not say)."""
    words: str
    speaker: str = ""
    speaker_id: str = ""
    sure: bool = True            # False: 'he' or 'she', resolved to a name other names stand near


@dataclass(frozen=True)
class Position:
    """A place given as distance and direction from another: '55 km south of Bireun'."""
    distance: Amount
    bearing: float               # degrees from north
    direction: str
    reference: str               # the reference place's name as written
    reference_id: str            # normalised


@dataclass(frozen=True)
class TimeOfDay:
    """A clock time as minutes after midnight, [start, end], in a zone ('' is local)."""
    start: int
    end: int
    zone: str = ""
    day: date | None = None      # the day it is on: the sentence's date, else None


@dataclass(frozen=True)
class Record:
    """A competitor's win-loss(-draw) record, with knockouts when given: '52-3, 46 KOs'."""
    person: str                  # the name as written
    person_id: str               # normalised full name where the article gives it
    wins: int
    losses: int
    draws: int | None = None
    knockouts: int | None = None


@dataclass(frozen=True)
class Mention:
    doc: str
    sentence: int
    kind: str                    # quantity, duration, ...
    span: Span
    surface: str
    value: Amount | Period | Ref | Role | Said | Position | TimeOfDay | Record
    partial: bool = False        # "51 other members": part of another count


@dataclass(frozen=True)
class Slot:
    frame: str                   # killed, injured, count, fall, ...
    subject: str                 # the counted noun class or the unit's dimension
    era: str = ""                # a year the figure is explicitly about, when not the story's own
    scope: str = ""              # a place the count is limited to ("in the province")
    who: str = ""                # whose figure it is, for frames of one person ('fell 200ft')
    source: str = ""             # who gave the figure, where one article gives figures of two sources

    def label(self) -> str:
        frame = self.frame.removeprefix(OPEN)
        parts = [frame if frame != "count" else "number of", self.subject] if self.subject else [frame]
        if self.scope:  # a place or an event ('in the camp', 'in war'), or a rate ('per year')
            plain = self.scope.startswith(("per ", "in ", "by ", "over ", "during ")) or self.scope in ("usually", "earlier")
            parts.append(self.scope if plain else f"in {self.scope}")  # 'in total', 'by monday evening' as they are
        if self.who:
            parts.append(f"of {self.who}")
        if self.era:
            parts.append(f"({self.era})")
        if self.source:
            parts.append(f"according to {self.source}")
        return " ".join(parts)


@dataclass(frozen=True)
class Fact:
    slot: Slot
    mention: Mention
    sentence_span: Span


@dataclass(frozen=True)
class Row:
    slot: Slot
    facts: tuple[Fact, ...]      # sorted by document, then offset


@dataclass(frozen=True)
class Discrepancy:
    code: str
    name: str
    severity: str
    slot: Slot
    message: str
    facts: tuple[Fact, ...]
    note: str | None = None      # e.g. that a later, larger toll may be an update


@dataclass(frozen=True)
class Report:
    documents: tuple[Document, ...]
    skipped: tuple[Skipped, ...]
    mentions: tuple[Mention, ...]
    rows: tuple[Row, ...]
    discrepancies: tuple[Discrepancy, ...]
    sentences: dict = field(default_factory=dict, compare=False)  # doc id -> tuple[Sentence]
