"""Eras: the year or day a figure is explicitly about when that is not the story's own
('the 2004 tsunami killed', 'In May 2012, ...', 'A similar attack last month killed 40').
A figure of another era fills a slot of its own and is compared only with its era's."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from ..model import Mention, Sentence

YEAR = re.compile(r"(?<![\w,.$£€-])(1[89]\d\d|20\d\d)(?!\w|,\d)")
# 'In 2004', 'in May 2012', 'since 2009': the year the whole sentence is about.
ADVERBIAL = re.compile(r"\b(?:in|since|during|until)[\s\u00a0]+(?:[A-Z][a-z]+\.?[\s\u00a0]+)?$", re.I)
CLAUSE_BREAK = re.compile(r"[,;:](?!\d)")
# a coordinated clause of its own: 'was founded in 2007 and is backed with $60 million'
COORDINATED = re.compile(r"\b(?:and|but)[\s\u00a0]+(?:is|was|are|were|has|had|have)\b", re.I)
RELATIVE_BEFORE = re.compile(r",[\s\u00a0]+(?:who|which|whose)\b[^,;:]*$", re.I)
LAST_YEAR = re.compile(r"\blast year\b(?!['’]s)", re.I)  # not 'at last year's final': that dates the final
# 'first reported in April that ... three killed', 'In April, the paper reported that ...':
# the day of a report, not of the event
REPORT_VERB = r"\b(?:reported|said|says|announced|told|wrote|confirmed|revealed|stated|published)\b"
REPORTED = re.compile(REPORT_VERB + r"[\s\u00a0]+(?:[a-z]+[\s\u00a0]+)?$")
REPORTING = re.compile(REPORT_VERB)
# 'calls since Ramadan ended on June 24': a count from that day to now, of no other event
SINCE = re.compile(r"\bsince\b[^,;:]*$", re.I)
RECENT = timedelta(days=7)
FRONT = 8  # a date this close to the start of its sentence opens it ('Last month, ...')


@dataclass(frozen=True)
class TimeMarks:
    """What in a sentence can tie its figures to another year or day, found once per sentence."""
    years: tuple[tuple[int, int, int, bool], ...]   # (start, end, year, adverbial)
    last_year: bool
    dates: tuple[tuple[int, int, str, bool], ...]   # (start, end, label, fronted): earlier days and months


def time_marks(text: str, sentence: Sentence, published: date | None, mentions=(),
               opening_end: int | None = None) -> TimeMarks:
    """`opening_end`: where a participle phrase opening the sentence ends ('Built in 1883 by
    Fothergill & Marr,'): its years are its participle's, no adverbial of what follows."""
    start, end = sentence.span
    # an adverbial year dates what follows it when it opens the sentence or stands outside a
    # relative aside ('Forde, who played in the 2015 and 2021 finals, lifted the trophy' dates no trophy)
    years = tuple((m.start(), m.end(), int(m[1]),
                   bool(ADVERBIAL.search(text, max(start, m.start() - 25), m.start()))
                   and not RELATIVE_BEFORE.search(text, start, m.start())
                   and not (opening_end is not None and m.end() <= opening_end))
                  for m in YEAR.finditer(text, start, end))
    last_year = bool(published) and bool(LAST_YEAR.search(text, start, end))
    dates = tuple(mark for m in mentions if m.kind == "date" and (mark := earlier_date(text, sentence, m, published)))
    return TimeMarks(years, last_year, dates)


def earlier_date(text: str, sentence: Sentence, mention: Mention, published: date | None):
    """(start, end, label, fronted) for a date of days, weeks or a month wholly before the week
    of publication ('last month', 'on 2 March'), not the day of a report; else None."""
    period = mention.value
    if published is None or mention.partial or not period.resolved or period.granularity not in ("day", "week", "month"):
        return None
    before = period.end < published - RECENT if period.granularity != "month" else period.end < published.replace(day=1)
    if not before or REPORTED.search(text, max(sentence.span[0], mention.span[0] - 30), mention.span[0]) \
            or SINCE.search(text, max(sentence.span[0], mention.span[0] - 60), mention.span[0]) \
            or mention.surface.lower().startswith("since"):
        return None
    label = period.start.strftime("%Y-%m") if period.granularity == "month" else period.start.isoformat()
    return mention.span[0], mention.span[1], label, mention.span[0] - sentence.span[0] <= FRONT


def era_of(text: str, marks: TimeMarks, mention: Mention, published: date | None) -> str:
    """The year or earlier day a figure is explicitly about, when it is not the story's own.
    An adverbial year ('In 2004, ...') covers the figures after it and those of its own
    clause ('Turnout was 38 percent, down from 45 percent in 2013' dates the 45, not the
    38); an attributive one ('the 2004 tsunami killed') the figures after it in its clause;
    an earlier day or month those of its clause, or all of a sentence it opens."""
    years = [year for start, end, year, adverbial in marks.years
             if (adverbial and ((end <= mention.span[0] and not COORDINATED.search(text, end, mention.span[0]))
                                or _one_clause(text, (start, end), mention.span)))
             or (end <= mention.span[0] and _attributive_reach(text[end:mention.span[0]]))]
    if marks.last_year:
        years.append(published.year - 1)
    others = sorted({str(y) for y in years if published is None or y != published.year})
    # a date of a year named in full ('April 2012') is that year's: the year says it already
    others += sorted({label for start, end, label, fronted in marks.dates
                      if (fronted or _one_clause(text, (start, end), mention.span)) and label[:4] not in others
                      and not (end <= mention.span[0] and REPORTING.search(text, end, mention.span[0]))})
    return "-".join(others)


# between an attributive year's noun and a figure: an aside ('the 1998 earthquake, which struck
# the same valleys, killed 400') or a relative clause of the noun ('the 1998 disaster, which killed 400')
YEAR_ASIDE = re.compile(r",[\s\u00a0]+(?:which|who)\b[^,;:]*,")
YEAR_RELATIVE = re.compile(r"[^,;:]*,[\s\u00a0]+(?:which|who)\b[^,;:]*")


def _attributive_reach(gap: str) -> bool:
    """Whether an attributive year reaches a figure across this gap."""
    gap = YEAR_ASIDE.sub(" ", gap)
    if COORDINATED.search(gap):
        return False
    return not CLAUSE_BREAK.search(gap) or bool(YEAR_RELATIVE.fullmatch(gap))


# a subordinator, or 'after'/'before'/'until' opening a clause of their own (a verb follows
# soon: 'after the storm brought winds'), not a phrase ('arrested after scuffles on Monday night')
SUBORDINATE = re.compile(r"\b(?:when|because|while|whereas|although|though|unless|which|who|whom|whose|where)\b"
                         r"|\b(?:after|before|until)(?:[\s\u00a0]+[\w'’-]+){0,4}?[\s\u00a0]+(?:[a-z]{2,}ed|was|were|is|are|"
                         r"has|had|have|brought|made|took|hit|struck|began|came|went|left|fell|broke)\b"
                         r"|" + COORDINATED.pattern, re.I)


def _one_clause(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """No clause break between two spans of a sentence: no punctuation and no subordinator
    ('began clearing debris on Monday after the storm brought winds of 98mph')."""
    first, second = sorted((a, b))
    # (a subordinator between them whose verb follows the second: 'on Monday after 31mm of rain fell')
    subordinate = SUBORDINATE.search(text, first[1], min(len(text), second[1] + 60))
    return not CLAUSE_BREAK.search(text, first[1], second[0]) and not (subordinate and subordinate.start() < second[0])


PART_OF_DAY = re.compile(r"[\s\u00a0]+(night|morning|afternoon|evening)\b")
EPISODE = "on "  # an era that is the day of an episode of the story begins so


def episode_of(text: str, mention: Mention, mentions, sentence: Sentence) -> str:
    """The day (and part of it) a figure's own clause names, as an episode of the story:
    'Two men were arrested on Monday night' and '38 on Wednesday night' are two counts.
    Not the day of a report ('police said on Monday')."""
    for other in mentions:
        value = other.value
        if other.kind != "date" or getattr(value, "granularity", "") != "day" or value.start is None \
                or value.start != value.end or not _one_clause(text, other.span, mention.span) \
                or REPORTED.search(text, max(sentence.span[0], other.span[0] - 30), other.span[0]):
            continue
        part = PART_OF_DAY.match(text, other.span[1])
        return f"{EPISODE}{value.start.isoformat()}" + (f" {part[1]}" if part else "")
    return ""
