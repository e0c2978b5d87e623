"""Load and validate the vocabulary in rules/: TOML tables and plain-text lists.

A mistake in a rules file is a RulesError naming the file and the key, which
the CLI turns into a one-line message and exit code 2.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from types import MappingProxyType

SEVERITIES = ("error", "warning", "info")
HEDGE_KINDS = ("lower", "lower_open", "upper", "upper_open", "near_below", "approx", "exact", "closes")


class RulesError(Exception):
    """A rules file that cannot be used, with the file and key at fault."""

    def __init__(self, file: str, key: str, problem: str):
        super().__init__(f"{file}: {key}: {problem}")


@dataclass(frozen=True)
class Frame:
    name: str
    cues: tuple[tuple[str, ...], ...]
    cumulative: bool
    subject: str | None = None
    subjects: frozenset = frozenset()


@dataclass(frozen=True)
class Unit:
    name: str
    dimension: str
    factor: float


@dataclass(frozen=True)
class Check:
    code: str
    name: str
    severity: str
    summary: str
    why: str
    fires: str
    passes: str


@dataclass(frozen=True)
class EventKind:
    name: str
    cues: tuple[tuple[str, ...], ...]
    qualifiers: tuple[str, ...]
    once: bool


# eq=False: rules are hashed by identity, so compiled patterns can be cached per rule set.
@dataclass(frozen=True, eq=False)
class Rules:
    cardinals: MappingProxyType
    scales: MappingProxyType
    suffix_scales: MappingProxyType
    fractions: MappingProxyType
    ordinals: MappingProxyType
    multipliers: MappingProxyType
    signs: MappingProxyType
    year_range: tuple[int, int]
    labels: frozenset                 # words before a figure that make it a label
    hedges: MappingProxyType          # phrase -> kind
    after_hedges: MappingProxyType    # phrase after a figure -> kind
    tolerance: float
    vague: MappingProxyType           # phrase -> (low, high)
    vague_needs_of: frozenset
    change_verbs: frozenset
    frames: tuple[Frame, ...]
    window: tuple[int, int]
    stop_words: frozenset
    generic_nouns: frozenset
    frameless_measures: frozenset
    noun_classes: MappingProxyType    # word or phrase -> class
    irregular: MappingProxyType
    partial_after: frozenset
    lookahead: int
    units: MappingProxyType           # written form (lower case) -> Unit
    currency_symbols: MappingProxyType  # symbol -> Unit
    duration_forms: frozenset
    conversion_tolerance: float
    round_tolerance: float
    dimensions: MappingProxyType      # unit name -> Unit
    prefix_units: MappingProxyType    # forms also written before a figure ("magnitude 6.1")
    months: MappingProxyType
    weekdays: MappingProxyType
    time_words: tuple[str, ...]
    relative_days: MappingProxyType   # phrase -> offset in days
    compared_relative_days: frozenset
    period_units: MappingProxyType    # word -> day, week, month, year
    shifts: MappingProxyType          # last -1, next 1, this 0
    future_words: frozenset
    past_words: frozenset
    year_pivot: int
    numeric_order: str                # mdy or dmy
    abbreviations: frozenset
    credit_markers: tuple[str, ...]
    caption_markers: tuple[str, ...]
    headline_max_words: int
    checks: MappingProxyType          # code -> Check
    events: tuple[EventKind, ...]
    event_aliases: MappingProxyType
    background_days: int
    place_aliases: MappingProxyType   # name -> ISO code
    place_regions: MappingProxyType   # name -> tuple of ISO codes it lies within
    demonyms: MappingProxyType        # adjective -> ISO code
    city_min_population: int
    place_type_words: frozenset
    org_heads: frozenset
    org_joiners: frozenset
    org_aliases: tuple[tuple[str, ...], ...]
    titles: tuple[str, ...]
    person_links: frozenset
    not_person: frozenset
    spelling_ratio: float
    variant_min_length: int
    variant_shared_words: int
    speech_verbs: frozenset
    quote_min_words: int
    same_quote_ratio: float
    negations: frozenset
    quote_spelling_ratio: float
    story_wide_share: float


def default_rules_dir() -> Path:
    """The rules shipped in the package, or the checkout's rules/ in development."""
    packaged = Path(str(resources.files("factcheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


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
        if not (isinstance(bounds, list) and len(bounds) == 2 and all(isinstance(b, (int, float)) for b in bounds)
                and bounds[0] <= bounds[1]):
            raise RulesError(file, f"vague.{phrase}", "expected [low, high] with low <= high")
        vague[phrase.lower()] = (float(bounds[0]), float(bounds[1]))
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
                            frozenset(_str_list(data, file, f"frames.{name}.subjects"))))
    return dict(frames=tuple(frames),
                window=(_get(data, file, "window.left", int, 6), _get(data, file, "window.right", int, 7)),
                stop_words=frozenset(_str_list(data, file, "window.stop_words")),
                generic_nouns=frozenset(_str_list(data, file, "frameless.generic")),
                frameless_measures=frozenset(_str_list(data, file, "frameless.measures")))


def _load_nouns(dirs):
    file = "nouns.toml"
    data = _load_toml(file, dirs)
    classes = {}
    for name in _get(data, file, "classes", dict, {}):
        for word in _str_list(data, file, f"classes.{name}"):
            classes[word.lower()] = name
    irregular = _get(data, file, "irregular", dict, {})
    return dict(noun_classes=MappingProxyType(classes),
                irregular=MappingProxyType({k.lower(): str(v) for k, v in irregular.items()}),
                partial_after=frozenset(_str_list(data, file, "partial.after")),
                lookahead=_get(data, file, "lookahead", int, 3))


def _load_units(dirs):
    file = "units.toml"
    data = _load_toml(file, dirs)
    forms, symbols, prefix = {}, {}, {}
    for name in _get(data, file, "units", dict, {}):
        key = f"units.{name}"
        unit = Unit(name, _get(data, file, f"{key}.dimension", str), _get(data, file, f"{key}.factor", float))
        for form in _str_list(data, file, f"{key}.forms"):
            forms[form.lower()] = unit
        for symbol in _str_list(data, file, f"{key}.symbols"):
            symbols[symbol] = unit
        if _get(data, file, f"{key}.prefix", bool, False):
            prefix.update({form.lower(): unit for form in _str_list(data, file, f"{key}.forms")})
    durations = _str_list(data, file, "durations.forms")
    return dict(units=MappingProxyType(forms), currency_symbols=MappingProxyType(symbols),
                prefix_units=MappingProxyType(prefix),
                conversion_tolerance=_get(data, file, "conversion.tolerance", float, 0.05),
                round_tolerance=_get(data, file, "conversion.round_tolerance", float, 0.2),
                dimensions=MappingProxyType({u.name: u for u in forms.values()}),
                duration_forms=frozenset(d.lower() for d in durations))


def _load_calendar(dirs):
    file = "calendar.toml"
    data = _load_toml(file, dirs)
    tables = {}
    for key in ("months", "weekdays"):
        table = _get(data, file, key, dict, {})
        for word, number in table.items():
            if isinstance(number, bool) or not isinstance(number, int):
                raise RulesError(file, f"{key}.{word}", "expected a whole number")
        tables[key] = MappingProxyType({w.lower(): n for w, n in table.items()})
    order = _get(data, file, "numeric.order", str, "mdy")
    if order not in ("mdy", "dmy"):
        raise RulesError(file, "numeric.order", "expected mdy or dmy")
    units = _get(data, file, "units", dict, {})
    if any(u not in ("day", "week", "month", "year", "hour") for u in units.values()):
        raise RulesError(file, "units", "each unit must be day, week, month, year or hour")
    return dict(**tables, time_words=tuple(_str_list(data, file, "times.after")),
                relative_days=MappingProxyType({k.lower(): int(v) for k, v in
                                                _get(data, file, "relative_days", dict, {}).items()}),
                compared_relative_days=frozenset(_str_list(data, file, "relative_days_compared.words")),
                period_units=MappingProxyType(dict(units)),
                shifts=MappingProxyType({k: int(v) for k, v in _get(data, file, "shifts", dict, {}).items()}),
                future_words=frozenset(_str_list(data, file, "tense.future")),
                past_words=frozenset(_str_list(data, file, "tense.past")),
                year_pivot=_get(data, file, "two_digit_years.pivot", int, 50), numeric_order=order)


def _load_events(dirs):
    file = "events.toml"
    data = _load_toml(file, dirs)
    kinds = []
    for name in sorted(_get(data, file, "events", dict, {})):
        key = f"events.{name}"
        kinds.append(EventKind(name, tuple(tuple(c.lower().split()) for c in _str_list(data, file, f"{key}.cues")),
                               tuple(_str_list(data, file, f"{key}.qualifiers")),
                               _get(data, file, f"{key}.once", bool, False)))
    share = _get(data, file, "evidence.story_wide_share", float, 0.5)
    if not 0 < share <= 1:
        raise RulesError(file, "evidence.story_wide_share", "expected a number above 0 and at most 1")
    return dict(events=tuple(kinds), event_aliases=MappingProxyType(dict(_get(data, file, "aliases", dict, {}))),
                background_days=_get(data, file, "background.days", int, 30), story_wide_share=share)


def _load_places(dirs):
    file = "places.toml"
    data = _load_toml(file, dirs)
    regions = {}
    for name in _get(data, file, "regions", dict, {}):
        regions[name] = tuple(_str_list(data, file, f"regions.{name}"))
    aliases = _get(data, file, "aliases", dict, {})
    demonyms = _get(data, file, "demonyms", dict, {})
    for table, entries in (("aliases", aliases), ("demonyms", demonyms)):
        for key, code in entries.items():
            if not isinstance(code, str):
                raise RulesError(file, f"{table}.{key}", "expected an ISO code as a string")
    return dict(place_aliases=MappingProxyType(dict(aliases)), place_regions=MappingProxyType(regions),
                demonyms=MappingProxyType(dict(demonyms)),
                city_min_population=_get(data, file, "cities.min_population", int, 50000),
                place_type_words=frozenset(_str_list(data, file, "cities.type_words")))


def _load_names(dirs):
    file = "names.toml"
    data = _load_toml(file, dirs)
    aliases = _get(data, file, "organisations.aliases", list, [])
    if not all(isinstance(group, list) and all(isinstance(x, str) for x in group) for group in aliases):
        raise RulesError(file, "organisations.aliases", "expected a list of lists of names")
    return dict(org_heads=frozenset(_str_list(data, file, "organisations.heads")),
                org_joiners=frozenset(_str_list(data, file, "organisations.joiners")),
                org_aliases=tuple(tuple(group) for group in aliases),
                titles=tuple(sorted(_str_list(data, file, "people.titles"), key=len, reverse=True)),
                person_links=frozenset(_str_list(data, file, "people.links")),
                not_person=frozenset(_str_list(data, file, "people.not_person")),
                spelling_ratio=_get(data, file, "variants.spelling_ratio", float, 80.0),
                variant_min_length=_get(data, file, "variants.min_length", int, 5),
                variant_shared_words=_get(data, file, "variants.shared_words", int, 4),
                speech_verbs=frozenset(_str_list(data, file, "quotes.verbs")),
                quote_min_words=_get(data, file, "quotes.min_words", int, 6),
                same_quote_ratio=_get(data, file, "quotes.same_quote_ratio", float, 85.0),
                negations=frozenset(_str_list(data, file, "quotes.negations")),
                quote_spelling_ratio=_get(data, file, "quotes.spelling_ratio", float, 75.0))


def _load_checks(dirs):
    file = "checks.toml"
    checks = {}
    for code, table in sorted(_load_toml(file, dirs).items()):
        if not isinstance(table, dict):
            raise RulesError(file, code, "expected a table")
        data = {code: table}
        severity = _get(data, file, f"{code}.severity", str)
        if severity not in SEVERITIES:
            raise RulesError(file, f"{code}.severity", f"expected one of {', '.join(SEVERITIES)}")
        fields = {k: _get(data, file, f"{code}.{k}", str) for k in ("name", "summary", "why", "fires", "passes")}
        checks[code] = Check(code=code, severity=severity, **fields)
    return dict(checks=MappingProxyType(checks))


def load_rules(extra_dir: Path | None = None) -> Rules:
    """The default rules, with the files of `extra_dir` (if any) merged over them."""
    dirs = [default_rules_dir()]
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise RulesError(str(extra_dir), "(folder)", "not a folder")
        dirs.append(extra_dir)
    captions = _load_toml("captions.toml", dirs)
    return Rules(
        **_load_numbers(dirs), **_load_hedges(dirs), **_load_frames(dirs), **_load_nouns(dirs),
        **_load_units(dirs), **_load_checks(dirs), **_load_calendar(dirs), **_load_events(dirs),
        **_load_places(dirs), **_load_names(dirs),
        abbreviations=frozenset(_lines("abbreviations.txt", dirs)),
        credit_markers=tuple(_str_list(captions, "captions.toml", "credit_markers")),
        caption_markers=tuple(_str_list(captions, "captions.toml", "caption_markers")),
        headline_max_words=_get(captions, "captions.toml", "headline_max_words", int, 20),
    )
