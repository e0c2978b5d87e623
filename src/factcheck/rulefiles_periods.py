"""Loader of rules/periods.toml: the words of periods (seasons, decades, parts of a
period, open ends, ranges) and of page stamps. Unknown keys are rejected."""
from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from .rulefiles import RulesError, _get, _load_toml, _str_list

FILE = "periods.toml"
KNOWN = {"seasons": None, "seasons_need_anchor": {"words"}, "decades": None,
         "parts": {"edges", "ordinals", "pieces"}, "open_ends": {"after", "before"},
         "ranges": {"connectors", "openers", "paired"}, "stamps": {"words"}, "zones": None}


@dataclass(frozen=True, eq=False)
class PeriodWords:
    seasons: MappingProxyType          # word -> (first month, last month)
    seasons_need_anchor: frozenset
    decades: MappingProxyType          # 'seventies' -> 70
    edges: MappingProxyType            # 'early' -> (0.0, 0.5)
    ordinals: MappingProxyType         # 'second' -> 2, 'last' -> -1
    pieces: MappingProxyType           # 'week' -> 7 (days), 'half' -> 2 (parts of the whole)
    open_after: tuple[str, ...]
    open_before: tuple[str, ...]
    connectors: tuple[str, ...]
    openers: tuple[str, ...]
    paired: tuple[str, ...]
    stamps: tuple[str, ...]
    zones: MappingProxyType            # 'EDT' -> -240 (minutes east of UTC)


def _check_keys(data: dict) -> None:
    for key, value in data.items():
        if key not in KNOWN:
            raise RulesError(FILE, key, f"unknown key (known: {', '.join(sorted(KNOWN))})")
        allowed = KNOWN[key]
        if allowed is not None and isinstance(value, dict):
            for sub in value:
                if sub not in allowed:
                    raise RulesError(FILE, f"{key}.{sub}", f"unknown key (known: {', '.join(sorted(allowed))})")


def _numbers(data: dict, key: str, kind, size: int | None = None) -> MappingProxyType:
    table = {}
    for word, value in _get(data, FILE, key, dict, {}).items():
        values = value if isinstance(value, list) else [value]
        if (size is not None and len(values) != size) or not all(
                isinstance(v, kind) and not isinstance(v, bool) for v in values):
            raise RulesError(FILE, f"{key}.{word}", f"expected {size or 1} number(s)")
        table[word.lower()] = tuple(values) if size else values[0]
    return MappingProxyType(table)


def _load_periods(dirs) -> dict:
    data = _load_toml(FILE, dirs)
    _check_keys(data)
    seasons = _numbers(data, "seasons", int, 2)
    if any(not (1 <= m <= 12) for pair in seasons.values() for m in pair):
        raise RulesError(FILE, "seasons", "months must be 1 to 12")
    edges = _numbers(data, "parts.edges", (int, float), 2)
    if any(not (0 <= a < b <= 1) for a, b in edges.values()):
        raise RulesError(FILE, "parts.edges", "expected [from, to] with 0 <= from < to <= 1")
    return {"periods": PeriodWords(
        seasons=seasons, seasons_need_anchor=frozenset(_str_list(data, FILE, "seasons_need_anchor.words")),
        decades=_numbers(data, "decades", int), edges=edges,
        ordinals=_numbers(data, "parts.ordinals", int), pieces=_numbers(data, "parts.pieces", int),
        open_after=tuple(_str_list(data, FILE, "open_ends.after")),
        open_before=tuple(_str_list(data, FILE, "open_ends.before")),
        connectors=tuple(_str_list(data, FILE, "ranges.connectors")),
        openers=tuple(_str_list(data, FILE, "ranges.openers")),
        paired=tuple(_str_list(data, FILE, "ranges.paired")),
        stamps=tuple(_str_list(data, FILE, "stamps.words")),
        zones=MappingProxyType({k.upper(): v for k, v in _numbers(data, "zones", int).items()}))}
