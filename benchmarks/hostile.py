"""Time `factcheck compare` on hostile inputs: single lines (repeated quotes, capitals,
initials, digits and dates, names, one digit repeated, signed digits) of 0.25, 0.5 and
1 MB, and one article of varied, real-looking sentences of 1, 2 and 5 MB. Prints seconds,
peak memory and the time ratio between sizes: linear work takes about as many times
longer as the text is longer (at most 2.5 for twice the size is accepted), catastrophic
backtracking or a quadratic loop far more.
Run by hand: python benchmarks/hostile.py [--scale 0.25] [shape...]"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus_gen import long_article  # noqa: E402

MB = 1_000_000
LINES = {
    "quotes": "“a ",
    "capitals": "Foo Bar Network ",
    "initials": "A. B. ",
    "digits-and-dates": "1, 2/3 June ",
    "names": "said Igor Kochetkov of the Russian LGBT Network and ",
    "digits": "1,",
    "one-digit": "9",
    "signed-digits": "+9",
    "signed-numbers": "-1 +2 ",
}
LINE_SIZES = (MB // 4, MB // 2, MB)
ARTICLE_SIZES = (MB, 2 * MB, 5 * MB)
LINEAR_ENOUGH = 1.25  # time ratio per size ratio: 2.5 for twice the text


def make(shape: str, size: int) -> str:
    if shape == "article":
        return long_article(size)
    if shape == "signed-digits":
        return "+" + "9" * (size - 1)
    unit = LINES[shape]
    return (unit * (size // len(unit) + 1))[:size]


def timed(path: Path, out: Path) -> tuple[float, str]:
    start = time.perf_counter()
    proc = subprocess.run(["factcheck", "compare", str(path), "--no-cache", "--format", "json", "--output", str(out),
                           "--fail-on", "never", "--jobs", "1"], capture_output=True, text=True)
    return time.perf_counter() - start, "ok" if proc.returncode in (0, 1) else f"exit {proc.returncode}"


def startup(tmp: Path) -> float:
    """Seconds to start and run on one short sentence: taken off every time, so that
    the ratios compare the work on the text."""
    path = tmp / "short.txt"
    path.write_text("Three people were killed.\n", encoding="utf-8")
    return min(timed(path, tmp / "r.json")[0] for _ in range(3))


def measure(shape: str, sizes: tuple[int, ...], tmp: Path, overhead: float) -> bool:
    """Print one line for a shape (seconds less the start-up); whether it grew linearly."""
    times, statuses = [], set()
    for size in sizes:
        path = tmp / f"{shape}.txt"
        path.write_text(make(shape, size), encoding="utf-8")
        elapsed, status = timed(path, tmp / "r.json")
        times.append(max(elapsed - overhead, 0.01))
        statuses.add(status)
    steps = [(times[i + 1] / times[i], sizes[i + 1] / sizes[i]) for i in range(len(sizes) - 1)]
    linear = all(t <= LINEAR_ENOUGH * s for t, s in steps)
    figures = "  ".join(f"{size / MB:.2f} MB {t:6.2f} s" for size, t in zip(sizes, times))
    ratios = "  ".join(f"x{t:.2f} for x{s:.1f}" for t, s in steps)
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{shape:16} {figures}  time {ratios}  {'linear' if linear else 'NOT LINEAR'}  "
          f"peak so far {peak:.0f} MB  {','.join(sorted(statuses))}")
    sys.stdout.flush()
    return linear


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("shapes", nargs="*", default=[*LINES, "article"])
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every size (0.25: a quick run)")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        overhead = startup(Path(tmp))
        print(f"start-up {overhead:.2f} s, taken off every time below")
        results = [measure(shape, tuple(int(s * options.scale) for s in
                                        (ARTICLE_SIZES if shape == "article" else LINE_SIZES)), Path(tmp), overhead)
                   for shape in options.shapes]
    sys.exit(0 if all(results) else 1)


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
