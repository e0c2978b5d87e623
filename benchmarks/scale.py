"""Many stories at scale: generate story folders of 1,000, 10,000 and 100,000 articles
(varied generated text, not copies), run `factcheck compare --stories --jobs N`, and
print articles/s, MB/s (wall clock, and per core: CPU time of the process and its
workers), the peak memory of the whole process tree, the share of repeated sentences,
and the ratio of time between sizes (10x the articles should take about 10x the time).
Run by hand: python benchmarks/scale.py [--jobs 2] [sizes...]"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil  # comes with the dask extra

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import folder_repetition, write_stories  # noqa: E402


def tree_rss(process: psutil.Process) -> int:
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            total += member.memory_info().rss
        except psutil.Error:
            pass
    return total


def cpu_of_children() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the workers too, once reaped
    return usage.ru_utime + usage.ru_stime


def timed_run(command: list[str]) -> tuple[float, float, int, int]:
    """Wall time, CPU time, peak resident memory of the process and its workers together, exit code."""
    cpu = cpu_of_children()
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    peak = 0
    while process.poll() is None:
        peak = max(peak, tree_rss(process))
        time.sleep(0.05)
    return time.perf_counter() - start, cpu_of_children() - cpu, peak, process.returncode


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
            repeated = folder_repetition(root) if size <= 20000 else float("nan")  # slow: measured on small runs
            command = ["factcheck", "compare", "--stories", str(root), "--no-cache", "--jobs", str(options.jobs),
                       "--format", "json", "--output", str(Path(tmp) / "out.jsonl"), "--fail-on", "never"]
            wall, cpu, peak, code = timed_run(command)
            if code != 0:
                sys.exit(f"factcheck exited {code}")
            ratio = f" time x{wall / previous[1]:.1f} for x{size / previous[0]:.0f} articles" if previous else ""
            print(f"articles={size} stories={stories} size={volume / 1e6:.1f} MB jobs={options.jobs} "
                  f"wall={wall:.1f} s cpu={cpu:.1f} s articles/s={size / wall:.0f} MB/s={volume / 1e6 / wall:.2f} "
                  f"MB/s_per_core={volume / 1e6 / cpu:.2f} peak_memory={peak / 2**20:.0f} MB "
                  f"repeated_sentences={repeated:.1%}{ratio}")
            sys.stdout.flush()
            previous = (size, wall)


if __name__ == "__main__":
    main()
