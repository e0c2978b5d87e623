"""Time `factcheck compare` on single-line hostile inputs (repeated quotes, capitals,
initials, digits and dates, names) of 0.25 MB and 1 MB, and print seconds, peak memory
and the ratio of the two times: linear work gives about 4, catastrophic backtracking
far more. Run by hand: python benchmarks/hostile.py"""
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


def timed(path: Path, out: Path) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(["factcheck", "compare", str(path), "--format", "json", "--output", str(out),
                           "--fail-on", "never"], capture_output=True, text=True)
    return time.perf_counter() - start, "ok" if proc.returncode in (0, 1) else f"exit {proc.returncode}"


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in SHAPES.items():
            times = []
            for fraction in (4, 1):
                path = Path(tmp) / f"{name}.txt"
                path.write_text(text[:len(text) // fraction], encoding="utf-8")
                elapsed, status = timed(path, Path(tmp) / "r.json")
                times.append(elapsed)
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
            print(f"{name:18} 0.25 MB {times[0]:6.2f} s  {len(text) / 1e6:.2f} MB {times[1]:6.2f} s  "
                  f"ratio {times[1] / times[0]:4.1f}  peak so far {peak:.0f} MB  {status}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()


def many_quotations(count: int) -> str:
    """One article of `count` quotations, each credited to a surname of a named speaker."""
    lines = []
    for i in range(count):
        surname = f"Quillon{i}"
        lines.append(f"Officer Marta {surname} arrived. “We have checked every room on the floor,” {surname} said.")
    return "\n\n".join(lines)


def quotations_case() -> None:
    """10,000 quotations in one article, and half of them: linear work gives a ratio of about 2."""
    with tempfile.TemporaryDirectory() as tmp:
        times = []
        for count in (5000, 10000):
            path = Path(tmp) / "quotations.txt"
            path.write_text(many_quotations(count), encoding="utf-8")
            elapsed, status = timed(path, Path(tmp) / "r.json")
            times.append(elapsed)
        print(f"{'quotations':18} 5,000 {times[0]:6.2f} s  10,000 {times[1]:6.2f} s  "
              f"ratio {times[1] / times[0]:4.1f}  {status}")


if __name__ == "__main__":
    quotations_case()
