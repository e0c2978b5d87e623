"""The command line: factcheck compare | extract | explain."""
from __future__ import annotations

import json
import os
import sys
from dataclasses import replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .ingest import InputError, parse_date, read_json_lines, read_paths
from .output import write_atomic
from .pipeline import analyse, run
from .report.jsonfmt import dumps, extract_lines, extract_record
from .report.records import SEVERITY_RANK, report_record
from .report.terminal import render
from .rules import RulesError, load_rules
from .select import select

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Find where news articles about one story disagree.")


class Format(str, Enum):
    terminal = "terminal"
    json = "json"


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


def load_documents(paths: list[str]):
    if paths == ["-"]:
        return read_json_lines(sys.stdin)
    if "-" in paths:
        fail("'-' (standard input) cannot be combined with paths")
    return read_paths(paths)


def emit(content: str, output: Optional[Path]) -> None:
    if output is None:
        sys.stdout.write(content)
        return
    try:
        write_atomic(output, content)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")


@app.command()
def compare(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for JSON lines on stdin."),
    format: Format = typer.Option(Format.terminal, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    fail_on: FailOn = typer.Option(FailOn.error, "--fail-on", help="Exit 1 at or above this severity."),
    rules_dir: Optional[Path] = typer.Option(None, "--rules", help="A folder of rules merged over the defaults."),
    select_codes: Optional[str] = typer.Option(None, "--select", help="Codes or name prefixes to keep, comma-separated."),
    ignore_codes: Optional[str] = typer.Option(None, "--ignore", help="Codes or name prefixes to drop, comma-separated."),
) -> None:
    """Compare the articles of one story and report where they disagree."""
    try:
        rules = load_rules(rules_dir)
        documents, skipped = load_documents(paths)
        chosen_select = [c for c in (select_codes or "").split(",") if c.strip()]
        chosen_ignore = [c for c in (ignore_codes or "").split(",") if c.strip()]
        for code in chosen_select + chosen_ignore:
            if not any(code.strip() in (k, c.name) or c.name.startswith(code.strip()) or k.startswith(code.strip())
                       for k, c in rules.checks.items()):
                fail(f"unknown code or name: {code.strip()}")
    except (InputError, RulesError) as exc:
        fail(str(exc))
    for item in skipped:
        typer.echo(f"factcheck: warning: skipped {item.path}: {item.reason}", err=True)
    if not documents:
        fail("no readable document in the input")
    report = run(documents, skipped, rules)
    kept = select(report.discrepancies, chosen_select, chosen_ignore)
    if format is Format.json:
        emit(dumps(report_record(report, kept)), output)
    else:
        # colour only for a terminal that wants it; a file gets plain text at a fixed width
        color = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        emit(render(report, kept, color=color, width=120 if output else _terminal_width()), output)
    if fail_on is not FailOn.never and any(
            SEVERITY_RANK[d.severity] >= SEVERITY_RANK[fail_on.value] for d in kept):
        raise typer.Exit(1)


def _terminal_width() -> int:
    try:
        return int(os.environ.get("COLUMNS", "")) or os.get_terminal_size().columns
    except (ValueError, OSError):
        return 120


@app.command()
def extract(
    paths: list[str] = typer.Argument(..., help="Files, folders, or - for JSON lines on stdin."),
    format: ExtractFormat = typer.Option(ExtractFormat.jsonl, "--format", "-f"),
    published: Optional[str] = typer.Option(None, "--published", help="YYYY-MM-DD for text without a date."),
    output: Optional[Path] = typer.Option(None, "--output", "-o"),
    rules_dir: Optional[Path] = typer.Option(None, "--rules"),
) -> None:
    """Print every mention the extractors find, with span, text and normalised value."""
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
    records = []
    for document in documents:
        if document.published is None and reference is not None:
            document = replace(document, published=reference, published_from="option")
        _, mentions, _ = analyse(document, rules, numbers=True)
        records.append(extract_record(document, mentions))
    content = extract_lines(records) if format is ExtractFormat.jsonl else json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    emit(content, output)


@app.command()
def explain(code: str = typer.Argument(..., help="A finding code (Q001) or name (quantity.conflict).")) -> None:
    """Explain a finding code: what it means, why it matters, and examples."""
    try:
        rules = load_rules()
    except RulesError as exc:
        fail(str(exc))
    check = next((c for k, c in rules.checks.items() if code.upper() == k or code == c.name), None)
    if check is None:
        fail(f"unknown code: {code} (known: {', '.join(rules.checks)})")
    typer.echo(f"{check.code} {check.name} (default severity: {check.severity})\n\n{check.summary}\n\n"
               f"Why it matters: {check.why}\n\nFires: {check.fires}\nDoes not fire: {check.passes}\n\n"
               f"Silence it with --ignore {check.code}, or set its severity in rules/checks.toml.")


def main() -> None:
    try:
        app(standalone_mode=True)
    except (RecursionError, MemoryError, UnicodeError, ValueError, OSError) as exc:
        # a last resort: whatever the input, the user gets one line and exit 2, not a traceback
        typer.echo(f"factcheck: error: {type(exc).__name__}: {exc}", err=True)
        raise SystemExit(2) from None
