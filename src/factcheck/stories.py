"""Many stories at once (--stories): which stories there are, and reading one.

A story is a folder of articles (the sub-folders of a folder of stories), or the JSON
lines records that share a `story` field, across any number of shard files. Shards are
indexed first (story -> file and byte offset of each record), so a story is read only
when it is checked and memory stays bounded by the largest story, not the corpus."""
from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

from .ingest import InputError, decode, read_paths, record_document, walk
from .model import Document, Skipped

SHARD_SUFFIXES = {".jsonl", ".ndjson"}


@dataclass(frozen=True)
class StorySource:
    name: str
    folder: str | None = None                          # a folder of articles
    records: tuple[tuple[str, int, int], ...] = ()    # (shard, byte offset, line number) of each record


def _shard_index(path: Path, index: dict[str, list], skipped: list[Skipped]) -> None:
    """Add the records of one shard to `index` (story -> locations); unusable lines go to `skipped`."""
    offset = 0
    with path.open("rb") as stream:
        for number, raw in enumerate(stream, 1):
            start, offset = offset, offset + len(raw)
            if not raw.strip():
                continue
            where = f"{path.as_posix()}:{number}"
            try:
                record = json.loads(decode(raw))
            except (ValueError, json.JSONDecodeError) as exc:
                skipped.append(Skipped(where, f"malformed JSON: {getattr(exc, 'msg', exc)}"))
                continue
            story = record.get("story") if isinstance(record, dict) else None
            if not isinstance(story, (str, int)) or not str(story).strip():
                skipped.append(Skipped(where, "record has no story field"))
                continue
            index.setdefault(str(story).strip(), []).append((path.as_posix(), start, number))


def spool(stream, folder: Path) -> Path:
    """Standard input copied to a file in `folder`, so that it can be indexed like a shard
    and read a story at a time (the caller removes the folder)."""
    path = folder / "stdin.jsonl"
    with path.open("wb") as out:
        shutil.copyfileobj(stream, out, 1 << 20)
    return path


def discover(paths: list[str]) -> tuple[list[StorySource], list[Skipped]]:
    """The stories under the given folders of story folders and JSON lines shards, by name."""
    folders: dict[str, str] = {}
    shards: dict[str, list] = {}
    skipped: list[Skipped] = []
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise InputError(f"no such file or folder: {given}")
        if not root.is_dir() and not root.is_file():
            raise InputError(f"not a file or folder: {given}")
        if root.is_file():
            if root.suffix.lower() not in SHARD_SUFFIXES:
                raise InputError(f"--stories takes folders of story folders or JSON lines shards, not {given}")
            _shard_index(root, shards, skipped)
            continue
        for entry in sorted(root.iterdir()):
            if entry.name.startswith("."):
                continue
            if entry.is_dir() and not entry.is_symlink():
                name = entry.name if entry.name not in folders else entry.as_posix()
                folders[name] = entry.as_posix()
            elif entry.suffix.lower() in SHARD_SUFFIXES and entry.is_file():
                _shard_index(entry, shards, skipped)
            else:
                skipped.append(Skipped(entry.as_posix(), "not in a story folder"))
    clash = set(folders) & set(shards)
    if clash:
        raise InputError(f"story {sorted(clash)[0]!r} is both a folder and a story field")
    stories = [StorySource(name, folder=folder) for name, folder in folders.items()]
    stories += [StorySource(name, records=tuple(locations)) for name, locations in shards.items()]
    return sorted(stories, key=lambda s: s.name), skipped


def load_story(story: StorySource) -> tuple[list[Document], list[Skipped]]:
    """The documents of one story, and what was skipped in it."""
    if story.folder is not None:
        if not walk(Path(story.folder)):
            return [], [Skipped(story.folder, "no articles in this story folder")]
        return read_paths([story.folder])
    documents, skipped = [], []
    handles: dict[str, object] = {}
    try:
        for shard, offset, number in story.records:
            stream = handles.get(shard) or handles.setdefault(shard, open(shard, "rb"))
            stream.seek(offset)
            try:
                record = json.loads(decode(stream.readline()))
                documents.append(record_document(f"{Path(shard).name}:{number}", shard, record))
            except (ValueError, json.JSONDecodeError) as exc:
                skipped.append(Skipped(f"{shard}:{number}", str(exc)))
    finally:
        for stream in handles.values():
            stream.close()
    return documents, skipped
