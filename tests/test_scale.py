"""Many stories, worker processes, Dask and the cache: every way of running gives the
same reports as a plain serial run."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import jsonschema
import pytest
from importlib import resources
from typer.testing import CliRunner

from factcheck.cache import FactCache
from factcheck.cli import app
from factcheck.ingest import read_paths
from factcheck import parallel
from factcheck.parallel import analyse_all
from factcheck.pipeline import analyse
from conftest import SEEDS

runner = CliRunner()

STORY_B = {
    "a.txt": " date 2013-07-02 A 6.1-magnitude earthquake struck Aceh on Tuesday, killing at least 22 people.\n",
    "b.txt": " date 2013-07-02 The earthquake in Aceh on Tuesday killed 35 people, officials said.\n",
    "c.txt": " date 2013-07-03 Officials said 24 people were killed by the Aceh earthquake on Tuesday.\n",
}


def invoke(*args):
    return runner.invoke(app, [str(a) for a in args])


@pytest.fixture
def newsdesk(tmp_path) -> Path:
    """A folder of three story folders: the seeds, a small earthquake story, an empty one."""
    desk = tmp_path / "desk"
    shutil.copytree(SEEDS, desk / "chechnya")
    (desk / "aceh").mkdir()
    for name, text in STORY_B.items():
        (desk / "aceh" / name).write_text(text, encoding="utf-8")
    (desk / "empty").mkdir()
    (desk / "README.txt").write_text("not a story\n", encoding="utf-8")
    return desk


SCHEMA = json.loads((resources.files("factcheck") / "report" / "schema.json").read_text(encoding="utf-8"))


def lines_of(path: Path) -> list[dict]:
    reports = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for report in reports:
        jsonschema.validate(report, SCHEMA)
    return reports


def test_stories_one_json_line_each_in_story_order(newsdesk, tmp_path):
    result = invoke("compare", "--stories", newsdesk, "--format", "json", "--output", tmp_path / "r.jsonl", "-j", "1")
    assert result.exit_code == 1
    reports = lines_of(tmp_path / "r.jsonl")
    assert [r["story"] for r in reports] == ["aceh", "chechnya", "empty"]
    killed = [d for d in reports[0]["discrepancies"] if d["slot"]["frame"] == "killed"]
    assert [d["code"] for d in killed] == ["Q001"]
    assert {d["code"] for d in reports[1]["discrepancies"]} >= {"Q001", "P001", "R001", "N001"}
    assert reports[2]["documents"] == [] and reports[2]["skipped"]
    single = invoke("compare", newsdesk / "chechnya", "--format", "json", "--fail-on", "never")
    assert json.loads(single.output)["discrepancies"] == reports[1]["discrepancies"]


def test_serial_parallel_and_dask_runs_are_identical(newsdesk, tmp_path):
    outputs = []
    for extra in (["-j", "1"], ["-j", "2"], ["-j", "2", "--scheduler", "local"]):
        out = tmp_path / f"r{len(outputs)}.jsonl"
        result = invoke("compare", "--stories", newsdesk, "--format", "json", "--output", out, *extra)
        assert result.exit_code == 1, result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_dask_cluster_started_by_the_test(newsdesk, tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        result = invoke("compare", "--stories", newsdesk, "--format", "json", "--output", tmp_path / "d.jsonl",
                        "--scheduler", cluster.scheduler_address)
    serial = invoke("compare", "--stories", newsdesk, "--format", "json", "--output", tmp_path / "s.jsonl", "-j", "1")
    assert result.exit_code == serial.exit_code == 1
    assert (tmp_path / "d.jsonl").read_bytes() == (tmp_path / "s.jsonl").read_bytes()


def test_unreachable_scheduler_is_exit_2(newsdesk, monkeypatch):
    pytest.importorskip("dask.distributed")
    monkeypatch.setenv("FACTCHECK_DASK_TIMEOUT", "2s")
    result = invoke("compare", "--stories", newsdesk, "--scheduler", "tcp://127.0.0.1:9")
    assert result.exit_code == 2


def test_json_lines_shards_group_records_by_story(tmp_path):
    shards = tmp_path / "shards"
    shards.mkdir()
    records = [{"story": "aceh", "id": name, "text": text.split(" ", 3)[3], "date": "2013-07-02"}
               for name, text in STORY_B.items()]
    (shards / "part-0.jsonl").write_text(json.dumps(records[0]) + "\n{broken\n" + json.dumps({"text": "no story"}) + "\n",
                                         encoding="utf-8")
    (shards / "part-1.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records[1:]), encoding="utf-8")
    result = invoke("compare", "--stories", shards, "--format", "json", "--output", tmp_path / "r.jsonl")
    assert result.exit_code == 1
    reports = lines_of(tmp_path / "r.jsonl")
    assert [r["story"] for r in reports] == ["aceh"]
    assert sorted(d["id"] for d in reports[0]["documents"]) == ["a.txt", "b.txt", "c.txt"]
    assert "Q001" in {d["code"] for d in reports[0]["discrepancies"]}
    assert result.stderr.count("skipped") == 2


def test_terminal_summary_and_ci_formats_cover_every_story(newsdesk):
    result = invoke("compare", "--stories", newsdesk, "-j", "1")
    assert result.exit_code == 1
    assert "aceh" in result.stdout and "chechnya" in result.stdout and "3 stories" in result.stdout
    github = invoke("compare", "--stories", newsdesk, "--format", "github", "-j", "1").stdout.splitlines()
    assert any("aceh/" in line for line in github) and any("chechnya/" in line for line in github)


def test_single_story_jobs_give_the_serial_report(tmp_path):
    story = tmp_path / "story"
    story.mkdir()
    for index in range(12):  # enough articles to be worth a pool
        figure = 20 + index % 3
        (story / f"{index:02d}.txt").write_text(
            f" date 2013-07-02 The earthquake in Aceh killed {figure} people on Tuesday, officials said.\n",
            encoding="utf-8")
    outputs = [invoke("compare", story, "--format", "json", "-j", jobs, "--fail-on", "never").stdout
               for jobs in ("1", "2")]
    assert outputs[0] == outputs[1] and json.loads(outputs[0])["discrepancies"]


def test_extract_jobs_give_the_serial_output(tmp_path, monkeypatch):
    """`extract --jobs 2` runs a pool of workers and prints exactly what a serial run prints."""
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    for index in range(8):  # with the seeds, enough articles to be worth a pool
        (folder / f"extra-{index}.txt").write_text(
            f" date 2014-03-0{index + 1} Floods in Valdivia left {30 + index} families homeless on Sunday, and "
            f"about {index + 2},500 people were evacuated, the regional governor said.\n", encoding="utf-8")
    pools = []
    real_pool = parallel._pool
    monkeypatch.setattr(parallel, "_pool", lambda *args: pools.append(args[0]) or real_pool(*args))
    outputs = [invoke("extract", folder, "-j", jobs).stdout for jobs in ("1", "2")]
    assert pools == [2]
    assert outputs[0] == outputs[1] and len(outputs[0].splitlines()) == len(list(folder.iterdir()))
    assert '"text": "30' in outputs[0] and 'Valdivia' in outputs[0]


def test_cache_extracts_only_new_articles_and_changes_nothing(tmp_path, rules, monkeypatch):
    documents, _ = read_paths([str(SEEDS)])
    cache = FactCache(tmp_path / "cache", rules.version)
    first = analyse_all(documents[:4], rules, cache=cache)
    calls = []
    monkeypatch.setattr(parallel, "analyse", lambda document, r: calls.append(document.id) or analyse(document, r))
    again = analyse_all(documents, rules, cache=FactCache(tmp_path / "cache", rules.version))
    assert calls == [documents[4].id]
    assert again[:4] == first and again[4] == analyse(documents[4], rules)
    stale = FactCache(tmp_path / "cache", rules.version + "-changed")
    analyse_all(documents[:1], rules, cache=stale)
    assert stale.misses == 1


def test_cached_run_reports_the_same(tmp_path):
    runs = [invoke("compare", SEEDS, "--format", "json", "--cache", tmp_path / "cache").stdout for _ in range(2)]
    assert runs[0] == runs[1] == invoke("compare", SEEDS, "--format", "json").stdout
    assert any((tmp_path / "cache").rglob("*.pickle"))
    broken = next((tmp_path / "cache").rglob("*.pickle"))
    broken.write_bytes(b"not a pickle")
    assert invoke("compare", SEEDS, "--format", "json", "--cache", tmp_path / "cache").stdout == runs[0]


def test_stories_refuse_html_and_baseline(newsdesk, tmp_path):
    assert invoke("compare", "--stories", newsdesk, "--format", "html").exit_code == 2
    assert invoke("compare", newsdesk / "aceh", "--scheduler", "local").exit_code == 2


def test_stories_from_json_lines_on_stdin(tmp_path):
    lines = [json.dumps({"story": "aceh", "id": name, "text": text.split(" ", 3)[3], "date": "2013-07-02"})
             for name, text in STORY_B.items()]
    lines.append(json.dumps({"story": "quiet", "id": "q", "text": "Nothing happened in the valley."}))
    result = runner.invoke(app, ["compare", "--stories", "-", "--format", "json", "-j", "1"],
                           input="\n".join(lines) + "\n")
    assert result.exit_code == 1
    reports = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["story"] for r in reports] == ["aceh", "quiet"]
    assert "Q001" in {d["code"] for d in reports[0]["discrepancies"]} and reports[1]["discrepancies"] == []


def test_stories_only_keeps_and_locates_findings_at_the_named_article(newsdesk, monkeypatch):
    monkeypatch.chdir(newsdesk.parent)
    result = invoke("compare", "--stories", "desk", "--only", "desk/aceh/b.txt", "--format", "github", "-j", "1")
    lines = result.stdout.splitlines()
    assert result.exit_code == 1 and lines
    assert all(line.split(",")[0].endswith("file=desk/aceh/b.txt") for line in lines)


def test_default_cache_is_the_users_a_few_versions_at_a_time(tmp_path, monkeypatch):
    """Without --cache, compare keeps per-article work in FACTCHECK_CACHE_DIR/facts/<version>:
    the second run reads it and reports the same; other rules versions keep their own
    folders, and only the newest few versions are kept."""
    from factcheck.cache import KEPT_VERSIONS
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "home-cache"))
    facts = tmp_path / "home-cache" / "facts"
    runs = [invoke("compare", SEEDS, "--format", "json", "--jobs", "1").stdout for _ in range(2)]
    [version] = list(facts.iterdir())
    assert runs[0] == runs[1] and len(list(version.rglob("*.pickle"))) == len(list(SEEDS.glob("*.txt")))
    for index in range(KEPT_VERSIONS + 1):  # each edit, however small, is another rules version
        rules_dir = tmp_path / f"rules-{index}"
        rules_dir.mkdir()
        (rules_dir / "hedges.toml").write_text(f"# edit {index}\n", encoding="utf-8")
        assert invoke("compare", SEEDS, "--format", "json", "--rules", rules_dir).stdout == runs[0]
    kept = list(facts.iterdir())
    assert len(kept) == KEPT_VERSIONS and version not in kept


def test_no_cache_and_an_empty_cache_dir_write_nothing(tmp_path, monkeypatch):
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "home-cache"))
    invoke("compare", SEEDS, "--format", "json", "--no-cache")
    assert not (tmp_path / "home-cache" / "facts").exists()
    monkeypatch.setenv("FACTCHECK_NO_CACHE", "1")
    invoke("compare", SEEDS, "--format", "json", "--cache", tmp_path / "given")
    assert not (tmp_path / "given").exists()
    monkeypatch.delenv("FACTCHECK_NO_CACHE")
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", "")
    invoke("compare", SEEDS, "--format", "json")
    assert not (tmp_path / "home-cache" / "facts").exists()
