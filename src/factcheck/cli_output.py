"""What compare prints and how: the format (given, from the --output extension, or by
whether stdout is a terminal) and colour (--color, FORCE_COLOR, NO_COLOR)."""
from __future__ import annotations

import os
from enum import Enum
from pathlib import Path
from typing import Optional


class Format(str, Enum):
    terminal = "terminal"
    concise = "concise"
    json = "json"
    sarif = "sarif"
    github = "github"
    html = "html"


class Color(str, Enum):
    auto = "auto"
    always = "always"
    never = "never"


BY_SUFFIX = {".json": Format.json, ".html": Format.html, ".htm": Format.html, ".sarif": Format.sarif,
             ".txt": Format.terminal}


def chosen_format(given: Optional[Format], output: Optional[Path], interactive: bool) -> Format:
    """--format, else the output file's extension, else the full report for a person at a
    terminal and one line per finding for anything else (a pipe, a file, a hook)."""
    if given is not None:
        return given
    if output is not None:
        return BY_SUFFIX.get(output.suffix.lower(), Format.terminal)
    return Format.terminal if interactive else Format.concise


def use_color(choice: Color, output: Optional[Path], interactive: bool, env=os.environ) -> bool:
    """--color always/never wins; with auto, NO_COLOR (any value) turns colour off and
    FORCE_COLOR on, else colour when writing to a terminal."""
    if choice is not Color.auto:
        return choice is Color.always
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR") not in (None, "", "0"):
        return True
    return output is None and interactive
