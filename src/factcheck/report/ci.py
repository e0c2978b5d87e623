"""Formats for CI, built from the same report record as JSON: SARIF 2.1.0 and GitHub
workflow-command annotations. A discrepancy is located at one claim (the disagreeing
one: in an article named by --only, else in the latest article); the others are the
related locations."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from .. import __version__
from ..rules import Rules

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
SARIF_LEVEL = {"error": "error", "warning": "warning", "info": "note"}
GITHUB_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def primary(item: dict, focus: set[str]) -> int:
    """Index of the claim the finding is shown at."""
    claims = item["claims"]
    focus = set(item.get("focus", ())) or focus  # many stories: each finding carries its story's
    focused = [i for i, c in enumerate(claims) if c["doc"] in focus]
    if focused:
        return focused[0]
    return max(range(len(claims)), key=lambda i: (claims[i]["published"] or "", claims[i]["doc"], -i))


def end_of(claim: dict) -> tuple[int, int]:
    """Line and column just after the claim's words."""
    lines = claim["text"].split("\n")
    if len(lines) == 1:
        return claim["line"], claim["column"] + len(claim["text"])
    return claim["line"] + len(lines) - 1, len(lines[-1]) + 1


def from_root(path: str, root: Path | None) -> str:
    """A report path (relative to the working folder, or absolute) relative to the
    repository root, as code hosts show annotations; unchanged outside the root."""
    if root is None:
        return path
    try:
        return (Path.cwd() / path).resolve().relative_to(root.resolve()).as_posix()
    except (ValueError, OSError):
        return path


def _uri(path: str, root: Path | None = None) -> dict:
    candidate = Path(from_root(path, root))
    if candidate.is_absolute():
        return {"uri": candidate.as_uri()}
    return {"uri": quote(candidate.as_posix()), "uriBaseId": "SRCROOT"}


def _location(claim: dict, root: Path | None = None) -> dict:
    physical = {"artifactLocation": _uri(claim["path"], root)}
    if claim["line"] is not None:
        end_line, end_column = end_of(claim)
        physical["region"] = {"startLine": claim["line"], "startColumn": claim["column"],
                              "endLine": end_line, "endColumn": end_column,
                              "charOffset": claim["span"][0], "charLength": claim["span"][1] - claim["span"][0],
                              "snippet": {"text": claim["text"]}}
    return {"physicalLocation": physical}


def _claim_text(claim: dict) -> str:
    return f"{claim['doc']}: “{claim['text']}”"


def sarif(record: dict, rules: Rules, focus: set[str], root: Path) -> str:
    codes = list(rules.checks)
    catalogue = [{"id": code, "name": check.name, "shortDescription": {"text": check.summary},
                  "fullDescription": {"text": check.why},
                  "help": {"text": f"Fires: {check.fires}\nDoes not fire: {check.passes}\n"
                                   f"Silence it with --ignore {code} or factcheck-ignore in the article."},
                  "defaultConfiguration": {"level": SARIF_LEVEL[check.severity]}}
                 for code, check in rules.checks.items()]
    results = []
    for item in record["discrepancies"]:
        main = primary(item, focus)
        claim = item["claims"][main]
        others = [c for i, c in enumerate(item["claims"]) if i != main]
        related = [{"id": n, **_location(c, root), "message": {"text": _claim_text(c)}} for n, c in enumerate(others, 1)]
        text = f"{item['message']}. Here: “{claim['text']}”; " + "; ".join(
            f"[{c['doc']}]({n})" + f": “{c['text']}”" for n, c in enumerate(others, 1))
        result = {"ruleId": item["code"], "ruleIndex": codes.index(item["code"]),
                  "level": SARIF_LEVEL[item["severity"]], "message": {"text": text},
                  "locations": [_location(claim, root)], "relatedLocations": related,
                  "partialFingerprints": {"factcheck/v1": item["fingerprint"]},
                  "properties": {"slot": item["slot"]["label"], "frame": item["slot"]["frame"]}}
        if item["note"]:
            result["properties"]["note"] = item["note"]
        results.append(result)
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0",
           "runs": [{"tool": {"driver": {"name": "factcheck", "version": __version__,
                                         "rules": catalogue}},
                     "originalUriBaseIds": {"SRCROOT": {"uri": root.resolve().as_uri() + "/"}},
                     "columnKind": "unicodeCodePoints", "results": results}]}
    return json.dumps(log, ensure_ascii=False, indent=1) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github(record: dict, focus: set[str], root: Path | None = None) -> str:
    """One workflow command per discrepancy: ::error file=...,line=...,col=...,title=...::message,
    the file relative to the repository `root` when given (GitHub wants it so)."""
    lines = []
    for item in record["discrepancies"]:
        main = primary(item, focus)
        claim = item["claims"][main]
        properties = [f"file={_escape_property(from_root(claim['path'], root))}"]
        if claim["line"] is not None:
            end_line, end_column = end_of(claim)
            properties += [f"line={claim['line']}", f"col={claim['column']}"]
            if end_line == claim["line"]:
                properties.append(f"endColumn={end_column}")
        properties.append(f"title={_escape_property(item['code'] + ' ' + item['name'])}")
        others = "; ".join(dict.fromkeys(_claim_text(c) for i, c in enumerate(item["claims"])
                                         if i != main and (c["doc"], c["text"]) != (claim["doc"], claim["text"])))
        message = f"{item['message']}. Here: “{claim['text']}”; elsewhere: {others}"
        lines.append(f"::{GITHUB_LEVEL[item['severity']]} {','.join(properties)}::{_escape_data(message)}")
    return "".join(line + "\n" for line in lines)
