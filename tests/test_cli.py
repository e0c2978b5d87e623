"""The command line: exit codes, formats, output files, bad input, extract, explain."""
from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from conftest import SEEDS

runner = CliRunner()
SCHEMA = json.loads((resources.files("factcheck") / "report" / "schema.json").read_text(encoding="utf-8"))


def invoke(*args, **kwargs):
    return runner.invoke(app, [str(a) for a in args], **kwargs)


def seeds_report(tmp_path, *extra):
    out = tmp_path / "report.json"
    result = invoke("compare", SEEDS, "--format", "json", "--output", out, *extra)
    return result, json.loads(out.read_text(encoding="utf-8"))


def test_seeds_json_report_matches_schema_and_finds_the_tolls(tmp_path):
    result, report = seeds_report(tmp_path, "--fail-on", "never")
    assert result.exit_code == 0
    jsonschema.validate(report, SCHEMA)
    killed = [d for d in report["discrepancies"] if d["slot"]["frame"] == "killed"]
    assert [d["code"] for d in killed] == ["Q001"]
    claims = {(c["doc"], c["value"]["low"]) for c in killed[0]["claims"]}
    assert ("001_6fcb117fec5adba6.txt", 3) in claims and ("002_1db618b82845d53a.txt", 6) in claims
    texts = {d["id"]: (SEEDS / d["id"]).read_text(encoding="utf-8") for d in report["documents"]}
    for claim in killed[0]["claims"]:
        assert texts[claim["doc"]][slice(*claim["span"])] == claim["text"]


def test_exit_codes_follow_fail_on(tmp_path):
    assert seeds_report(tmp_path)[0].exit_code == 1
    assert seeds_report(tmp_path, "--fail-on", "never")[0].exit_code == 0
    assert seeds_report(tmp_path, "--ignore", "Q001,P001,R001")[0].exit_code == 0
    assert seeds_report(tmp_path, "--select", "quantity.imprecise")[0].exit_code == 0


def test_select_and_ignore_filter_findings(tmp_path):
    _, report = seeds_report(tmp_path, "--ignore", "quantity")
    assert {d["code"] for d in report["discrepancies"]} == {"P001", "N001", "R001"}
    _, report = seeds_report(tmp_path, "--select", "Q")
    assert {d["code"] for d in report["discrepancies"]} == {"Q001"}
    result = invoke("compare", SEEDS, "--select", "Z999")
    assert result.exit_code == 2


def test_terminal_report_without_colour(tmp_path):
    result = invoke("compare", SEEDS, "--fail-on", "never", env={"NO_COLOR": "1", "COLUMNS": "100"})
    assert result.exit_code == 0
    assert "\x1b[" not in result.output
    assert "Q001" in result.output and "killed person" in result.output


def test_output_file_is_not_left_half_written(tmp_path):
    result = invoke("compare", SEEDS, "--format", "json", "--output", tmp_path / "missing" / "r.json")
    assert result.exit_code == 2 and not (tmp_path / "missing").exists()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("setup", ["missing", "empty-folder", "only-bad"])
def test_no_input_is_exit_2_with_one_line(tmp_path, setup):
    target = tmp_path / "in"
    if setup != "missing":
        target.mkdir()
    if setup == "only-bad":
        (target / "a.txt").write_bytes(b"\x00\x01binary")
    result = invoke("compare", target)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert result.output.strip().splitlines()[-1].startswith("factcheck: error:")


def test_bad_files_are_skipped_and_listed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("000.txt", "001.txt"):
        (folder / name).write_bytes((SEEDS / sorted(p.name for p in SEEDS.iterdir())[int(name[2])]).read_bytes())
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00")
    (folder / "empty.md").write_bytes(b"")
    out = tmp_path / "r.json"
    result = invoke("compare", folder, "--format", "json", "-o", out, "--fail-on", "never")
    assert result.exit_code == 0
    assert [s["path"].split("/")[-1] for s in json.loads(out.read_text())["skipped"]] == ["bad.txt", "empty.md"]


def test_broken_rules_file_is_exit_2_naming_file_and_key(tmp_path):
    (tmp_path / "hedges.toml").write_text('[phrases]\n"at least" = "sometimes"\n', encoding="utf-8")
    result = invoke("compare", SEEDS, "--rules", tmp_path)
    assert result.exit_code == 2 and "hedges.toml" in result.output and "at least" in result.output
    (tmp_path / "hedges.toml").write_text("[phrases\n", encoding="utf-8")
    assert invoke("compare", SEEDS, "--rules", tmp_path).exit_code == 2
    (tmp_path / "hedges.toml").unlink()
    (tmp_path / "units.toml").write_text('[units.SEK]\nforms = ["kronor"]\ndimension = "money"\nfactor = 1.0\n',
                                         encoding="utf-8")
    result = invoke("compare", SEEDS, "--rules", tmp_path)
    assert result.exit_code == 2 and "currencies.toml" in result.output and "SEK" in result.output
    (tmp_path / "currencies.toml").write_text("[rates.SEK]\n2013 = 0.15\n", encoding="utf-8")
    assert invoke("compare", SEEDS, "--rules", tmp_path, "--fail-on", "never").exit_code == 0


def test_user_rules_extend_the_vocabulary(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Officials said 12 yaks were stolen.", encoding="utf-8")
    (folder / "b.txt").write_text("Officials said 15 yaks were pilfered.", encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    assert invoke("compare", folder).exit_code == 0  # two verbs, two open slots
    (rules / "grammar.toml").write_text('[slots]\nsynonyms = [["steal", "pilfer"]]\n', encoding="utf-8")
    assert invoke("compare", folder, "--rules", rules).exit_code == 1


def test_stdin_json_lines(tmp_path):
    lines = "".join(json.dumps({"id": i, "text": t}) + "\n"
                    for i, t in (("a", "At least three were killed."), ("b", "At least 6 were killed.")))
    result = invoke("compare", "-", "--format", "json", input=lines)
    assert result.exit_code == 1
    assert json.loads(result.output)["discrepancies"][0]["code"] == "Q001"


def test_extract_jsonl_one_line_per_document():
    result = invoke("extract", SEEDS)
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert result.exit_code == 0 and len(lines) == 5
    quantity = next(m for m in lines[1]["mentions"] if m["kind"] == "quantity")
    assert set(quantity) >= {"kind", "span", "text", "value"}
    assert set(quantity["value"]) >= {"low", "high", "low_open", "high_open", "unit"}
    dated = {d["doc"]: d for d in lines}["000_5db0b6afda525f8e.txt"]
    friday = next(m for m in dated["mentions"] if m["kind"] == "date" and "Friday" in m["text"])
    assert friday["value"] == {"start": "2017-07-07", "end": "2017-07-07", "granularity": "day"}
    undated = [m for m in lines[1]["mentions"] if m["kind"] == "date" and m["text"].lower().endswith("april")]
    assert undated and undated[0]["value"] is None


def test_extract_stdin_with_published_option():
    line = json.dumps({"id": "x", "text": "More than 100 men were arrested."}) + "\n"
    result = invoke("extract", "-", "--published", "2017-07-06", input=line)
    record = json.loads(result.output)
    assert record["published"] == "2017-07-06"
    assert record["mentions"][0]["value"]["low"] == 100 and record["mentions"][0]["value"]["low_open"]
    assert invoke("extract", "-", "--published", "July 6", input=line).exit_code == 2


def test_explain_known_and_unknown_codes():
    result = invoke("explain", "Q001")
    assert result.exit_code == 0 and "quantity.conflict" in result.output
    assert invoke("explain", "quantity.imprecise").exit_code == 0
    assert invoke("explain", "X123").exit_code == 2


def test_broken_ranks_are_exit_2_naming_the_key(tmp_path):
    (tmp_path / "names.toml").write_text('[ranks]\nuniformed = ["Sgt."]\n', encoding="utf-8")
    result = invoke("compare", SEEDS, "--rules", tmp_path)
    assert result.exit_code == 2 and "names.toml" in result.output and "ranks.uniformed" in result.output
    (tmp_path / "names.toml").write_text('[people]\nshortened_ranks = [["Colonel", "Sheriff"]]\n', encoding="utf-8")
    result = invoke("compare", SEEDS, "--rules", tmp_path)
    assert result.exit_code == 2 and "shortened_ranks" in result.output


def test_a_claim_is_quoted_with_the_spacing_of_its_source():
    from factcheck.report.terminal import squeezed
    assert squeezed(", was\n  arrested ") == ", was arrested "
    assert squeezed("Holmes, ") == "Holmes, "
    assert squeezed("\n") == " " and squeezed("") == ""


def _table_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("│")]


def test_table_marks_four_states_and_never_calls_a_lone_value_agreed():
    result = invoke("compare", SEEDS, "--fail-on", "never", "--format", "terminal",
                    env={"NO_COLOR": "1", "COLUMNS": "200"})
    rows = {line.split("│")[1].strip(): line for line in _table_lines(result.output)}
    meeting = [c.strip() for c in rows["date of meeting"].split("│")[2:-1]]
    assert "✓ 7 July 2017" in meeting[0] and "June 2017" in meeting[0] and "✓ June" not in meeting[0]
    assert meeting[1] == "—"  # a source that is silent
    killed = rows["people killed"]
    assert "✗ at least 3" in killed and "✗ at least 6" in killed
    detained = rows["people detained"]
    assert "200 or more" in detained and "✓ 200" not in detained and "✓ more than 100" in detained
    assert "✓ president" in rows["role of Vladimir Putin"]  # letter case is no disagreement
    assert "Leader" in rows["role of Vladimir Putin"] and "✓ Leader" not in rows["role of Vladimir Putin"]
    legend = next(line for line in result.output.splitlines() if "✗ conflict" in line)
    assert "~ imprecise" in legend and "not compared" in legend and "— source silent" in legend


def test_table_colours_follow_the_states():
    from factcheck.report.terminal import STATUS_STYLE
    assert STATUS_STYLE == {"conflict": "bold red", "imprecise": "yellow", "agree": "green", "uncompared": "dim"}


def test_html_table_has_the_same_four_states(tmp_path):
    out = tmp_path / "r.html"
    invoke("compare", SEEDS, "--fail-on", "never", "--format", "html", "--output", out)
    page = out.read_text(encoding="utf-8")
    import re
    cells = re.findall(r'<a class="(\w+)" href="#f-[^>]*>([^<]*)</a>', page)
    assert {"conflict", "agree", "uncompared"} <= {state for state, _ in cells}
    assert all(text.startswith("✓ ") == (state == "agree") for state, text in cells)
    assert all(text.startswith("✗ ") == (state == "conflict") for state, text in cells)
    assert "not compared" in page and "source silent" in page


def _toll_story(folder, later_date):
    folder.mkdir()
    (folder / "first.md").write_text("---\ndate: 2025-03-04\n---\nFloods swept through the valley town of Brenmoor "
                                     "on Monday. At least 12 people were killed, the regional governor said.\n",
                                     encoding="utf-8")
    (folder / "second.md").write_text(f"---\ndate: {later_date}\n---\nFloods swept through the valley town of "
                                      "Brenmoor on Monday. At least 31 people were killed, officials said.\n",
                                      encoding="utf-8")
    return folder


def test_a_toll_growing_in_a_later_source_is_an_update_at_warning(tmp_path):
    out = tmp_path / "r.json"
    invoke("compare", _toll_story(tmp_path / "later", "2025-03-07"), "-f", "json", "-o", out)
    [item] = json.loads(out.read_text(encoding="utf-8"))["discrepancies"]
    assert (item["code"], item["severity"]) == ("Q001", "warning") and "update" in item["note"]
    # the larger toll in the OLDER source is no update: it stays an error
    invoke("compare", _toll_story(tmp_path / "older", "2025-03-01"), "-f", "json", "-o", out)
    # (its 'Monday' is another Monday: a D001 of the ledes' dates beside it)
    [item] = [d for d in json.loads(out.read_text(encoding="utf-8"))["discrepancies"] if d["code"] == "Q001"]
    assert (item["severity"], item["note"]) == ("error", None)


def test_a_finding_says_which_claims_disagree_and_who_contradicts_itself(tmp_path):
    result, report = seeds_report(tmp_path, "--fail-on", "never")
    jsonschema.validate(report, SCHEMA)
    [killed] = [d for d in report["discrepancies"] if d["slot"]["frame"] == "killed"]
    assert killed["sides"] == [{"reading": "at least 3", "docs": ["001_6fcb117fec5adba6.txt"]},
                               {"reading": "at least 6", "docs": ["001_6fcb117fec5adba6.txt", "002_1db618b82845d53a.txt"]}]
    assert killed["contradicts_itself"] == ["001_6fcb117fec5adba6.txt"]
    text = invoke("compare", SEEDS, "--fail-on", "never", "-f", "terminal", env={"NO_COLOR": "1", "COLUMNS": "200"}).output
    assert "  ▸ at least 3: 001_6fcb117fec5adba6.txt\n" in text
    assert "  ▸ 001_6fcb117fec5adba6.txt contradicts itself: at least 3 vs at least 6\n" in text


def test_findings_for_people_are_sorted_by_severity_then_position():
    text = invoke("compare", SEEDS, "--fail-on", "never", "-f", "terminal", env={"NO_COLOR": "1", "COLUMNS": "200"}).output
    heads = [line.split()[:2] for line in text.splitlines() if line[:1].isupper() and line[1:4].isdigit()]
    ranks = {"error": 0, "warning": 1, "info": 2}
    assert [ranks[s] for _, s in heads] == sorted(ranks[s] for _, s in heads)
    assert [c for c, _ in heads] == ["P001", "Q001", "R001", "N001", "N001"]  # errors in article order


GOLDEN = SEEDS.parent / "tests" / "golden"


@pytest.mark.parametrize("columns", [60, 100, 160])
def test_terminal_report_golden_at_three_widths(monkeypatch, columns):
    import os
    monkeypatch.chdir(SEEDS.parent)
    result = invoke("compare", "seeds", "--fail-on", "never", "-f", "terminal",
                    env={"NO_COLOR": "1", "COLUMNS": str(columns)})
    path = GOLDEN / f"seeds-{columns}.txt"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(result.output, encoding="utf-8")
    assert result.output == path.read_text(encoding="utf-8")
    words = set(SEEDS.joinpath("000_5db0b6afda525f8e.txt").read_text(encoding="utf-8").split())
    for line in result.output.splitlines():
        assert len(line) <= columns
        for cell in line.split("│")[1:-1]:  # a table cell ends in a whole word or an ellipsis
            last = cell.split()[-1] if cell.split() else ""
            assert not last or last.endswith("…") or len(last) < columns // 6 or last in words


def test_concise_is_the_default_off_a_terminal_and_points_at_the_claim(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    result = invoke("compare", "seeds", "--fail-on", "never")
    lines = result.output.splitlines()
    assert lines[-1] == "Found 5 discrepancies (3 error, 1 warning, 1 info)."
    assert result.output == invoke("compare", "seeds", "--fail-on", "never", "--format", "CONCISE").output
    import re
    for line in lines[:-1]:
        match = re.fullmatch(r"(seeds/[\w.]+):(\d+):(\d+): ([A-Z]\d{3}) \[(error|warning|info)\] .+", line)
        assert match, line
        text = (SEEDS.parent / match[1]).read_text(encoding="utf-8").split("\n")[int(match[2]) - 1]
        assert text[int(match[3]) - 1:].strip()  # the column is inside the line
    assert lines[1].startswith("seeds/002_1db618b82845d53a.txt:11:221: Q001 [error] killed person")
    assert SEEDS.joinpath("002_1db618b82845d53a.txt").read_text(encoding="utf-8").split("\n")[10][220:230] == "At least 6"


def test_quiet_statistics_and_no_table(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    quiet = invoke("compare", "seeds", "-q", "--fail-on", "never").output
    assert "Found" not in quiet and len(quiet.splitlines()) == 5
    terminal_quiet = invoke("compare", "seeds", "-q", "-f", "terminal", "--fail-on", "never").output
    assert "Facts by source" not in terminal_quiet and "documents," not in terminal_quiet
    assert terminal_quiet.startswith("P001 error place.conflict")
    no_table = invoke("compare", "seeds", "--no-table", "-f", "terminal", "--fail-on", "never").output
    assert "Facts by source" not in no_table and "5 documents" in no_table
    stats = invoke("compare", "seeds", "--statistics", "--fail-on", "never").output.splitlines()
    assert stats[-1].startswith("Found 5") and "1\tQ001\t[error]\tquantity.conflict" in stats
    assert not any(line.startswith("seeds/") for line in stats)


def test_terminal_claims_are_located_by_path_line_and_column(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    text = invoke("compare", "seeds", "-f", "terminal", "--fail-on", "never", env={"COLUMNS": "200"}).output
    assert "  seeds/002_1db618b82845d53a.txt:11:221: At least 6 were murdered." in text


def _run(*args, cwd=None, env=None):
    import os
    import subprocess
    import sys
    code = "from factcheck.cli import main; main()"
    environment = {**os.environ, "PYTHONPATH": str(SEEDS.parent / "src"), **(env or {})}
    return subprocess.run([sys.executable, "-c", code, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd, env=environment, timeout=120)


def test_version_and_the_rules_list():
    from factcheck import __version__
    assert invoke("--version").output == f"factcheck {__version__}\n"
    lines = invoke("rules").output.splitlines()
    assert [line.split()[0] for line in lines] == ["A001", "A002", "D001", "N001", "P001", "Q001", "Q002", "R001", "S001"]
    assert lines[5].split()[:3] == ["Q001", "error", "quantity.conflict"] and len(lines[5].split()) > 5


def test_shell_completion_is_offered():
    assert "--install-completion" in invoke("--help").output


def test_usage_errors_are_one_line_with_exit_2():
    for args in (["compare", SEEDS, "--bogus"], ["compare", SEEDS, "--format", "xml"], ["compare", SEEDS, "--color", "pink"]):
        done = _run(*args)
        assert done.returncode == 2, args
        assert len(done.stderr.strip().splitlines()) == 1 and done.stderr.startswith("factcheck: error: "), done.stderr
        assert "Traceback" not in done.stderr and "Value error" not in done.stderr


def test_help_is_plain_and_explains_every_option():
    import typer.main
    for command in ("compare", "baseline", "explain", "rules"):
        text = invoke(command, "--help", env={"COLUMNS": "100"}).output
        assert "<list[" not in text and "<str>" not in text and "<path>" not in text and "<bool>" not in text
    group = typer.main.get_command(app)
    for name, command in group.commands.items():
        if name == "extract":
            continue  # its options are another change's
        for param in command.params:
            assert param.help, (name, param.name)
    text = invoke("compare", "--help", env={"COLUMNS": "200"}).output
    assert "[tool.factcheck]" in text and "Default: error" in text


def test_exclude_defaults_config_and_option(tmp_path, monkeypatch):
    story = tmp_path / "articles"
    story.mkdir()
    for name in ("000_5db0b6afda525f8e.txt", "001_6fcb117fec5adba6.txt"):
        (story / name).write_text((SEEDS / name).read_text(encoding="utf-8"), encoding="utf-8")
    (story / "README.md").write_text("This folder holds 9 articles about one story.\n", encoding="utf-8")
    (story / "draft-notes.txt").write_text("Notes: 40 people were killed.\n", encoding="utf-8")
    out = tmp_path / "r.json"
    monkeypatch.chdir(tmp_path)
    invoke("compare", story, "-o", out, "--fail-on", "never")
    assert {d["id"] for d in json.loads(out.read_text())["documents"]} == {
        "000_5db0b6afda525f8e.txt", "001_6fcb117fec5adba6.txt", "draft-notes.txt"}
    invoke("compare", story, "-o", out, "--exclude", "draft-*", "--fail-on", "never")
    assert len(json.loads(out.read_text())["documents"]) == 2
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["articles"]\nexclude = ["draft-*"]\n'
                                             'select = ["q001", "Name"]\n', encoding="utf-8")
    result = invoke("compare", "-o", out, "--fail-on", "never")  # paths from the config
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    assert len(report["documents"]) == 2 and {d["code"] for d in report["discrepancies"]} <= {"Q001", "N001"}
    shown = invoke("compare", "--show-settings").output
    assert f"config: {tmp_path / 'pyproject.toml'}: [tool.factcheck]" in shown
    assert "select: Q001, name" in shown and "draft-*" in shown and "articles" in shown


def test_no_paths_and_no_config_is_a_one_line_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = invoke("compare")
    assert result.exit_code == 2 and "no PATHS given" in result.output


def test_colour_follows_color_force_color_and_no_color(monkeypatch):
    monkeypatch.chdir(SEEDS.parent)
    args = ("compare", "seeds", "-f", "terminal", "--fail-on", "never")
    assert "\x1b[" in invoke(*args, "--color", "always").output
    assert "\x1b[" not in invoke(*args, "--color", "never", env={"FORCE_COLOR": "1"}).output
    assert "\x1b[" in invoke(*args, env={"FORCE_COLOR": "1", "NO_COLOR": ""}).output
    assert "\x1b[" not in invoke(*args, env={"FORCE_COLOR": "1", "NO_COLOR": "1"}).output
    assert "\x1b[" not in invoke(*args).output  # not a terminal


@pytest.mark.parametrize("suffix,start", [(".json", "{"), (".html", "<!DOCTYPE html>"), (".sarif", "{")])
def test_format_follows_the_output_extension(tmp_path, suffix, start):
    out = tmp_path / f"report{suffix}"
    invoke("compare", SEEDS, "-o", out, "--fail-on", "never")
    text = out.read_text(encoding="utf-8")
    assert text.startswith(start)
    assert ("$schema" in text) == (suffix == ".sarif")


def _mixed_folder(tmp_path):
    folder = tmp_path / "desk"
    folder.mkdir()
    (folder / "harbour.txt").write_text(
        "---\ndate: 2026-04-02\n---\nA crane collapsed at the Vellmouth harbour on Tuesday. Four dockers were hurt, "
        "the port authority said, and the quay will stay shut until the end of the month while engineers inspect it.\n",
        encoding="utf-8")
    (folder / "hafen.txt").write_text(
        "Im Hafen von Vellmouth ist am Dienstag ein Kran eingestürzt. Nach Angaben der Hafenbehörde wurden vier "
        "Hafenarbeiter verletzt, 1.500 Tonnen Fracht liegen fest und der Kai bleibt bis Ende des Monats gesperrt, "
        "während Ingenieure ihn prüfen.\n", encoding="utf-8")
    (folder / "quay.txt").write_bytes(
        "A crane fell at the Vellmouth harbour on Tuesday \u2013 the port\u2019s worst accident, officials said; "
        "five dockers were hurt.\n".encode("cp1252"))
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4\n")
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    return folder


def test_nothing_vanishes_silently(tmp_path):
    folder = _mixed_folder(tmp_path)
    out = tmp_path / "r.json"
    result = invoke("compare", folder, folder / "harbour.txt", "-o", out, "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(report, SCHEMA)
    reasons = {s["path"].rsplit("/", 1)[-1]: s["reason"] for s in report["skipped"]}
    assert reasons["scan.pdf"].startswith("not an article format (.pdf)")
    assert reasons["photo.jpg"].startswith("not an article format (.jpg)")
    assert reasons["hafen.txt"] == "written in German (de), not English: not read"
    assert sorted(d["id"] for d in report["documents"]) == ["harbour.txt", "quay.txt"]
    quay = (folder / "quay.txt").read_bytes().decode("cp1252")
    notes = report["notes"]
    assert any(n.endswith("quay.txt: not valid UTF-8: read as Windows-1252") for n in notes)
    assert any("harbour.txt is given more than once" in n for n in notes)
    assert any(n.startswith("no publication date in ") and "quay.txt" in n and "harbour" not in n for n in notes)
    assert "\u2019" in quay
    text = invoke("compare", folder, "-f", "terminal", "--fail-on", "never", env={"COLUMNS": "200"}).stdout
    assert "note: " in text and "read as Windows-1252" in text


def test_german_figures_are_never_read_as_english(tmp_path):
    folder = _mixed_folder(tmp_path)
    out = tmp_path / "r.json"
    invoke("compare", folder / "hafen.txt", folder / "harbour.txt", "-o", out, "--fail-on", "never")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in report["documents"]] == ["harbour.txt"]
    assert not any("1.5" in json.dumps(row) for row in report["rows"])
    assert any(n.startswith("only one article") for n in report["notes"])


def test_damaged_utf8_is_still_refused_not_guessed(tmp_path):
    (tmp_path / "cut.txt").write_bytes("Nine dockers were hurt in Vellmouth, caf\u00e9".encode("utf-8")[:-1])
    (tmp_path / "ok.txt").write_text("Nine dockers were hurt in Vellmouth.", encoding="utf-8")
    out = tmp_path / "r.json"
    invoke("compare", tmp_path, "-o", out, "--fail-on", "never")
    report = json.loads(out.read_text(encoding="utf-8"))
    assert [s["path"].rsplit("/", 1)[-1] for s in report["skipped"]] == ["cut.txt"]


def test_compare_published_dates_undated_articles(tmp_path):
    folder = _mixed_folder(tmp_path)
    out = tmp_path / "r.json"
    invoke("compare", folder, "--published", "2026-04-01", "-o", out, "--fail-on", "never")
    report = json.loads(out.read_text(encoding="utf-8"))
    dates = {d["id"]: (d["published"], d["published_from"]) for d in report["documents"]}
    assert dates == {"harbour.txt": ("2026-04-02", "front-matter"), "quay.txt": ("2026-04-01", "option")}
    assert not any(n.startswith("no publication date") for n in report.get("notes", []))
    bad = invoke("compare", folder, "--published", "April 1")
    assert bad.exit_code == 2 and "--published takes YYYY-MM-DD" in bad.output


def test_labels_a_person_reads(tmp_path):
    folder = tmp_path / "labels"
    folder.mkdir()
    for name, outlet, toll in (("a.md", "Vellmouth Echo", 4), ("b.md", "Harbour Post", 9)):
        (folder / name).write_text(f"---\noutlet: {outlet}\ndate: 2026-04-02\n---\nA crane collapsed at the Vellmouth "
                                   f"harbour on Tuesday. The port authority said {toll} people were killed.\n",
                                   encoding="utf-8")
    text = invoke("compare", folder, "-f", "terminal", "--fail-on", "never", env={"COLUMNS": "160"}).stdout
    header = next(line for line in text.splitlines() if "slot" in line)
    assert "Vellmouth Echo" in header and "Harbour Post" in header and "a.md" not in header
    assert "columns: Vellmouth Echo = a.md; Harbour Post = b.md" in text
    assert any(line.startswith("│ people killed") for line in text.splitlines())
    assert "2 documents, " in text and " 1 slots" not in text
    from factcheck.report.labels import counted, slot_label
    assert counted(1, "document") == "1 document" and counted(2, "discrepancy") == "2 discrepancies"
    assert slot_label({"frame": "count", "subject": "call"}) == "calls"
    assert slot_label({"frame": "killed", "subject": "person", "era": "2004", "scope": "the province"}) \
        == "people killed in the province (2004)"
    assert slot_label({"frame": "age", "subject": "fred larue"}) == "age of Fred Larue"


def test_help_does_not_load_the_checker():
    import subprocess
    import sys
    code = "import sys, factcheck.cli; print(sorted(m for m in sys.modules if m.startswith('factcheck.')))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"PYTHONPATH": str(SEEDS.parent / "src")}).stdout
    for heavy in ("factcheck.pipeline", "factcheck.gazetteer", "factcheck.parallel", "factcheck.report.terminal",
                  "factcheck.cli_stories", "factcheck.extract"):
        assert f"'{heavy}'" not in loaded


def test_gazetteer_index_is_cached_in_a_file_keyed_by_versions(tmp_path, monkeypatch):
    from factcheck import gazetteer
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    key = ((("Vellmouthshire", "GB"),), (), 50000)
    built = gazetteer._cached(key)
    [cache_file] = tmp_path.glob("gazetteer-*.marshal")
    assert gazetteer._cache_file(key) == cache_file
    assert gazetteer._cache_file(((), (), 50000)) != cache_file  # other place words, another file
    monkeypatch.setattr(gazetteer, "_build_index", lambda *a: pytest.fail("rebuilt despite the cache"))
    assert gazetteer._cached(key) == built and built["vellmouthshire"][0][0] == "GB"
    cache_file.write_bytes(b"garbage")  # a damaged cache is rebuilt, never trusted
    monkeypatch.undo()
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path))
    assert gazetteer._cached(key) == built
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    assert gazetteer._cache_file(key) is None


CORPUS_STORY = SEEDS.parent.parent / "shared" / "corpus" / "klitschko-rahman-2008"


@pytest.mark.skipif(not CORPUS_STORY.is_dir(), reason="../shared/corpus is not beside the checkout")
@pytest.mark.parametrize("columns", [60, 100, 160])
def test_terminal_report_of_a_corpus_story_golden_at_three_widths(monkeypatch, columns):
    """A real story's report, as golden text: no line wider than the terminal, no word broken."""
    import os
    monkeypatch.chdir(CORPUS_STORY.parent)
    result = invoke("compare", CORPUS_STORY.name, "--fail-on", "never", "-f", "terminal",
                    env={"NO_COLOR": "1", "COLUMNS": str(columns)})
    path = GOLDEN / f"klitschko-{columns}.txt"
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(result.output, encoding="utf-8")
    assert result.output == path.read_text(encoding="utf-8")
    words = set(" ".join(p.read_text(encoding="utf-8") for p in CORPUS_STORY.glob("*.txt")).split())
    for line in result.output.splitlines():
        assert len(line) <= columns
        for cell in line.split("│")[1:-1]:
            last = cell.split()[-1] if cell.split() else ""
            assert not last or last.endswith("…") or len(last) < columns // 6 or last in words
