"""The command line: factcheck compare | baseline | extract | explain."""
from __future__ import annotations

import gc

import json
import sys
import tempfile
from contextlib import nullcontext
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Optional

import typer

from . import __version__
from .cli_help import plain_arguments, run
from .cli_output import Color, Format, View, chosen_format, compare_output, use_color
from .cli_support import (ExtractFormat, FailOn, emit, fail, load_documents, published_option, read_story,
                          settings_and_rules, story_paths, terminal_width)
from .config import ConfigError, describe as describe_settings
from .ingest import InputError, parse_date
from .rules import RulesError, load_rules
from .cli_commands import explain, list_rules, make_baseline, select_kept
from .cli_options import (CONFIG_OPTION, EXCLUDE_OPTION, IGNORE_OPTION, PATHS_ARGUMENT, RULES_OPTION,
                          SELECT_OPTION)

# the checker's stages, reports and parallel machinery load only when a command runs, so
# that --help, --version and shell completion answer at once


def analyse(*args, **kwargs):
    from .pipeline import analyse as analyse_document
    return analyse_document(*args, **kwargs)


def extract_record(*args, **kwargs):
    from .report.jsonfmt import extract_record as record
    return record(*args, **kwargs)


def extract_lines(*args, **kwargs):
    from .report.jsonfmt import extract_lines as lines
    return lines(*args, **kwargs)


plain_arguments()
app = typer.Typer(add_completion=True, no_args_is_help=True, pretty_exceptions_enable=False, rich_markup_mode=None,
                  help="Find where news articles about one story disagree. Exit codes: 0 none found, "
                       "1 discrepancies at or above --fail-on, 2 bad input or usage.")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"factcheck {__version__}")
        raise typer.Exit()


@app.callback()
def root(version: bool = typer.Option(False, "--version", is_eager=True, callback=_version,
                                      help="Print the version and exit.")) -> None:
    """Find where news articles about one story disagree."""


@app.command()
def compare(
    paths: Optional[list[str]] = PATHS_ARGUMENT,
    format: Optional[Format] = typer.Option(
        None, "--format", "-f", case_sensitive=False, show_default=False,
        help="terminal (table and findings), concise (one line per finding), json, sarif, github or html. "
             "Default: from the --output extension (.json, .html, .sarif), else terminal when stdout is a "
             "terminal and concise when it is not."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", metavar="FILE", help="Write here instead of stdout."),
    fail_on: Optional[FailOn] = typer.Option(None, "--fail-on", case_sensitive=False, show_default=False,
                                             help="Exit 1 when a finding is at or above this severity (never: always 0). "
                                                  "Default: error, or fail-on under [tool.factcheck]."),
    rules_dir: Optional[Path] = RULES_OPTION,
    select_codes: Optional[str] = SELECT_OPTION,
    ignore_codes: Optional[str] = IGNORE_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    baseline: Optional[Path] = typer.Option(None, "--baseline", metavar="FILE",
                                            help="Report only discrepancies not in this baseline (from factcheck baseline)."),
    only: Optional[list[Path]] = typer.Option(None, "--only", metavar="PATH",
                                              help="Keep discrepancies involving this article or folder (repeatable)."),
    changed_since: Optional[str] = typer.Option(None, "--changed-since", metavar="REV",
                                                help="Keep discrepancies involving articles git says changed since REV."),
    stories: bool = typer.Option(False, "--stories", help="PATHS hold many stories: story folders, or JSON lines with a story field."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, metavar="N", show_default=False,
                             help="Worker processes. Default: the machine's cores."),
    cache: Optional[Path] = typer.Option(None, "--cache", envvar="FACTCHECK_CACHE", metavar="FOLDER",
                                         help="Keep per-article work here, keyed by content and rules. Default: "
                                              "factcheck/facts in the user's cache folder (FACTCHECK_CACHE_DIR moves it)."),
    no_cache: bool = typer.Option(False, "--no-cache", envvar="FACTCHECK_NO_CACHE",
                                  help="Read and write no per-article cache."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", metavar="ADDRESS",
                                            help="With --stories: a Dask scheduler address, or 'local'."),
    exclude: Optional[list[str]] = EXCLUDE_OPTION,
    published: Optional[str] = typer.Option(None, "--published", metavar="YYYY-MM-DD",
                                            help="The publication date of articles that give none."),
    show_settings: bool = typer.Option(False, "--show-settings", help="Print the config file used and the settings in effect, then exit."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Findings only: no table, no skipped files, no summary."),
    show_statistics: bool = typer.Option(False, "--statistics", help="Print the count of findings per code instead of the findings."),
    show_table: bool = typer.Option(True, "--show-table/--no-table", help="Show the comparison table (terminal format)."),
    color: Color = typer.Option(Color.auto, "--color", case_sensitive=False,
                                help="Colour the terminal report: auto (when stdout is a terminal; NO_COLOR and "
                                     "FORCE_COLOR are honoured), always or never."),
) -> None:
    """Compare the articles of one story (or of many, with --stories) and report where they disagree."""
    # imported here, and the many-stories machinery only with --stories: a pre-commit hook
    # waits for every import
    from .baseline import BaselineError, read_baseline, stale_note
    from .select import matches
    from .cache import fact_cache
    from .changed import articles_folder, changed_since as changed_since_files
    from .gate import fails, findings
    from .output import AtomicFile
    from .parallel import analyse_all, default_jobs
    jobs = jobs or default_jobs()
    interactive = sys.stdout.isatty()
    format = chosen_format(format, output, interactive)
    spool_folder = None  # a temporary folder for stories on stdin, removed when the run ends
    notes: list[str] = []
    try:
        settings, rules = settings_and_rules(config, rules_dir, select_codes, ignore_codes, fail_on, exclude)
        if show_settings:
            typer.echo(describe_settings(settings), nl=False)
            raise typer.Exit(0)
        paths = story_paths(paths, settings)
        reference = published_option(published)
        if cache is not None and cache.exists() and not cache.is_dir():
            raise InputError(f"--cache: not a folder: {cache}")
        baseline = baseline or settings.baseline
        targets = list(only) if only else None
        for target in targets or []:
            if not target.exists():
                raise InputError(f"--only: no such file or folder: {target}")
        if changed_since is not None:
            targets = (targets or []) + changed_since_files(changed_since, articles_folder(paths))
        if stories:
            from .stories import discover, spool
            if format is Format.html or baseline is not None:
                raise InputError("--stories writes JSON lines, terminal, SARIF or GitHub output, without --baseline")
            if "-" in paths:
                if paths != ["-"] or (scheduler not in (None, "local")):
                    raise InputError("'-' (JSON lines on stdin) is read alone, and not by a remote scheduler")
                spool_folder = tempfile.TemporaryDirectory(prefix="factcheck-stdin-")
                paths = [str(spool(sys.stdin.buffer, Path(spool_folder.name)))]
            found_stories, skipped = discover(paths)
            for item in skipped:
                typer.echo(f"factcheck: warning: skipped {item.path}: {item.reason}", err=True)
            if not found_stories:
                fail("no story in the input")
        elif scheduler is not None:
            raise InputError("--scheduler runs stories: use it with --stories")
        else:
            entries = read_baseline(baseline) if baseline is not None else None
            facts = fact_cache(cache, not no_cache, rules.version)
            report = read_story(paths, rules, lambda ordered: analyse_all(ordered, rules, settings.rules, jobs, facts),
                                settings.exclude, reference, notes)
    except (InputError, RulesError, ConfigError, BaselineError) as exc:
        fail(str(exc))
    color = use_color(color, output, interactive)
    width = 120 if output else terminal_width()
    if stories:
        from .cli_stories import compare_stories
        try:
            with (AtomicFile(output) if output else nullcontext(sys.stdout)) as sink:
                # a remote cluster's workers cannot share this machine's default cache
                facts = fact_cache(cache, not no_cache and (cache is not None or scheduler in (None, "local")),
                                   rules.version)
                failed = compare_stories(found_stories, format.value, settings, rules, settings.rules, jobs, facts,
                                         scheduler, targets, sink, color, width)
        except InputError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"cannot write {output}: {exc.strerror or exc}")
        raise typer.Exit(1 if failed else 0)
    found = findings(report, rules, settings, targets, entries)
    if entries is not None:
        typer.echo(f"factcheck: {found.accepted} discrepancies accepted by the baseline, "
                   f"{len(found.shown)} new", err=True)
    # an entry of a code --select or --ignore leaves out is not fixed: nothing looked at it
    kept = [e for e in found.stale if select_kept(e.identity.code, rules, settings, matches)]
    found = replace(found, stale=tuple(kept))
    for entry in found.stale:
        typer.echo(f"factcheck: note: {stale_note(entry, found.shown)}", err=True)
    view = View(format, quiet, show_statistics, show_table, color, width)
    emit(compare_output(view, report, found, rules, notes, paths, entries is not None), output)
    if fails((d.severity for d in found.shown), settings.fail_on):
        raise typer.Exit(1)


app.command("baseline")(make_baseline)


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for JSON lines on stdin."),
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f",
                                         help="jsonl: one line per article; json: one array."),
    published: Optional[str] = typer.Option(None, "--published", help="YYYY-MM-DD for text without a date."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here (whole or not at all), not to stdout."),
    rules_dir: Optional[Path] = typer.Option(None, "--rules", help="A folder of rule files merged over the built-in rules."),
    jobs: int = typer.Option(0, "--jobs", "-j", min=0, help="Worker processes (default: the machine's cores)."),
) -> None:
    """Print every mention the extractors find, with span, text and normalised value."""
    from .parallel import default_jobs, extract_all
    from .report.jsonfmt import extract_lines, extract_record
    reference: date | None = None
    if published is not None:
        reference = parse_date(published)
        if reference is None or not published.strip()[:10] == reference.isoformat():
            fail(f"--published takes YYYY-MM-DD, not {published!r}")
    try:
        rules = load_rules(rules_dir)
        documents, skipped = load_documents(paths)
    except (InputError, RulesError) as exc:
        fail(str(exc))
    for item in skipped:
        typer.echo(f"factcheck: warning: skipped {item.path}: {item.reason}", err=True)
    documents = [replace(d, published=reference, published_from="option")
                 if d.published is None and reference is not None else d for d in documents]
    found = extract_all(documents, rules, rules_dir, jobs or default_jobs())
    records = [extract_record(document, mentions) for document, mentions in zip(documents, found)]
    content = extract_lines(records) if format is ExtractFormat.jsonl else json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    emit(content, output)


app.command()(explain)
app.command("rules")(list_rules)


def main() -> None:
    # the checker allocates millions of small, long-lived records (mentions, facts) and
    # makes few reference cycles: collecting often costs a tenth of the run for nothing
    gc.set_threshold(100_000, 20, 20)
    try:
        code = run(app)
    except (RecursionError, MemoryError, UnicodeError, ValueError, OSError) as exc:
        # a last resort: whatever the input, the user gets one line and exit 2, not a traceback
        typer.echo(f"factcheck: error: {type(exc).__name__}: {exc}", err=True)
        raise SystemExit(2) from None
    raise SystemExit(code)
