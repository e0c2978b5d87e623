"""Read articles from files, folders or JSON lines into Documents.

The only stage that touches the file system. Unreadable inputs become Skipped
records with a reason; a missing path raises InputError.
"""
from __future__ import annotations

import fnmatch
import json
import os
import re
import stat
from datetime import date
from pathlib import Path
from typing import Iterable

from .model import Document, Skipped
from .htmltext import html_document

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_BYTES = 50_000_000

DATE_HEADER = re.compile(r"\A[ \t\ufeff]*date[ \t]+(\d{4}-\d{2}-\d{2})[ \t]+")
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
LIST_ITEM = re.compile(r"^[ \t]+-[ \t]*(.*?)[ \t]*$")
ACCEPT_KEYS = ("factcheck-ignore", "factcheck_ignore")


class InputError(Exception):
    """An input the run cannot go on without (a missing path, nothing readable)."""


def decode(raw: bytes) -> str:
    """UTF-8 (BOM kept as a character, so offsets match a plain UTF-8 read) or UTF-16 with BOM."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    if b"\x00" in raw:
        raise ValueError("binary file (NUL bytes)")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 or UTF-16 with BOM (byte {exc.start})") from None


def decode_noted(raw: bytes) -> tuple[str, str | None]:
    """As `decode`, but text that is not UTF-8 is read as Windows-1252 (what older Windows
    editors and many news sites save), with a note saying so."""
    try:
        return decode(raw), None
    except ValueError as problem:
        if b"\x00" in raw:
            raise
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            # UTF-8 cut short, or valid UTF-8 letters before the bad byte: damaged UTF-8, not Windows-1252
            if exc.reason == "unexpected end of data" or max(raw[:exc.start], default=0) >= 0x80:
                raise problem from None
        try:
            return raw.decode("cp1252"), "not valid UTF-8: read as Windows-1252"
        except UnicodeDecodeError:
            raise problem from None


def parse_date(value: object) -> date | None:
    """A YYYY-MM-DD date at the start of a string, or None."""
    match = re.match(r"\s*['\"]?(\d{4})-(\d{2})-(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value


def accepted(value: object) -> tuple[str, ...]:
    """What an article accepts (`factcheck-ignore`): codes or fingerprints, given as a
    list, a YAML-style inline list "[Q001, abc123]" or a comma-separated string."""
    if isinstance(value, str):
        value = value.strip().removeprefix("[").removesuffix("]").split(",")
    if not isinstance(value, list):
        return ()
    return tuple(sorted({_unquote(str(v).strip()) for v in value if str(v).strip()}))


def front_matter(block: str) -> dict[str, object]:
    """Key: value lines, and block lists ("key:" then "  - item" lines) as lists."""
    fields: dict[str, object] = {}
    key = None
    for line in block.splitlines():
        if (item := LIST_ITEM.match(line)) and key is not None:
            current = fields.get(key)
            fields[key] = (current if isinstance(current, list) else []) + [_unquote(item[1])]
        elif m := FIELD.match(line):
            key = m[1].lower()
            fields[key] = _unquote(m[2])
    return fields


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def text_document(doc_id: str, path: str, text: str, fmt: str = "text") -> Document:
    """A plain-text or Markdown article, with its ` date ` header or front matter read."""
    fields: dict[str, object] = {}
    start, published_from = 0, None
    header = DATE_HEADER.match(text)
    matter = FRONT_MATTER.match(text)
    if header:
        fields["date"], start, published_from = header[1], header.end(), "header"
    elif matter:
        fields = front_matter(matter[1])
        start, published_from = matter.end(), "front-matter"
    published = parse_date(_text(fields.get("date")) or _text(fields.get("published")))
    return Document(
        id=doc_id, path=path, text=text, body=(start, len(text)),
        title=_text(fields.get("title")), outlet=_text(fields.get("outlet")) or _text(fields.get("source")),
        published=published, published_from=published_from if published else None, source_format=fmt,
        accepts=accepted(next((fields[k] for k in ACCEPT_KEYS if k in fields), None)))


def record_document(doc_id: str, path: str, record: object) -> Document:
    """A document from a JSON object with text/body, title, source/outlet and date/published."""
    if not isinstance(record, dict):
        raise ValueError("JSON record is not an object")
    text = record.get("text") or record.get("body")
    if not isinstance(text, str) or not text.strip():
        raise ValueError("JSON record has no text")
    published = parse_date(record.get("published") or record.get("date"))
    outlet = record.get("outlet") or record.get("source")
    return Document(
        id=str(record.get("id") or doc_id), path=path, text=text, body=(0, len(text)),
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        outlet=outlet if isinstance(outlet, str) else None, published=published,
        published_from="json" if published else None, source_format="json",
        accepts=accepted(next((record[k] for k in ACCEPT_KEYS if k in record), None)))


def json_records(text: str, lines: bool) -> list[object]:
    if lines:
        return [json.loads(line) for line in text.splitlines() if line.strip()]
    data = json.loads(text)
    return data if isinstance(data, list) else [data]


def read_file(path: Path, doc_id: str, shown: str, notes: list[str] | None = None) -> tuple[list[Document], list[Skipped]]:
    """The documents of one file and its unreadable records; raises ValueError with a
    reason when the whole file is unreadable. What a reader should know (an encoding
    guessed) goes to `notes`."""
    status = path.stat()
    if not stat.S_ISREG(status.st_mode):
        raise ValueError("not a regular file (a pipe, a device or a socket)")  # reading one may never end
    if status.st_size > MAX_BYTES:
        raise ValueError(f"larger than {MAX_BYTES // 1_000_000} MB")
    text, note = decode_noted(path.read_bytes())
    if note and notes is not None:
        notes.append(f"{shown}: {note}")
    if not text.strip("\ufeff \t\r\n"):
        raise ValueError("empty file")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        return [html_document(doc_id, shown, text)], []
    if suffix in JSON_SUFFIXES:
        try:
            records = json_records(text, lines=suffix != ".json")
        except json.JSONDecodeError as exc:
            raise ValueError(f"malformed JSON: {exc.msg} at line {exc.lineno}") from None
        if len(records) == 1:
            return [record_document(doc_id, shown, records[0])], []
        documents, skipped = [], []
        for index, record in enumerate(records):
            try:
                documents.append(record_document(f"{doc_id}#{index}", shown, record))
            except ValueError as exc:
                skipped.append(Skipped(f"{shown}#{index}", str(exc)))
        if not documents:
            raise ValueError(skipped[0].reason if skipped else "no records")
        return documents, skipped
    return [text_document(doc_id, shown, text, "markdown" if suffix in {".md", ".markdown"} else "text")], []


def _shown(path: Path) -> str:
    """The path as reports show it: relative to the working folder where possible."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def excluded(relative: str, patterns: Iterable[str]) -> bool:
    """Whether a file (its path inside the folder given) matches an --exclude glob: by its
    name ('README*') or by its path ('drafts/*')."""
    name = relative.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(name, p) or fnmatch.fnmatchcase(relative, p) for p in patterns)


def walk(root: Path, exclude: Iterable[str] = (), others: list[Path] | None = None) -> list[Path]:
    """Article files under a folder, sorted, hidden entries, excluded files and symlink
    loops skipped; files of other kinds (PDF, DOCX, images) go to `others`."""
    found = []
    exclude = tuple(exclude)
    for folder, dirs, files in os.walk(root, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            file = Path(folder) / name
            if name.startswith(".") or excluded(file.relative_to(root).as_posix(), exclude):
                continue
            if file.suffix.lower() in KNOWN_SUFFIXES:
                found.append(file)
            elif others is not None:
                others.append(file)
    if others is not None:
        others.sort()
    return sorted(found)


def _language_name(code: str) -> str:
    import pycountry  # only for the rare article in another language
    language = pycountry.languages.get(alpha_2=code)
    return f"{language.name} ({code})" if language else code


def english(documents: list[Document], skipped: list[Skipped]) -> list[Document]:
    """The documents written in English; the others are skipped, never read as English."""
    from .language import foreign_language
    kept = []
    for document in documents:
        language = foreign_language(document.text)
        if language is None:
            kept.append(document)
        else:
            skipped.append(Skipped(document.path, f"written in {_language_name(language)}, not English: not read"))
    return kept


def read_paths(paths: Iterable[str], exclude: Iterable[str] = (),
               notes: list[str] | None = None) -> tuple[list[Document], list[Skipped]]:
    """Every document under the given files and folders (files named outright are read even
    when an exclude glob matches them), and what was skipped and why."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise InputError(f"no such file or folder: {given}")
        others: list[Path] = []
        files = walk(root, exclude, others) if root.is_dir() else [root]
        skipped += [Skipped(_shown(f), f"not an article format ({f.suffix.lower() or 'no extension'}): "
                            f"factcheck reads {', '.join(sorted(KNOWN_SUFFIXES))}") for f in others]
        for file in files:
            try:
                key = file.resolve()
            except (OSError, RuntimeError):  # a symlink loop: reading it reports why
                key = file.absolute()
            if key in seen:
                if notes is not None:
                    notes.append(f"{_shown(file)} is given more than once: read once")
                continue
            seen.add(key)
            doc_id = file.relative_to(root).as_posix() if root.is_dir() else file.name
            try:
                found, bad = read_file(file, doc_id, _shown(file), notes)
                documents += english(found, skipped)
                skipped += bad
            except (ValueError, OSError) as exc:
                skipped.append(Skipped(_shown(file), str(exc) if isinstance(exc, ValueError) else exc.strerror or str(exc)))
    return documents, skipped


def read_json_lines(lines: Iterable[str], source: str = "-") -> tuple[list[Document], list[Skipped]]:
    """Documents from JSON lines ({"id", "text", "published", ...} per line), as from stdin."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            documents.append(record_document(f"line-{number}", source, json.loads(line)))
        except json.JSONDecodeError as exc:
            skipped.append(Skipped(f"{source}:{number}", f"malformed JSON: {exc.msg}"))
        except ValueError as exc:
            skipped.append(Skipped(f"{source}:{number}", str(exc)))
    return documents, skipped
