"""What compare prints and how: the text itself (compare_output), the format (given,
from the --output extension, or by whether stdout is a terminal) and colour (--color,
FORCE_COLOR, NO_COLOR)."""
from __future__ import annotations

import os
from dataclasses import dataclass, replace
from enum import Enum
from pathlib import Path
from typing import Optional


class Format(str, Enum):
    terminal = "terminal"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"
    html = "html"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


BY_SUFFIX = {".json": Format.json, ".html": Format.html, ".htm": Format.html, ".sarif": Format.sarif,
             ".txt": Format.terminal}


def chosen_format(given: Optional[Format], output: Optional[Path], interactive: bool) -> Format:
    """--format, else the output file's extension, else the full report for a person at a
    terminal and one line per finding for anything else (a pipe, a file, a hook)."""
    if given is not None:
        return given
    if output is not None:
        return BY_SUFFIX.get(output.suffix.lower(), Format.terminal)
    return Format.terminal if interactive else Format.concise


def use_color(choice: Color, output: Optional[Path], interactive: bool, env=os.environ) -> bool:
    """--color always/never wins; with auto, NO_COLOR (any value) turns colour off and
    FORCE_COLOR on, else colour when writing to a terminal."""
    if choice is not Color.auto:
        return choice is Color.always
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR") not in (None, "", "0"):
        return True
    return output is None and interactive


@dataclass(frozen=True)
class View:
    format: Format
    quiet: bool = False
    statistics: bool = False
    table: bool = True
    color: bool = False
    width: int = 120


def compare_output(view: View, report, found, rules, notes: list[str], paths: list[str], with_baseline: bool) -> str:
    """The text compare writes, in the view's format, from the report and the findings shown."""
    from .baseline import outgrown
    from .changed import articles_folder, repository_root
    from .report.ci import github, sarif
    from .report.concise import concise, statistics, tally
    from .report.html import render_html
    from .report.jsonfmt import dumps
    from .report.records import ordered, ordered_records, report_record
    from .report.terminal import render
    record = report_record(report, found.shown, rules.unit_labels)
    root = (repository_root(articles_folder(paths)) or Path.cwd()) if view.format in (Format.sarif, Format.github) else None
    if notes:
        record["notes"] = notes
    # people read findings worst first, then in article order; JSON and SARIF keep the checker's order
    by_severity = replace(found, shown=ordered(found.shown, report.documents))
    for_people = {**record, "discrepancies": ordered_records(record)}
    if with_baseline:
        record["baseline"] = {"accepted": found.accepted, "stale": [
            {"fingerprint": e.identity.fingerprint, "code": e.identity.code, "label": e.label,
             "reason": "new figure" if outgrown(e, found.shown) else "fixed"} for e in found.stale]}
    outputs = {Format.json: lambda: dumps(record),
               Format.sarif: lambda: sarif(record, rules, set(found.focus), root),
               Format.github: lambda: github(for_people, set(found.focus), root),
               Format.html: lambda: render_html(for_people, report.documents),
               Format.concise: lambda: concise(record, set(found.focus), view.quiet),
               # colour only for a terminal that wants it; a file gets plain text at a fixed width
               Format.terminal: lambda: render(report, by_severity.shown, color=view.color, width=view.width,
                                               labels=rules.unit_labels, table=view.table, quiet=view.quiet,
                                               notes=notes)}
    if view.statistics and view.format in (Format.terminal, Format.concise):
        return statistics(record) + ("" if view.quiet else tally(record) + "\n")
    return outputs[view.format]()
