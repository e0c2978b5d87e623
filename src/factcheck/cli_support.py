"""What the commands share: option types, settings with the command line over them,
reading the input, writing the output, and the one-line error with exit code 2."""
from __future__ import annotations

import os
import sys
from dataclasses import replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .config import DEFAULT_EXCLUDE, Settings, check_names, load_settings, normal_code
from .ingest import english, parse_date, read_json_lines, read_paths
from .output import write_atomic
from .rules import Rules, load_rules


class ExtractFormat(str, Enum):
    json = "json"
    jsonl = "jsonl"


class FailOn(str, Enum):
    error = "error"
    warning = "warning"
    info = "info"
    never = "never"


def fail(message: str) -> None:
    typer.echo(f"factcheck: error: {message}", err=True)
    raise typer.Exit(2)


def load_documents(paths: list[str], exclude=DEFAULT_EXCLUDE, notes: list[str] | None = None):
    if paths == ["-"]:
        documents, skipped = read_json_lines(sys.stdin)
        return english(documents, skipped), skipped
    if "-" in paths:
        fail("'-' (standard input) cannot be combined with paths")
    return read_paths(paths, exclude, notes)


def story_notes(documents, published: Optional[date]) -> list[str]:
    """What a reader of the report should know about the input as a whole."""
    notes = []
    if len(documents) == 1:
        notes.append(f"only one article ({documents[0].path}): there is nothing to compare it with")
    undated = [d.path for d in documents if d.published is None]
    if undated and published is None:
        shown = ", ".join(undated[:3]) + (f" and {len(undated) - 3} more" if len(undated) > 3 else "")
        notes.append(f"no publication date in {shown}: relative dates ('on Monday', 'yesterday') there cannot be "
                     f"compared (give --published YYYY-MM-DD or a date: line in the front matter)")
    return notes


def emit(content: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(content)
        return
    try:
        write_atomic(output, content)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")


def settings_and_rules(config: Optional[Path], rules_dir: Optional[Path], select_codes: Optional[str],
              ignore_codes: Optional[str], fail_on: Optional[FailOn],
              exclude: Optional[list[str]] = None) -> tuple[Settings, Rules]:
    """Settings from the config file with the command line over them (--exclude adds to
    the file's globs), and the rules they name."""
    settings = load_settings(config, Path.cwd())
    given = {"select": split_codes(select_codes), "ignore": split_codes(ignore_codes),
             "fail_on": fail_on.value if fail_on else None, "rules": rules_dir,
             "exclude": settings.exclude + tuple(exclude) if exclude else None}
    settings = replace(settings, **{k: v for k, v in given.items() if v is not None})
    rules = load_rules(settings.rules)
    check_names(settings, rules)
    return settings, rules


def split_codes(codes: Optional[str]) -> Optional[tuple[str, ...]]:
    return None if codes is None else tuple(normal_code(c) for c in codes.split(",") if c.strip())


def story_paths(paths: Optional[list[str]], settings: Settings) -> list[str]:
    """The paths given, else those of the settings file's `paths`."""
    if paths:
        return paths
    if settings.paths:
        return list(settings.paths)
    fail("no PATHS given, and no `paths` under [tool.factcheck] (see --help)")


def published_option(published: Optional[str]) -> Optional[date]:
    """--published YYYY-MM-DD, checked."""
    if published is None:
        return None
    reference = parse_date(published)
    if reference is None or published.strip()[:10] != reference.isoformat():
        fail(f"--published takes YYYY-MM-DD, not {published!r}")
    return reference


def read_story(paths: list[str], rules: Rules, analysed=None, exclude=DEFAULT_EXCLUDE, published: Optional[date] = None,
               notes: Optional[list[str]] = None):
    """The report of the story in `paths`; what a reader should know about the input goes
    to `notes` (the reports show them; stderr is left to warnings, as before)."""
    notes = [] if notes is None else notes
    documents, skipped = load_documents(paths, exclude, notes)
    notes += story_notes(documents, published)
    from .pipeline import run  # the checker itself: loaded only when a story is read
    if published is not None:  # undated articles take the date given
        documents = [d if d.published else replace(d, published=published, published_from="option") for d in documents]
    for item in skipped:
        typer.echo(f"factcheck: warning: skipped {item.path}: {item.reason}", err=True)
    if not documents:
        fail("no readable document in the input")
    return run(documents, skipped, rules, analysed)


def terminal_width() -> int:
    try:
        return int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
    except (ValueError, OSError):
        return 120
