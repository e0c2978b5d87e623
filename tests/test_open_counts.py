"""Open-slot figures that count what a holder has, whatever the clause's verb."""
from __future__ import annotations

from conftest import run_texts


def q001_values(report):
    return [sorted(f.mention.surface for f in d.facts) for d in report.discrepancies if d.code == "Q001"]


def test_all_of_them_and_one_of_them_count_the_whole_stock(rules):
    report = run_texts(["Harbour officials said all 12 lifeboats at the Penhallow station had been launched.",
                        "A crewman fell from one of its 14 lifeboats during Saturday's exercise, officials said."], rules)
    assert q001_values(report) == [["12", "14"]]


def test_the_same_stock_told_two_ways_agrees(rules):
    report = run_texts(["Harbour officials said all 12 lifeboats at the Penhallow station had been launched.",
                        "A crewman fell from one of its 12 lifeboats during Saturday's exercise, officials said."], rules)
    assert q001_values(report) == []


def test_a_total_of_different_people_keeps_each_part_for_its_own_noun(rules):
    report = run_texts(["The minibus was carrying 17 passengers and a driver when it left the road, police said.",
                        "The minibus was carrying 15 passengers when it left the road near the school."], rules)
    assert q001_values(report) == [["15", "17"]]


def test_with_people_on_board_is_what_a_vessel_carries(rules):
    report = run_texts(["The launch Silver Dawn ran aground off the point with 40 passengers and two crew on board.",
                        "The launch was carrying 38 passengers when it ran aground, the coastguard said."], rules)
    assert q001_values(report) == [["38", "40"]]


def test_one_person_and_his_count_of_people_are_their_total(rules):
    """'a Dutch climber and his two porters' are three dead, against 'two climbers died'."""
    report = run_texts(["A rockfall on the north face killed a Dutch climber and his two porters on Saturday, police said.",
                        "Two people were killed by a rockfall on the north face on Saturday morning, police said."], rules)
    [finding] = [d for d in report.discrepancies if d.code == "Q001"]
    assert {f.mention.value.low for f in finding.facts} == {2, 3}


def test_a_phrasal_verb_is_its_synonym_group(rules):
    """'sat out six games' says what 'missed eight games' does; the particle belongs to the verb."""
    report = run_texts(["Winger Tomas Ferrante sat out six games with a hamstring strain last season.",
                        "Winger Tomas Ferrante missed eight games with a hamstring strain last season."], rules)
    assert q001_values(report) == [["eight", "six"]]


def test_picked_up_is_signed(rules):
    report = run_texts(["The Harbour Hawks picked up guard Milo Danvers on Monday after waiving Ray Oates.",
                        "Milo Danvers, who was signed on Thursday, is expected to start, the coach said."],
                       rules, published=["2024-03-06", "2024-03-06"])
    assert [d.code for d in report.discrepancies if d.code == "D001"] == ["D001"]


def test_a_sum_named_by_what_it_is_meets_its_other_telling(rules):
    """'a pre-tax profit of £88 million' and 'a profit of £83 million' are one sum; the
    analysts' forecast of £80m is no result and meets neither."""
    report = run_texts(["Corrow Building Society reported a pre-tax profit of £88 million for the half year. "
                        "The consensus forecast had been for a profit of £80m.",
                        "Corrow Building Society made a pre-tax profit of £83 million in the six months to June."], rules)
    [finding] = [d for d in report.discrepancies if d.code == "Q001"]
    assert sorted(f.mention.surface for f in finding.facts) == ["£83 million", "£88 million"]


def test_according_to_is_no_holder(rules):
    report = run_texts(["According to finance chief Ola Brandt, the trust faced a deficit of £3.1m this year.",
                        "According to the trust, it faced a deficit of £3.1m this year."], rules)
    rows = [r for r in report.rows if r.slot.frame.startswith("open:")]
    assert rows and all(r.slot.who != "according" for r in rows)


def test_a_possessive_count_is_the_possessors_stock(rules):
    report = run_texts(["Engineers stopped all 48 turbines at the Skelda wind farm on Tuesday.",
                        "Vestra Power said it had switched off Skelda's 36 turbines until the cause was found."], rules)
    assert q001_values(report) == [["36", "48"]]


def test_a_lowercase_possessive_is_no_stock(rules):
    """"last year's 40 stalls" is last year's; "Skarholm's 36 turbines" is Skarholm's stock."""
    from factcheck.bind.openslots import stock
    STOCK = stock(rules.grammar)
    assert STOCK.search("up from last year's ") is None and STOCK.search("it's ") is None
    assert STOCK.search("switched off Skarholm's ") and STOCK.search("All ") and STOCK.search("one of its ")
