"""Time what `factcheck extract` does (every mention, every number) against dateparser's
search_dates and quantulum3's parser on the same text, in the same run, and print the
ratios (this machine's speed drifts between days; ratios measured together do not).
Each tool gets every article of ../shared/corpus (or the generated corpus) in turn, in
alternating rounds; CPU time, best round. quantulum3 is skipped when not installed.
Run by hand: python benchmarks/peer_speed.py [--rounds 3] [--extra-path DIR]"""
from __future__ import annotations

import argparse
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import article  # noqa: E402

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def texts() -> list[tuple[str, object]]:
    """(text, document) of every corpus article, or of 200 generated ones without the corpus."""
    from factcheck.ingest import read_file, text_document
    if not CORPUS.is_dir():
        import random
        rng = random.Random(1)
        made = [article(rng, i) for i in range(200)]
        return [(t, text_document(f"{i}.txt", f"{i}.txt", t)) for i, t in enumerate(made)]
    found = []
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".html", ".json")
                       and p.name != "SOURCES.md"):  # the list of sources is no article
        try:
            documents, _ = read_file(path, path.name, path.name)
        except ValueError:
            continue
        found += [(d.text[d.body[0]:d.body[1]], d) for d in documents]
    return found


def tools(extra_path: str | None):
    from factcheck.pipeline import analyse
    from factcheck.rules import load_rules
    rules = load_rules()
    found = {"factcheck extract": lambda text, document: analyse(document, rules, numbers=True)}
    from dateparser.search import search_dates
    found["dateparser search_dates"] = lambda text, document: search_dates(text, languages=["en"])
    if extra_path:
        sys.path.append(extra_path)  # last, so that it shadows nothing installed
    try:
        from quantulum3 import parser as quantulum
        found["quantulum3 parse"] = lambda text, document: quantulum.parse(text)
    except ImportError:
        print("quantulum3 not installed: skipped")
    return found


def main() -> None:
    options = argparse.ArgumentParser()
    options.add_argument("--rounds", type=int, default=3)
    options.add_argument("--extra-path", help="a folder holding quantulum3 (pip install --target)")
    args = options.parse_args()
    warnings.simplefilter("ignore")
    corpus, timed = texts(), tools(args.extra_path)
    megabytes = sum(len(t.encode("utf-8")) for t, _ in corpus) / 1e6
    for run in timed.values():  # warm: patterns, models, gazetteers
        run(*corpus[0])
    best = {name: float("inf") for name in timed}
    for _ in range(args.rounds):
        for name, run in timed.items():
            start = time.process_time()
            for text, document in corpus:
                run(text, document)
            best[name] = min(best[name], time.process_time() - start)
    ours = best["factcheck extract"]
    print(f"{len(corpus)} articles, {megabytes:.2f} MB, CPU time, best of {args.rounds} alternating rounds")
    for name, seconds in best.items():
        print(f"{name:24} {seconds:7.2f} s  {megabytes / seconds:6.3f} MB/s  "
              f"factcheck is x{seconds / ours:.2f} its speed")


if __name__ == "__main__":
    main()
