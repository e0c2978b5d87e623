"""Many stories at scale: generate story folders of 1,000, 10,000 and 100,000 articles
(varied generated text, not copies), run `factcheck compare --stories --jobs N`, and
print articles/s, MB/s, the peak memory of the whole process tree, and the ratio of
time between sizes (10x the articles should take about 10x the time).
Run by hand: python benchmarks/scale.py [--jobs 2] [sizes...]"""
from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil  # comes with the dask extra

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import write_stories  # noqa: E402


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def timed_run(command: list[str]) -> tuple[float, int, int]:
    """Wall time, peak resident memory of the process and its workers together, exit code."""
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process))
        time.sleep(0.05)
    return time.perf_counter() - start, peak, process.returncode


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000, 100000])
    parser.add_argument("--jobs", type=int, default=2)
    options = parser.parse_args()
    previous = None
    for size in options.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            root = Path(tmp) / "stories"
            root.mkdir()
            stories, volume = write_stories(root, size)
            command = ["factcheck", "compare", "--stories", str(root), "--jobs", str(options.jobs),
                       "--format", "json", "--output", str(Path(tmp) / "out.jsonl"), "--fail-on", "never"]
            wall, peak, code = timed_run(command)
            if code != 0:
                sys.exit(f"factcheck exited {code}")
            ratio = f" time x{wall / previous[1]:.1f} for x{size / previous[0]:.0f} articles" if previous else ""
            print(f"articles={size} stories={stories} size={volume / 1e6:.1f} MB jobs={options.jobs} "
                  f"wall={wall:.1f} s articles/s={size / wall:.0f} MB/s={volume / 1e6 / wall:.2f} "
                  f"peak_memory={peak / 2**20:.0f} MB{ratio}")
            sys.stdout.flush()
            previous = (size, wall)


if __name__ == "__main__":
    main()
