"""Load and validate the vocabulary in rules/: TOML tables and plain-text lists.

A mistake in a rules file is a RulesError naming the file and the key, which
the CLI turns into a one-line message and exit code 2.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from . import __version__
from .rulefiles import (_get, _lines, _load_frames, _load_hedges, _load_nouns, _load_numbers, _load_toml,
                        _load_units, _str_list)
from .rulefiles_names import NameRules, PostRules, _load_name_rules
from .rulefiles_periods import PeriodWords, _load_periods
from .rulefiles_statements import _load_statements
from .rulefiles_world import _load_calendar, _load_checks, _load_events, _load_names, _load_places, _load_sports, _load_currencies
from .grammar import Grammar, load_grammar
from .ruletypes import HEDGE_KINDS, SEVERITIES, Check, EventKind, Frame, RulesError, Unit

__all__ = ["Check", "EventKind", "Frame", "HEDGE_KINDS", "Rules", "RulesError", "SEVERITIES", "Unit",
           "default_rules_dir", "load_rules"]


# eq=False: rules are hashed by identity, so compiled patterns can be cached per rule set.
@dataclass(frozen=True, eq=False)
class Rules:
    cardinals: MappingProxyType
    scales: MappingProxyType
    suffix_scales: MappingProxyType
    fractions: MappingProxyType
    ordinals: MappingProxyType
    multipliers: MappingProxyType
    signs: MappingProxyType
    year_range: tuple[int, int]
    labels: frozenset                 # words before a figure that make it a label
    emergency_numbers: frozenset      # '911', '999': phone numbers beside a calling word
    calling_after: frozenset          # 'the first 911 call'
    calling_before: frozenset         # 'dialled 999'
    hedges: MappingProxyType          # phrase -> kind
    after_hedges: MappingProxyType    # phrase after a figure -> kind
    tolerance: float
    vague: MappingProxyType           # phrase -> (low, high); high None: a lower-bound claim
    vague_needs_of: frozenset
    change_verbs: frozenset
    frames: tuple[Frame, ...]
    window: tuple[int, int]
    stop_words: frozenset
    generic_nouns: frozenset
    frameless_measures: frozenset
    noun_classes: MappingProxyType    # word or phrase -> class
    scope_words: frozenset            # places a count may be limited to ('in the province')
    irregular: MappingProxyType
    partial_after: frozenset
    lookahead: int
    units: MappingProxyType           # written form (lower case) -> Unit
    currency_symbols: MappingProxyType  # symbol -> Unit
    unit_labels: MappingProxyType     # unit name -> how findings write it (km, %, mph)
    duration_forms: frozenset
    ammunition_rounds: frozenset      # 'rounds': of a gun after a firing verb, else of a bout
    firing_verbs: frozenset           # 'fired', 'emptied', 'let off'
    ammunition_after: tuple           # 'of ammunition'
    conversion_tolerance: float
    round_tolerance: float
    round_dimensions: frozenset
    whole_rounding_dimensions: frozenset   # a whole figure here is rounded to the unit ('54 percent')
    money_rounding_from: float             # a sum this large, with one decimal of its scale word, is rounded ('£5.1 million')
    dimensions: MappingProxyType      # unit name -> Unit
    prefix_units: MappingProxyType    # forms also written before a figure ("magnitude 6.1")
    months: MappingProxyType
    weekdays: MappingProxyType
    time_words: tuple[str, ...]
    relative_days: MappingProxyType   # phrase -> offset in days
    compared_relative_days: frozenset
    period_units: MappingProxyType    # word -> day, week, month, year
    shifts: MappingProxyType          # last -1, next 1, this 0
    future_words: frozenset
    past_words: frozenset
    year_pivot: int
    numeric_order: str                # mdy or dmy
    periods: PeriodWords              # seasons, decades, parts, open ends, ranges, page stamps
    abbreviations: frozenset
    credit_markers: tuple[str, ...]
    caption_markers: tuple[str, ...]
    headline_max_words: int
    checks: MappingProxyType          # code -> Check
    events: tuple[EventKind, ...]
    event_aliases: MappingProxyType
    background_days: int
    enduring_events: MappingProxyType  # 'civil war' -> war: long-running events a figure may be of
    other_before: tuple               # 'another', 'a separate': another incident named before a figure
    other_kinds: tuple                # 'aftershock': incidents that are another by kind
    place_aliases: MappingProxyType   # name -> ISO code
    place_regions: MappingProxyType   # name -> tuple of ISO codes it lies within
    demonyms: MappingProxyType        # adjective -> ISO code
    city_min_population: int
    place_type_words: frozenset
    unknown_place_before: tuple[str, ...]   # 'in', 'near', 'the village of': a place no gazetteer knows follows
    locative_before: tuple[str, ...]        # 'in', 'hosted by': the place after is where something is
    locative_kinds: tuple[str, ...]         # 'village', 'city': 'near the village of Orsha'
    unknown_place_not_last: frozenset       # 'Road', 'Zoo', 'Cup': ... unless its last word says otherwise
    unknown_place_may_follow: frozenset     # 'last', 'overnight': words after such a place that are no noun
    place_sites: MappingProxyType           # 'factory' -> 'plant': a site its owner's place is given for
    bearings: MappingProxyType        # direction word -> degrees
    max_bearing_difference: float
    org_heads: frozenset
    org_joiners: frozenset
    org_aliases: tuple[tuple[str, ...], ...]
    titles: tuple[str, ...]
    ranks: MappingProxyType             # title (lower case) -> (ladder, rank): 'sgt.' -> ('uniformed', 'Sergeant')
    past_title_words: frozenset         # 'former', 'then': a title no longer held
    honorifics: frozenset               # 'mr', 'mrs', 'dr' (lower case, no full stop): 'Mr. LaRue' is LaRue
    shortened_ranks: frozenset          # {rank, shorter name}: no conflict ('Lieutenant Colonel', 'Colonel')
    person_links: frozenset
    not_person: frozenset
    stamp_words: frozenset           # 'AM', 'ET': a clock stamp's words before a name
    spelling_ratio: float
    transliterations: MappingProxyType  # spelling (lower case) -> its group of usual spellings
    variant_min_length: int
    variant_shared_words: int
    speech_verbs: frozenset
    quote_min_words: int
    same_quote_ratio: float
    negations: frozenset
    quote_spelling_ratio: float
    name_rules: NameRules               # names.toml: orthography, given names, kin and descriptor words
    post_rules: PostRules               # names.toml [posts]: a person's post beside the name
    story_wide_share: float
    not_identifying: frozenset          # lower case: 'gmt', 'richter', 'reuters': names that identify nothing
    record_knockouts: tuple[str, ...]   # sports.toml
    record_words: frozenset
    elapsed_periods: tuple[str, ...]
    elapsed_cues: tuple[str, ...]
    defence_words: tuple[str, ...]
    defence_titles: tuple[str, ...]
    defence_verbs: tuple[str, ...]
    currency_rates: MappingProxyType  # code -> ((year, US dollars per unit), ...)
    currency_tolerance: float
    source_verbs: frozenset             # statements.toml: 'put' (the toll at 30), 'gave' (a toll of)
    source_stops: frozenset
    source_max_words: int
    source_breaks: tuple[str, ...]
    statement_audiences: tuple[str, ...]
    statement_min_words: int
    align_min_shared: int
    align_min_dice: float
    align_figure_min_shared: int        # sentences whose figures are compared: a looser bar, as
    align_figure_min_dice: float        # the figures' own nouns and each article's other values guard
    align_figure_max_ratio: float       # and how far apart their figures may be
    align_place_min_dice: float         # sentences whose places are compared: a name tells less than a figure's noun
    align_rare_words: int
    align_max_postings: int
    align_candidates: int
    function_words: frozenset
    personal_events: MappingProxyType   # 'died' -> 'death': what a person has once
    detail_classes: MappingProxyType    # word or phrase -> ((class, group), ...)
    detail_preceded_by: MappingProxyType  # class -> words its detail must follow ('his left')
    detail_needs_names: frozenset       # classes whose aligned sentences must share a name
    detail_needs_once: frozenset = frozenset()  # classes whose sentences must tell one person's once-only event
    sources: tuple[Path, ...] = ()    # the folders the rules were read from, defaults first
    grammar: Grammar | None = None    # grammar.toml: clauses, verbs and the words of open slots
    not_cues: tuple = ()                # word tuples that start with a cue but tell no event ('sold out')

    @cached_property
    def version(self) -> str:
        """A digest of the rule files and the code: what cached facts depend on (read only
        when a cache or a worker asks, not at every start)."""
        return rules_version(list(self.sources))


def default_rules_dir() -> Path:
    """The rules shipped in the package, or the checkout's rules/ in development."""
    packaged = Path(str(resources.files("factcheck"))) / "rules"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "rules"


def rules_version(dirs: list[Path]) -> str:
    """What the extraction depends on besides the text: every rule file, and the code."""
    digest = hashlib.sha256(__version__.encode())
    package = Path(__file__).parent
    for path in sorted(package.rglob("*.py")):
        digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    for directory in dirs:
        for path in sorted(p for p in directory.iterdir() if p.is_file()):
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def load_rules(extra_dir: Path | None = None) -> Rules:
    """The default rules, with the files of `extra_dir` (if any) merged over them."""
    dirs = [default_rules_dir()]
    if extra_dir is not None:
        if not extra_dir.is_dir():
            raise RulesError(str(extra_dir), "(folder)", "not a folder")
        dirs.append(extra_dir)
    captions = _load_toml("captions.toml", dirs)
    rules = Rules(
        sources=tuple(dirs), grammar=load_grammar(dirs),
        **_load_numbers(dirs), **_load_hedges(dirs), **_load_frames(dirs), **_load_nouns(dirs),
        **_load_units(dirs), **_load_checks(dirs), **_load_calendar(dirs), **_load_periods(dirs), **_load_events(dirs),
        **_load_places(dirs), **_load_names(dirs), **_load_name_rules(dirs), **_load_sports(dirs), **_load_currencies(dirs),
        **_load_statements(dirs),
        abbreviations=frozenset(_lines("abbreviations.txt", dirs)),
        credit_markers=tuple(_str_list(captions, "captions.toml", "credit_markers")),
        caption_markers=tuple(_str_list(captions, "captions.toml", "caption_markers")),
        headline_max_words=_get(captions, "captions.toml", "headline_max_words", int, 20),
    )
    for unit in rules.dimensions.values():
        if unit.dimension == "money" and unit.name not in rules.currency_rates:
            raise RulesError("currencies.toml", f"rates.{unit.name}", "a currency of units.toml has no rates")
    return rules
