"""Organisations, roles and quotations: specs and properties of canonical names."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcheck.check.names import variants
from factcheck.extract import extract_mentions
from factcheck.extract.people import normalise
from factcheck.ingest import text_document
from factcheck.segment import segment

SPECS = tomllib.loads((Path(__file__).parent / "specs" / "names.toml").read_text(encoding="utf-8"))["case"]


def found(text, rules, kind):
    document = text_document("t.txt", "t.txt", "Intro sentence that is long enough to be prose here.\n\n" + text)
    return [m for m in extract_mentions(document, segment(document, rules), rules) if m.kind == kind]


@pytest.mark.parametrize("case", SPECS, ids=[c["text"][:40] for c in SPECS])
def test_name_spec(case, rules):
    if "organisations" in case:
        assert [[m.surface, m.value.id] for m in found(case["text"], rules, "organisation")] == case["organisations"]
    if "roles" in case:
        roles = [[m.value.person_id, m.value.organisation_id, m.value.title]
                 for m in found(case["text"], rules, "role") if not m.value.post]
        assert roles == case["roles"]
    if "posts" in case:  # what a person is called beside the name
        posts = [[m.value.person_id, m.value.post] for m in found(case["text"], rules, "role") if m.value.post]
        assert posts == case["posts"]
    if "quotes" in case:
        quotes = [[m.value.speaker, m.value.speaker_id] for m in found(case["text"], rules, "quote")]
        assert quotes == case["quotes"]


NAMES = st.lists(st.sampled_from(["Human", "Rights", "Campaign", "Russian", "LGBT", "Network", "U.S.", "the",
                                  "Council", "for", "Global", "Equality", "Center", "National"]), min_size=1, max_size=6)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@SETTINGS
@given(NAMES)
def test_canonical_names_are_idempotent(rules, words):
    name = " ".join(words)
    assert normalise(normalise(name)) == normalise(name)


@SETTINGS
@given(NAMES, st.sampled_from([str.upper, str.lower, str.title]), st.sampled_from([" ", "  ", "\u00a0", " \n "]))
def test_case_and_spacing_do_not_make_another_entity(rules, words, case, space):
    name = " ".join(words)
    other = space.join(case(w) for w in words)
    assert normalise(other) == normalise(name)
    assert not variants(normalise(name), normalise(other), rules)


def test_usual_transliterations_are_info_and_misspellings_a_warning(rules):
    from conftest import run_texts
    usual = run_texts(["Giannis Antetokounmpo scored 30 points, said coach Mike Budenholzer.",
                       "Yiannis Antetokounmpo scored 30 points, said coach Mike Budenholzer."], rules)
    misspelled = run_texts(["Hugh Hefner died on Wednesday, said spokesman John Smith.",
                            "Hugh Heffner died on Wednesday, said spokesman John Smith."], rules)
    assert [(d.code, d.severity) for d in usual.discrepancies] == [("N001", "info")]
    assert [(d.code, d.severity) for d in misspelled.discrepancies] == [("N001", "warning")]


def test_a_changed_quotation_names_its_changed_words(rules):
    from factcheck.check.quotes import material
    first = "We have never seen a storm like this, and we expect at least 30 deaths"
    assert material(first, first.replace("30", "13"), rules) == ("30", "13")
    assert material(first, first.replace("never", "ever"), rules) == ("never", "ever")
    assert material(first, first.replace("storm", "hurricane"), rules) is None  # no number, negation or name


def test_a_sum_two_names_tie_is_one_finding(rules):
    from conftest import run_texts
    report = run_texts(["Lakers sign Jones to $80 million deal\n\nThe Los Angeles Lakers signed guard Marcus Jones to a "
                        "four-year, $80 million contract on Monday.",
                        "Marcus Jones agreed to a four-year deal worth $84 million with the Los Angeles Lakers on Monday."],
                       rules)
    values = [d for d in report.discrepancies if d.code == "Q001" and d.slot.frame == "value"]
    assert len(values) == 1 and {f.mention.value.low for f in values[0].facts} == {80e6, 84e6}


IDENTITY = tomllib.loads((Path(__file__).parent / "cases" / "N001_identity.toml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", IDENTITY["fire"] + IDENTITY["info"], ids=[c["id"] for c in IDENTITY["fire"] + IDENTITY["info"]])
def test_a_name_variant_names_its_spellings(case, rules):
    """A fire case is one N001 warning with both spellings among its claims; an info case
    is N001 at info and nothing above it."""
    from conftest import run_texts
    report = run_texts(case["docs"], rules)
    names = [d for d in report.discrepancies if d.code == "N001"]
    severity = "warning" if case in IDENTITY["fire"] else "info"
    assert [d.severity for d in names] == [severity], [d.message for d in names]
    assert set(case["spellings"]) <= {f.mention.surface for f in names[0].facts}


def test_a_one_word_name_as_a_subject_or_after_an_age_is_a_name(rules):
    """'Tamsin had wandered off', 'said Tamsyn had been found', 'six-year-old Tamsyn': a
    child named by her given name alone, spelt two ways (N001)."""
    from conftest import run_texts
    report = run_texts(["Tamsin had wandered off from the picnic, her father said. Tamsin was found at dusk.",
                        "Six-year-old Tamsyn was found asleep in a barn. Police said Tamsyn had been unhurt."], rules)
    [finding] = [d for d in report.discrepancies if d.code == "N001"]
    assert {f.mention.surface for f in finding.facts} == {"Tamsin", "Tamsyn"}


def test_a_plural_noun_of_people_opening_a_sentence_is_no_name(rules):
    from conftest import run_texts
    report = run_texts(["Firefighters battled the blaze for six hours.", "Lifeguards rescued two swimmers."], rules)
    assert not [m for m in report.mentions if m.kind == "name"]


def test_pronouns_and_wh_words_opening_a_sentence_are_no_names(rules):
    from conftest import run_texts
    report = run_texts(["They had been stranded for a day. What happened next was a rescue."], rules)
    assert not [m for m in report.mentions if m.kind == "name"]


def test_a_name_variant_cites_the_name_not_the_post_after_it(rules):
    from conftest import run_texts
    report = run_texts(["Lena Ostrova, head of sales at Brinmoor Foods, said the plant would close in May.",
                        "Lena Ostrowa said the plant would close in May, the company confirmed."], rules)
    variants_found = [d for d in report.discrepancies if d.code == "N001"]
    assert variants_found
    assert {f.mention.surface for d in variants_found for f in d.facts} == {"Lena Ostrova", "Lena Ostrowa"}


@pytest.mark.parametrize("stamp", ["7:31 AM ET", "10:14 AM PDT", "5:40 PM EDT"])
def test_a_page_clock_stamp_is_no_person(rules, stamp):
    text = f"Nadia Orlov returns to the stage\n\nMay 3, 2013 at {stamp}\n\nThe singer returns tonight."
    document = text_document("a.txt", "a.txt", text)
    people = [m.surface for m in extract_mentions(document, segment(document, rules), rules) if m.kind == "person"]
    assert people == ["Nadia Orlov"]
