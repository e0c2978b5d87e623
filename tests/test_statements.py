"""Reported speech and the sources of figures: who said it, and whose figure it is."""
from __future__ import annotations

from conftest import run_texts


def rows_by_source(report, frame="killed"):
    return {row.slot.source: sorted(f.mention.surface for f in row.facts)
            for row in report.rows if row.slot.frame == frame}


def test_a_contested_toll_gives_each_source_its_own_row(rules):
    report = run_texts(["Rebel commanders said 22 people were killed, while the defence ministry put the toll at 9.",
                        "The defence ministry said 9 people died, while rebel commanders put the toll at 22."], rules)
    assert rows_by_source(report) == {"rebel commanders": ["22", "22"], "defence ministry": ["9", "9"]}
    assert not [d for d in report.discrepancies if d.code == "Q001"]


def test_a_source_of_one_figure_splits_no_toll(rules):
    report = run_texts(["Eleven people were killed in the avalanche, police said.",
                        "Fourteen people were killed in the avalanche, park officials said."], rules)
    assert rows_by_source(report) == {"": ["Eleven", "Fourteen"]}


def test_a_reported_statement_has_its_speaker(rules):
    report = run_texts(["The bridge was closed after divers found cracks in two of its piers, "
                        "Harbour Engineer Noor Vance said on Friday.",
                        "According to the port authority, the bridge was closed after divers found cracks in two piers."],
                       rules)
    said = {m.doc: m.value for m in report.mentions if m.kind == "statement"}
    assert said["a.txt"].speaker_id == "noor vance"
    assert said["a.txt"].words == "The bridge was closed after divers found cracks in two of its piers"
    assert said["b.txt"].speaker == "the port authority" and said["b.txt"].speaker_id == ""


def test_a_statement_credited_to_two_people_names_both(rules):
    report = run_texts(["The bridge was closed after divers found cracks in two of its piers, Harbour Engineer Noor Vance said.",
                        "The bridge was closed after divers found cracks in two of its piers, Port Director Aled Brunt said."],
                       rules)
    [finding] = [d for d in report.discrepancies if d.code == "A001"]
    assert "Aled Brunt" in finding.message and "Noor Vance" in finding.message


def test_an_unknown_key_of_statements_toml_names_file_and_key(tmp_path):
    import pytest
    from factcheck.rules import load_rules
    from factcheck.ruletypes import RulesError
    (tmp_path / "statements.toml").write_text("[align]\nmin_shard = 3\n", encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_rules(tmp_path)
    assert "statements.toml" in str(error.value) and "align.min_shard" in str(error.value)


def test_s001_names_both_details_and_points_at_them(rules):
    texts = ["The goalkeeper Tomas Reyno broke his left tibia in a collision during training at Hollins Park.",
             "The goalkeeper Tomas Reyno broke his left fibula in a collision during training at Hollins Park."]
    report = run_texts(texts, rules)
    [finding] = [d for d in report.discrepancies if d.code == "S001"]
    assert finding.message == "one statement, a different bone: 'tibia' vs 'fibula'"
    assert [(f.mention.doc, texts[i][slice(*f.mention.span)]) for i, f in enumerate(finding.facts)] == \
        [("a.txt", "tibia"), ("b.txt", "fibula")]
    assert all(f.sentence_span == (0, len(texts[i])) for i, f in enumerate(finding.facts))


def test_the_day_of_the_telling_is_no_detail(rules):
    report = run_texts(["Guards detained 12 miners who had blocked the road to the Ostrava colliery, officials said on Monday.",
                        "Guards detained 12 miners who had blocked the road to the Ostrava colliery, officials said Tuesday."],
                       rules)
    assert not [d for d in report.discrepancies if d.code == "S001"]


def test_alignment_compares_each_sentence_with_a_bounded_number_of_others(rules, monkeypatch):
    """A story of one sentence told 400 times: pairwise would be 80,000 comparisons."""
    import factcheck.check.align as align
    from factcheck.check.statements import statement_differences
    from factcheck.ingest import text_document
    from factcheck.segment import segment
    documents = [text_document(f"{i:03d}.txt", f"{i:03d}.txt",
                               "The ferry captain said the red lifeboat was lowered before the engine room flooded.")
                 for i in range(400)]
    sentences = {d.id: segment(d, rules) for d in documents}
    calls = []
    original = align.similar
    monkeypatch.setattr(align, "similar", lambda a, b, *bar: calls.append(1) or original(a, b, *bar))
    assert statement_differences(documents, sentences, [], rules) == []
    assert len(calls) <= 400 * rules.align_candidates


def test_a_misattribution_names_each_speaker_by_full_name(rules):
    """'Ms Okonjo' and 'Cllr Okonjo' are the story's one Adaeze Okonjo: the finding names her so."""
    report = run_texts(["Adaeze Okonjo, the finance chair, opened the debate on Tuesday. "
                        "\"We cannot keep the libraries open on hope alone,\" Ms Okonjo said.",
                        "Opposition member Rufus Garnett spoke first. \"We cannot keep the libraries open on hope "
                        "alone,\" said Cllr Garnett, before the vote."], rules)
    [finding] = [d for d in report.discrepancies if d.code == "A001"]
    assert "Adaeze Okonjo" in finding.message and "Rufus Garnett" in finding.message


def test_speakers_with_appositives_after_their_names(rules):
    """'..., said Ewan Thorne, harbour master at Caddon Port, which ...' and 'According to
    Moira Lusk, the county's flood officer, ...': one statement, two speakers (A001)."""
    report = run_texts(["The sea wall had held and no homes were flooded, said Ewan Thorne, harbour master at Caddon Port, "
                        "which manages the wall.",
                        "According to Moira Lusk, the county's flood officer, the sea wall had held and no homes were flooded."],
                       rules)
    [finding] = [d for d in report.discrepancies if d.code == "A001"]
    assert "Ewan Thorne" in finding.message and "Moira Lusk" in finding.message


def test_an_appositive_with_a_verb_is_the_statement_itself(rules):
    report = run_texts(["According to Moira Lusk, the sea wall was intact, and no homes were flooded."], rules)
    said = [m.value for m in report.mentions if m.kind == "statement"]
    assert said and said[0].words.startswith("the sea wall was intact")


def test_a_quotation_said_by_a_described_speaker(rules):
    report = run_texts(["\"Nobody could have seen that coming on the day,\" said the ferry's skipper, Rhodri Bevan, later.",
                        "\"Nobody could have seen that coming on the day,\" said Ava Lindqvist, a passenger."], rules)
    [finding] = [d for d in report.discrepancies if d.code == "A001"]
    assert "Rhodri Bevan" in finding.message and "Ava Lindqvist" in finding.message


def test_aligned_figures_compare_each_sentence_with_a_bounded_number_of_others(rules, monkeypatch):
    """400 articles of one sentence with a figure: the figures' alignment is near-linear too."""
    import factcheck.check.align as align
    from factcheck.check.aligned import aligned_figures
    from factcheck.ingest import text_document
    from factcheck.pipeline import analyse
    documents = [text_document(f"{i:03d}.txt", f"{i:03d}.txt",
                               f"The Ostry smelter will close next spring with {300 + i % 7} jobs to go, the owners said.")
                 for i in range(400)]
    sentences, mentions = {}, []
    for document in documents:
        doc_sentences, doc_mentions, _ = analyse(document, rules)
        sentences[document.id] = doc_sentences
        mentions += doc_mentions
    calls = []
    original = align.similar
    monkeypatch.setattr(align, "similar", lambda a, b, *bar: calls.append(1) or original(a, b, *bar))
    aligned_figures(documents, sentences, mentions, (), (), rules)
    assert 0 < len(calls) <= 400 * rules.align_candidates


def aligned_date_findings(texts, published, rules):
    """The aligned-date findings alone, with no slot's finding or row to defer to."""
    from factcheck.check.aligned_dates import aligned_dates
    from factcheck.ingest import parse_date, text_document
    from factcheck.pipeline import analyse
    documents = [text_document(f"{chr(97 + i)}.txt", f"{chr(97 + i)}.txt", text) for i, text in enumerate(texts)]
    documents = [d.__class__(**{**d.__dict__, "published": parse_date(p)}) for d, p in zip(documents, published)]
    sentences, mentions = {}, []
    for document in documents:
        doc_sentences, doc_mentions, _ = analyse(document, rules)
        sentences[document.id] = doc_sentences
        mentions += doc_mentions
    return [d.message for d in aligned_dates(documents, sentences, mentions, (), (), rules)]


def test_aligned_dates_need_one_grain_and_other_words(rules):
    """'founded in 1998' / 'founded in March 1999': a year and a month are compared by the
    slots, not by alignment; the same words read against two publication days are no two
    dates ('on Monday' in articles a week apart); two days that are are ('on Tuesday' / 'on
    Wednesday' of one hearing)."""
    assert aligned_date_findings(["The Orla Trust was founded in 1998 by a group of parents in Pellam to support families.",
                                  "The Orla Trust was founded in March 1999 in Pellam by parents to support families."],
                                 ["2025-03-06", "2025-03-06"], rules) == []
    assert aligned_date_findings(["Rain fell across Orbury on Monday, with 40mm recorded at the Tessel gauge.",
                                  "Rain fell across Orbury on Monday, with 40mm recorded at the Tessel gauge, forecasters said."],
                                 ["2025-03-04", "2025-03-11"], rules) == []
    assert aligned_date_findings(["Rain fell across Orbury on Monday, with 40mm recorded at the Tessel gauge.",
                                  "Rain fell across Orbury on Tuesday, with 40mm recorded at the Tessel gauge, forecasters said."],
                                 ["2025-03-11", "2025-03-11"], rules) != []
