"""The one record list every output format is built from: plain JSON-ready dicts."""
from __future__ import annotations

import re
from bisect import bisect_right

from .. import __version__
from ..fingerprint import fingerprint
from ..model import Discrepancy, Document, Fact, Mention, Report
from .readings import reading
from .sides import self_contradicting, sides
from .values import slot_record, value_record

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
REPORT_VERSION = 1


def ordered(items: tuple[Discrepancy, ...], documents: tuple[Document, ...]) -> tuple[Discrepancy, ...]:
    """Findings by severity (errors first), then by where their first claim is."""
    place = {d.id: i for i, d in enumerate(documents)}

    def position(item: Discrepancy) -> tuple:
        return min(((place.get(f.mention.doc, len(place)), f.mention.span[0]) for f in item.facts), default=(0, 0))
    return tuple(sorted(items, key=lambda d: (-SEVERITY_RANK[d.severity], position(d))))


def ordered_records(record: dict) -> list[dict]:
    """The report's discrepancy records in the order of `ordered`."""
    place = {d["id"]: i for i, d in enumerate(record["documents"])}

    def position(item: dict) -> tuple:
        return min(((place.get(c["doc"], len(place)), c["span"][0]) for c in item["claims"]), default=(0, 0))
    return sorted(record["discrepancies"], key=lambda d: (-SEVERITY_RANK[d["severity"]], position(d)))


def mention_record(mention: Mention) -> dict:
    return {"kind": mention.kind, "span": list(mention.span), "text": mention.surface,
            "value": value_record(mention.value), "partial": mention.partial}


def document_record(document: Document) -> dict:
    return {"id": document.id, "path": document.path, "title": document.title,
            "outlet": document.outlet,
            "published": document.published.isoformat() if document.published else None,
            "published_from": document.published_from, "format": document.source_format,
            "chars": len(document.text)}


class Values:
    """Value records built once per mention object: rows and claims share them."""

    def __init__(self) -> None:
        self.built: dict[int, dict] = {}

    def __call__(self, mention: Mention) -> dict:
        key = id(mention)
        if key not in self.built:
            self.built[key] = value_record(mention.value)
        return self.built[key]


class Lines:
    """Line and column (both from 1) of an offset, for documents whose text is the file's
    own text; None for HTML and JSON, whose text was extracted from the file."""

    def __init__(self) -> None:
        self.starts: dict[str, list[int] | None] = {}

    def __call__(self, document: Document, offset: int) -> tuple[int | None, int | None]:
        if document.id not in self.starts:
            self.starts[document.id] = [0] + [m.end() for m in re.finditer("\n", document.text)] \
                if document.source_format in ("text", "markdown") else None
        starts = self.starts[document.id]
        if starts is None:
            return None, None
        line = bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1


def claim_record(fact: Fact, documents: dict[str, Document], values: Values, lines: Lines) -> dict:
    document = documents[fact.mention.doc]
    start, end = fact.sentence_span
    line, column = lines(document, fact.mention.span[0])
    return {"doc": document.id, "path": document.path, "span": list(fact.mention.span),
            "line": line, "column": column,
            "text": fact.mention.surface, "value": values(fact.mention),
            "sentence": document.text[start:end], "sentence_span": [start, end],
            "published": document.published.isoformat() if document.published else None}


def discrepancy_record(item: Discrepancy, documents: dict[str, Document], values: Values, lines: Lines,
                       labels=None) -> dict:
    found = sides([(f.mention.doc, reading(f, labels)) for f in item.facts])
    return {"code": item.code, "name": item.name, "severity": item.severity,
            "slot": slot_record(item.slot), "message": item.message, "summary": item.message,
            "note": item.note,
            "fingerprint": fingerprint(item),
            "claims": [claim_record(f, documents, values, lines) for f in item.facts],
            "sides": [{"reading": side.reading, "docs": list(side.docs)} for side in found],
            "contradicts_itself": [doc for doc, _ in self_contradicting(found)]}


def report_record(report: Report, discrepancies: tuple[Discrepancy, ...] | None = None, labels=None) -> dict:
    """The whole report as one JSON-ready dict (the contract in DESIGN.md)."""
    documents = {d.id: d for d in report.documents}
    items = report.discrepancies if discrepancies is None else discrepancies
    values, lines = Values(), Lines()
    rows = []
    for row in report.rows:
        cells: dict[str, list] = {}
        for fact in row.facts:
            cells.setdefault(fact.mention.doc, []).append(
                {"value": values(fact.mention), "span": list(fact.mention.span),
                 "text": fact.mention.surface})
        rows.append({"slot": slot_record(row.slot), "cells": cells})
    by_severity = {s: sum(1 for d in items if d.severity == s) for s in SEVERITY_RANK}
    by_code: dict[str, int] = {}
    for item in items:
        by_code[item.code] = by_code.get(item.code, 0) + 1
    return {
        "version": REPORT_VERSION,
        "tool": {"name": "factcheck", "version": __version__},
        "documents": [document_record(d) for d in report.documents],
        "skipped": [{"path": s.path, "reason": s.reason} for s in report.skipped],
        "rows": rows,
        "discrepancies": [discrepancy_record(d, documents, values, lines, labels) for d in items],
        "summary": {"documents": len(report.documents), "skipped": len(report.skipped),
                    "mentions": len(report.mentions), "facts": sum(len(r.facts) for r in report.rows),
                    "rows": len(report.rows), "discrepancies": len(items),
                    "by_severity": by_severity, "by_code": dict(sorted(by_code.items()))},
    }
