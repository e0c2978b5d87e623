"""Checking many stories: one pure function per story (read, extract, compare, report),
mapped serially, over worker processes, or over a Dask cluster with the same result.
Extraction is per article and comparison per story, so memory stays bounded by the
largest story."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .cache import FactCache
from .config import Settings
from .gate import findings
from .model import Skipped
from .parallel import _init, analyse_all, ordered_map, worker_rules
from .pipeline import run
from .report.jsonfmt import dumps
from .report.records import report_record
from .rules import Rules
from .stories import StorySource, load_story


@dataclass(frozen=True)
class StoryJob:
    """What every story is checked with (picklable: it travels to the workers)."""
    settings: Settings
    cache_dir: str | None = None
    cache_versioned: bool = False   # the user's default cache: one rules version's folder
    only: tuple[str, ...] | None = None


@dataclass(frozen=True)
class StoryResult:
    name: str
    documents: int
    skipped: tuple[Skipped, ...]
    counts: tuple[tuple[str, int], ...]     # severity -> discrepancies shown
    top: str                                # the first discrepancy's message, for the summary
    line: str                               # the story's JSON report, one line
    focus: tuple[str, ...] = ()             # ids of the story's documents --only named


def check_story(task: tuple[StorySource, StoryJob]) -> StoryResult:
    """One story, start to end, with the worker's rules."""
    story, job = task
    rules = worker_rules()
    documents, skipped = load_story(story)
    cache = FactCache(Path(job.cache_dir), rules.version, job.cache_versioned) if job.cache_dir else None
    report = run(documents, skipped, rules, lambda ordered: analyse_all(ordered, rules, cache=cache))
    only = [Path(p) for p in job.only] if job.only is not None else None
    found = findings(report, rules, job.settings, only)
    shown = found.shown
    record = {"story": story.name, **report_record(report, shown)}
    counts = tuple((s, sum(1 for d in shown if d.severity == s)) for s in ("error", "warning", "info"))
    return StoryResult(story.name, len(documents), tuple(skipped), counts, shown[0].message if shown else "",
                       dumps(record), tuple(sorted(found.focus)))


def run_stories(stories: list[StorySource], job: StoryJob, rules: Rules, rules_dir: Path | None,
                jobs: int) -> Iterator[StoryResult]:
    """Every story's result, in story order, on `jobs` worker processes."""
    return ordered_map(check_story, [(s, job) for s in stories], jobs, rules, rules_dir, len(stories), at_least=2)


def check_story_anywhere(task: tuple[StorySource, StoryJob], rules_dir: str | None, version: str) -> StoryResult:
    """check_story for a worker that may not have the rules yet (a Dask worker): loads
    them once per worker process."""
    _init(rules_dir, version)
    return check_story(task)
