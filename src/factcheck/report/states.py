"""What a table cell may claim about a fact: four states, never 'agree' by default.

conflict   a finding at warning or error names the fact
imprecise  only an info finding (a rounding, a vaguer figure) names it
agree      another source gives the very same normalised value
uncompared anything else: the checker said nothing, which is not agreement
"""
from __future__ import annotations

import json

CONFLICT, IMPRECISE, AGREE, UNCOMPARED = "conflict", "imprecise", "agree", "uncompared"
FLAG = {"error": CONFLICT, "warning": CONFLICT, "info": IMPRECISE}
# a mark before each value, so the states read without colour too
MARK = {CONFLICT: "✗ ", IMPRECISE: "~ ", AGREE: "✓ ", UNCOMPARED: ""}
LEGEND = ((CONFLICT, "✗ conflict"), (IMPRECISE, "~ imprecise"), (AGREE, "✓ same value in another source"),
          (UNCOMPARED, "unmarked: not compared"), ("silent", "— source silent"))


def value_key(value: object) -> str:
    """The normalised value as one comparable string, letter case aside."""
    return json.dumps(value, sort_keys=True, ensure_ascii=False).casefold()  # "President" is "president"


def shared_values(cells: dict[str, list[str]]) -> set[str]:
    """Value keys that at least two sources of a row give."""
    sources: dict[str, set[str]] = {}
    for doc, keys in cells.items():
        for key in keys:
            sources.setdefault(key, set()).add(doc)
    return {key for key, docs in sources.items() if len(docs) > 1}


def fact_state(severity: str | None, key: str, shared: set[str], comparable: bool = True) -> str:
    """The state of one fact: its worst finding's, else agree only when another source
    gives the same value (and the row is one the checker compares at all)."""
    if severity is not None:
        return FLAG[severity]
    return AGREE if comparable and key in shared else UNCOMPARED


def worse(a: str | None, b: str) -> str:
    order = (UNCOMPARED, AGREE, IMPRECISE, CONFLICT)
    return b if a is None or order.index(b) > order.index(a) else a
