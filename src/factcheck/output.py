"""Writing output files whole or not at all."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def _mode(path: Path) -> int:
    """The mode a plain open() would give: the existing file's, else 0o666 less the umask
    (mkstemp makes its files 0o600)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomic(path: Path, content: str) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    with AtomicFile(path) as stream:
        stream.write(content)


class AtomicFile:
    """A text file written bit by bit that appears whole on success and not at all on failure."""

    def __init__(self, path: Path) -> None:
        self.path = path
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise OSError(f"no such folder for the output: {folder}")
        handle, self.temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
        self.stream = os.fdopen(handle, "w", encoding="utf-8", newline="")

    def write(self, text: str) -> int:
        return self.stream.write(text)

    def __enter__(self) -> "AtomicFile":
        return self

    def __exit__(self, kind, value, traceback) -> None:
        self.stream.close()
        if kind is None:
            os.chmod(self.temporary, _mode(self.path))
            os.replace(self.temporary, self.path)
        elif os.path.exists(self.temporary):
            os.unlink(self.temporary)
