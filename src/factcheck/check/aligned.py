"""Figures of aligned sentences: two sentences of different articles that tell the same thing
(align.py) and give the same kind of figure ('granted consent for 38 turbines' / 'will see 36
turbines built') are compared even when no slot holds both figures, since the clauses' verbs
differ or no slot holds them at all. A figure of one incident's background or scope, a figure
the slots already compared, and a value the other article also gives for that noun say
nothing here; what is left is a Q001 warning with both sentences cited."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .align import Detail, Told, aligned_pairs, stem, words_of
from .conflicts import clash
from ..extract.words import alternation
from ..model import Amount, Discrepancy, Document, Fact, Mention, Row, Sentence, Slot
from ..rules import Rules
from ..bind.tabulate import fact_order

FIGURES = ("quantity", "duration")
# a margin ('won by 3,306'), a whole of which the sentence tells a part ('all but 12 of the
# 230'), a part of a total ('the pilot and five passengers')
NOT_THE_FACT = re.compile(r"\b(?:by|margin[ \u00a0]+of|of[ \u00a0]+(?:the|its|their|his|her|all)|and|plus|including|but)[ \u00a0]+$",
                          re.IGNORECASE)
PART_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:the|its|their|his|her|these|those)[ \u00a0]", re.IGNORECASE)
CONTEXT_WORDS = 4   # words either side of a figure: two aligned figures must share one
STATS_LINE = 4      # figures in one sentence that make it a line of statistics
STATISTIC = 4       # values of one noun in one article that make it a statistic, not one fact
BACKGROUND_DAYS = 31
WORDS = re.compile(r"[A-Za-z][\w'’-]*")
NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w-]*)")
NOUN_WITHIN = 3     # words after a count that may hold its noun
TOLD_IN = ("body", "headline")


def figure_key(mention: Mention, rules: Rules) -> str:
    """What a figure counts or measures: its noun ('turbine'), or its unit's dimension
    ('length', 'money'); '' for a figure that says neither."""
    amount = mention.value
    if amount.unit is None:
        return amount.noun or ""
    unit = rules.dimensions.get(amount.unit)
    return f"({unit.dimension})" if unit is not None else f"({amount.unit})"


def mention_key(mention: Mention) -> tuple:
    return mention.doc, mention.span, mention.kind


def figures_by_sentence(documents: dict[str, Document], mentions, rows: tuple[Row, ...],
                        rules: Rules, strict: bool = True) -> tuple[dict, dict]:
    """(doc, sentence index) -> its comparable figures; and each figure's rows. Left out: a
    figure whose slot holds an era, a scope or a source (background, 'so far', 'police
    said'); one in a sentence dated well before its article (another incident: 'In March,
    a rival recalled 22,000 jars'); one in parentheses (a part: '(180 porters, 210
    cleaners)'); one after 'by' (a margin: 'won by 3,306 votes'), 'of the' (a whole: 'all
    but 12 of the 230') or 'and' (a part: 'the pilot and five passengers'), or before 'of
    the' (a part: 'two of the three sections'); and a statistic, a noun an article gives
    four values of or more ('18 points', '15 points', '38 points'), or a line of them.
    Not `strict` (figures whose digits are compared): only eras, parentheses, margins,
    wholes and parts of a total are left out; a source, a scope, a long-past
    year in the sentence or 'of those' after it ('81.4% of those cast') say nothing of a
    figure's digits."""
    rows_of: dict[tuple, set[int]] = {}
    kept_out = set()
    for index, row in enumerate(rows):
        for fact in row.facts:
            key = mention_key(fact.mention)
            rows_of.setdefault(key, set()).add(index)
            if fact.slot.era or (strict and (fact.slot.scope or fact.slot.source)):
                kept_out.add(key)
    background = {(m.doc, m.sentence) for m in mentions
                  if strict and m.kind == "date" and _long_before(m, documents[m.doc])}
    found: dict[tuple, list[Mention]] = {}
    values: dict[tuple[str, str], set] = {}
    for mention in mentions:
        key = figure_key(mention, rules) if mention.kind in FIGURES else ""
        if not key:
            continue
        values.setdefault((mention.doc, key), set()).add((mention.value.low, mention.value.high))
        text = documents[mention.doc].text
        if mention_key(mention) in kept_out or (mention.doc, mention.sentence) in background \
                or _in_parentheses(text, mention.span) or NOT_THE_FACT.search(text, max(0, mention.span[0] - 12), mention.span[0]) \
                or (strict and PART_OF.match(text, mention.span[1])):
            continue
        found.setdefault((mention.doc, mention.sentence), []).append(mention)
    if not strict:
        return found, rows_of
    statistics = {key for (_, key), seen in values.items() if len(seen) >= STATISTIC}
    found = {where: kept for where, held in found.items()
             if len(held) < STATS_LINE and (kept := [m for m in held if figure_key(m, rules) not in statistics])}
    return found, rows_of


def _long_before(mention: Mention, document: Document) -> bool:
    """A date ending more than BACKGROUND_DAYS before its article was published."""
    period = mention.value
    return bool(document.published and getattr(period, "end", None)
                and (document.published - period.end).days > BACKGROUND_DAYS)


def _in_parentheses(text: str, span: tuple[int, int]) -> bool:
    opening = text.rfind("(", max(0, span[0] - 80), span[0])
    return opening >= 0 and ")" not in text[opening:span[0]] and ")" in text[span[1]:span[1] + 80]


@lru_cache(maxsize=8)
def ahead_pattern(words: tuple) -> re.Pattern:
    return re.compile(rf"(?<![\w'’])(?:{alternation(words)})(?![\w'’])", re.I)


def told_ahead(text: str, sentence: Sentence, rules: Rules) -> bool:
    """Whether a sentence tells of a time ahead ('will operate seven sites', 'is expected to
    employ 2,800', '38 turbines will be built'; rules/grammar.toml [clauses] ahead)."""
    return bool(rules.grammar.ahead and ahead_pattern(rules.grammar.ahead).search(text, *sentence.span))


def told_with_figures(documents: list[Document], sentences: dict[str, tuple[Sentence, ...]],
                      figures: dict, rules: Rules) -> list[tuple[Told, list[Mention]]]:
    """Each sentence holding figures, told by its words with the figures masked."""
    out = []
    for document in documents:
        for sentence in sentences.get(document.id, ()):
            held = figures.get((document.id, sentence.index))
            if not held or sentence.role not in TOLD_IN:
                continue
            masks = tuple(Detail("figure", 0, m.span, m.surface) for m in held)
            words, names = words_of(document.text, sentence, masks, rules)
            out.append((Told(document.id, sentence, words, names, ()), held))
    return out


def aligned_figures(documents: list[Document], sentences: dict[str, tuple[Sentence, ...]], mentions,
                    rows: tuple[Row, ...], found_already: tuple[Discrepancy, ...], rules: Rules) -> list[Discrepancy]:
    """One Q001 warning per group of figures of one kind, told in aligned sentences, that
    cannot all hold; none for a figure a finding of the slots already cites."""
    documents_by_id = {d.id: d for d in documents}
    figures, rows_of = figures_by_sentence(documents_by_id, mentions, rows, rules)
    items = told_with_figures(sorted(documents, key=lambda d: d.id), sentences, figures, rules)
    values_in: dict[tuple[str, str], list] = {}  # (doc, key) -> the amounts the article gives
    for (doc, _), held in figures.items():
        for mention in held:
            values_in.setdefault((doc, figure_key(mention, rules)), []).append(mention.value)
    days: dict[tuple, set] = {}  # (doc, sentence) -> the days its dates start on
    for mention in mentions:
        if mention.kind == "date":  # a day as resolved, or as written when it cannot be
            day = getattr(mention.value, "start", None) or mention.surface.lower()
            days.setdefault((mention.doc, mention.sentence), set()).add(day)
    cited_already = {mention_key(f.mention) for d in found_already if d.code in ("Q001", "Q002") for f in d.facts}
    around = contexts(documents_by_id, rules)
    ahead: dict[tuple, bool] = {}  # (doc, sentence index) -> whether it tells of a time ahead, read once

    def is_ahead(doc: str, sentence: Sentence) -> bool:
        if (doc, sentence.index) not in ahead:
            ahead[(doc, sentence.index)] = told_ahead(documents_by_id[doc].text, sentence, rules)
        return ahead[(doc, sentence.index)]

    def same_fact(x: Mention, y: Mention, key: str, x_sentence: Sentence, y_sentence: Sentence) -> bool:
        one, other = days.get((x.doc, x.sentence), set()), days.get((y.doc, y.sentence), set())
        if (one and other and not one & other) or {mention_key(x), mention_key(y)} & cited_already:
            return False  # told of two days ('24 pupils on Thursday', '27 on Friday'): an update
        if rows_of.get(mention_key(x), set()) & rows_of.get(mention_key(y), set()):
            return False  # compared in a slot already
        if is_ahead(x.doc, x_sentence) != is_ahead(y.doc, y_sentence):
            return False  # 'employs some 3,200' / 'will employ roughly 2,800 after the closure': two times
        if x.value.unit != y.value.unit and key == "(temperature)":
            return False  # degrees of two scales: no factor converts them
        if not around(x) & around(y):
            return False  # nothing around the figures in common: 'spotted at 6,200 metres' / 'base camp, at 4,900'
        return near(x.value, y.value, rules) and clash(x.value, y.value, rules) and \
            all(clash(x.value, v, rules) for v in values_in.get((y.doc, key), ())) and \
            all(clash(y.value, v, rules) for v in values_in.get((x.doc, key), ()))  # else two figures of the story

    bar = (rules.align_figure_min_shared, rules.align_figure_min_dice)
    pairs = []
    for (i, j), _ in aligned_pairs([told for told, _ in items], rules, bar):
        (one, first), (other, second) = items[i], items[j]
        for key in {figure_key(m, rules) for m in first} & {figure_key(m, rules) for m in second}:
            a = [m for m in first if figure_key(m, rules) == key]
            b = [m for m in second if figure_key(m, rules) == key]
            # two figures of one kind in a sentence: which is which, alignment cannot say
            if len(a) == 1 and len(b) == 1 and same_fact(a[0], b[0], key, one.sentence, other.sentence):
                pairs.append(((a[0], one.sentence), (b[0], other.sentence), key.strip("()")))
    return grouped(pairs, "Q001", "one statement, another figure", documents_by_id, rules)


def grouped(pairs, code: str, what: str, documents: dict[str, Document], rules: Rules) -> list[Discrepancy]:
    """One warning per group of mentions linked by conflicting pairs ((mention, sentence),
    (mention, sentence), key), its slot the key, each mention cited with its noun."""
    linked: dict[tuple, tuple] = {}  # union-find over mentions
    told: dict[tuple, tuple[Mention, Sentence, str]] = {}

    def root(node: tuple) -> tuple:
        while linked.setdefault(node, node) != node:
            linked[node] = linked[linked[node]]
            node = linked[node]
        return node

    for (x, x_sentence), (y, y_sentence), key in pairs:
        told[mention_key(x)] = (x, x_sentence, key)
        told[mention_key(y)] = (y, y_sentence, key)
        linked[root(mention_key(x))] = root(mention_key(y))
    groups: dict[tuple, list[tuple]] = {}
    for node in told:
        groups.setdefault(root(node), []).append(node)
    check = rules.checks[code]
    found = []
    for members in groups.values():
        slot = Slot("aligned", told[members[0]][2])
        facts = sorted((Fact(slot, cited(mention, documents[mention.doc].text), sentence.span)
                        for mention, sentence, _ in (told[m] for m in members)), key=fact_order)
        readings = list(dict.fromkeys(f.mention.surface for f in facts))
        found.append(Discrepancy(code, check.name, "warning", slot, f"{what}: {' vs '.join(readings)}", tuple(facts)))
    return sorted(found, key=lambda d: fact_order(d.facts[0]))


def contexts(documents_by_id: dict[str, Document], rules: Rules, names: bool = False):
    """context() of each mention read once, however many aligned pairs ask for it: the work
    then grows with the story's mentions, not with its pairs."""
    found: dict[tuple, set[str]] = {}

    def of(mention: Mention) -> set[str]:
        key = mention_key(mention)
        if key not in found:
            found[key] = context(mention, documents_by_id[mention.doc].text, rules, names)
        return found[key]
    return of


def context(mention: Mention, text: str, rules: Rules, names: bool = False) -> set[str]:
    """The content words in lower case, singular, within CONTEXT_WORDS either side of a
    mention; with `names`, capitalised words too (else not: a story's names are everywhere in it)."""
    before = WORDS.findall(text, max(0, mention.span[0] - 80), mention.span[0])[-CONTEXT_WORDS:]
    after = WORDS.findall(text, mention.span[1], mention.span[1] + 80)[:CONTEXT_WORDS]
    return {stem(w.lower()) for w in before + after
            if (names or w[0].islower()) and len(w) > 1 and w.lower() not in rules.function_words
            and w.lower() not in rules.weekdays and w.lower() not in rules.months}  # a day is no context


def near(a: Amount, b: Amount, rules: Rules) -> bool:
    """Two figures close enough to be one fact told two ways: within max_ratio of each other,
    or the same digits in another order (86,000 and 68,000). Sentences that only look alike
    tell different facts as often as not when their figures are far apart (148 operations
    on one day, more than 300 over two)."""
    x, y = a.stated if a.stated is not None else a.low, b.stated if b.stated is not None else b.low
    if x is None or y is None or x <= 0 or y <= 0:
        return False
    digits = [sorted(f"{v:g}".replace(".", "")) for v in (x, y)]
    if a.unit != b.unit:  # 'a couple hours' and 'two minutes': in one unit first
        units = [rules.dimensions.get(u or "") for u in (a.unit, b.unit)]
        if None in units:
            return False
        x, y, digits = x * units[0].factor, y * units[1].factor, None
    return max(x, y) / min(x, y) <= rules.align_figure_max_ratio or bool(digits and digits[0] == digits[1])


def cited(mention: Mention, text: str) -> Mention:
    """A count cited with its noun when the noun follows within three words ('38 turbines',
    '43 gold coins', not '38'); any other mention as it is."""
    if not isinstance(mention.value, Amount) or mention.value.unit is not None or not mention.value.noun:
        return mention
    stem = mention.value.noun[:4]
    words = NEXT_WORD.finditer(text, mention.span[1], mention.span[1] + 60)
    for _, word in zip(range(NOUN_WITHIN), words):
        if word[1].lower().startswith(stem):
            span = (mention.span[0], word.end())
            return replace(mention, span=span, surface=text[span[0]:span[1]])
    return mention
