"""The commands beside compare and extract: baseline, explain, rules; cli.py registers them."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .cli_options import CONFIG_OPTION, EXCLUDE_OPTION, IGNORE_OPTION, PATHS_ARGUMENT, RULES_OPTION, SELECT_OPTION
from .cli_support import emit, fail, read_story, settings_and_rules, story_paths
from .config import ConfigError
from .ingest import InputError
from .rules import RulesError, load_rules


def select_kept(code: str, rules, settings, matches) -> bool:
    """Whether --select / --ignore (and the config's) keep findings of `code`."""
    check = rules.checks.get(code)
    if check is None:
        return True
    probe = type("Probe", (), {"code": code, "name": check.name})()
    return (not settings.select or any(matches(probe, p) for p in settings.select)) \
        and not any(matches(probe, p) for p in settings.ignore)


def make_baseline(
    paths: Optional[list[str]] = PATHS_ARGUMENT,
    output: Path = typer.Option(..., "--output", "-o", metavar="FILE", help="The baseline file to write."),
    rules_dir: Optional[Path] = RULES_OPTION,
    select_codes: Optional[str] = SELECT_OPTION,
    ignore_codes: Optional[str] = IGNORE_OPTION,
    config: Optional[Path] = CONFIG_OPTION,
    exclude: Optional[list[str]] = EXCLUDE_OPTION,
) -> None:
    """Record the current discrepancies, so that compare --baseline reports only new ones."""
    from .baseline import baseline_record
    from .gate import findings
    try:
        settings, rules = settings_and_rules(config, rules_dir, select_codes, ignore_codes, None, exclude)
        report = read_story(story_paths(paths, settings), rules, exclude=settings.exclude)
    except (InputError, RulesError, ConfigError) as exc:
        fail(str(exc))
    items = findings(report, rules, settings).shown
    emit(json.dumps(baseline_record(items), ensure_ascii=False, indent=1) + "\n", output)
    typer.echo(f"factcheck: recorded {len(items)} discrepancies in {output}", err=True)


def explain(code: str = typer.Argument(..., metavar="CODE", help="A finding code (Q001, q001) or name (quantity.conflict).")) -> None:
    """Explain a finding code: what it means, why it matters, and examples."""
    try:
        rules = load_rules()
    except RulesError as exc:
        fail(str(exc))
    check = next((c for k, c in rules.checks.items() if code.upper() == k or code.lower() == c.name), None)
    if check is None:
        fail(f"unknown code: {code} (known: {', '.join(rules.checks)})")
    typer.echo(f"{check.code} {check.name} (default severity: {check.severity})\n\n{check.summary}\n\n"
               f"Why it matters: {check.why}\n\nFires: {check.fires}\nDoes not fire: {check.passes}\n\n"
               f"Silence it: --ignore {check.code} on the command line; ignore = [\"{check.code}\"] or a "
               f"[severity] level under [tool.factcheck] in pyproject.toml; factcheck-ignore: [{check.code}] "
               f"(or a fingerprint) in an article's front matter; or record it with factcheck baseline.")


def list_rules(rules_dir: Optional[Path] = typer.Option(None, "--rules", metavar="FOLDER", help="A folder of rules merged over the defaults.")) -> None:
    """List every finding code with its name, default severity and what it finds."""
    try:
        rules = load_rules(rules_dir)
    except RulesError as exc:
        fail(str(exc))
    width = max(len(c.name) for c in rules.checks.values())
    for code, check in rules.checks.items():
        typer.echo(f"{code}  {check.severity:<7}  {check.name:<{width}}  {' '.join(check.summary.split())}")
