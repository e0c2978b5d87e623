"""One case file per finding code: cases that must fire and cases that must not."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factcheck.check.rows import CODES
from conftest import run_texts

CASES = Path(__file__).parent / "cases"


def load_cases():
    for path in sorted(CASES.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for expectation in ("fire", "pass"):
            for case in data.get(expectation, []):
                yield pytest.param(path.stem, expectation, case, id=f"{path.stem}-{expectation}-{case['id']}")


@pytest.mark.parametrize("code,expectation,case", list(load_cases()))
def test_case(code, expectation, case, rules):
    code = code.split("_")[0]  # Q001_ages.toml holds more Q001 cases
    report = run_texts(case["docs"], rules, case.get("published"))
    codes = {d.code for d in report.discrepancies}
    if expectation == "fire":
        assert code in codes, [d.message for d in report.discrepancies]
        # the values that conflict (as written) and the slot, when the case names them
        wanted = set(case.get("values", ()))
        assert any(wanted <= {f.mention.surface for f in d.facts} and case.get("slot", "") in d.slot.label()
                   for d in report.discrepancies if d.code == code), \
            [(d.slot.label(), [f.mention.surface for f in d.facts]) for d in report.discrepancies]
        if "severity" in case:  # an update is information, not a warning
            assert {d.severity for d in report.discrepancies if d.code == code} == {case["severity"]}, \
                [(d.message, d.severity) for d in report.discrepancies]
        if "message" in case:  # the readings in conflict, named
            assert any(case["message"] in d.message for d in report.discrepancies if d.code == code), \
                [d.message for d in report.discrepancies]
    else:
        assert code not in codes, [d.message for d in report.discrepancies]


def test_every_implemented_code_has_cases_that_fire_and_pass():
    for code in CODES:
        data = tomllib.loads((CASES / f"{code}.toml").read_text(encoding="utf-8"))
        assert data.get("fire") and data.get("pass"), code


def test_every_implemented_code_is_in_the_catalogue(rules):
    assert set(CODES) <= set(rules.checks)


def test_every_frame_has_a_case_that_fires_on_its_slot(rules):
    """A frame none of whose cases fires on its own slot is untested: deleting it would go unseen."""
    fired = set()
    for path in sorted(CASES.glob("*.toml")):
        for case in tomllib.loads(path.read_text(encoding="utf-8")).get("fire", []):
            fired |= {d.slot.frame for d in run_texts(case["docs"], rules, case.get("published")).discrepancies}
    assert not [frame.name for frame in rules.frames if frame.name not in fired]
