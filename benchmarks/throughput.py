"""Time `factcheck compare` end to end on a generated corpus; print articles/s, MB/s
(wall clock and CPU time of the one process, best of three runs), peak memory, and how
many of the corpus's sentences repeat an earlier one (real news: about 3 %; a corpus that
repeats more would flatter any cache).
Run by hand: python benchmarks/throughput.py [articles]"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import folder_repetition, write_corpus  # noqa: E402


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "story"
        folder.mkdir()
        size = write_corpus(folder, count)
        repeated = folder_repetition(folder)
        walls, cpus = [], []
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            proc = subprocess.run(["factcheck", "compare", str(folder), "--no-cache", "--jobs", "1", "--format", "json",
                                   "--output", str(Path(tmp) / "r.json"), "--fail-on", "never"],
                                  capture_output=True, text=True)
            walls.append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
            if proc.returncode != 0:
                sys.exit(proc.stderr)
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    wall, cpu = min(walls), min(cpus)
    print(f"articles={count} size={size / 1e6:.2f} MB wall={wall:.2f} s cpu={cpu:.2f} s "
          f"articles/s={count / wall:.0f} MB/s={size / 1e6 / wall:.2f} MB/s_per_core={size / 1e6 / cpu:.2f} "
          f"peak_memory={peak_mb:.0f} MB repeated_sentences={repeated:.1%}")


if __name__ == "__main__":
    main()
