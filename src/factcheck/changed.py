"""The articles git says changed since a revision (--changed-since)."""
from __future__ import annotations

import subprocess
from pathlib import Path

from .ingest import InputError


def _git(args: list[str], cwd: Path) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise InputError(f"cannot run git: {exc}") from None
    if done.returncode != 0:
        problem = (done.stderr.strip().splitlines() or ["git failed"])[0]
        raise InputError(f"--changed-since: {problem}")
    return done.stdout


def changed_since(revision: str, cwd: Path) -> list[Path]:
    """Files changed between `revision` and the working tree, and files git does not track yet."""
    if revision.startswith("-"):
        raise InputError(f"--changed-since: not a revision: {revision}")
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    changed = _git(["diff", "--name-only", "--no-renames", revision, "--"], cwd).splitlines()
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name"], top).splitlines()
    return sorted({top / name for name in changed + untracked if name})
