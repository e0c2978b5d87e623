"""Reordered digits: a figure of one kind whose digits another article gives in another
order ('212 metres' / '221 metres', '£620 million' / '£602 million'), neither article giving
the other's value. A transposed figure is a usual slip of copying, and two facts of one
story rarely share three significant digits by chance, so no alignment is needed: a Q001
warning."""
from __future__ import annotations

import re

from .aligned import mention_key, figure_key, figures_by_sentence, grouped
from ..model import Discrepancy, Document, Mention, Row, Sentence
from ..rules import Rules

DIGIT = re.compile(r"\d")
MIN_DIGITS = 3      # significant digits a figure needs for its reordering to mean a slip


def reordered_digits(documents: list[Document], sentences: dict[str, tuple[Sentence, ...]], mentions,
                     rows: tuple[Row, ...], found_already: tuple[Discrepancy, ...], rules: Rules) -> list[Discrepancy]:
    """One Q001 warning per group of figures of one kind whose digits other articles give
    reordered (212 / 221 metres, £620 / £602 million): with three significant digits or
    more, two facts of one story rarely share them by chance, and neither article gives the
    other's value, while a transposed figure is a usual slip of copying. No alignment needed."""
    documents_by_id = {d.id: d for d in documents}
    figures, _ = figures_by_sentence(documents_by_id, mentions, rows, rules, strict=False)
    cited_already = {mention_key(f.mention) for d in found_already if d.code in ("Q001", "Q002") for f in d.facts}
    by_digits: dict[tuple[str, str], dict[tuple, list[Mention]]] = {}
    given: dict[tuple[str, str], set] = {}
    for held in figures.values():
        for mention in held:
            key, value = figure_key(mention, rules), mention.value.stated
            given.setdefault((mention.doc, key), set()).add(value)
            digits = "".join(DIGIT.findall(mention.surface)).lstrip("0")  # as written: '£620 million' is 620
            if len(digits) >= MIN_DIGITS and mention.value.precision == "exact" \
                    and mention_key(mention) not in cited_already:
                values = by_digits.setdefault((key, "".join(sorted(digits))), {})
                values.setdefault((value, mention.value.unit), []).append(mention)
    sentence_of = {(doc, s.index): s for doc, held in sentences.items() for s in held}
    pairs = []
    for (key, _), values in sorted(by_digits.items()):
        ordered = sorted(values)
        for i, one in enumerate(ordered):
            for other in ordered[i + 1:]:
                if one[1] != other[1]:
                    continue  # 212 metres and 221 feet: no slip of copying
                xs = [m for m in values[one] if other[0] not in given[(m.doc, key)]]
                ys = [m for m in values[other] if one[0] not in given[(m.doc, key)]]
                pairs += [((x, sentence_of[(x.doc, x.sentence)]), (ys[0], sentence_of[(ys[0].doc, ys[0].sentence)]), key.strip("()"))
                          for x in xs if ys]
                pairs += [((xs[0], sentence_of[(xs[0].doc, xs[0].sentence)]), (y, sentence_of[(y.doc, y.sentence)]), key.strip("()"))
                          for y in ys[1:] if xs]
    return grouped(pairs, "Q001", "one figure, its digits reordered", documents_by_id, rules)
