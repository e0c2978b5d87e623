"""The small types of the rules: finding checks, frames, units, event kinds, and the error."""
from __future__ import annotations

from dataclasses import dataclass

SEVERITIES = ("error", "warning", "info")
HEDGE_KINDS = ("lower", "lower_open", "upper", "upper_open", "near_below", "approx", "exact", "closes")


class RulesError(Exception):
    """A rules file that cannot be used, with the file and key at fault."""

    def __init__(self, file: str, key: str, problem: str):
        super().__init__(f"{file}: {key}: {problem}")


@dataclass(frozen=True)
class Frame:
    name: str
    cues: tuple[tuple[str, ...], ...]
    cumulative: bool
    subject: str | None = None
    subjects: frozenset = frozenset()
    personal: bool = False       # a figure of one person ('fell 200ft'): compared per person
    needs_names: bool = False    # compared only between sentences that share a distinctive name
    things: frozenset = frozenset()  # what may change ('shares', 'revenue'): a figure names one, or is no fact
    needs_place: bool = False    # a count of one place named after the cue ('landed inside the camp'), or no fact
    progress: bool = False       # only grows as the story moves on ('40% contained'): a later larger figure is an update


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    factor: float


@dataclass(frozen=True)
class Check:
    code: str
    name: str
    severity: str
    summary: str
    why: str
    fires: str
    passes: str


@dataclass(frozen=True)
class EventKind:
    name: str
    cues: tuple[tuple[str, ...], ...]
    qualifiers: tuple[str, ...]
    once: bool
    personal: tuple[tuple[str, ...], ...] = ()  # cues whose subject the event is of: 'John Carter died'
    spread: bool = False        # happens in many places at once (fighting, a vote): no one place
