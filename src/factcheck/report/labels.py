"""Row and column labels a person reads: "people killed" for the slot (killed, person),
"calls" for (count, call), "age of Fred Larue"; outlets for columns when the articles
name theirs; and counts with the right plural ("1 document")."""
from __future__ import annotations

import tomllib
from functools import lru_cache

from ..rules import default_rules_dir

NAMED = ("age", "record", "role", "position")  # frames whose subject is a person's or place's name
OF = ("date", "place", "time", "age", "record", "role", "position")
KEYS = {"participles", "irregular"}


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], dict[str, str]]:
    path = default_rules_dir() / "labels.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    if set(data) - KEYS:
        raise ValueError(f"{path}: unknown key {sorted(set(data) - KEYS)[0]!r}")
    return frozenset(data.get("participles", [])), dict(data.get("irregular", {}))


def plural_noun(noun: str) -> str:
    irregular = _words()[1]
    head, _, last = noun.rpartition(" ")
    if last in irregular:
        word = irregular[last]
    elif last.endswith(("s", "x", "z", "ch", "sh")):
        word = last + "es"
    elif last.endswith("y") and last[-2:-1] not in tuple("aeiou"):
        word = last[:-1] + "ies"
    else:
        word = last + "s"
    return f"{head} {word}" if head else word


def counted(count: int, noun: str) -> str:
    """'1 document', '3 documents', '1 discrepancy'."""
    return f"{count} {noun if count == 1 else plural_noun(noun)}"


def _name(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split())


def slot_label(slot: dict) -> str:
    """A slot record's plain label, from its frame, subject, scope, who and era."""
    frame, subject = slot["frame"], slot["subject"].replace(":", " ")  # 'summit:G20' is the summit G20
    participles = _words()[0]
    if frame == "count":
        words = plural_noun(subject)
    elif frame == "measure":
        words = subject
    elif frame in OF:
        words = f"{frame} of {_name(subject) if frame in NAMED else subject}"
    elif frame.endswith("ed") or frame in participles:
        words = f"{plural_noun(subject)} {frame}"
    else:
        words = f"{frame} {subject}"
    scope, who, era = slot.get("scope"), slot.get("who"), slot.get("era")
    if scope:
        words += f" {scope}" if scope.startswith("per ") or scope == "usually" else f" in {scope}"
    if who:
        words += f" of {_name(who)}"
    return words + (f" ({era})" if era else "")


def column_names(documents: list[tuple[str, str | None]]) -> dict[str, str]:
    """(doc id, outlet) -> doc id -> its column's name: the outlet where the article names
    one (the file name joined when two articles share an outlet), else the file name."""
    outlets = [outlet for _, outlet in documents if outlet]
    return {doc: (outlet if outlets.count(outlet) == 1 else f"{outlet} ({doc})") if outlet else doc
            for doc, outlet in documents}


def column_legend(names: dict[str, str]) -> str:
    """'columns: BBC = bbc-0412.txt; ...' for the columns named by outlet, else ''."""
    renamed = [f"{name} = {doc}" for doc, name in names.items() if name != doc]
    return "columns: " + "; ".join(renamed) if renamed else ""
