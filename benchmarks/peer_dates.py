"""Score `factcheck extract --published` against Recognizers-Text's English date specs.
DateExtractor: right when the date mentions found have exactly the expected texts.
DateParser: right when, in addition, each resolves (its start) to the spec's past or
future resolution. Run by hand: python benchmarks/peer_dates.py"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SPECS = Path(__file__).resolve().parents[2] / "shared" / "peer-specs" / "recognizers-text"
DEFAULT_REFERENCE = "2016-11-07"  # the extractor spec gives none; the parser spec's most common


def extract(cases: list[dict]) -> list[list[dict]]:
    """One `factcheck extract` run per reference date, cases sent as JSON lines."""
    found: dict[int, list[dict]] = {}
    by_reference: dict[str, list[int]] = {}
    for index, case in enumerate(cases):
        reference = (case.get("Context") or {}).get("ReferenceDateTime", DEFAULT_REFERENCE)[:10]
        by_reference.setdefault(reference, []).append(index)
    for reference, indexes in by_reference.items():
        lines = "".join(json.dumps({"id": str(i), "text": cases[i]["Input"]}) + "\n" for i in indexes)
        proc = subprocess.run(["factcheck", "extract", "-", "--published", reference],
                              input=lines, capture_output=True, text=True, check=True)
        for record in map(json.loads, proc.stdout.splitlines()):
            found[int(record["doc"])] = [m for m in record["mentions"] if m["kind"] == "date"]
    return [found.get(i, []) for i in range(len(cases))]


def texts_match(case: dict, mentions: list[dict]) -> bool:
    expected = sorted(r["Text"].lower() for r in case.get("Results", []))
    return sorted(m["text"].lower().rstrip(".") for m in mentions) == [e.rstrip(".") for e in expected]


def resolution_ok(case: dict, mentions: list[dict]) -> bool:
    for result, mention in zip(case.get("Results", []), sorted(mentions, key=lambda m: m["span"])):
        value = result.get("Value") or {}
        wanted = {(value.get("FutureResolution") or {}).get("date"), (value.get("PastResolution") or {}).get("date")}
        wanted.discard(None)
        if "0001-01-01" in wanted:
            if mention["value"] is not None:
                return False
            continue
        if mention["value"] is None or mention["value"]["start"] not in wanted:
            return False
    return True


def score(name: str, with_resolution: bool) -> None:
    cases = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    found = extract(cases)
    right = sum(texts_match(c, m) and (not with_resolution or resolution_ok(c, m)) for c, m in zip(cases, found))
    print(f"{name}: {right}/{len(cases)} = {right / len(cases):.1%}")


if __name__ == "__main__":
    if not SPECS.is_dir():
        sys.exit(f"peer specs not found at {SPECS}")
    score("DateExtractor", False)
    score("DateParser", True)
