"""Records of competitors ('52-3, 46 KOs'): two sources disagree when wins or losses
differ, or draws or knockouts that both give differ. Reported as Q001, a figure conflict."""
from __future__ import annotations

from ..model import Discrepancy, Fact, Record, Row
from .pairs import conflicting, distinct, other_sources
from ..rules import Rules


def describe_record(record: Record) -> str:
    tally = f"{record.wins}-{record.losses}" + (f"-{record.draws}" if record.draws is not None else "")
    return tally + (f" ({record.knockouts} KO)" if record.knockouts is not None else "")


def records_clash(a: Record, b: Record) -> bool:
    def differ(x, y) -> bool:
        return x is not None and y is not None and x != y
    return (a.wins, a.losses) != (b.wins, b.losses) or differ(a.draws, b.draws) or differ(a.knockouts, b.knockouts)


def record_conflicts(row: Row, rules: Rules) -> Discrepancy | None:
    def clash(a: Fact, b: Fact) -> bool:
        return records_clash(a.mention.value, b.mention.value)

    key = lambda f: (f.mention.value.wins, f.mention.value.losses, f.mention.value.draws, f.mention.value.knockouts)  # noqa: E731
    chosen = conflicting(list(row.facts), key, clash, other_sources)
    if not chosen:
        return None
    check = rules.checks["Q001"]
    readings = distinct(describe_record(f.mention.value) for f in chosen)
    return Discrepancy("Q001", check.name, check.severity, row.slot,
                       f"record of {chosen[0].mention.value.person}: {' vs '.join(readings)}", tuple(chosen))
