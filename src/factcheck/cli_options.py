"""Options several commands share, with the help text --help shows."""
from __future__ import annotations

import typer

RULES_OPTION = typer.Option(None, "--rules", metavar="FOLDER", help="A folder of rules merged over the defaults.")
CONFIG_OPTION = typer.Option(None, "--config", metavar="FILE",
                             help="A TOML settings file. Default: the [tool.factcheck] table of the nearest pyproject.toml.")
SELECT_OPTION = typer.Option(None, "--select", metavar="CODES",
                             help="Codes or name prefixes to keep, comma-separated, any case (q001, Q, quantity).")
IGNORE_OPTION = typer.Option(None, "--ignore", metavar="CODES", help="Codes or name prefixes to drop, comma-separated, any case.")
PATHS_ARGUMENT = typer.Argument(None, show_default=False, metavar="PATHS",
                                help="Files, folders, or - for JSON lines on stdin. Default: `paths` under [tool.factcheck].")
EXCLUDE_OPTION = typer.Option(None, "--exclude", metavar="GLOB",
                              help="Do not read files in folders whose name or path matches GLOB (repeatable; adds to "
                                   "`exclude` under [tool.factcheck] and to README*, CHANGELOG*, LICENSE* and the like).")
