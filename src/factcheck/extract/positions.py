"""Positions: a distance and a direction from a named place ('55 kilometers (34 miles)
west of the town of Bireun', 'about 20 miles north of Santa Rosa')."""
from __future__ import annotations

import re
from functools import lru_cache

from ..model import Mention, Position, Sentence
from ..rules import Rules
from .people import normalise


@lru_cache(maxsize=8)
def direction_pattern(rules: Rules) -> re.Pattern:
    directions = "|".join(re.escape(d) for d in sorted(rules.bearings, key=len, reverse=True))
    return re.compile(rf"(?:[ \u00a0]*\([^)]{{1,40}}\))?[ \u00a0]+(?P<dir>(?i:{directions}))[ \u00a0]+of[ \u00a0]+"
                      rf"(?:the[ \u00a0]+(?:town|city|village|capital)[ \u00a0]+of[ \u00a0]+)?"
                      rf"(?P<ref>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){{0,2}})")


def extract_positions(text: str, sentence: Sentence, quantities: list[Mention], rules: Rules) -> list[Mention]:
    """Positions built on the length quantities of a sentence."""
    found = []
    for quantity in quantities:
        unit = rules.dimensions.get(quantity.value.unit or "")
        if quantity.kind != "quantity" or unit is None or unit.dimension != "length":
            continue
        match = direction_pattern(rules).match(text, quantity.span[1], sentence.span[1])
        if not match or not match["ref"][0].isupper():
            continue
        direction = match["dir"].lower()
        position = Position(quantity.value, rules.bearings[direction], direction, match["ref"], normalise(match["ref"]))
        found.append(Mention(sentence.doc, sentence.index, "position", (quantity.span[0], match.end()),
                             text[quantity.span[0]:match.end()], position))
    return found
