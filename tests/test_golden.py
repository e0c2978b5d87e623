"""Golden files: the JSON report and the plain terminal output for the seeds.
Regenerate with FACTCHECK_UPDATE_GOLDEN=1 after a change you have read and meant."""
from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from conftest import ROOT

GOLDEN = Path(__file__).parent / "golden"
runner = CliRunner()


@pytest.mark.parametrize("name,args", [
    ("seeds.json", ["--format", "json"]),
    ("seeds.txt", ["--format", "terminal"]),
])
def test_seeds_golden(monkeypatch, name, args):
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, ["compare", "seeds", "--fail-on", "never", *args],
                           env={"NO_COLOR": "1", "COLUMNS": "120"})
    assert result.exit_code == 0
    path = GOLDEN / name
    if os.environ.get("FACTCHECK_UPDATE_GOLDEN"):
        path.write_text(result.output, encoding="utf-8")
    assert result.output == path.read_text(encoding="utf-8")
