"""Extraction specs: sentence -> spans and normalised values."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from factcheck.extract import extract_mentions
from factcheck.ingest import text_document
from factcheck.segment import segment

SPECS = tomllib.loads((Path(__file__).parent / "specs" / "quantities.toml").read_text(encoding="utf-8"))["case"]


def extracted(text, rules):
    document = text_document("t.txt", "t.txt", text)
    mentions = extract_mentions(document, segment(document, rules), rules)
    return [m for m in mentions if m.kind == "quantity"]


def none(value):
    return None if value == "none" else value


@pytest.mark.parametrize("case", SPECS, ids=[c["text"][:40] for c in SPECS])
def test_quantity_spec(case, rules):
    found = extracted(case["text"], rules)
    got = [[m.surface, m.value.low, m.value.high, m.value.precision, m.value.unit or m.value.noun] for m in found]
    expected = [[s, none(lo), none(hi), p, none(u)] for s, lo, hi, p, u in case["expect"]]
    for row in got:
        row[1] = None if row[1] is None else round(row[1], 6)
        row[2] = None if row[2] is None else round(row[2], 6)
    assert got == expected


def test_partial_flag(rules):
    found = extracted("2 representatives and 51 other members signed.", rules)
    assert [m.partial for m in found] == [False, True]


def test_durations_are_not_counts(rules):
    document = text_document("t.txt", "t.txt", "Nearly 100 days ago, over three months of arrests began.")
    mentions = extract_mentions(document, segment(document, rules), rules)
    assert "quantity" not in {m.kind for m in mentions} and "duration" in {m.kind for m in mentions}


NUMBER_SPECS = tomllib.loads((Path(__file__).parent / "specs" / "numbers.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", NUMBER_SPECS, ids=[c["text"][:40] for c in NUMBER_SPECS])
def test_number_spec(case, rules):
    document = text_document("t.txt", "t.txt", case["text"])
    mentions = [m for m in extract_mentions(document, segment(document, rules), rules, numbers=True)
                if m.kind == "number"]
    assert [m.surface for m in mentions] == [s for s, _ in case["expect"]]
    for mention, (_, value) in zip(mentions, case["expect"]):
        assert mention.value.low == pytest.approx(value, rel=1e-9)


CONTEST_SPECS = tomllib.loads((Path(__file__).parent / "specs" / "contests.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", CONTEST_SPECS, ids=[c["text"][:40] for c in CONTEST_SPECS])
def test_contest_spec(case, rules):
    document = text_document("t.txt", "t.txt", case["text"])
    mentions = extract_mentions(document, segment(document, rules), rules)
    records = [[m.surface, m.value.person_id, m.value.wins, m.value.losses, m.value.draws, m.value.knockouts]
               for m in mentions if m.kind == "record"]
    assert records == [[none(v) for v in row] for row in case.get("records", [])]
    stoppages = [[m.surface, m.value.low, m.value.noun] for m in mentions if m.kind == "elapsed"]
    assert stoppages == case.get("stoppages", [])
    defences = [[m.surface, m.value.low, m.value.noun] for m in mentions if m.kind == "defence"]
    assert defences == case.get("defences", [])
