"""A self-contained HTML report, built from the same report record as JSON: the
comparison table, every discrepancy with its sentences side by side, and each article
with its facts underlined and linked to their rows. No network, no external assets:
the style and the script are inlined from page.css and page.js."""
from __future__ import annotations

import json
from html import escape
from importlib import resources

from ..model import Document
from .labels import column_names, counted, slot_label
from .states import FLAG, LEGEND, MARK, fact_state, shared_values, value_key, worse
from .wording import differs, pieces, shared_words



def _asset(name: str) -> str:
    return (resources.files("factcheck") / "report" / name).read_text(encoding="utf-8")


def _slot_key(slot: dict) -> str:
    return json.dumps([slot["frame"], slot["subject"], slot["era"], slot["scope"], slot["who"]])


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _statuses(record: dict) -> dict[tuple, str]:
    """(slot, doc, span) -> conflict or imprecise, for the claims of the discrepancies shown."""
    status: dict[tuple, str] = {}
    for item in record["discrepancies"]:
        for claim in item["claims"]:
            key = (_slot_key(item["slot"]), claim["doc"], tuple(claim["span"]))
            status[key] = worse(status.get(key), FLAG[item["severity"]])
    return status


def _table(record: dict, doc_index: dict[str, int]) -> str:
    status = _statuses(record)
    names = column_names([(d["id"], d.get("outlet")) for d in record["documents"]])
    head = "".join(f'<th scope="col"><a href="#src-{i}" title="{escape(doc)}">{escape(names.get(doc, doc))}</a></th>'
                   for doc, i in doc_index.items())
    body = []
    for number, row in enumerate(record["rows"]):
        key = _slot_key(row["slot"])
        quotes = row["slot"]["frame"] == "quote"
        states, cells = set(), []
        shared = shared_values({doc: [value_key(f["value"]) for f in facts] for doc, facts in row["cells"].items()})
        for doc in doc_index:
            facts = row["cells"].get(doc, [])
            source = escape(names.get(doc, doc))  # a cell names its column, for the phone's stacked rows
            if not facts:
                cells.append(f'<td class="missing" data-source="{source}">—</td>')
                continue
            parts = []
            for fact in facts:
                # quotations share one row without agreeing with each other: never 'agree'
                state = status.get((key, doc, tuple(fact["span"]))) or \
                    fact_state(None, value_key(fact["value"]), shared, comparable=not quotes)
                states.add(state)
                parts.append(f'<a class="{state}" href="#f-{doc_index[doc]}-{fact["span"][0]}-{fact["span"][1]}">'
                             f'{MARK[state]}{escape(_short(fact["text"]))}</a>')
            cells.append(f'<td data-source="{source}">{", ".join(parts)}</td>')
        single = (len(row["cells"]) < 2 or quotes) and not states & {"conflict", "imprecise"}
        worst = "conflict" if "conflict" in states else "imprecise" if "imprecise" in states else "agree" if "agree" in states else "uncompared"
        body.append(f'<tr id="row-{number}" class="{worst}{" single" if single else ""}">'
                    f'<th scope="row">{escape(slot_label(row["slot"]))}</th>{"".join(cells)}</tr>')
    return (f'<div class="scroll"><table id="facts"><thead><tr><th scope="col">slot</th>{head}</tr></thead>'
            f'<tbody>{"".join(body)}</tbody></table></div>')


def _legend() -> str:
    return " ".join(f'<span class="{"missing" if state == "silent" else state}">{escape(words)}</span>'
                    for state, words in LEGEND)


def _marked(words: str, common: set[str]) -> str:
    """A claim's words, those not every claim shares in bold: 'Human Rights <b>Council</b> President'."""
    return "".join(f"<b>{escape(w)}</b>" if differs(w, common) else escape(w) for w in pieces(words))


def _highlighted(sentence: str, start: int, spans: list[tuple[int, int]], common: set[str]) -> str:
    """The sentence with the claims' words in <mark>, the disagreeing ones in bold."""
    out, at = [], 0
    for first, last in sorted(spans):
        first, last = max(first - start, at), max(last - start, at)
        out += [escape(sentence[at:first]), f"<mark>{_marked(sentence[first:last], common)}</mark>"]
        at = last
    out.append(escape(sentence[at:]))
    return "".join(out)


def _discrepancy(number: int, item: dict, doc_index: dict[str, int]) -> str:
    common = shared_words([c["text"] for c in item["claims"]])
    groups: dict[tuple, list[dict]] = {}
    for claim in item["claims"]:
        groups.setdefault((claim["doc"], tuple(claim["sentence_span"])), []).append(claim)
    sources = []
    for (doc, (start, _)), claims in groups.items():
        words = ", ".join(f'<a href="#f-{doc_index[doc]}-{c["span"][0]}-{c["span"][1]}">“{escape(c["text"])}”</a>'
                          for c in claims)
        sentence = _highlighted(claims[0]["sentence"], start, [tuple(c["span"]) for c in claims], common)
        published = f' <span class="date">{escape(claims[0]["published"])}</span>' if claims[0]["published"] else ""
        sources.append(f'<div class="source"><h4>{escape(doc)}{published}</h4><p class="says">{words}</p>'
                       f'<blockquote>{sentence}</blockquote></div>')
    note = f'<p class="note">{escape(item["note"])}</p>' if item["note"] else ""
    if len(item.get("sides", [])) > 1:
        lines = [f'<li><b>{escape(s["reading"])}</b>: {escape(", ".join(s["docs"]))}</li>' for s in item["sides"]]
        lines += [f'<li>{escape(doc)} contradicts itself</li>' for doc in item.get("contradicts_itself", [])]
        note += f'<ul class="sides">{"".join(lines)}</ul>'
    return (f'<details class="finding {item["severity"]}" id="d-{number}" data-code="{item["code"]}" '
            f'data-severity="{item["severity"]}"><summary><span class="badge {item["severity"]}">'
            f'{item["severity"]}</span> <code>{item["code"]}</code> {escape(item["message"])}</summary>'
            f'{note}<div class="sources">{"".join(sources)}</div>'
            f'<p class="fp">{escape(item["name"])} · fingerprint <code>{item["fingerprint"]}</code></p></details>')


def _article(document: Document, index: int, facts: list[tuple[int, int, int, str]]) -> str:
    """The article's text with every fact's words marked and linked (by page.js) to its row.
    Facts that share their words are one mark; facts inside others nest; a fact that only
    partly overlaps an earlier one is cut at that one's end, so the marks always nest."""
    rows: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for start, end, row, label in facts:
        rows.setdefault((start, end), []).append((row, label))
    text, out, at, open_ends = document.text, [], 0, []

    def close_until(limit: int) -> None:
        nonlocal at
        while open_ends and open_ends[-1][0] <= limit:
            end, _ = open_ends.pop()
            out.extend((escape(text[at:end]), "</span>"))
            at = end
    for start, end in sorted(rows, key=lambda span: (span[0], -span[1])):
        close_until(start)
        shown_end = min(end, open_ends[-1][0]) if open_ends else end
        if start >= shown_end or start < at:
            continue
        out.append(escape(text[at:start]))
        at = start
        targets = rows[(start, end)]
        quote = any(label.startswith("quote") for _, label in targets)
        # one keyboard stop per nest (links must not hold links); a quotation leaves it to what it holds
        focusable = not quote and not any(focus for _, focus in open_ends)
        keyboard = ' role="link" tabindex="0"' if focusable else ""
        out.append(f'<span class="fact{" quote" if quote else ""}" id="f-{index}-{start}-{end}"{keyboard} '
                   f'data-row="{targets[0][0]}" '
                   f'title="{escape("; ".join(label for _, label in targets))}">')
        open_ends.append((shown_end, focusable))
    close_until(len(text))
    out.append(escape(text[at:]))
    meta = " · ".join(escape(v) for v in (document.outlet, document.published and document.published.isoformat()) if v)
    return (f'<section class="article" id="src-{index}"><h3>{escape(document.id)}</h3>'
            f'<p class="meta">{meta}</p><div class="text">{"".join(out)}</div></section>')


def _filters(record: dict) -> str:
    codes = sorted({d["code"] for d in record["discrepancies"]})
    boxes = [f'<label><input type="checkbox" data-filter="severity" value="{s}" checked> {s}</label>'
             for s in ("error", "warning", "info")]
    boxes += [f'<label><input type="checkbox" data-filter="code" value="{c}" checked> {c}</label>' for c in codes]
    return f'<fieldset class="filters"><legend>Show</legend>{"".join(boxes)}</fieldset>'


def render_html(record: dict, documents: tuple[Document, ...]) -> str:
    doc_index = {d["id"]: i for i, d in enumerate(record["documents"])}
    spans: dict[str, list[tuple[int, int, int, str]]] = {}
    for number, row in enumerate(record["rows"]):
        for doc, facts in row["cells"].items():
            spans.setdefault(doc, []).extend((f["span"][0], f["span"][1], number, row["slot"]["label"]) for f in facts)
    summary = record["summary"]
    counts = ", ".join(f"{summary['by_severity'][s]} {s}" for s in ("error", "warning", "info")
                       if summary["by_severity"][s]) or "none"
    findings = "".join(_discrepancy(i, d, doc_index) for i, d in enumerate(record["discrepancies"]))
    articles = "".join(_article(d, doc_index[d.id], spans.get(d.id, [])) for d in documents)
    skipped = "".join(f"<li>{escape(s['path'])}: {escape(s['reason'])}</li>" for s in record["skipped"])
    notes = "".join(f"<li>{escape(note)}</li>" for note in record.get("notes", []))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>factcheck report</title>
<style>{_asset("page.css")}</style>
</head>
<body>
<header><h1>factcheck report</h1>
<p class="counts">{counted(summary["documents"], "article")}, {counted(summary["facts"], "fact")} in {counted(summary["rows"], "slot")};
<strong id="count">{summary["discrepancies"]}</strong> discrepancies ({counts})</p></header>
<main>
{f'<section id="skipped"><h2>Skipped</h2><ul>{skipped}</ul></section>' if skipped else ""}
{f'<section id="notes"><h2>Notes</h2><ul>{notes}</ul></section>' if notes else ""}
<section id="discrepancies"><h2>Discrepancies</h2>{_filters(record)}
{findings or '<p class="none">No discrepancies.</p>'}</section>
<section id="table"><h2>Facts by source</h2>
<p class="legend">{_legend()}
<label><input type="checkbox" id="show-single"> show quotations and facts only one source gives</label></p>
{_table(record, doc_index)}</section>
<section id="sources"><h2>Sources</h2>{articles}</section>
</main>
<script>{_asset("page.js")}</script>
</body>
</html>
"""
