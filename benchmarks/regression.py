"""The accuracy regression benchmark: runs the evaluation scorer over the seeds and every
story of the corpus and prints precision and recall, then each story's misses and false
alarms, so a change shows what it gained and lost. Needs ../shared beside the checkout.
Run by hand: python benchmarks/regression.py [--shared PATH]"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMAND = "factcheck compare {dir} --format json --output {out}"


def score(shared: Path, *args: str) -> str:
    done = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), *args, "--cmd", COMMAND, "-v"],
                          capture_output=True, text=True, cwd=ROOT)
    if done.returncode not in (0, 1):
        sys.exit(done.stderr or done.stdout)
    return done.stdout


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    shared = parser.parse_args().shared
    seeds = score(shared, "--gold", str(shared / "eval" / "gold" / "seeds.json"), "--docs", str(ROOT / "seeds"))
    corpus = score(shared, "--gold-dir", str(shared / "eval" / "gold" / "corpus"), "--corpus", str(shared / "corpus"))
    print("seeds :", seeds.strip().splitlines()[-1])
    print("corpus:", corpus.strip().splitlines()[-1])
    print()
    for line in corpus.strip().splitlines()[:-1]:
        print(line)


if __name__ == "__main__":
    main()
