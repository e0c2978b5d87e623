"""One line per finding, as linters print them: `path:line:col: CODE [severity] message`,
located at the claim CI annotations use; and the count per code (--statistics)."""
from __future__ import annotations

from .ci import primary
from .records import ordered_records


def location(claim: dict) -> str:
    """path:line:col, or just the path when the text was extracted (HTML, JSON)."""
    if claim.get("line") is None:
        return claim["path"]
    return f"{claim['path']}:{claim['line']}:{claim['column']}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s" if not word.endswith("y") \
        else f"{count} {word[:-1]}ies"


def tally(record: dict) -> str:
    """'Found 3 discrepancies (2 error, 1 warning).' or 'No discrepancies.'"""
    items = record["discrepancies"]
    if not items:
        return "No discrepancies."
    counts = {s: sum(1 for d in items if d["severity"] == s) for s in ("error", "warning", "info")}
    return (f"Found {plural(len(items), 'discrepancy')} ("
            + ", ".join(f"{n} {s}" for s, n in counts.items() if n) + ").")


def concise(record: dict, focus: set[str], quiet: bool = False) -> str:
    lines = []
    for item in ordered_records(record):
        claim = item["claims"][primary(item, focus)]
        lines.append(f"{location(claim)}: {item['code']} [{item['severity']}] {item['message']}")
    if not quiet:
        lines.append(tally(record))
    return "".join(line + "\n" for line in lines)


def statistics(record: dict) -> str:
    """Count per code, most frequent first, like `ruff check --statistics`."""
    counts: dict[tuple[str, str, str], int] = {}
    for item in record["discrepancies"]:
        key = (item["code"], item["severity"], item["name"])
        counts[key] = counts.get(key, 0) + 1
    width = max((len(str(n)) for n in counts.values()), default=1)
    return "".join(f"{n:>{width}}\t{code}\t[{severity}]\t{name}\n"
                   for (code, severity, name), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
