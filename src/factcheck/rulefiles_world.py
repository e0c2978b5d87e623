"""Readers for the rules of dates, events, places, names and the check catalogue."""
from __future__ import annotations

from types import MappingProxyType

from .rulefiles import _classes, _get, _load_toml, _str_list
from .ruletypes import SEVERITIES, Check, EventKind, RulesError

def _load_calendar(dirs):
    file = "calendar.toml"
    data = _load_toml(file, dirs)
    tables = {}
    for key in ("months", "weekdays"):
        table = _get(data, file, key, dict, {})
        for word, number in table.items():
            if isinstance(number, bool) or not isinstance(number, int):
                raise RulesError(file, f"{key}.{word}", "expected a whole number")
        tables[key] = MappingProxyType({w.lower(): n for w, n in table.items()})
    order = _get(data, file, "numeric.order", str, "mdy")
    if order not in ("mdy", "dmy"):
        raise RulesError(file, "numeric.order", "expected mdy or dmy")
    units = _get(data, file, "units", dict, {})
    if any(u not in ("day", "week", "month", "year", "hour") for u in units.values()):
        raise RulesError(file, "units", "each unit must be day, week, month, year or hour")
    return dict(**tables, time_words=tuple(_str_list(data, file, "times.after")),
                relative_days=MappingProxyType({k.lower(): int(v) for k, v in
                                                _get(data, file, "relative_days", dict, {}).items()}),
                compared_relative_days=frozenset(_str_list(data, file, "relative_days_compared.words")),
                period_units=MappingProxyType(dict(units)),
                shifts=MappingProxyType({k: int(v) for k, v in _get(data, file, "shifts", dict, {}).items()}),
                future_words=frozenset(_str_list(data, file, "tense.future")),
                past_words=frozenset(_str_list(data, file, "tense.past")),
                year_pivot=_get(data, file, "two_digit_years.pivot", int, 50), numeric_order=order)


def _load_events(dirs):
    file = "events.toml"
    data = _load_toml(file, dirs)
    kinds = []
    for name in sorted(_get(data, file, "events", dict, {})):
        key = f"events.{name}"
        kinds.append(EventKind(name, tuple(tuple(c.lower().split()) for c in _str_list(data, file, f"{key}.cues")),
                               tuple(_str_list(data, file, f"{key}.qualifiers")),
                               _get(data, file, f"{key}.once", bool, False),
                               tuple(tuple(c.lower().split()) for c in _str_list(data, file, f"{key}.personal")),
                               _get(data, file, f"{key}.spread", bool, False)))
    share = _get(data, file, "evidence.story_wide_share", float, 0.5)
    if not 0 < share <= 1:
        raise RulesError(file, "evidence.story_wide_share", "expected a number above 0 and at most 1")
    return dict(events=tuple(kinds), event_aliases=MappingProxyType(dict(_get(data, file, "aliases", dict, {}))),
                background_days=_get(data, file, "background.days", int, 30), story_wide_share=share,
                not_identifying=frozenset(w.lower() for w in _str_list(data, file, "evidence.not_identifying")),
                enduring_events=MappingProxyType(_classes(data, file, "background.enduring")),
                other_before=tuple(_str_list(data, file, "background.other.before")),
                other_kinds=tuple(_str_list(data, file, "background.other.kinds")),
                not_cues=tuple(tuple(p.lower().split()) for p in _str_list(data, file, "not_cues.phrases")))


def _load_places(dirs):
    file = "places.toml"
    data = _load_toml(file, dirs)
    regions = {}
    for name in _get(data, file, "regions", dict, {}):
        regions[name] = tuple(_str_list(data, file, f"regions.{name}"))
    aliases = _get(data, file, "aliases", dict, {})
    demonyms = _get(data, file, "demonyms", dict, {})
    for table, entries in (("aliases", aliases), ("demonyms", demonyms)):
        for key, code in entries.items():
            if not isinstance(code, str):
                raise RulesError(file, f"{table}.{key}", "expected an ISO code as a string")
    return dict(place_aliases=MappingProxyType(dict(aliases)), place_regions=MappingProxyType(regions),
                demonyms=MappingProxyType(dict(demonyms)),
                city_min_population=_get(data, file, "cities.min_population", int, 50000),
                place_type_words=frozenset(_str_list(data, file, "cities.type_words")),
                unknown_place_before=tuple(_str_list(data, file, "unknown.before")),
                locative_before=tuple(_str_list(data, file, "locative.before")),
                locative_kinds=tuple(_str_list(data, file, "locative.kinds")),
                unknown_place_not_last=frozenset(_str_list(data, file, "unknown.not_last")),
                unknown_place_may_follow=frozenset(_str_list(data, file, "unknown.may_follow")),
                place_sites=_site_kinds(data, file),
                bearings=MappingProxyType({k.lower(): float(v) for k, v in _get(data, file, "bearings", dict, {}).items()}),
                max_bearing_difference=_get(data, file, "positions.max_bearing_difference", float, 45.0))


def _site_kinds(data, file) -> MappingProxyType:
    """Word (lower case) -> the kind of site it names ('factory' -> 'plant')."""
    index = {}
    for number, group in enumerate(_get(data, file, "sites.kinds", list, [])):
        if not isinstance(group, list) or not group or not all(isinstance(w, str) for w in group):
            raise RulesError(file, f"sites.kinds[{number}]", "expected a list of words")
        for word in group:
            index[word.lower()] = group[0].lower()
    return MappingProxyType(index)


def _transliterations(data, file) -> MappingProxyType:
    """Word (lower case) -> the group of its usual spellings."""
    groups = _get(data, file, "variants.transliterations", list, [])
    index = {}
    for number, group in enumerate(groups):
        if not isinstance(group, list) or not all(isinstance(w, str) for w in group):
            raise RulesError(file, f"variants.transliterations[{number}]", "expected a list of spellings")
        for word in group:
            index[word.lower()] = number
    return MappingProxyType(index)


def _ranks(data: dict, file: str) -> tuple[dict[str, tuple[str, str]], list[str]]:
    """Every written form of a rank (lower case) -> (ladder, the rank's name), and the forms as written."""
    table: dict[str, tuple[str, str]] = {}
    written: list[str] = []
    for ladder, ranks in _get(data, file, "ranks", dict, {}).items():
        if not isinstance(ranks, list) or not all(isinstance(r, list) and r and all(isinstance(f, str) for f in r)
                                                  for r in ranks):
            raise RulesError(file, f"ranks.{ladder}", "expected a list of ranks, each a list of its written forms")
        for forms in ranks:
            for form in forms:
                if form.lower() in table:
                    raise RulesError(file, f"ranks.{ladder}", f"{form!r} is written for two ranks")
                table[form.lower()] = (ladder, forms[0])
                written.append(form)
    return table, written


def _shortened_ranks(data: dict, file: str, ranks: dict[str, tuple[str, str]]) -> frozenset:
    pairs = _get(data, file, "people.shortened_ranks", list, [])
    names = {rank for _, rank in ranks.values()}
    for pair in pairs:
        if not (isinstance(pair, list) and len(pair) == 2 and all(p in names for p in pair)):
            raise RulesError(file, "people.shortened_ranks", f"expected pairs of rank names, got {pair!r}")
    return frozenset(frozenset(pair) for pair in pairs)


def _load_names(dirs):
    file = "names.toml"
    data = _load_toml(file, dirs)
    ranks, written = _ranks(data, file)
    # the written forms of ranks are titles too, but for words that are also names ('John Major')
    also_names = set(_str_list(data, file, "people.also_names"))
    rank_forms = [form for form in written if form not in also_names]
    aliases = _get(data, file, "organisations.aliases", list, [])
    if not all(isinstance(group, list) and all(isinstance(x, str) for x in group) for group in aliases):
        raise RulesError(file, "organisations.aliases", "expected a list of lists of names")
    return dict(org_heads=frozenset(_str_list(data, file, "organisations.heads")),
                org_joiners=frozenset(_str_list(data, file, "organisations.joiners")),
                org_aliases=tuple(tuple(group) for group in aliases),
                titles=tuple(sorted(set(_str_list(data, file, "people.titles")) | set(rank_forms), key=lambda t: (-len(t), t))),
                ranks=MappingProxyType(ranks),
                past_title_words=frozenset(w.lower() for w in _str_list(data, file, "people.past_words")),
                honorifics=frozenset(w.lower().rstrip(".") for w in _str_list(data, file, "people.honorifics")),
                shortened_ranks=_shortened_ranks(data, file, ranks),
                person_links=frozenset(_str_list(data, file, "people.links")),
                not_person=frozenset(_str_list(data, file, "people.not_person")),
                stamp_words=frozenset(_str_list(data, file, "people.stamp_words")),
                spelling_ratio=_get(data, file, "variants.spelling_ratio", float, 80.0),
                transliterations=_transliterations(data, file),
                variant_min_length=_get(data, file, "variants.min_length", int, 5),
                variant_shared_words=_get(data, file, "variants.shared_words", int, 4),
                speech_verbs=frozenset(_str_list(data, file, "quotes.verbs")),
                quote_min_words=_get(data, file, "quotes.min_words", int, 6),
                same_quote_ratio=_get(data, file, "quotes.same_quote_ratio", float, 85.0),
                negations=frozenset(_str_list(data, file, "quotes.negations")),
                quote_spelling_ratio=_get(data, file, "quotes.spelling_ratio", float, 75.0))


def _load_checks(dirs):
    file = "checks.toml"
    checks = {}
    for code, table in sorted(_load_toml(file, dirs).items()):
        if not isinstance(table, dict):
            raise RulesError(file, code, "expected a table")
        data = {code: table}
        severity = _get(data, file, f"{code}.severity", str)
        if severity not in SEVERITIES:
            raise RulesError(file, f"{code}.severity", f"expected one of {', '.join(SEVERITIES)}")
        fields = {k: _get(data, file, f"{code}.{k}", str) for k in ("name", "summary", "why", "fires", "passes")}
        checks[code] = Check(code=code, severity=severity, **fields)
    return dict(checks=MappingProxyType(checks))


def _load_sports(dirs):
    file = "sports.toml"
    data = _load_toml(file, dirs)
    return dict(
        record_knockouts=tuple(sorted(_str_list(data, file, "records.knockouts"), key=len, reverse=True)),
        record_words=frozenset(w.lower() for w in _str_list(data, file, "records.words")),
        elapsed_periods=tuple(_str_list(data, file, "elapsed.periods")),
        elapsed_cues=tuple(c.lower() for c in _str_list(data, file, "elapsed.cues")),
        defence_words=tuple(_str_list(data, file, "defences.words")),
        defence_titles=tuple(_str_list(data, file, "defences.titles")),
        defence_verbs=tuple(_str_list(data, file, "defences.verbs")))


def _load_currencies(dirs):
    file = "currencies.toml"
    data = _load_toml(file, dirs)
    rates = {}
    for code, table in _get(data, file, "rates", dict, {}).items():
        if not isinstance(table, dict) or not table:
            raise RulesError(file, f"rates.{code}", "expected a table of year = US dollars per unit")
        pairs = []
        for year, rate in table.items():
            if not str(year).isdigit() or not isinstance(rate, (int, float)) or rate <= 0:
                raise RulesError(file, f"rates.{code}.{year}", "expected a year = a positive rate")
            pairs.append((int(year), float(rate)))
        rates[code] = tuple(sorted(pairs))
    return dict(currency_rates=MappingProxyType(rates),
                currency_tolerance=_get(data, file, "conversion.tolerance", float, 0.1))
