"""Choosing findings: by code or dotted-name prefix (--select / --ignore), by what the
articles themselves accept (factcheck-ignore), and by the articles involved (--only)."""
from __future__ import annotations

from pathlib import Path

from .fingerprint import fingerprint
from .model import Discrepancy, Document


def matches(item: Discrepancy, pattern: str) -> bool:
    pattern = pattern.strip()
    return item.code.startswith(pattern) or item.name == pattern or item.name.startswith(pattern.rstrip(".") + ".") \
        or item.name.startswith(pattern)


def select(items: tuple[Discrepancy, ...], chosen: list[str], ignored: list[str]) -> tuple[Discrepancy, ...]:
    kept = [d for d in items if not chosen or any(matches(d, p) for p in chosen)]
    return tuple(d for d in kept if not any(matches(d, p) for p in ignored))


def not_accepted(items: tuple[Discrepancy, ...], documents: tuple[Document, ...]) -> tuple[Discrepancy, ...]:
    """Drop what an article involved accepts in its front matter, by code, name or fingerprint."""
    accepts = {d.id: d.accepts for d in documents if d.accepts}
    if not accepts:
        return items

    def accepted(item: Discrepancy) -> bool:
        keys = (item.code, item.name, fingerprint(item))
        return any(key in accepts.get(f.mention.doc, ()) for f in item.facts for key in keys)
    return tuple(d for d in items if not accepted(d))


def documents_under(documents: tuple[Document, ...], paths: list[Path]) -> set[str]:
    """Ids of the documents read from the given files, or from files under the given folders."""
    targets = [p.resolve() for p in paths]
    chosen = set()
    for document in documents:
        if document.path == "-":
            continue
        where = Path(document.path).resolve()
        if any(where == t or t in where.parents for t in targets):
            chosen.add(document.id)
    return chosen


def involving(items: tuple[Discrepancy, ...], doc_ids: set[str]) -> tuple[Discrepancy, ...]:
    return tuple(d for d in items if any(f.mention.doc in doc_ids for f in d.facts))
