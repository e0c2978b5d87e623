"""A cache of per-article work (sentences, mentions, facts), keyed by the article's
content and the rules version, so re-checking a story after one article is added only
extracts that article. Entries are pickles written whole (temporary file, then rename);
an unreadable entry is a miss, never an error. Keep the folder private: pickles are
code to whoever can write them."""
from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

from .model import Document

FORMAT = 1


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
    def __init__(self, folder: Path, rules_version: str) -> None:
        self.folder = folder
        self.rules_version = rules_version
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
            path.parent.mkdir(parents=True, exist_ok=True)
            handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
            with os.fdopen(handle, "wb") as stream:
                pickle.dump(value, stream, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, path)
        except OSError:
            pass  # a cache that cannot be written only costs time
