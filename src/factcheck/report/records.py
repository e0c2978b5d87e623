"""The one record list every output format is built from: plain JSON-ready dicts."""
from __future__ import annotations

import hashlib
import math

from .. import __version__
from ..model import Amount, Discrepancy, Document, Fact, Mention, Period, Position, Ref, Report, Role, Said, Slot, TimeOfDay

SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}
REPORT_VERSION = 1


def number(value: float | None):
    if value is None or (isinstance(value, float) and math.isinf(value)):
        return None
    if float(value).is_integer() and abs(value) < 2**53:
        return int(value)
    value = float(f"{value:.12g}")  # twelve significant digits: no float noise, no lost fractions
    return int(value) if value.is_integer() else value


def amount_record(amount: Amount) -> dict:
    """An amount as JSON-ready fields."""
    return {"low": number(amount.low), "high": number(amount.high), "low_open": amount.low_open,
            "high_open": amount.high_open, "unit": amount.unit, "noun": amount.noun,
            "precision": amount.precision}


def slot_record(slot: Slot) -> dict:
    return {"frame": slot.frame, "subject": slot.subject, "era": slot.era or None,
            "scope": slot.scope or None, "label": slot.label()}


def period_record(period: Period) -> dict | None:
    if not period.resolved:
        return None
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "granularity": period.granularity}


def ref_record(ref: Ref) -> dict:
    return {"id": ref.id, "name": ref.name, "level": ref.level, "within": list(ref.within)}


def role_record(role: Role) -> dict:
    return {"person": role.person, "person_id": role.person_id, "organisation": role.organisation,
            "organisation_id": role.organisation_id, "title": role.title}


def value_record(value: Amount | Period | Ref | Role | Said | Position | TimeOfDay):
    if isinstance(value, Period):
        return period_record(value)
    if isinstance(value, TimeOfDay):
        return {"start": f"{value.start // 60:02d}:{value.start % 60:02d}",
                "end": f"{value.end // 60:02d}:{value.end % 60:02d}", "zone": value.zone}
    if isinstance(value, Position):
        return {"distance": amount_record(value.distance), "bearing": number(value.bearing),
                "direction": value.direction, "reference": value.reference, "reference_id": value.reference_id}
    if isinstance(value, Said):
        return {"words": value.words, "speaker": value.speaker, "speaker_id": value.speaker_id}
    if isinstance(value, Role):
        return role_record(value)
    return ref_record(value) if isinstance(value, Ref) else amount_record(value)


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


def claim_record(fact: Fact, documents: dict[str, Document], values: Values) -> dict:
    document = documents[fact.mention.doc]
    start, end = fact.sentence_span
    return {"doc": document.id, "path": document.path, "span": list(fact.mention.span),
            "text": fact.mention.surface, "value": values(fact.mention),
            "sentence": document.text[start:end], "sentence_span": [start, end],
            "published": document.published.isoformat() if document.published else None}


def fingerprint(item: Discrepancy) -> str:
    """Stable across edits elsewhere: the code, the slot and the values per source."""
    values = sorted({(f.mention.doc, repr(value_record(f.mention.value))) for f in item.facts})
    key = repr((item.code, item.slot, values))
    return hashlib.sha256(key.encode()).hexdigest()[:16]


def discrepancy_record(item: Discrepancy, documents: dict[str, Document], values: Values) -> dict:
    return {"code": item.code, "name": item.name, "severity": item.severity,
            "slot": slot_record(item.slot), "message": item.message, "summary": item.message,
            "note": item.note,
            "fingerprint": fingerprint(item),
            "claims": [claim_record(f, documents, values) for f in item.facts]}


def report_record(report: Report, discrepancies: tuple[Discrepancy, ...] | None = None) -> dict:
    """The whole report as one JSON-ready dict (the contract in DESIGN.md)."""
    documents = {d.id: d for d in report.documents}
    items = report.discrepancies if discrepancies is None else discrepancies
    values = Values()
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
        "discrepancies": [discrepancy_record(d, documents, values) for d in items],
        "summary": {"documents": len(report.documents), "skipped": len(report.skipped),
                    "mentions": len(report.mentions), "facts": sum(len(r.facts) for r in report.rows),
                    "rows": len(report.rows), "discrepancies": len(items),
                    "by_severity": by_severity, "by_code": dict(sorted(by_code.items()))},
    }
