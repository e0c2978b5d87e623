"""The reader of rules/statements.toml: sources of figures, reported speech, sentence
alignment and the closed classes of S001. An unknown key names the file and the key."""
from __future__ import annotations

from types import MappingProxyType

from .rulefiles import _get, _load_toml, _str_list
from .ruletypes import RulesError

FILE = "statements.toml"
KEYS = {
    "sources": {"verbs", "stops", "max_words", "breaks"},
    "statements": {"audiences", "min_words"},
    "align": {"min_shared", "min_dice", "figure_min_shared", "figure_min_dice", "figure_max_ratio", "place_min_dice", "rare_words", "max_postings", "candidates", "function_words", "personal"},
    "classes": None,  # any class name
    "preceded_by": None,  # any class name
    "needs_names": {"classes", "once"},
}


def _check_keys(data: dict) -> None:
    for table, value in data.items():
        if table not in KEYS:
            raise RulesError(FILE, table, f"unknown table (known: {', '.join(KEYS)})")
        if KEYS[table] is not None and isinstance(value, dict):
            for key in value:
                if key not in KEYS[table]:
                    raise RulesError(FILE, f"{table}.{key}", f"unknown key (known: {', '.join(sorted(KEYS[table]))})")


def _classes(data: dict) -> MappingProxyType:
    """word or phrase (lower case) -> ((class, group index), ...)."""
    found: dict[str, list[tuple[str, int]]] = {}
    for name, groups in _get(data, FILE, "classes", dict, {}).items():
        if not isinstance(groups, list) or len(groups) < 2 or not all(
                isinstance(g, list) and g and all(isinstance(w, str) and w.strip() for w in g) for g in groups):
            raise RulesError(FILE, f"classes.{name}", "expected a list of at least two lists of words")
        for index, group in enumerate(groups):
            for word in group:
                found.setdefault(word.lower().strip(), []).append((name, index))
    return MappingProxyType({word: tuple(places) for word, places in found.items()})


def _preceded_by(data: dict) -> MappingProxyType:
    """class -> the words one of which must stand just before its detail."""
    classes = _get(data, FILE, "classes", dict, {})
    found = {}
    for kind in _get(data, FILE, "preceded_by", dict, {}):
        if kind not in classes:
            raise RulesError(FILE, f"preceded_by.{kind}", "not a class of [classes]")
        found[kind] = frozenset(w.lower() for w in _str_list(data, FILE, f"preceded_by.{kind}"))
    return MappingProxyType(found)


def _personal(data: dict) -> MappingProxyType:
    """word (lower case) -> the kind of event it tells, one a person has once (death)."""
    events = {}
    for kind in _get(data, FILE, "align.personal", dict, {}):
        for word in _str_list(data, FILE, f"align.personal.{kind}"):
            events[word.lower()] = kind
    return MappingProxyType(events)


def _load_statements(dirs):
    data = _load_toml(FILE, dirs)
    _check_keys(data)
    dice = _get(data, FILE, "align.min_dice", float, 0.5)
    if not 0 < dice <= 1:
        raise RulesError(FILE, "align.min_dice", "expected a number in (0, 1]")
    return dict(
        source_verbs=frozenset(w.lower() for w in _str_list(data, FILE, "sources.verbs")),
        source_stops=frozenset(w.lower() for w in _str_list(data, FILE, "sources.stops")),
        source_max_words=_get(data, FILE, "sources.max_words", int, 6),
        source_breaks=tuple(_str_list(data, FILE, "sources.breaks")),
        statement_audiences=tuple(_str_list(data, FILE, "statements.audiences")),
        statement_min_words=_get(data, FILE, "statements.min_words", int, 6),
        align_min_shared=_get(data, FILE, "align.min_shared", int, 4),
        align_min_dice=dice,
        align_figure_min_shared=_get(data, FILE, "align.figure_min_shared", int, 4),
        align_figure_min_dice=_get(data, FILE, "align.figure_min_dice", float, 0.3),
        align_place_min_dice=_get(data, FILE, "align.place_min_dice", float, 0.4),
        align_figure_max_ratio=_get(data, FILE, "align.figure_max_ratio", float, 1.5),
        align_rare_words=_get(data, FILE, "align.rare_words", int, 4),
        align_max_postings=_get(data, FILE, "align.max_postings", int, 16),
        align_candidates=_get(data, FILE, "align.candidates", int, 4),
        function_words=frozenset(w.lower() for w in _str_list(data, FILE, "align.function_words")),
        personal_events=_personal(data),
        detail_classes=_classes(data),
        detail_preceded_by=_preceded_by(data),
        detail_needs_names=frozenset(_str_list(data, FILE, "needs_names.classes")),
        detail_needs_once=frozenset(_str_list(data, FILE, "needs_names.once")))
