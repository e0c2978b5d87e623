"""Fingerprints: what identifies a discrepancy across runs.

Built from the code, the slot and the normalised value each source gives, never from
offsets or line numbers, so editing an unrelated paragraph, reordering files or adding
an unrelated article leaves every fingerprint as it was.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from .model import Discrepancy, Slot
from .report.values import value_record

Claim = tuple[str, str]  # (document id, the value as canonical JSON)


@dataclass(frozen=True)
class Identity:
    code: str
    slot: tuple[str, str, str, str, str]
    claims: frozenset[Claim]

    @property
    def values(self) -> frozenset[str]:
        """The values whatever source gives them: what a disagreement is about."""
        return frozenset(value for _, value in self.claims)

    @property
    def fingerprint(self) -> str:
        key = json.dumps([self.code, list(self.slot), sorted(self.claims)], ensure_ascii=False)
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def slot_key(slot: Slot) -> tuple[str, str, str, str, str]:
    return (slot.frame, slot.subject, slot.era, slot.scope, slot.who)


def identity(item: Discrepancy) -> Identity:
    claims = frozenset((f.mention.doc, json.dumps(value_record(f.mention.value), sort_keys=True, ensure_ascii=False))
                       for f in item.facts)
    return Identity(item.code, slot_key(item.slot), claims)


def fingerprint(item: Discrepancy) -> str:
    return identity(item).fingerprint
