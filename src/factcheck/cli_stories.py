"""compare --stories: many stories in one run. JSON lines (one report per story), a
terminal summary with a progress bar, or SARIF / GitHub annotations for all of them."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from dataclasses import replace
from typing import Iterator, TextIO

from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from .cache import FactCache
from .config import Settings
from .distributed import dask_stories
from .gate import fails
from .many import StoryJob, StoryResult, run_stories
from .report.ci import github, sarif
from .report.records import SEVERITY_RANK
from .rules import Rules
from .stories import StorySource


def _results(stories: list[StorySource], job: StoryJob, rules: Rules, rules_dir: Path | None, jobs: int,
             scheduler: str | None) -> Iterator[StoryResult]:
    if scheduler:
        return dask_stories(stories, job, rules, rules_dir, scheduler, workers=jobs)
    return run_stories(stories, job, rules, rules_dir, jobs)


def _with_progress(results: Iterator[StoryResult], total: int) -> Iterator[StoryResult]:
    """A progress bar on stderr, for people watching a long run in a terminal."""
    if not sys.stderr.isatty() or total < 20:
        yield from results
        return
    with Progress(console=Console(file=sys.stderr), transient=True) as progress:
        task = progress.add_task("stories", total=total)
        for result in results:
            progress.advance(task)
            yield result


def summary(results: list[StoryResult], color: bool, width: int) -> str:
    console = Console(file=None, record=True, force_terminal=color, no_color=not color, width=width,
                      highlight=False)
    table = Table(title="Stories", header_style="bold")
    for column in ("story", "articles", "skipped", "error", "warning", "info", "first discrepancy"):
        table.add_column(column, overflow="fold")
    for result in results:
        counts = dict(result.counts)
        table.add_row(result.name, str(result.documents), str(len(result.skipped)),
                      *(f"[bold red]{counts[s]}[/]" if counts.get(s) and s == "error" else str(counts.get(s, 0))
                        for s in ("error", "warning", "info")), result.top)
    with console.capture() as captured:
        console.print(table)
        totals = {s: sum(dict(r.counts).get(s, 0) for r in results) for s in SEVERITY_RANK}
        console.print(f"{len(results)} stories, {sum(r.documents for r in results)} articles; discrepancies: "
                      + ", ".join(f"{totals[s]} {s}" for s in ("error", "warning", "info")))
    text = captured.get()
    return text if text.endswith("\n") else text + "\n"


def compare_stories(stories: list[StorySource], format: str, settings: Settings, rules: Rules,
                    rules_dir: Path | None, jobs: int, cache: FactCache | None, scheduler: str | None,
                    only: list[Path] | None, sink: TextIO, color: bool, width: int) -> bool:
    """Write the output to `sink` (JSON lines as each story is done, so memory stays
    bounded); return whether anything reaches the fail-on level."""
    job = StoryJob(settings, str(cache.folder.resolve()) if cache else None, cache.versioned if cache else False,
                   tuple(str(p) for p in only) if only is not None else None)
    kept, discrepancies, failed = [], [], False
    for result in _with_progress(_results(stories, job, rules, rules_dir, jobs, scheduler), len(stories)):
        failed = failed or fails((s for s, n in result.counts if n), settings.fail_on)
        if format == "json":
            sink.write(result.line)
        elif format in ("sarif", "github"):
            discrepancies += [{**item, "focus": result.focus} for item in json.loads(result.line)["discrepancies"]]
        kept.append(replace(result, line=""))
    if format in ("sarif", "github"):
        combined = {"discrepancies": discrepancies}
        sink.write(sarif(combined, rules, set(), Path.cwd()) if format == "sarif" else github(combined, set()))
    elif format != "json":
        sink.write(summary(kept, color, width))
    return failed
