"""Score `factcheck extract` on the period cases of another project's public suite:
Duckling's English time corpus (benchmarks/data/duckling_en_periods.tsv, with its source and
licence). Extracted: one date mention covers the whole text. Resolved: also its start and end
(inclusive) are Duckling's. Compatible: extracted, and the period overlaps Duckling's, so that
the two readings could not be reported as a conflict (D001 compares periods by overlap); the
gap between the two is conventions (Duckling's thirds of a month for early/mid/late, where
factcheck reads halves; astronomical seasons; whole weeks before this one for 'the last two
weeks', where factcheck counts back from the day). Printed for all and for news-like cases.
Run by hand: python benchmarks/peer_periods.py [-v]"""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

DATA = Path(__file__).parent / "data" / "duckling_en_periods.tsv"
REFERENCE = "2013-02-12"  # Duckling's test context: Tuesday 12 February 2013


def cases() -> list[dict]:
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def extract(texts: list[str]) -> list[list[dict]]:
    lines = "".join(json.dumps({"id": str(i), "text": t}) + "\n" for i, t in enumerate(texts))
    proc = subprocess.run(["factcheck", "extract", "-", "--published", REFERENCE],
                          input=lines, capture_output=True, text=True, check=True)
    found = {int(r["doc"]): [m for m in r["mentions"] if m["kind"] == "date"] for r in map(json.loads, proc.stdout.splitlines())}
    return [found.get(i, []) for i in range(len(texts))]


def judge(case: dict, mentions: list[dict]) -> tuple[bool, bool, bool]:
    whole = [m for m in mentions if m["span"][0] == 0 and m["span"][1] >= len(case["text"].rstrip("."))]
    if len(mentions) != 1 or not whole or not whole[0]["value"]:
        return bool(whole) and len(mentions) == 1, False, False
    start, end = whole[0]["value"]["start"], whole[0]["value"]["end"]
    return True, (start, end) == (case["start"], case["end"]), start <= case["end"] and case["start"] <= end


def main(verbose: bool) -> None:
    rows = cases()
    results = [judge(c, m) for c, m in zip(rows, extract([c["text"] for c in rows]))]
    for label, keep in (("all", lambda c: True), ("news-like", lambda c: c["news"] == "1")):
        chosen = [r for c, r in zip(rows, results) if keep(c)]
        extracted, resolved, compatible = (sum(r[i] for r in chosen) for i in range(3))
        print(f"Duckling periods ({label}): {len(chosen)} cases, extracted {extracted / len(chosen):.1%}, "
              f"resolved {resolved / len(chosen):.1%}, compatible {compatible / len(chosen):.1%}")
    if verbose:
        for case, (extracted, resolved, compatible) in zip(rows, results):
            if not resolved:
                state = "not found  " if not extracted else ("overlaps   " if compatible else "wrong value")
                print(f"  {state}  {case['text']}")


if __name__ == "__main__":
    main("-v" in sys.argv[1:])
