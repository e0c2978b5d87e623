"""Time `factcheck compare` on 1 MB single-line hostile inputs (repeated quotes, capitals,
initials, digits and dates, names) and print seconds and peak memory for each: the time
must grow in proportion to the length. Run by hand: python benchmarks/hostile.py"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHAPES = {
    "quotes": "“a " * 330000,
    "capitals": "Foo Bar Network " * 62500,
    "initials": "A. B. " * 166000,
    "digits-and-dates": "1, 2/3 June " * 83000,
    "names": "said Igor Kochetkov of the Russian LGBT Network and " * 19000,
    "digits": "1," * 500000,
}


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in SHAPES.items():
            path = Path(tmp) / f"{name}.txt"
            path.write_text(text, encoding="utf-8")
            start = time.perf_counter()
            proc = subprocess.run(["factcheck", "compare", str(path), "--format", "json", "--output",
                                   str(Path(tmp) / "r.json"), "--fail-on", "never"], capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            status = "ok" if proc.returncode in (0, 1) else f"exit {proc.returncode}"
            print(f"{name:18} {len(text) / 1e6:.2f} MB {elapsed:6.2f} s  peak so far {peak:.0f} MB  {status}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
