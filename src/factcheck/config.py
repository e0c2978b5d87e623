"""Settings from [tool.factcheck] in pyproject.toml or a --config file, validated.

Command-line options win over the file; the file wins over the defaults. Paths in
the file are relative to the file's folder. An unknown key, code, frame or level is
a ConfigError naming it, which the CLI turns into one line and exit code 2.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from .model import Discrepancy
from .rules import Rules
from .ruletypes import SEVERITIES

FAIL_LEVELS = (*SEVERITIES, "never")
KEYS = ("select", "ignore", "fail-on", "severity", "frame-severity", "baseline", "rules", "exclude", "paths")
# files in a folder of articles that are not articles (globs matched against the file's name)
DEFAULT_EXCLUDE = ("README*", "CHANGELOG*", "CHANGES*", "HISTORY*", "NEWS.md", "LICENSE*", "LICENCE*",
                   "CONTRIBUTING*", "CODE_OF_CONDUCT*", "SECURITY*", "AUTHORS*", "NOTICE*")
CODE = re.compile(r"[A-Za-z]\d{0,3}")
# frames the code makes itself; the others come from rules/frames.toml
BUILT_IN_FRAMES = ("count", "measure", "date", "place", "time", "position", "role", "age", "quote", "statement",
                   "organisation", "person", "name")


class ConfigError(Exception):
    """A settings file that cannot be used."""


@dataclass(frozen=True)
class Settings:
    source: str = ""                              # where the settings came from, for messages
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "error"
    severity: dict = field(default_factory=dict)        # code -> level (a dict, so settings pickle)
    frame_severity: dict = field(default_factory=dict)  # frame -> level
    baseline: Path | None = None
    rules: Path | None = None
    exclude: tuple[str, ...] = DEFAULT_EXCLUDE   # globs of files not to read in folders
    paths: tuple[str, ...] = ()                  # what to check when the command line names nothing


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml with a [tool.factcheck] table, from `start` upwards."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            try:
                if "factcheck" in tomllib.loads(candidate.read_text(encoding="utf-8")).get("tool", {}):
                    return candidate
            except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError):
                return candidate  # broken: reading it again reports the error
    return None


def read_table(path: Path) -> dict:
    """The settings table of a file: [tool.factcheck] of a pyproject.toml, else the top level."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"no such config file: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError, OSError) as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml" or "tool" in data:
        data = data.get("tool", {}).get("factcheck", {})
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [tool.factcheck] is not a table")
    return data


def normal_code(text: str) -> str:
    """Codes in capitals (q001 is Q001), names in lower case (Quantity is quantity)."""
    text = text.strip()
    return text.upper() if CODE.fullmatch(text) else text.lower()


def _codes(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [v for v in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of codes or names")
    return tuple(normal_code(v) for v in value if v.strip())


def _strings(value: object, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of strings")
    return tuple(value)


def _levels(value: object, where: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of name = level")
    for key, level in value.items():
        if level not in SEVERITIES:
            raise ConfigError(f"{where}.{key}: unknown level '{level}' (use {', '.join(SEVERITIES)})")
    return dict(sorted((normal_code(k), v) for k, v in value.items()))


def load_settings(path: Path | None, cwd: Path) -> Settings:
    """Settings from `path`, or from the nearest pyproject.toml, or the defaults."""
    path = path or find_pyproject(cwd)
    if path is None:
        return Settings()
    table = read_table(path)
    where = f"{path}: [tool.factcheck]" if path.name == "pyproject.toml" else str(path)
    for key in table:
        if key not in KEYS:
            raise ConfigError(f"{where}: unknown key '{key}' (known: {', '.join(KEYS)})")
    fail_on = table.get("fail-on", "error")
    if fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{where}: fail-on: unknown level '{fail_on}' (use {', '.join(FAIL_LEVELS)})")
    paths = {}
    for key in ("baseline", "rules"):
        if key in table:
            if not isinstance(table[key], str):
                raise ConfigError(f"{where}: {key}: expected a path")
            paths[key] = path.parent / table[key]
    return Settings(
        source=where, select=_codes(table.get("select", []), f"{where}: select"),
        ignore=_codes(table.get("ignore", []), f"{where}: ignore"), fail_on=fail_on,
        severity=_levels(table.get("severity", {}), f"{where}: severity"),
        frame_severity=_levels(table.get("frame-severity", {}), f"{where}: frame-severity"),
        baseline=paths.get("baseline"), rules=paths.get("rules"),
        exclude=DEFAULT_EXCLUDE + _strings(table.get("exclude", []), f"{where}: exclude"),
        paths=tuple(str(path.parent / p) for p in _strings(table.get("paths", []), f"{where}: paths")))


def describe(settings: Settings) -> str:
    """The settings in effect, one per line, for --show-settings."""
    lines = [f"config: {settings.source or '(none found: defaults)'}"]
    for key in ("paths", "select", "ignore", "fail_on", "severity", "frame_severity", "baseline", "rules", "exclude"):
        value = getattr(settings, key)
        shown = ", ".join(value) if isinstance(value, tuple) else \
            ", ".join(f"{k} = {v}" for k, v in value.items()) if isinstance(value, dict) else value
        lines.append(f"{key.replace('_', '-')}: {shown if shown not in (None, '') else '-'}")
    return "\n".join(lines) + "\n"


def check_names(settings: Settings, rules: Rules) -> None:
    """Every code, name or frame the settings mention must be one the rules know."""
    where = settings.source or "options"
    names = {n for code, check in rules.checks.items() for n in (code, check.name)}
    for key, patterns in (("select", settings.select), ("ignore", settings.ignore)):
        for pattern in patterns:
            if not any(name.startswith(pattern) for name in names):
                raise ConfigError(f"{where}: {key}: unknown code or name '{pattern}' (known: {', '.join(rules.checks)})")
    for code in settings.severity:
        if code not in names:
            raise ConfigError(f"{where}: severity: unknown code or name '{code}' (known: {', '.join(rules.checks)})")
    frames = set(BUILT_IN_FRAMES) | {f.name for f in rules.frames}
    for frame in settings.frame_severity:
        if frame not in frames:
            raise ConfigError(f"{where}: frame-severity: unknown frame '{frame}' (known: {', '.join(sorted(frames))})")


def with_severities(items: tuple[Discrepancy, ...], settings: Settings, rules: Rules) -> tuple[Discrepancy, ...]:
    """Severities as configured: per frame over per code over the rules' default."""
    def level(item: Discrepancy) -> str:
        by_code = settings.severity.get(item.code) or settings.severity.get(item.name)
        return settings.frame_severity.get(item.slot.frame) or by_code or item.severity
    return tuple(replace(d, severity=level(d)) for d in items)
