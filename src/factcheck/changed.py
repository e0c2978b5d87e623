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


def repository_root(folder: Path) -> Path | None:
    """The top of the git repository holding `folder`, or None outside one."""
    try:
        done = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=folder, capture_output=True, text=True,
                              timeout=60)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None


def articles_folder(paths: list[str]) -> Path:
    """Where git is asked about the articles: the first path given (its folder for a file),
    so a run from outside the articles' repository still asks that repository."""
    first = Path(paths[0]) if paths and paths[0] != "-" else Path.cwd()
    return (first if first.is_dir() else first.parent).resolve()


def changed_since(revision: str, cwd: Path) -> list[Path]:
    """Files changed between `revision` and the working tree, and files git does not track yet."""
    if revision.startswith("-"):
        raise InputError(f"--changed-since: not a revision: {revision}")
    top = Path(_git(["rev-parse", "--show-toplevel"], cwd).strip())
    changed = _git(["diff", "--name-only", "--no-renames", revision, "--"], cwd).splitlines()
    untracked = _git(["ls-files", "--others", "--exclude-standard", "--full-name"], top).splitlines()
    return sorted({top / name for name in changed + untracked if name})
