"""A cache of per-article work (sentences, mentions, facts), keyed by the article's
content and the rules version, so re-checking a story after one article is added only
extracts that article. Entries are pickles written whole (temporary file, then rename);
an unreadable entry is a miss, never an error. Keep the folder private: pickles are
code to whoever can write them.

By default (as ruff and mypy do) the cache lives in the user's cache folder, one subfolder
per rules version; a new version removes all but the few newest others, so the cache
holds a handful of versions' entries at most."""
from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from pathlib import Path

from .model import Document

FORMAT = 1


def user_cache_base() -> Path | None:
    """The user's cache folder for factcheck: FACTCHECK_CACHE_DIR, else XDG_CACHE_HOME or
    ~/.cache, then factcheck. FACTCHECK_CACHE_DIR='' turns every default cache off."""
    folder = os.environ.get("FACTCHECK_CACHE_DIR")
    if folder == "":
        return None
    return Path(folder) if folder else Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "factcheck"


def default_fact_folder(rules_version: str) -> Path | None:
    base = user_cache_base()
    return base / "facts" / rules_version if base is not None else None


KEPT_VERSIONS = 4  # runs with and without --rules (two versions) do not wipe each other's entries


def _drop_other_versions(folder: Path) -> None:
    """Once a new rules version's folder exists, all but the few newest others go: an old
    version's entries can only be read again by going back to that version."""
    try:
        siblings = sorted((p for p in folder.parent.iterdir() if p.is_dir() and p != folder),
                          key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for sibling in siblings[KEPT_VERSIONS - 1:]:
        shutil.rmtree(sibling, ignore_errors=True)


def document_key(document: Document, rules_version: str) -> str:
    """Everything per-article analysis depends on: the text, the id (mentions carry it),
    the reference date, the format and the rules."""
    digest = hashlib.sha256()
    for part in (str(FORMAT), rules_version, document.id, document.source_format,
                 document.published.isoformat() if document.published else "", f"{document.body}"):
        digest.update(part.encode("utf-8") + b"\0")
    digest.update(document.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class FactCache:
    def __init__(self, folder: Path, rules_version: str, versioned: bool = False) -> None:
        self.folder = folder
        self.rules_version = rules_version
        self.versioned = versioned  # the folder is one version's, beside the others
        self.hits = 0
        self.misses = 0

    def _path(self, document: Document) -> Path:
        key = document_key(document, self.rules_version)
        return self.folder / key[:2] / f"{key[2:]}.pickle"

    def get(self, document: Document):
        path = self._path(document)
        try:
            with path.open("rb") as stream:
                value = pickle.load(stream)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, document: Document, value) -> None:
        path = self._path(document)
        try:
            if self.versioned and not self.folder.exists():
                self.folder.mkdir(parents=True, mode=0o700)
                _drop_other_versions(self.folder)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time


def fact_cache(folder: Path | None, enabled: bool, rules_version: str) -> FactCache | None:
    """The cache a run uses: the folder given, else the user's default; none when off."""
    if not enabled:
        return None
    if folder is not None:
        return FactCache(folder, rules_version)
    default = default_fact_folder(rules_version)
    return FactCache(default, rules_version, versioned=True) if default is not None else None
