"""Baselines: the discrepancies a newsroom has already accepted, by fingerprint.

A current discrepancy is accepted when the baseline holds an entry of the same code and
slot whose values include all of its values: the same disagreement, perhaps with one
source corrected, or with a new article repeating a figure already in dispute. A
discrepancy with a value the baseline never saw (a new figure, a new place) is new. An
entry that accepts no current discrepancy is stale: fixed when no discrepancy shares a
value with it, outgrown when one does (a new figure joined the dispute: re-baseline).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from .fingerprint import Identity, identity
from .model import Discrepancy

BASELINE_VERSION = 1


class BaselineError(Exception):
    """A baseline file that cannot be read."""


@dataclass(frozen=True)
class Entry:
    identity: Identity
    label: str                   # the slot as the report shows it, for people reading the file


@dataclass(frozen=True)
class Triage:
    new: tuple[Discrepancy, ...]
    accepted: tuple[Discrepancy, ...]
    stale: tuple[Entry, ...]


def baseline_record(items: tuple[Discrepancy, ...]) -> dict:
    entries = []
    for item in items:
        ident = identity(item)
        entries.append({"fingerprint": ident.fingerprint, "code": ident.code, "slot": list(ident.slot),
                        "label": item.slot.label(), "claims": [list(c) for c in sorted(ident.claims)]})
    entries.sort(key=lambda e: (e["code"], e["slot"], e["fingerprint"]))
    return {"version": BASELINE_VERSION, "tool": "factcheck", "entries": entries}


def _entry(raw: object, where: str) -> Entry:
    try:
        code, slot, claims = raw["code"], raw["slot"], raw["claims"]
        ident = Identity(str(code), tuple(str(s) for s in slot),
                         frozenset((str(doc), str(value)) for doc, value in claims))
        if len(ident.slot) != 5:
            raise ValueError
        label = str(raw.get("label", ""))
    except (TypeError, KeyError, ValueError, AttributeError):
        raise BaselineError(f"{where}: not a baseline entry (code, slot, claims)") from None
    if raw.get("fingerprint") not in (None, ident.fingerprint):
        raise BaselineError(f"{where}: fingerprint does not match its code, slot and claims")
    return Entry(ident, label)


def read_baseline(path: Path) -> tuple[Entry, ...]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"no such baseline file: {path}") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a baseline (malformed JSON: {exc})") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not isinstance(data, dict) or data.get("tool") != "factcheck" or not isinstance(data.get("entries"), list):
        raise BaselineError(f"{path}: not a factcheck baseline (no tool/entries)")
    if data.get("version") != BASELINE_VERSION:
        raise BaselineError(f"{path}: baseline version {data.get('version')!r} is not {BASELINE_VERSION}")
    return tuple(_entry(raw, f"{path}: entry {i + 1}") for i, raw in enumerate(data["entries"]))


def triage(items: tuple[Discrepancy, ...], entries: tuple[Entry, ...]) -> Triage:
    by_slot: dict[tuple, list[Entry]] = {}
    for entry in entries:
        by_slot.setdefault((entry.identity.code, entry.identity.slot), []).append(entry)
    new, accepted, used = [], [], set()
    for item in items:
        ident = identity(item)
        covering = [e for e in by_slot.get((ident.code, ident.slot), []) if ident.values <= e.identity.values]
        used.update(id(e) for e in covering)
        (accepted if covering else new).append(item)
    stale = tuple(e for e in entries if id(e) not in used)
    return Triage(tuple(new), tuple(accepted), stale)


def outgrown(entry: Entry, items: tuple[Discrepancy, ...]) -> bool:
    """Whether a current discrepancy shares values with a stale entry: the dispute it
    recorded is still there, with a new figure, so the entry needs re-baselining."""
    for item in items:
        ident = identity(item)
        if (ident.code, ident.slot) == (entry.identity.code, entry.identity.slot) and ident.values & entry.identity.values:
            return True
    return False


def stale_note(entry: Entry, items: tuple[Discrepancy, ...]) -> str:
    head = f"baseline entry {entry.identity.fingerprint} ({entry.identity.code} {entry.label})"
    if outgrown(entry, items):
        return f"{head} no longer covers its dispute: a new figure joined it; re-baseline (factcheck baseline)"
    return f"{head} matches nothing now; it may be fixed"
