from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest

from factcheck.ingest import parse_date, text_document
from factcheck.pipeline import run
from factcheck.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def pytest_configure(config):
    # the default caches (the place index, per-article facts) go to a folder of this run,
    # never the user's, and every subprocess inherits it
    os.environ["FACTCHECK_CACHE_DIR"] = tempfile.mkdtemp(prefix="factcheck-test-cache-")


@pytest.fixture(scope="session")
def rules():
    return load_rules()


def run_texts(texts, rules, published=None):
    """Run the pipeline over in-memory articles named a.txt, b.txt, ..."""
    published = published or [None] * len(texts)
    documents = [text_document(f"{chr(97 + i)}.txt", f"{chr(97 + i)}.txt", text)
                 for i, text in enumerate(texts)]
    documents = [d if p is None else d.__class__(**{**d.__dict__, "published": parse_date(p)})
                 for d, p in zip(documents, published)]
    return run(documents, [], rules)
