"""Ingest: formats, headers, encodings, and every kind of bad input."""
from __future__ import annotations

import json
from pathlib import Path
from datetime import date

import pytest

from factcheck.ingest import InputError, read_json_lines, read_paths

HTML = """<html><head><title>Quake</title>
<meta property="article:published_time" content="2013-07-02T10:00:00Z"></head>
<body><nav>Home | World | Sport</nav><article><h1>Quake kills five</h1>
<p>A strong earthquake killed at least five people in Aceh province on Tuesday, officials said.</p>
<p>Dozens of people were injured when houses collapsed in the mountainous district.</p>
</article><footer>Copyright 2013</footer></body></html>"""


def read_one(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return read_paths([str(path)])


def test_seed_date_header_and_body(tmp_path):
    docs, skipped = read_one(tmp_path, "a.txt", " date 2017-07-06 A Russian group says ten calls came.")
    assert not skipped
    assert docs[0].published == date(2017, 7, 6) and docs[0].published_from == "header"
    assert docs[0].text[docs[0].body[0]:].startswith("A Russian")


def test_front_matter(tmp_path):
    text = '---\ntitle: "Five dead"\nsource: "The Paper"\ndate: 2013-07-02\n---\nFive dead in quake\n'
    docs, _ = read_one(tmp_path, "a.md", text)
    assert (docs[0].title, docs[0].outlet, docs[0].published) == ("Five dead", "The Paper", date(2013, 7, 2))
    assert docs[0].text == text and docs[0].source_format == "markdown"


def test_utf8_bom_keeps_offsets_of_a_plain_utf8_read(tmp_path):
    raw = "\ufeffAt least 6 were murdered.".encode("utf-8")
    docs, _ = read_one(tmp_path, "a.txt", raw)
    assert docs[0].text == raw.decode("utf-8")


def test_utf16_with_bom(tmp_path):
    docs, skipped = read_one(tmp_path, "a.txt", "At least 6 were murdered.".encode("utf-16"))
    assert not skipped and docs[0].text == "At least 6 were murdered."


@pytest.mark.parametrize("name,content,reason", [
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\n", "empty"),
    ("broken.json", b'{"text": "unterminated', "malformed JSON"),
    ("list.json", b'[1, 2]', "not an object"),
    ("notext.json", b'{"title": "no body"}', "no text"),
    ("nobody.html", b"<html><head><title>x</title></head></html>", "HTML"),
    ("truncated.txt", "ab\u00e9".encode("utf-8")[:-1], "not UTF-8"),
])
def test_bad_files_are_skipped_with_a_reason(tmp_path, name, content, reason):
    docs, skipped = read_one(tmp_path, name, content)
    assert docs == [] and len(skipped) == 1
    assert reason in skipped[0].reason and skipped[0].path.endswith(name)


def test_missing_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        read_paths([str(tmp_path / "nope")])


def test_folder_is_walked_recursively_and_sorted(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Ten calls came.", encoding="utf-8")
    (tmp_path / "1.txt").write_text("Ten calls came.", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("x", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    docs, skipped = read_paths([str(tmp_path)])
    assert [d.id for d in docs] == ["1.txt", "b/2.txt"]
    assert [(Path(s.path).name, s.reason.split(":")[0]) for s in skipped] == [("image.png", "not an article format (.png)")]


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("Ten calls came.", encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    docs, _ = read_paths([str(tmp_path)])
    assert [d.id for d in docs] == ["a.txt"]


def test_html_main_text_and_date(tmp_path):
    docs, skipped = read_one(tmp_path, "a.html", HTML)
    assert not skipped
    doc = docs[0]
    assert doc.published == date(2013, 7, 2) and doc.published_from == "html-meta"
    assert "at least five people" in doc.text and "Home | World" not in doc.text


def test_json_object_list_and_lines(tmp_path):
    record = {"text": "At least 6 were murdered.", "title": "T", "source": "S", "date": "2017-07-06"}
    docs, _ = read_one(tmp_path, "a.json", json.dumps(record))
    assert docs[0].published == date(2017, 7, 6) and docs[0].outlet == "S"
    docs, _ = read_one(tmp_path, "b.json", json.dumps([record, {**record, "id": "x"}]))
    assert [d.id for d in docs] == ["b.json#0", "x"]
    docs, _ = read_one(tmp_path, "c.jsonl", json.dumps(record) + "\n\n" + json.dumps({**record, "body": "B", "text": None}) + "\n")
    assert len(docs) == 2 and docs[1].text == "B"


def test_json_lines_from_stdin_skip_bad_lines():
    lines = ['{"id": "a", "text": "Ten calls.", "published": "2017-07-06"}', "not json", '{"id": "b"}', "[1]"]
    docs, skipped = read_json_lines(lines)
    assert [d.id for d in docs] == ["a"] and len(skipped) == 3
