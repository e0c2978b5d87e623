"""Help that reads cleanly and usage errors in one line.

Typer prints a type placeholder (`<list[str]>`) after every argument and wraps the usage
name in braces; plain help (no rich markup, which ate "[default: ...]") with the argument's
own name reads better. A usage error (an unknown option, a bad choice) is one line and exit
code 2, as every other error of the tool."""
from __future__ import annotations

import sys

import typer
import typer.core
from typer._click import exceptions as click_errors  # the click typer vendors


def _argument_usage(self) -> str:
    name = (self.metavar or self.name or "").upper()
    name = name if self.required else f"[{name}]"
    return name + ("..." if self.nargs != 1 else "")


def _argument_type(self, ctx) -> None:
    return None  # the help text says what the argument takes


def plain_arguments() -> None:
    typer.core.TyperArgument.display_type_rich = _argument_type
    typer.core.TyperArgument._usage_display_name = _argument_usage


def run(app) -> int:
    """Run the app; a usage error becomes 'factcheck: error: ...' and exit code 2."""
    try:
        result = app(standalone_mode=False)
    except click_errors.NoArgsIsHelpError as exc:
        sys.stdout.write(exc.format_message() + "\n")  # the help itself
        return 0
    except click_errors.UsageError as exc:
        command = exc.ctx.command_path if exc.ctx else "factcheck"
        message = exc.format_message().replace("Value error, ", "")  # pydantic's prefix on a bad choice
        sys.stderr.write(f"factcheck: error: {message} (see {command} --help)\n")
        return 2
    except click_errors.ClickException as exc:
        sys.stderr.write(f"factcheck: error: {exc.format_message()}\n")
        return 2
    except typer.Abort:
        sys.stderr.write("factcheck: aborted\n")
        return 130
    except typer.Exit as exc:
        return exc.exit_code
    return result if isinstance(result, int) else 0
