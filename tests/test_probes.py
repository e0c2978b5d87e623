"""Invented probes of the classes of ../shared/probes (tests/probes/*/), written blind by a helper
on 2026-12-07 with other names, numbers and sentence shapes, and scored before anyone read them:
11 of 24 right at that session's start. Each row of expected.tsv says what a correct checker
gives: for a miss, one of the codes its last column names; for an fp, nothing at warning or
above. The test asserts no probe that is right today goes wrong (RIGHT_TODAY)."""
from __future__ import annotations

import csv
import json
from pathlib import Path

from typer.testing import CliRunner

from factcheck.cli import app

PROBES = Path(__file__).parent / "probes"
CODES = ("Q001", "D001", "P001", "N001", "R001", "A001", "A002", "S001")
runner = CliRunner()

# the probes right on 2026-12-07, after that session's changes (18 of 24)
RIGHT_TODAY = {
    "closed-vocabulary-a", "closed-vocabulary-b", "proximity-binding-a", "proximity-binding-b", "part-whole-a",
    "identity-evidence-a", "identity-evidence-b", "slot-granularity-b", "reading-ambiguity-a", "reading-ambiguity-b",
    "name-extraction-a", "name-extraction-b", "similarity-identity-a", "similarity-identity-b", "attribution-a",
    "event-interval-b", "page-furniture-a", "page-furniture-b",
}


def right(row: dict) -> bool:
    folder = PROBES / row["folder"]
    articles = [str(p) for p in sorted(folder.glob("*.txt"))]
    result = runner.invoke(app, ["compare", *articles, "--format", "json", "--fail-on", "never"], env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    shown = [d for d in json.loads(result.output)["discrepancies"] if d["severity"] in ("warning", "error")]
    if row["kind"] == "fp":
        return not shown
    if row["reproduces when"] == "no finding at all":
        return bool(shown)
    return bool({d["code"] for d in shown} & {c for c in CODES if c in row["reproduces when"]})


def test_no_probe_right_today_goes_wrong():
    rows = list(csv.DictReader((PROBES / "expected.tsv").open(encoding="utf-8"), delimiter="\t"))
    assert {r["folder"] for r in rows} >= RIGHT_TODAY and len(rows) == 24
    now = {r["folder"] for r in rows if right(r)}
    assert not RIGHT_TODAY - now, sorted(RIGHT_TODAY - now)
