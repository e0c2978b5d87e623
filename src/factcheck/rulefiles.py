"""Readers for each file of rules/: validate its keys and turn them into Rules fields.
A mistake names the file and the key."""
from __future__ import annotations

import tomllib
from pathlib import Path
from types import MappingProxyType

from .ruletypes import HEDGE_KINDS, Frame, RulesError, Unit

def _read_toml(directory: Path, name: str) -> dict:
    path = directory / name
    if not path.exists():
        return {}
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise RulesError(name, "(file)", f"not valid TOML: {exc}") from None


def _merge(base: dict, extra: dict) -> dict:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _load_toml(name: str, dirs: list[Path]) -> dict:
    data: dict = {}
    for directory in dirs:
        data = _merge(data, _read_toml(directory, name))
    return data


def _lines(name: str, dirs: list[Path]) -> list[str]:
    lines: list[str] = []
    for directory in dirs:
        path = directory / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip() and not line.lstrip().startswith("#"):
                    lines.append(line.strip())
    return lines


def _get(data: dict, file: str, key: str, kind, default=None):
    """data[key] for a dotted key, checked to be of `kind`."""
    node = data
    for part in key.split("."):
        node = node.get(part) if isinstance(node, dict) else None
    value = default if node is None else node
    if value is None:
        raise RulesError(file, key, "missing")
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise RulesError(file, key, f"expected {kind.__name__}, got {type(value).__name__}")
    return value


def _numbers_table(data: dict, file: str, key: str) -> dict[str, float]:
    table = _get(data, file, key, dict, {})
    for word, value in table.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise RulesError(file, f"{key}.{word}", "expected a number")
    return {word.lower(): float(value) for word, value in table.items()}


def _str_list(data: dict, file: str, key: str) -> list[str]:
    value = _get(data, file, key, list, [])
    if not all(isinstance(item, str) for item in value):
        raise RulesError(file, key, "expected a list of strings")
    return value


def _load_numbers(dirs):
    data = _load_toml("numbers.toml", dirs)
    return dict(
        cardinals=MappingProxyType(_numbers_table(data, "numbers.toml", "cardinals")),
        scales=MappingProxyType(_numbers_table(data, "numbers.toml", "scales")),
        suffix_scales=MappingProxyType({k: float(v) for k, v in _get(data, "numbers.toml", "suffix_scales", dict, {}).items()}),
        fractions=MappingProxyType(_numbers_table(data, "numbers.toml", "fractions")),
        ordinals=MappingProxyType(_numbers_table(data, "numbers.toml", "ordinals")),
        multipliers=MappingProxyType(_numbers_table(data, "numbers.toml", "multipliers")),
        signs=MappingProxyType(_numbers_table(data, "numbers.toml", "signs")),
        labels=frozenset(w.lower() for w in _str_list(data, "numbers.toml", "labels.before")),
        emergency_numbers=frozenset(_str_list(data, "numbers.toml", "phones.emergency")),
        calling_after=frozenset(w.lower() for w in _str_list(data, "numbers.toml", "phones.calling_after")),
        calling_before=frozenset(w.lower() for w in _str_list(data, "numbers.toml", "phones.calling_before")),
        year_range=(_get(data, "numbers.toml", "years.min", int, 1800), _get(data, "numbers.toml", "years.max", int, 2100)),
    )


def _load_hedges(dirs):
    file = "hedges.toml"
    data = _load_toml(file, dirs)
    phrases = _get(data, file, "phrases", dict, {})
    after = _get(data, file, "after", dict, {})
    for table, entries in (("phrases", phrases), ("after", after)):
        for phrase, kind in entries.items():
            if kind not in HEDGE_KINDS:
                raise RulesError(file, f"{table}.{phrase}", f"unknown kind {kind!r} (one of {', '.join(HEDGE_KINDS)})")
    vague = {}
    for phrase, bounds in _get(data, file, "vague", dict, {}).items():
        if not (isinstance(bounds, list) and len(bounds) in (1, 2) and all(isinstance(b, (int, float)) for b in bounds)
                and bounds[0] <= bounds[-1]):
            raise RulesError(file, f"vague.{phrase}", "expected [low, high] with low <= high, or [low]")
        vague[phrase.lower()] = (float(bounds[0]), float(bounds[1]) if len(bounds) == 2 else None)
    tolerance = _get(data, file, "approx.tolerance", float)
    if not 0 <= tolerance < 1:
        raise RulesError(file, "approx.tolerance", "expected a number from 0 to 1")
    return dict(hedges=MappingProxyType({p.lower(): k for p, k in phrases.items()}),
                after_hedges=MappingProxyType({p.lower(): k for p, k in after.items()}),
                vague_needs_of=frozenset(_str_list(data, file, "vague_needs_of.words")),
                change_verbs=frozenset(_str_list(data, file, "changes.verbs")),
                tolerance=tolerance, vague=MappingProxyType(vague))


def _load_frames(dirs):
    file = "frames.toml"
    data = _load_toml(file, dirs)
    frames = []
    for name, table in sorted(_get(data, file, "frames", dict, {}).items()):
        if not isinstance(table, dict):
            raise RulesError(file, f"frames.{name}", "expected a table")
        cues = _str_list(data, file, f"frames.{name}.cues")
        frames.append(Frame(name, tuple(tuple(c.lower().split()) for c in cues),
                            _get(data, file, f"frames.{name}.cumulative", bool, False),
                            table.get("subject") if isinstance(table.get("subject"), str) else None,
                            frozenset(_str_list(data, file, f"frames.{name}.subjects")),
                            _get(data, file, f"frames.{name}.personal", bool, False),
                            _get(data, file, f"frames.{name}.needs_shared_name", bool, False),
                            frozenset(w.lower() for w in _str_list(data, file, f"frames.{name}.things")),
                            _get(data, file, f"frames.{name}.needs_place", bool, False),
                            _get(data, file, f"frames.{name}.progress", bool, False)))
    return dict(frames=tuple(frames),
                window=(_get(data, file, "window.left", int, 6), _get(data, file, "window.right", int, 7)),
                stop_words=frozenset(_str_list(data, file, "window.stop_words")),
                generic_nouns=frozenset(_str_list(data, file, "frameless.generic")),
                frameless_measures=frozenset(_str_list(data, file, "frameless.measures")))


def _classes(data: dict, file: str, key: str) -> dict[str, str]:
    """A table of classes and their word lists, as lower-case word -> class."""
    table = {}
    for name in _get(data, file, key, dict, {}):
        for word in _str_list(data, file, f"{key}.{name}"):
            table[word.lower()] = name
    return table


def _load_nouns(dirs):
    file = "nouns.toml"
    data = _load_toml(file, dirs)
    classes = _classes(data, file, "classes")
    irregular = _get(data, file, "irregular", dict, {})
    return dict(noun_classes=MappingProxyType(classes),
                irregular=MappingProxyType({k.lower(): str(v) for k, v in irregular.items()}),
                partial_after=frozenset(_str_list(data, file, "partial.after")),
                scope_words=frozenset(w.lower() for w in _str_list(data, file, "scope.places")),
                lookahead=_get(data, file, "lookahead", int, 3),
                ammunition_rounds=frozenset(w.lower() for w in _str_list(data, file, "ammunition.rounds")),
                firing_verbs=frozenset(w.lower() for w in _str_list(data, file, "ammunition.verbs")),
                ammunition_after=tuple(w.lower() for w in _str_list(data, file, "ammunition.after")))


def _load_units(dirs):
    file = "units.toml"
    data = _load_toml(file, dirs)
    forms, symbols, prefix, labels = {}, {}, {}, {}
    for name in _get(data, file, "units", dict, {}):
        key = f"units.{name}"
        unit = Unit(name, _get(data, file, f"{key}.dimension", str), _get(data, file, f"{key}.factor", float))
        labels[name] = _get(data, file, f"{key}.label", str, name)
        for form in _str_list(data, file, f"{key}.forms"):
            forms[form.lower()] = unit
        for symbol in _str_list(data, file, f"{key}.symbols"):
            symbols[symbol] = unit
        if _get(data, file, f"{key}.prefix", bool, False):
            prefix.update({form.lower(): unit for form in _str_list(data, file, f"{key}.forms")})
    durations = _str_list(data, file, "durations.forms")
    return dict(units=MappingProxyType(forms), currency_symbols=MappingProxyType(symbols),
                unit_labels=MappingProxyType(labels),
                prefix_units=MappingProxyType(prefix),
                conversion_tolerance=_get(data, file, "conversion.tolerance", float, 0.05),
                round_tolerance=_get(data, file, "conversion.round_tolerance", float, 0.2),
                round_dimensions=frozenset(_str_list(data, file, "conversion.round_dimensions")),
                whole_rounding_dimensions=frozenset(_str_list(data, file, "conversion.whole_rounding_dimensions")),
                money_rounding_from=_get(data, file, "conversion.money_rounding_from", (int, float), 1e6),
                dimensions=MappingProxyType({u.name: u for u in forms.values()}),
                duration_forms=frozenset(d.lower() for d in durations))
