"""Running the per-article and per-story work in worker processes (--jobs).

Rules load once per worker: a forked worker inherits the parent's (and the compiled
patterns and the gazetteer built for them); a spawned one loads them from the same
folder in its initializer. Results come back in input order, so a parallel run gives
exactly the output of a serial one."""
from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

from .cache import FactCache
from .gazetteer import gazetteer
from .model import Document
from .pipeline import analyse
from .rules import Rules, load_rules

T = TypeVar("T")
R = TypeVar("R")
_RULES: Rules | None = None        # the rules of this worker process
MIN_PARALLEL = 8                   # fewer items than this are not worth a pool


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _init(rules_dir: str | None, version: str) -> None:
    global _RULES
    if _RULES is None or _RULES.version != version:
        _RULES = load_rules(Path(rules_dir) if rules_dir else None)


def worker_rules() -> Rules:
    assert _RULES is not None, "called outside a worker"
    return _RULES


def _pool(jobs: int, rules: Rules, rules_dir: Path | None) -> ProcessPoolExecutor:
    global _RULES
    _RULES = rules
    gazetteer(rules)  # built before forking, so every worker shares it
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    return ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context(method), initializer=_init,
                               initargs=(str(rules_dir) if rules_dir else None, rules.version))


def ordered_map(function: Callable[[T], R], items: Iterable[T], jobs: int, rules: Rules,
                rules_dir: Path | None, size: int | None = None, at_least: int = MIN_PARALLEL) -> Iterator[R]:
    """function(item) for every item, in order; in `jobs` worker processes when worth it.
    `function` must be a module-level function that takes its rules from worker_rules()."""
    global _RULES
    if jobs <= 1 or (size is not None and size < at_least):
        _RULES = rules
        yield from map(function, items)
        return
    with _pool(jobs, rules, rules_dir) as pool:
        yield from pool.map(function, items, chunksize=max(1, min(16, (size or 64) // (jobs * 8))))


def _analyse_one(document: Document):
    return analyse(document, worker_rules())


def _extract_one(document: Document):
    return analyse(document, worker_rules(), numbers=True)[1]


def extract_all(documents: list[Document], rules: Rules, rules_dir: Path | None = None, jobs: int = 1) -> list[tuple]:
    """Every mention of each document, every number among them (what `factcheck extract`
    prints), in order, in `jobs` worker processes when worth it."""
    return list(ordered_map(_extract_one, documents, jobs, rules, rules_dir, len(documents)))


def analyse_all(documents: list[Document], rules: Rules, rules_dir: Path | None = None, jobs: int = 1,
                cache: FactCache | None = None) -> list[tuple]:
    """(sentences, mentions, facts) per document, in order, from the cache where it has them."""
    results: list[tuple | None] = [cache.get(d) if cache else None for d in documents]
    todo = [i for i, value in enumerate(results) if value is None]
    fresh = ordered_map(_analyse_one, [documents[i] for i in todo], jobs, rules, rules_dir, len(todo))
    for index, value in zip(todo, fresh):
        results[index] = value
        if cache:
            cache.put(documents[index], value)
    return results  # type: ignore[return-value]
