"""How long a pre-commit hook waits: wall time of `factcheck compare seeds/` after a first
run (which builds the gazetteer's cache file and fills the default per-article cache), the
same with --no-cache (every article extracted again), and of `factcheck --help`, median of five.
Run from the repository root: python benchmarks/cli_speed.py"""
from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RUNS = 5


def wall(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "from factcheck.cli import main; main()", *args], cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    compare = ["compare", "seeds", "--format", "json", "--fail-on", "never", "--jobs", "1"]
    first = wall(compare)
    again = statistics.median(wall(compare) for _ in range(RUNS))
    uncached = statistics.median(wall(compare + ["--no-cache"]) for _ in range(RUNS))
    helped = statistics.median(wall(["--help"]) for _ in range(RUNS))
    bare = statistics.median(wall(["--version"]) for _ in range(RUNS))
    print(f"compare seeds/: first run {first:.2f} s, then {again:.2f} s (median of {RUNS}); "
          f"with --no-cache {uncached:.2f} s")
    print(f"--help: {helped:.2f} s; --version: {bare:.2f} s (median of {RUNS})")


if __name__ == "__main__":
    main()
