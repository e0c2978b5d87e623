"""Whatever the web throws at it: malformed files give warnings or exit 2, never a
traceback; random and mutated bytes never crash ingest or extraction (bounded runs)."""
from __future__ import annotations

import json
import os
import random
import re
import sys
import time
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from typer.testing import CliRunner

from factcheck.cli import app
from factcheck.extract import person_mentions
from factcheck.ingest import MAX_BYTES, read_file
from factcheck.model import Document
from factcheck.pipeline import run
from factcheck.segment import MAX_SENTENCE, segment
from conftest import ROOT, SEEDS

runner = CliRunner()

MALFORMED = {
    "truncated.txt": "Six people were killed in Aceh, caf\u00e9".encode("utf-8")[:-1],
    "utf16-no-bom.txt": "At least 6 were murdered.".encode("utf-16-le"),
    "nul.txt": b"At least 6 were\x00 murdered.",
    "no-body.html": b"<!DOCTYPE html><html><head><title>Nothing</title></head></html>",
    "broken.html": b"<html><body><p>At least <b>6 were <i>murdered</p></div></span>",
    "not-object.json": b'["a", 1, null]',
    "number.json": b"42",
    "string.json": b'"just a string"',
    "bad-lines.jsonl": b'{"text": "At least 6 were murdered."}\n[1]\n{oops\n',
    "empty.md": b"",
    "bom-only.txt": b"\xef\xbb\xbf",
    "latin1.txt": "Caf\u00e9 cr\u00e8me at least 6".encode("latin-1"),
    "front-matter-only.md": b"---\ntitle: x\n---\n",
    "binary.html": bytes(range(256)) * 4,
}


def no_traceback(result) -> None:
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def test_a_folder_of_malformed_files_gives_warnings(tmp_path):
    folder = tmp_path / "hostile"
    folder.mkdir()
    for name, content in MALFORMED.items():
        (folder / name).write_bytes(content)
    (folder / "good.txt").write_text(" date 2017-07-06 At least 3 were killed.\n", encoding="utf-8")
    (folder / "loop").symlink_to(folder, target_is_directory=True)
    os.mkfifo(folder / "fifo.txt") if hasattr(os, "mkfifo") else None
    result = runner.invoke(app, ["compare", str(folder), "--format", "json", "--fail-on", "never"])
    no_traceback(result)
    assert result.exit_code == 0
    report = json.loads(result.stdout)
    skipped = {s["path"].rsplit("/", 1)[-1].split("#")[0].split(":")[0] for s in report["skipped"]}
    assert {"truncated.txt", "utf16-no-bom.txt", "nul.txt", "no-body.html", "not-object.json", "empty.md",
            "binary.html"} <= skipped  # latin1.txt is read as Windows-1252, with a note
    assert result.stderr.count("warning: skipped") == len(report["skipped"])


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_each_malformed_file_alone_is_a_warning_or_exit_2(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(MALFORMED[name])
    result = runner.invoke(app, ["compare", str(path)])
    no_traceback(result)
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:
        assert len(result.stderr.strip().splitlines()) >= 1 and result.stderr.strip().splitlines()[-1].startswith("factcheck: error:")


def test_a_file_of_100_mb_is_refused_without_being_read(tmp_path):
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as stream:  # sparse: no 100 MB written to disk
        stream.truncate(100 * 2**20)
    assert huge.stat().st_size > MAX_BYTES
    result = runner.invoke(app, ["compare", str(huge), str(SEEDS), "--format", "json", "--fail-on", "never"])
    no_traceback(result)
    assert any(s["path"].endswith("huge.txt") and "MB" in s["reason"] for s in json.loads(result.stdout)["skipped"])


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=3000), suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]))
def test_random_bytes_never_crash_ingest_or_extraction(tmp_path, rules, content, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(content)
    try:
        documents, _ = read_file(path, path.name, path.name)
    except ValueError:
        return  # a reason to skip the file: what the CLI turns into a warning
    run(documents, [], rules)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """A byte-level mutation: flips, deletions, duplications, splices of hostile tokens."""
    out = bytearray(data)
    for _ in range(rng.randrange(1, 12)):
        where = rng.randrange(len(out) or 1)
        action = rng.randrange(5)
        if action == 0 and out:
            out[where] = rng.randrange(256)
        elif action == 1:
            del out[where:where + rng.randrange(1, 200)]
        elif action == 2:
            out[where:where] = out[where:where + rng.randrange(1, 100)] * rng.randrange(2, 20)
        elif action == 3:
            out[where:where] = rng.choice([b"\xe2\x80\x9c", b"---\n", b"<p>", b"\x00", b"1,", b"U.S. ", b"\xff\xfe",
                                           b"June 31, ", b"at least ", b"\"", b"{", b"\r"]) * rng.randrange(1, 50)
        else:
            out = out[:where]
    return bytes(out)


def test_mutation_fuzzer_on_the_seeds(tmp_path):
    """A seeded mutation fuzzer over real articles, HTML and JSON: bounded, repeatable."""
    rng = random.Random(20261121)
    samples = [p.read_bytes() for p in sorted(SEEDS.iterdir())]
    samples += [b"<html><head><meta property='article:published_time' content='2017-07-06'></head><body><article><p>"
                + samples[0] + b"</p></article></body></html>",
                json.dumps({"text": samples[1].decode("utf-8"), "date": "2017-07-06"}).encode("utf-8")]
    suffixes = [".txt"] * 5 + [".html", ".json"]
    folder = tmp_path / "mutants"
    folder.mkdir()
    for round_ in range(6):
        for index, (sample, suffix) in enumerate(zip(samples, suffixes)):
            (folder / f"m{index}{suffix}").write_bytes(mutate(sample, rng))
        result = runner.invoke(app, ["compare", str(folder), "--format", "json", "--fail-on", "never"])
        no_traceback(result)


# Linear work on hostile shapes. Speed is measured by benchmarks/hostile.py, never by a
# timed test; these compare the CPU time of one shape at two sizes in the same run, so a
# quadratic regression (16x the time for 4x the text) fails and a loaded machine does not.
sys.path.insert(0, str(ROOT / "benchmarks"))
from corpus_gen import long_article  # noqa: E402


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def distinct_names(template: str, size: int) -> str:
    """Sentences of `template` filled with names that never repeat ('Qeltrun Varoske said ...'):
    a cost per distinct name (a scan of the text for each) shows as quadratic here. Seven
    random letters each, so that near spellings are as rare as in news."""
    pick = random.Random(size)
    letters, parts, total = "abcdefghijklmnopqrstuvwxyz", [], 0
    while total < size:
        first, second = ("".join(pick.choice(letters) for _ in range(7)).capitalize() for _ in range(2))
        sentence = template.format(first, second)
        parts.append(sentence)
        total += len(sentence)
    return "".join(parts)[:size]


LINEAR_SHAPES = {
    "many people, each named once": lambda n: distinct_names("{} {} said the plan worked on Tuesday. ", n),
    "many named ships": lambda n: distinct_names("They boarded the ship {} {} today. ", n),
    "owners' sites": lambda n: distinct_names("Workers at {}s' {} factory were told. ", n),
    "a run of one digit": lambda n: "9" * n,
    "a run of signed digits": lambda n: "+" + "9" * n,
    "digits and dashes": lambda n: repeated("1-", n),
    "signed numbers": lambda n: repeated("-1 ", n),
    "ranges": lambda n: repeated("between 1 and 2 ", n),
    "tolls in one sentence": lambda n: repeated("the 2004 quake killed 5 people and ", n),
    "an article of varied sentences": long_article,
    "people and dates of any verb": lambda n: repeated("Ana Ruiz retired on Monday and Tom Lee joined in 2019. ", n),
}
SMALL = 5000


def cpu_seconds(text: str, rules) -> float:
    document = Document("x.txt", "x.txt", text, (0, len(text)), published=date(2017, 7, 6))
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        run([document], [], rules)
        best = min(best, time.process_time() - start)
    return best


@pytest.mark.parametrize("shape", sorted(LINEAR_SHAPES))
def test_four_times_the_text_costs_about_four_times_the_work(rules, shape):
    make = LINEAR_SHAPES[shape]
    cpu_seconds(make(SMALL), rules)  # warm: compiled patterns, the gazetteer
    small, large = cpu_seconds(make(SMALL), rules), cpu_seconds(make(4 * SMALL), rules)
    assert large / max(small, 1e-4) < 10, f"{shape}: {small:.3f} s for {SMALL} characters, {large:.3f} s for {4 * SMALL}"


class CountingSentences(tuple):
    """Sentences that count how many of them are looked at."""
    looked = 0

    def __getitem__(self, index):
        CountingSentences.looked += 1
        return tuple.__getitem__(self, index)

    def __iter__(self):
        for index in range(len(self)):
            yield self[index]


def test_finding_the_sentence_of_each_name_looks_at_few_sentences(rules):
    """A 5 MB article took 192 s when every lookup rebuilt the list of sentence starts."""
    text = " ".join(f"Officer Dana Whitfield{i % 7} spoke at hall {i}." for i in range(2000))
    document = Document("x.txt", "x.txt", text, (0, len(text)))
    sentences = CountingSentences(segment(document, rules))
    people = [(m.start(), m[0]) for m in re.finditer(r"Dana Whitfield\d", text)]
    CountingSentences.looked = 0
    assert len(person_mentions(document, sentences, people)) == len(people)
    assert CountingSentences.looked < len(people) * 30  # log2(2000) lookups each, not 2000


def test_a_line_with_no_full_stop_is_cut_into_bounded_sentences(rules):
    text = repeated("and 12 more ", 3 * MAX_SENTENCE)
    spans = [s.span for s in segment(Document("x.txt", "x.txt", text, (0, len(text))), rules)]
    assert len(spans) >= 3 and all(e - s <= MAX_SENTENCE for s, e in spans)
    assert all(text[e] == " " for _, e in spans[:-1])  # cut at a space, no figure halved
    assert " ".join(text[s:e] for s, e in spans) == text.strip()  # nothing lost


def quotation_article(count: int):
    from factcheck.ingest import text_document
    lines = [f"Ines Varro{i} left the yard. “The gates were shut before the storm came,” Varro{i} said." for i in range(count)]
    return text_document("q.txt", "q.txt", "\n\n".join(lines))


def test_quotations_cost_linear_time_in_their_number(rules):
    """10,000 quotations in one article must not cost 10,000 scans of every name or
    sentence: four times the quotations take well under the 16 times a quadratic takes."""
    import time
    from factcheck.extract import find_people
    from factcheck.extract.quotes import extract_quotes
    from factcheck.segment import segment

    def seconds(count: int) -> float:
        document = quotation_article(count)
        sentences = segment(document, rules)
        people = find_people(document, set(), rules)
        best = float("inf")
        for _ in range(3):
            start = time.perf_counter()
            quotes = extract_quotes(document, sentences, people, rules)
            best = min(best, time.perf_counter() - start)
        assert len(quotes) == count and quotes[-1].value.speaker_id == f"ines varro{count - 1}"
        return best

    small, large = seconds(500), seconds(2000)
    assert large < 8 * small, (small, large)
