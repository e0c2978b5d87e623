"""JSON output: the report record, and the JSON lines of `factcheck extract`."""
from __future__ import annotations

import json

from ..model import Document, Mention
from .records import mention_record


def dumps(record: dict) -> str:
    """Compact JSON (indenting would switch to the slow pure-Python encoder)."""
    return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"


def extract_record(document: Document, mentions: tuple[Mention, ...]) -> dict:
    return {"doc": document.id,
            "published": document.published.isoformat() if document.published else None,
            "mentions": [mention_record(m) for m in mentions]}


def extract_lines(records: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
