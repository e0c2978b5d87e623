"""Choosing findings by code or dotted-name prefix (--select / --ignore)."""
from __future__ import annotations

from .model import Discrepancy


def matches(item: Discrepancy, pattern: str) -> bool:
    pattern = pattern.strip()
    return item.code.startswith(pattern) or item.name == pattern or item.name.startswith(pattern.rstrip(".") + ".") \
        or item.name.startswith(pattern)


def select(items: tuple[Discrepancy, ...], chosen: list[str], ignored: list[str]) -> tuple[Discrepancy, ...]:
    kept = [d for d in items if not chosen or any(matches(d, p) for p in chosen)]
    return tuple(d for d in kept if not any(matches(d, p) for p in ignored))
