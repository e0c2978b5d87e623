"""Places no gazetteer knows, and the place of any verb: invented towns, headlands and
districts, compared only with each other and only when no sentence names both."""
from __future__ import annotations

from conftest import run_texts


def place_findings(report):
    return [d for d in report.discrepancies if d.code == "P001"]


def values(finding):
    return {f.mention.value.name for f in finding.facts}


def test_two_unknown_places_of_one_sinking_conflict_as_a_warning(rules):
    report = run_texts(["The trawler Merrin Dawn sank off Kelloway Point on Friday night, the coastguard said.",
                        "The trawler Merrin Dawn sank off Brackenhurst Head on Friday, with five crew rescued."], rules)
    [finding] = place_findings(report)
    assert values(finding) == {"Kelloway Point", "Brackenhurst Head"} and finding.severity == "warning"


def test_the_place_of_any_verb_and_its_holder(rules):
    report = run_texts(["Ziggy, a four-year-old macaw, was found in a hedge in Upper Trelling on Sunday.",
                        "Ziggy was found in Fennow Cross on Sunday evening, three miles from the aviary."], rules)
    [finding] = place_findings(report)
    assert values(finding) == {"Upper Trelling", "Fennow Cross"}


def test_places_one_sentence_names_together_may_be_one_within_the_other(rules):
    report = run_texts(["Two men were arrested in Pollardine on Thursday, detectives said.",
                        "Two men were arrested in Marrowdene on Thursday. Marrowdene, a village near Pollardine, "
                        "has seen three raids this year."], rules)
    assert not place_findings(report)


def test_a_name_that_qualifies_a_noun_or_starts_a_list_is_no_place(rules):
    report = run_texts(["The freight train derailed near Oxhey junction on Monday, the operator said. "
                        "His cartoons ran in Quire, Tattle and Sunday Lark.",
                        "The freight train derailed near Westlow on Monday."], rules)
    places = {m.surface for m in report.mentions if m.kind == "place"}
    assert places == {"Westlow"} and not place_findings(report)


def test_a_place_in_a_clause_of_its_own_is_not_the_events(rules):
    report = run_texts(["The freight train derailed near Oxbridge Halt on Monday, the operator said.",
                        "The freight train derailed after hitting a fallen tree in Cattermole on Monday."], rules)
    assert not place_findings(report)


def test_a_quake_centred_near_a_town_is_the_quakes_place(rules):
    report = run_texts(["The quake struck at 3:10 a.m. and was centred near the town of Varnessa, officials said.",
                        "The magnitude 5.9 quake, centred near the village of Ostrelle, struck at 3:10 a.m."], rules)
    [finding] = place_findings(report)
    assert values(finding) == {"Varnessa", "Ostrelle"}


def test_two_ledes_measuring_back_from_one_day_date_one_first_event(rules):
    """'...on Monday, three days after it ran aground' / '...on Monday, a week after it became
    stuck': the origin of two ledes' spans from one day is one event, dated twice."""
    report = run_texts(["The stricken barge Tolly was towed free at Harnmouth on Monday, three days after it ran aground, "
                        "the harbour authority said.",
                        "Tugs refloated the barge Tolly at Harnmouth on Monday, a week after it became stuck on a sandbar."],
                       rules, published=["2023-05-10", "2023-05-10"])
    assert [(d.code, d.severity) for d in report.discrepancies if d.code == "D001"] == [("D001", "warning")]


def test_an_event_nouns_place_is_the_events_only_for_a_verb_that_places_it(rules):
    report = run_texts(["The quake, which was felt in Marlow Cross, struck at 2 a.m. on Sunday.",
                        "The earthquake struck near Tilbury Fen at 2 a.m. on Sunday, seismologists said."], rules)
    assert not place_findings(report)


def test_a_time_word_may_follow_a_place_no_gazetteer_knows(rules):
    report = run_texts(["Two men were arrested in Pollardine last week, police said."], rules)
    assert [m.surface for m in report.mentions if m.kind == "place"] == ["Pollardine"]


def test_a_datelines_credit_is_no_person_and_its_date_no_events(rules):
    """'KESTRA, 12 May (Coast Wire) - Ilse Marek was freed on Friday, three weeks after ...':
    the agency in parentheses is no second person of the clause, the dateline's day dates the
    report, and Friday anchors the span."""
    report = run_texts(["KESTRA, 13 May (Coast Wire) - Ilse Marek, an aid worker, was freed on Friday, three weeks "
                        "after gunmen seized her near Kestra, her employer said.",
                        "Aid worker Ilse Marek was released by her captors on Friday, nine days after she was abducted "
                        "near Kestra, officials said."], rules, published=["2022-05-13", "2022-05-13"])
    assert [d.code for d in report.discrepancies if d.code == "D001"] == ["D001"]
    assert not any(f.mention.surface == "13 May" for r in report.rows for f in r.facts if r.slot.frame == "date")


def test_an_article_s_named_things_by_noun_and_kind(rules):
    from factcheck.bind.things import named_things
    text = ("Divers reached the Tarrow ferry Orla Brennan on Monday. The trawler Sula Mhor stood by. "
            "The Orla Brennan, a 30-metre vessel operated by Tarrow Lines, sank. The Orla Brennan was raised.")
    named = named_things(text, rules.grammar)
    assert named["ferry"] == "orla brennan" and named["trawler"] == "sula mhor"
    assert named["vessel"] == "orla brennan"  # written three times, the trawler once


def test_two_things_named_alike_leave_the_noun_no_one_s(rules):
    from factcheck.bind.things import named_things
    text = "The ferry Kestrel Isle was moored beside the ferry Orla Brennan all week."
    assert "ferry" not in named_things(text, rules.grammar)


def test_a_noun_inside_an_appositive_names_nothing(rules):
    from factcheck.bind.things import named_things
    text = "Hilary Dunn, a dam safety engineer, said the dam was sound."
    assert "dam" not in named_things(text, rules.grammar)
