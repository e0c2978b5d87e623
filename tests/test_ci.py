"""CI use: baselines, --only and --changed-since in a real git repository, SARIF,
GitHub annotations, config files, inline suppression."""
from __future__ import annotations

import json
import shutil
import subprocess
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from conftest import SEEDS

runner = CliRunner()
REPORT_SCHEMA = json.loads((resources.files("factcheck") / "report" / "schema.json").read_text(encoding="utf-8"))
SARIF_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))

NEW_ARTICLE = """ date 2017-07-07 Chechnya purge: activists count the dead

At least 12 gay men were killed in Chechnya, activists said on Friday.

The reports come as world leaders meet at the G20 summit in Paris, France.
"""


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def newsroom(tmp_path, monkeypatch):
    """A git repository with the seeds committed under articles/, as the working folder."""
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    git(tmp_path, "init", "-q")
    git(tmp_path, "config", "user.email", "desk@example.org")
    git(tmp_path, "config", "user.name", "Desk")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def report_of(*args) -> tuple[int, dict]:
    result = invoke("compare", "articles", "--format", "json", "--output", "out.json", *args)
    report = json.loads(Path("out.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, REPORT_SCHEMA)
    return result.exit_code, report


def fingerprints(report: dict) -> set[str]:
    return {d["fingerprint"] for d in report["discrepancies"]}


def test_baseline_scenario_reports_only_what_is_new(newsroom):
    assert invoke("baseline", "articles", "--output", "baseline.json").exit_code == 0
    code, report = report_of("--baseline", "baseline.json")
    assert code == 0 and report["discrepancies"] == [] and report["baseline"]["accepted"] >= 4

    (newsroom / "articles" / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    code, report = report_of("--baseline", "baseline.json")
    assert code == 1
    assert sorted(d["code"] for d in report["discrepancies"]) == ["P001", "Q001"]
    for item in report["discrepancies"]:
        assert "005_new.txt" in {c["doc"] for c in item["claims"]}
    killed = next(d for d in report["discrepancies"] if d["code"] == "Q001")
    assert {c["value"]["low"] for c in killed["claims"] if c["doc"] == "005_new.txt"} == {12}


def test_fingerprints_survive_unrelated_edits_and_articles(newsroom):
    _, before = report_of("--fail-on", "never")
    old = newsroom / "articles" / "003_86dd46a9d545cafa.txt"
    text = old.read_text(encoding="utf-8")
    edited = text.replace("Former detainees gave harrowing accounts of their treatment in the report.",
                          "Former detainees, speaking anonymously, described their treatment at length.")
    assert edited != text
    old.write_text(edited, encoding="utf-8")
    (newsroom / "articles" / "zz_unrelated.txt").write_text(
        "The city council approved a new budget for its parks on Tuesday.\n", encoding="utf-8")
    _, after = report_of("--fail-on", "never")
    assert fingerprints(after) == fingerprints(before)


def test_fixed_discrepancy_leaves_a_stale_entry(newsroom):
    invoke("baseline", "articles", "--output", "baseline.json")
    target = newsroom / "articles" / "004_3c7ade6ac8049aec.txt"
    target.write_text(target.read_text(encoding="utf-8").replace("Human Rights Campaign President Chad Griffin",
                                                                 "Human Rights Council President Chad Griffin"),
                      encoding="utf-8")
    code, report = report_of("--baseline", "baseline.json")
    assert code == 0
    assert [e["code"] for e in report["baseline"]["stale"]] == ["R001"]


def test_only_and_changed_since_restrict_to_the_new_article(newsroom):
    (newsroom / "articles" / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    _, everything = report_of("--fail-on", "never")
    for args in (("--only", "articles/005_new.txt"), ("--changed-since", "HEAD")):
        _, report = report_of("--fail-on", "never", *args)
        assert report["discrepancies"], args
        assert all("005_new.txt" in {c["doc"] for c in d["claims"]} for d in report["discrepancies"])
        assert len(report["discrepancies"]) < len(everything["discrepancies"])
    git(newsroom, "add", ".")
    git(newsroom, "commit", "-q", "-m", "new article")
    _, report = report_of("--fail-on", "never", "--changed-since", "HEAD")
    assert report["discrepancies"] == []
    _, report = report_of("--fail-on", "never", "--changed-since", "HEAD~1")
    assert {d["code"] for d in report["discrepancies"]} >= {"P001", "Q001"}


def test_changed_since_a_bad_revision_or_a_missing_only_path_is_exit_2(newsroom):
    for args in (("--changed-since", "no-such-rev"), ("--only", "articles/missing.txt")):
        result = invoke("compare", "articles", *args)
        assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1


def test_sarif_validates_and_points_at_the_words(newsroom):
    (newsroom / "articles" / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = invoke("compare", "articles", "--format", "sarif", "--output", "out.sarif", "--only", "articles/005_new.txt")
    assert result.exit_code == 1
    log = json.loads(Path("out.sarif").read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(log)
    run = log["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} >= {"Q001", "D001", "P001", "N001", "R001", "A001"}
    base = run["originalUriBaseIds"]["SRCROOT"]["uri"]
    for result in run["results"]:
        assert len(result["partialFingerprints"]["factcheck/v1"]) == 16 and result["relatedLocations"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == "articles/005_new.txt" and base.endswith("/")
        region = location["region"]
        lines = (newsroom / "articles" / "005_new.txt").read_text(encoding="utf-8").split("\n")
        line = lines[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:region["endColumn"] - 1] == region["snippet"]["text"]


def test_github_annotations_one_line_each_with_line_and_column(tmp_path):
    result = invoke("compare", SEEDS, "--format", "json", "--output", tmp_path / "r.json", "--fail-on", "never")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    result = invoke("compare", SEEDS, "--format", "github", "--fail-on", "never")
    lines = result.output.strip().splitlines()
    assert len(lines) == len(report["discrepancies"])
    for line in lines:
        head, _, message = line[2:].partition("::")
        level, _, properties = head.partition(" ")
        fields = dict(p.split("=", 1) for p in properties.split(","))
        assert level in ("error", "warning", "notice") and message
        text = Path(fields["file"]).read_text(encoding="utf-8").split("\n")[int(fields["line"]) - 1]
        words = text[int(fields["col"]) - 1:int(fields["endColumn"]) - 1]
        assert words and words in message


def test_config_file_sets_selection_severity_and_fail_level(tmp_path):
    config = tmp_path / "factcheck.toml"
    config.write_text('ignore = ["N001"]\nfail-on = "warning"\n[severity]\nR001 = "warning"\n'
                      '[frame-severity]\nkilled = "info"\n', encoding="utf-8")
    result = invoke("compare", SEEDS, "--config", config, "--format", "json", "--output", tmp_path / "r.json")
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    levels = {d["code"]: d["severity"] for d in report["discrepancies"]}
    assert "N001" not in levels and levels["R001"] == "warning" and levels["Q001"] == "info"
    assert result.exit_code == 1  # P001 is still an error, and fail-on is warning
    config.write_text('select = ["Q001"]\nfail-on = "warning"\n[frame-severity]\nkilled = "info"\n', encoding="utf-8")
    assert invoke("compare", SEEDS, "--config", config).exit_code == 0
    assert invoke("compare", SEEDS, "--config", config, "--fail-on", "info").exit_code == 1


def test_pyproject_tool_table_is_read_from_the_working_folder(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\nselect = ["R001"]\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = invoke("compare", SEEDS, "--format", "json", "--output", "r.json", "--fail-on", "never")
    assert result.exit_code == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert [d["code"] for d in report["discrepancies"]] == ["R001"]


@pytest.mark.parametrize("content", [
    'colour = "red"\n',                         # unknown key
    'select = ["Z999"]\n',                      # unknown code
    '[severity]\nQ001 = "fatal"\n',             # unknown level
    '[frame-severity]\nno_such_frame = "info"\n',
    'fail-on = "sometimes"\n',
    'select = [\n',                             # not TOML
])
def test_config_errors_are_one_line_and_exit_2(tmp_path, content):
    config = tmp_path / "factcheck.toml"
    config.write_text(content, encoding="utf-8")
    result = invoke("compare", SEEDS, "--config", config)
    assert result.exit_code == 2
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.parametrize("content", ["{", "[]", '{"tool": "factcheck", "version": 1, "entries": [{"code": 1}]}',
                                     '{"tool": "factcheck", "version": 9, "entries": []}'])
def test_broken_baseline_is_one_line_and_exit_2(tmp_path, content):
    baseline = tmp_path / "baseline.json"
    baseline.write_text(content, encoding="utf-8")
    result = invoke("compare", SEEDS, "--baseline", baseline)
    assert result.exit_code == 2 and len(result.output.strip().splitlines()) == 1
    assert invoke("compare", SEEDS, "--baseline", tmp_path / "missing.json").exit_code == 2


def test_front_matter_accepts_a_discrepancy_by_code_or_fingerprint(tmp_path):
    folder = tmp_path / "story"
    shutil.copytree(SEEDS, folder)
    assert invoke("compare", folder, "--format", "json", "--output", tmp_path / "r.json", "--fail-on", "never").exit_code == 0
    report = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    role = next(d for d in report["discrepancies"] if d["code"] == "R001")
    target = folder / "004_3c7ade6ac8049aec.txt"
    body = target.read_text(encoding="utf-8")
    for accepted in ("R001", role["fingerprint"]):
        target.write_text(f"---\ndate: 2017-07-06\nfactcheck-ignore:\n  - {accepted}\n---\n" + body.split(" ", 3)[3],
                          encoding="utf-8")
        invoke("compare", folder, "--format", "json", "--output", tmp_path / "r.json", "--fail-on", "never")
        codes = [d["code"] for d in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["discrepancies"]]
        assert "R001" not in codes and "Q001" in codes


def test_explain_says_how_to_silence(tmp_path):
    result = invoke("explain", "R001")
    assert result.exit_code == 0
    assert "--ignore R001" in result.output and "factcheck-ignore" in result.output


def test_pre_commit_hook_runs_the_compare_command():
    hook = (Path(__file__).parent.parent / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    fields = dict(line.strip().lstrip("- ").split(": ", 1) for line in hook.splitlines()
                  if ": " in line and not line.lstrip().startswith("#"))
    assert fields["id"] == "factcheck" and fields["language"] == "python" and fields["pass_filenames"] == "false"
    program, command = fields["entry"].split()
    assert program == "factcheck" and command in {c.name or c.callback.__name__ for c in app.registered_commands}


def test_changed_since_asks_the_articles_repository_from_anywhere(newsroom, tmp_path_factory, monkeypatch):
    (newsroom / "articles" / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    elsewhere = tmp_path_factory.mktemp("elsewhere")  # not a git repository
    monkeypatch.chdir(elsewhere)
    out = elsewhere / "r.json"
    result = invoke("compare", newsroom / "articles", "--changed-since", "HEAD", "-f", "json", "-o", out,
                    "--fail-on", "never")
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["discrepancies"]
    assert all("005_new.txt" in {c["doc"] for c in d["claims"]} for d in report["discrepancies"])


def test_annotation_and_sarif_paths_are_relative_to_the_repository_root(newsroom, monkeypatch):
    (newsroom / "articles" / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    monkeypatch.chdir(newsroom / "articles")
    lines = invoke("compare", ".", "--format", "github", "--fail-on", "never").stdout.splitlines()
    files = {dict(p.split("=", 1) for p in line[2:].split("::")[0].split(" ", 1)[1].split(","))["file"] for line in lines}
    assert files and all(f.startswith("articles/") for f in files), files
    log = json.loads(invoke("compare", ".", "--format", "sarif", "--fail-on", "never").stdout)
    run = log["runs"][0]
    assert run["originalUriBaseIds"]["SRCROOT"]["uri"] == newsroom.resolve().as_uri() + "/"
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]}
    assert uris and all(u.startswith("articles/") for u in uris), uris


def test_a_new_figure_joining_an_accepted_dispute_asks_for_a_rebaseline(newsroom):
    invoke("baseline", "articles", "--output", "baseline.json")
    (newsroom / "articles" / "005_new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    result = invoke("compare", "articles", "--baseline", "baseline.json", "-f", "json", "-o", "out.json")
    report = json.loads(Path("out.json").read_text(encoding="utf-8"))
    jsonschema.validate(report, REPORT_SCHEMA)
    grown = [e for e in report["baseline"]["stale"] if e["reason"] == "new figure"]
    assert {e["code"] for e in grown} >= {"Q001"}
    assert "re-baseline" in result.stderr and "may be fixed" not in result.stderr.split("Q001")[1].split("\n")[0]


def test_select_with_a_baseline_does_not_call_filtered_entries_fixed(newsroom):
    invoke("baseline", "articles", "--output", "baseline.json")
    result = invoke("compare", "articles", "--baseline", "baseline.json", "--select", "Q001", "-f", "json",
                    "-o", "out.json")
    report = json.loads(Path("out.json").read_text(encoding="utf-8"))
    assert report["baseline"]["stale"] == [] and "may be fixed" not in result.stderr
    result = invoke("compare", "articles", "--baseline", "baseline.json", "--ignore", "r001", "-f", "json",
                    "-o", "out.json")
    assert json.loads(Path("out.json").read_text(encoding="utf-8"))["baseline"]["stale"] == []
