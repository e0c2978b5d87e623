"""Score `factcheck extract` against Recognizers-Text's English number specs
(../shared/peer-specs/recognizers-text). A case is right when every expected
number is found with its value and its exact span (ranges: the span within two
characters and the same bounds),
and nothing else is found. Numbers are scored on `number` mentions (every
written number), ranges on `quantity` mentions that are bounds or ranges. Run by hand: python benchmarks/peer_numbers.py"""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

SPECS = Path(__file__).resolve().parents[2] / "shared" / "peer-specs" / "recognizers-text"
INTERVAL = re.compile(r"([\[(])\s*(-?[\d.]+|)\s*,\s*(-?[\d.]+|)\s*([\])])")


def extract(inputs: list[str]) -> list[list[dict]]:
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(inputs))
    proc = subprocess.run(["factcheck", "extract", "-"], input=lines, capture_output=True, text=True, check=True)
    found = {r["doc"]: r["mentions"] for r in map(json.loads, proc.stdout.splitlines())}
    return [found.get(str(i), []) for i in range(len(inputs))]


def number_ok(expected: dict, mentions: list[dict]) -> bool:
    """The same value (to 1e-9 relative) and the same span, white space at the ends aside."""
    value = float(expected["Resolution"]["value"])
    start, end = expected["Start"], expected["End"] + 1
    return any(m["span"] == [start, end] and abs(m["value"]["low"] - value) <= 1e-9 * max(1, abs(value))
               for m in mentions)


def range_ok(expected: dict, mentions: list[dict]) -> bool:
    """Same bounds and the same open or closed ends. One convention differs and is
    accepted: Recognizers-Text reads 'between 20 and 30', '20 to 30', '20-30' as
    [20,30); we read such ranges as inclusive, as news means them."""
    match = INTERVAL.match(expected["Resolution"]["value"])
    if not match:
        return False
    low = float(match[2]) if match[2] else None
    high = float(match[3]) if match[3] else None
    low_open, high_open = match[1] == "(" and low is not None, match[4] == ")" and high is not None
    start, end = expected["Start"], expected["End"] + 1

    def ends_agree(value: dict) -> bool:
        same = value["low_open"] == low_open and value["high_open"] == high_open
        plain_range = value["precision"] == "range" and not value["low_open"] and not value["high_open"] \
            and not low_open and high_open
        return same or plain_range
    return any(m["span"][0] <= start + 2 and end - 2 <= m["span"][1] and m["value"]["low"] == low
               and m["value"]["high"] == high and ends_agree(m["value"]) for m in mentions)


def score(name: str, check, kind: str) -> None:
    cases = json.loads((SPECS / f"{name}.json").read_text(encoding="utf-8"))
    def wanted(mention: dict) -> bool:
        """Ranges are scored on amounts stated as intervals: bounds, ranges, and figures
        stated as 'equal to' (the spec's [x,x]); a bare or approximate figure is no range."""
        if kind == "range":
            value, text = mention["value"], mention["text"].lower()
            return mention["kind"] in ("quantity", "duration") and (
                value["precision"] in ("lower", "upper", "range")
                or (value["precision"] == "exact" and text.startswith(("equal", "exactly"))))
        return mention["kind"] == kind
    found = [[m for m in ms if wanted(m)] for ms in extract([c["Input"] for c in cases])]
    right = 0
    for case, mentions in zip(cases, found):
        expected = case.get("Results", [])
        if not expected:
            right += not mentions
        elif all(check(e, mentions) for e in expected) and len(mentions) <= len(expected):
            right += 1
    print(f"{name}: {right}/{len(cases)} = {right / len(cases):.1%}")


if __name__ == "__main__":
    if not SPECS.is_dir():
        sys.exit(f"peer specs not found at {SPECS}")
    score("NumberModel", number_ok, "number")
    score("NumberRangeModel", range_ok, "range")
