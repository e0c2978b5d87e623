"""A fact's value as a person reads it: "at least 6", "7 July 2017", "Human Rights Campaign"."""
from __future__ import annotations

from ..check.dates import describe_period
from ..check.records import describe_record
from ..check.compare import describe
from ..model import Amount, Fact, Position, Record, Ref, Role, Said, TimeOfDay


def reading(fact: Fact, labels=None) -> str:
    if isinstance(fact.mention.value, Record):
        return describe_record(fact.mention.value)
    if isinstance(fact.mention.value, Amount):
        return describe(fact.mention.value, labels)
    if isinstance(fact.mention.value, Role):
        return fact.mention.value.organisation or fact.mention.value.title or fact.mention.value.post
    if isinstance(fact.mention.value, TimeOfDay):
        return fact.mention.surface
    if isinstance(fact.mention.value, Position):
        return f"{describe(fact.mention.value.distance, labels)} {fact.mention.value.direction}"
    if isinstance(fact.mention.value, Said):
        return f"“{fact.mention.value.words[:40]}…”"
    return fact.mention.surface if isinstance(fact.mention.value, Ref) else describe_period(fact)
