"""Date and place extraction: specs with reference dates, and properties."""
from __future__ import annotations

import os
import time
import tomllib
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.extract import extract_mentions
from factcheck.ingest import parse_date, text_document
from factcheck.segment import segment

SPECS = Path(__file__).parent / "specs"
DATES = tomllib.loads((SPECS / "dates.toml").read_text(encoding="utf-8"))["case"]
PLACES = tomllib.loads((SPECS / "places.toml").read_text(encoding="utf-8"))["case"]


def mentions(text, rules, published=None, kind="date"):
    document = text_document("t.txt", "t.txt", text)
    document = document.__class__(**{**document.__dict__, "published": published})
    return [m for m in extract_mentions(document, segment(document, rules), rules) if m.kind == kind]


@pytest.mark.parametrize("case", DATES, ids=[c["text"][:40] for c in DATES])
def test_date_spec(case, rules):
    found = mentions(case["text"], rules, parse_date(case["published"]))
    got = [[m.surface, m.value.start.isoformat() if m.value.start else "none",
            m.value.end.isoformat() if m.value.end else "none", m.value.granularity] for m in found]
    assert got == case["expect"]


@pytest.mark.parametrize("case", PLACES, ids=[c["text"][:40] for c in PLACES])
def test_place_spec(case, rules):
    assert [[m.surface, m.value.id] for m in mentions(case["text"], rules, kind="place")] == case["expect"]


AP_MONTHS = {1: "Jan.", 2: "Feb.", 8: "Aug.", 9: "Sept.", 10: "Oct.", 11: "Nov.", 12: "Dec."}
FORMATS = ["{d:%B} {d.day}, {d.year}", "{d.day} {d:%B} {d.year}", "{d:%Y-%m-%d}", "{d.month}/{d.day}/{d.year}",
           "{d:%A}, {d:%B} {d.day}, {d.year}", "{ap} {d.day}, {d.year}", "the {d.day} of {d:%B} {d.year}"]
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(st.dates(date(1900, 1, 1), date(2099, 12, 31)), st.dates(date(1950, 1, 1), date(2050, 12, 31)),
       st.sampled_from(FORMATS))
def test_formatted_dates_read_back_against_any_base(rules, day, base, form):
    text = "The meeting was held on " + form.format(d=day, ap=AP_MONTHS.get(day.month, f"{day:%B}")) + " in the city."
    found = mentions(text, rules, base)
    assert [m.value.start for m in found] == [day]


@SETTINGS
@given(st.dates(date(2000, 1, 1), date(2030, 12, 31)), st.integers(-3, 3))
def test_relative_days_follow_the_base_date(rules, base, offset):
    words = {-1: "yesterday", 0: "today", 1: "tomorrow"}
    if offset not in words:
        return
    found = mentions(f"The vote happens {words[offset]}.", rules, base)
    assert found[0].value.start == base + timedelta(days=offset)


def test_resolution_ignores_clock_and_time_zone(rules):
    text = "They met on Friday, last month and yesterday; the vote is on June 24."
    results = []
    for zone in ("UTC", "Pacific/Kiritimati", "America/Adak"):
        os.environ["TZ"] = zone
        time.tzset()
        results.append([(m.surface, m.value) for m in mentions(text, rules, date(2017, 7, 6))])
    os.environ.pop("TZ", None)
    time.tzset()
    assert results[0] == results[1] == results[2] and results[0]


def test_position_spec(rules):
    spec = tomllib.loads((SPECS / "places.toml").read_text(encoding="utf-8"))["positions"]
    found = [[m.surface, m.value.bearing, m.value.reference_id] for m in mentions(spec["text"], rules, kind="position")]
    assert found == spec["expect"]


def test_times_of_day(rules):
    text = "Bombs fell at 2:53 p.m. local time, at approximately 3:00 pm, at 3 p.m. (1200 GMT) and at 07:37 a.m. UTC."
    found = [(m.surface, m.value.start, m.value.end, m.value.zone) for m in mentions(text, rules, kind="time")]
    assert found == [("2:53 p.m.", 893, 893, ""), ("approximately 3:00 pm", 890, 910, ""),
                     ("3 p.m.", 895, 905, ""), ("07:37 a.m. UTC", 457, 457, "UTC")]


def test_currency_rates_interpolate_between_listed_years(rules):
    from factcheck.check.compare import usd_rate
    assert usd_rate("USD", 2013, rules) == 1.0
    assert usd_rate("EUR", 2013, rules) == pytest.approx(1.33)
    low, high = usd_rate("JPY", 2015, rules), usd_rate("JPY", 2016, rules)
    assert min(low, high) <= usd_rate("JPY", 2015, rules) <= max(low, high)
    assert usd_rate("ZAR", 2001, rules) == pytest.approx((0.144 + 0.095) / 2)
    assert usd_rate("GBP", 1980, rules) == usd_rate("GBP", 2000, rules)


@pytest.mark.parametrize("first,second,apart", [
    ("Los Angeles", "New York", True),     # a city of California and the state of New York
    ("Los Angeles", "California", False),  # inside it
    ("London", "England", False),          # the gazetteer does not say London's region: unknown
    ("Hamburg", "Poland", True),           # two countries
])
def test_places_apart(rules, first, second, apart):
    from factcheck.gazetteer import disjoint, lookup
    assert disjoint(lookup(first, rules), lookup(second, rules)) is apart


PERIODS = tomllib.loads((SPECS / "periods.toml").read_text(encoding="utf-8"))["case"]


@pytest.mark.parametrize("case", PERIODS, ids=[c["text"][:40] for c in PERIODS])
def test_period_spec(case, rules):
    """Periods as news writes them; a case marked `gap` is a known gap and must still fail."""
    found = mentions(case["text"], rules, parse_date(case["published"]))
    got = [[m.surface, m.value.start.isoformat() if m.value.start else "none",
            m.value.end.isoformat() if m.value.end else "none", m.value.granularity, m.value.open] for m in found]
    if "gap" in case:
        assert got != case["expect"], f"known gap now read right, drop its gap mark: {case['gap']}"
    else:
        assert got == case["expect"]


def test_page_stamps_are_sentences_of_their_own(rules):
    text = "Floods close Ravel bridge | Updated 9:14 AM EDT, May 4, 2016\n\nThe bridge was updated on Friday with new rails."
    document = text_document("t.txt", "t.txt", text)
    roles = [(text[s.span[0]:s.span[1]], s.role) for s in segment(document, rules)]
    assert roles[0] == ("Floods close Ravel bridge", "headline")
    assert roles[1] == ("Updated 9:14 AM EDT, May 4, 2016", "stamp")
    assert roles[2][1] == "body"  # 'updated on Friday' in prose is no stamp


@pytest.mark.parametrize("line", ["Last updated 13:26 14/09/2013", "16 September 2013 Last updated at 12:42 GMT",
                                  "Updated Wednesday, Jan 5 at 5:53 PM"])
def test_a_stamp_line_after_the_headline_is_a_stamp(rules, line):
    text = f"Climbers rescued on Mount Orla\n{line}\n\nTwo climbers were rescued on Friday."
    roles = [(text[s.span[0]:s.span[1]], s.role) for s in segment(text_document("t.txt", "t.txt", text), rules)]
    assert (line, "stamp") in roles


def test_period_rules_reject_unknown_keys(tmp_path):
    from factcheck.rules import load_rules
    from factcheck.ruletypes import RulesError
    (tmp_path / "periods.toml").write_text("[seasonz]\nspring = [3, 5]\n", encoding="utf-8")
    with pytest.raises(RulesError, match="seasonz"):
        load_rules(tmp_path)
