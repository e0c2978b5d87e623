"""From a report to the findings a run shows and fails on: configured severities, the
selection, what the articles accept, the articles asked about, and the baseline."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .baseline import Entry, triage
from .config import Settings, with_severities
from .model import Discrepancy, Report
from .report.records import SEVERITY_RANK
from .rules import Rules
from .select import documents_under, involving, not_accepted, select


@dataclass(frozen=True)
class Findings:
    shown: tuple[Discrepancy, ...]       # what the run reports and fails on
    accepted: int = 0                    # left out because the baseline holds them
    stale: tuple[Entry, ...] = ()        # baseline entries nothing matches any more
    focus: frozenset[str] = frozenset()  # ids of the documents --only / --changed-since named


def findings(report: Report, rules: Rules, settings: Settings, only: list[Path] | None = None,
             baseline: tuple[Entry, ...] | None = None) -> Findings:
    items = with_severities(report.discrepancies, settings, rules)
    items = select(items, list(settings.select), list(settings.ignore))
    items = not_accepted(items, report.documents)
    accepted, stale = 0, ()
    if baseline is not None:  # before --only, so entries about other articles are not taken for stale
        sorted_out = triage(items, baseline)
        items, accepted, stale = sorted_out.new, len(sorted_out.accepted), sorted_out.stale
    focus = documents_under(report.documents, only) if only is not None else set()
    if only is not None:
        items = involving(items, focus)
    return Findings(items, accepted, stale, frozenset(focus))


def fails(severities: Iterable[str], fail_on: str) -> bool:
    """Whether any finding of these severities reaches the fail-on level."""
    return fail_on != "never" and any(SEVERITY_RANK[s] >= SEVERITY_RANK[fail_on] for s in severities)
