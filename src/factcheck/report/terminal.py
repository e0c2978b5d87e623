"""Terminal output (rich): the comparison table of slots by source, colour-coded,
then every discrepancy with each source's sentence and the words highlighted."""
from __future__ import annotations

from io import StringIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .readings import reading
from .records import Lines
from .sides import side_lines, sides
from .states import AGREE, CONFLICT, FLAG, IMPRECISE, LEGEND, MARK, UNCOMPARED, fact_state, shared_values, value_key, worse
from .labels import column_legend, column_names, counted, slot_label
from .values import slot_record, value_record
from .wording import differs, pieces, shared_words
from ..model import Discrepancy, Report, Row


STATUS_STYLE = {CONFLICT: "bold red", IMPRECISE: "yellow", AGREE: "green", UNCOMPARED: "dim"}
SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
UNCOMPARED_FRAMES = ("quote", "statement", "person", "organisation")  # rows the checker does not compare by value


def _severities(row: Row, discrepancies: tuple[Discrepancy, ...]) -> dict:
    """fact -> the worst state a finding gives it."""
    state: dict = {}
    for item in discrepancies:
        if item.slot == row.slot:
            for fact in item.facts:
                state[fact] = worse(state.get(fact), FLAG[item.severity])
    return state


def _shared(row: Row) -> set[str]:
    cells: dict[str, list[str]] = {}
    for fact in row.facts:
        cells.setdefault(fact.mention.doc, []).append(value_key(value_record(fact.mention.value)))
    return shared_values(cells)


def legend() -> Text:
    text = Text("  ")
    for index, (state, words) in enumerate(LEGEND):
        if index:
            text.append("   ")
        text.append(words, style=STATUS_STYLE.get(state, "dim"))
    return text


def comparison_table(report: Report, discrepancies: tuple[Discrepancy, ...], labels=None,
                     columns: dict[str, str] | None = None) -> Table:
    table = Table(title="Facts by source", show_lines=False, header_style="bold")
    table.add_column("slot", overflow="ellipsis")
    for document in report.documents:
        table.add_column((columns or {}).get(document.id, document.id), overflow="ellipsis")
    flagged = {item.slot for item in discrepancies}
    for row in report.rows:
        if (len({f.mention.doc for f in row.facts}) < 2 and row.slot not in flagged) \
                or row.slot.frame in UNCOMPARED_FRAMES:
            continue  # a fact only one source gives has nothing to agree or disagree with; quotations show under their findings
        flags, shared = _severities(row, discrepancies), _shared(row)
        cells = []
        for document in report.documents:
            facts = [f for f in row.facts if f.mention.doc == document.id]
            if not facts:
                cells.append(Text("—", style="dim"))
                continue
            cell = Text()
            for index, fact in enumerate(facts):
                if index:
                    cell.append(", ")
                state = flags.get(fact) or fact_state(None, value_key(value_record(fact.mention.value)), shared)
                cell.append(MARK[state] + reading(fact, labels), style=STATUS_STYLE[state])
            cells.append(cell)
        table.add_row(slot_label(slot_record(row.slot)), *cells)
    return table


def squeezed(piece: str) -> str:
    """White space run together into single spaces, and kept at the ends only where the
    source has it: 'Holmes, 24, was' stays so around its claim '24'."""
    core = " ".join(piece.split())
    if not core:
        return " " if piece else ""
    return (" " if piece[0].isspace() else "") + core + (" " if piece[-1].isspace() else "")


def _where(document, offset: int, lines_of) -> str:
    """path:line:col to jump to; the document and offset when the text was extracted (HTML, JSON)."""
    line, column = lines_of(document, offset)
    return f"{document.path}:{line}:{column}" if line is not None else f"{document.id} [{offset}]"


def discrepancy_block(item: Discrepancy, report: Report, labels=None) -> list[Text]:
    texts = {d.id: d.text for d in report.documents}
    documents = {d.id: d for d in report.documents}
    lines_of = Lines()
    head = Text()
    head.append(f"{item.code} ", style="bold")
    head.append(item.severity, style=SEVERITY_STYLE[item.severity])
    head.append(f" {item.name}: {item.message}")
    lines = [head]
    if item.note:
        lines.append(Text(f"  note: {item.note}", style="italic"))
    for words in side_lines(sides([(f.mention.doc, reading(f, labels)) for f in item.facts])):
        lines.append(Text(f"  ▸ {words}"))
    shared = shared_words([f.mention.surface for f in item.facts])
    for fact in item.facts:
        text = texts[fact.mention.doc]
        (s, e), (ms, me) = fact.sentence_span, fact.mention.span
        line = Text(f"  {_where(documents[fact.mention.doc], ms, lines_of)}: ", style="bold")
        line.append(squeezed(text[s:ms]))
        for piece in pieces(text[ms:me]):  # the claim reversed, its disagreeing words underlined too
            line.append(piece, style="bold reverse underline" if differs(piece, shared) else "bold reverse")
        line.append(squeezed(text[me:e]))
        lines.append(line)
    return lines


def render(report: Report, discrepancies: tuple[Discrepancy, ...], color: bool | None = None,
           width: int | None = None, labels=None, table: bool = True, quiet: bool = False,
           notes: list[str] | tuple[str, ...] = ()) -> str:
    """The whole terminal report as a string (ANSI colours when `color`); `quiet` keeps
    the findings only."""
    buffer = StringIO()
    console = Console(file=buffer, force_terminal=bool(color), no_color=not color,
                      width=width or 120, highlight=False, soft_wrap=False)
    if not quiet:
        for skipped in report.skipped:
            console.print(Text(f"skipped {skipped.path}: {skipped.reason}", style="yellow"))
        for note in notes:
            console.print(Text(f"note: {note}", style="italic"))
    if table and not quiet:
        columns = column_names([(d.id, d.outlet) for d in report.documents])
        console.print(comparison_table(report, discrepancies, labels, columns))
        console.print(legend())
        if named := column_legend(columns):
            console.print(Text(f"  {named}", style="dim"))
    for index, item in enumerate(discrepancies):
        if index or (table and not quiet):
            console.print()
        for line in discrepancy_block(item, report, labels):
            console.print(line)
    if quiet:
        return buffer.getvalue()
    counts = {s: sum(1 for d in discrepancies if d.severity == s) for s in ("error", "warning", "info")}
    summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n) or "none"
    console.print()
    console.print(f"{counted(len(report.documents), 'document')}, {counted(sum(len(r.facts) for r in report.rows), 'fact')} "
                  f"in {counted(len(report.rows), 'slot')}; discrepancies: {summary}")
    return buffer.getvalue()
