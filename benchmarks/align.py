"""Time sentence alignment (S001, and the figures, dates and places of aligned sentences) on
generated stories of 10, 50 and 200 articles, and the whole comparison of each story. Alignment is linear when 200 articles take about 20 times
as long as 10; issue 15 allows at most 25. Run by hand: python benchmarks/align.py"""
from __future__ import annotations

import gc
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import story_article  # noqa: E402

from factcheck.check.aligned import aligned_figures  # noqa: E402
from factcheck.check.aligned_dates import aligned_dates  # noqa: E402
from factcheck.check.aligned_places import aligned_places  # noqa: E402
from factcheck.check.statements import statement_differences  # noqa: E402
from factcheck.ingest import text_document  # noqa: E402
from factcheck.pipeline import analyse  # noqa: E402
from factcheck.rules import load_rules  # noqa: E402

SIZES = (10, 50, 200)


def story(count: int, seed: int = 15) -> list:
    rng = random.Random(seed)
    facts = {"event": "flood", "place": "Padang", "toll": 40, "day": "Monday"}
    return [text_document(f"{i:04d}.txt", f"{i:04d}.txt", story_article(rng, facts, i)) for i in range(count)]


def best_of(runs: int, work) -> float:
    best = float("inf")
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    gc.set_threshold(100_000, 20, 20)  # as the command line runs
    rules = load_rules()
    aligned, counted = {}, {}
    for count in SIZES:
        documents = story(count)
        started = time.perf_counter()
        analysed = [analyse(d, rules) for d in documents]
        extraction = time.perf_counter() - started
        sentences = {d.id: a[0] for d, a in zip(documents, analysed)}
        mentions = [m for a in analysed for m in a[1]]
        found = []

        def align_all() -> None:
            found.append(len(statement_differences(documents, sentences, mentions, rules)))
            found.append(sum(len(check(documents, sentences, mentions, (), (), rules))
                             for check in (aligned_figures, aligned_dates, aligned_places)))
        aligned[count] = best_of(5, align_all)
        counted[count] = sum(len(s) for s in sentences.values())
        print(f"{count:4d} articles  {counted[count]:6d} sentences  alignment {aligned[count]:7.3f} s  "
              f"({found[-2]} S001, {found[-1]} of figures, dates, places)  extraction {extraction:6.2f} s")
    ratio = aligned[SIZES[-1]] / aligned[SIZES[0]]
    print(f"alignment: {SIZES[-1]} articles take {ratio:.1f} times as long as {SIZES[0]} (at most 25; "
          f"they hold {counted[SIZES[-1]] / counted[SIZES[0]]:.1f} times the sentences)")


if __name__ == "__main__":
    main()
