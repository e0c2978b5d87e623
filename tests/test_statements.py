"""Reported speech and the sources of figures: who said it, and whose figure it is."""
from __future__ import annotations

from conftest import run_texts


def rows_by_source(report, frame="killed"):
    return {row.slot.source: sorted(f.mention.surface for f in row.facts)
            for row in report.rows if row.slot.frame == frame}


def test_a_contested_toll_gives_each_source_its_own_row(rules):
    report = run_texts(["Rebel commanders said 22 people were killed, while the defence ministry put the toll at 9.",
                        "The defence ministry said 9 people died, while rebel commanders put the toll at 22."], rules)
    assert rows_by_source(report) == {"rebel commanders": ["22", "22"], "defence ministry": ["9", "9"]}
    assert not [d for d in report.discrepancies if d.code == "Q001"]


def test_a_source_of_one_figure_splits_no_toll(rules):
    report = run_texts(["Eleven people were killed in the avalanche, police said.",
                        "Fourteen people were killed in the avalanche, park officials said."], rules)
    assert rows_by_source(report) == {"": ["Eleven", "Fourteen"]}


def test_a_reported_statement_has_its_speaker(rules):
    report = run_texts(["The bridge was closed after divers found cracks in two of its piers, "
                        "Harbour Engineer Noor Vance said on Friday.",
                        "According to the port authority, the bridge was closed after divers found cracks in two piers."],
                       rules)
    said = {m.doc: m.value for m in report.mentions if m.kind == "statement"}
    assert said["a.txt"].speaker_id == "noor vance"
    assert said["a.txt"].words == "The bridge was closed after divers found cracks in two of its piers"
    assert said["b.txt"].speaker == "the port authority" and said["b.txt"].speaker_id == ""


def test_a_statement_credited_to_two_people_names_both(rules):
    report = run_texts(["The bridge was closed after divers found cracks in two of its piers, Harbour Engineer Noor Vance said.",
                        "The bridge was closed after divers found cracks in two of its piers, Port Director Aled Brunt said."],
                       rules)
    [finding] = [d for d in report.discrepancies if d.code == "A001"]
    assert "Aled Brunt" in finding.message and "Noor Vance" in finding.message


def test_an_unknown_key_of_statements_toml_names_file_and_key(tmp_path):
    import pytest
    from factcheck.rules import load_rules
    from factcheck.ruletypes import RulesError
    (tmp_path / "statements.toml").write_text("[align]\nmin_shard = 3\n", encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(tmp_path)
    assert "statements.toml" in str(error.value) and "align.min_shard" in str(error.value)
