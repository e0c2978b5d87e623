"""Sentences and paragraph roles: abbreviations, quotes, headlines, captions, credits."""
from __future__ import annotations

from factcheck.ingest import text_document
from factcheck.segment import segment


def sentences(text, rules):
    document = text_document("t.txt", "t.txt", text)
    return [(text[s.span[0]:s.span[1]], s.role) for s in segment(document, rules)]


def test_abbreviations_do_not_end_sentences(rules):
    text = ("Body text here.\n\nU.S. Reps. David Cicilline (D-R.I.) and Mr. Smith met on Jan. 5 in St. Louis. "
            "They left at noon.")
    assert [s for s, _ in sentences(text, rules)][1:] == [
        "U.S. Reps. David Cicilline (D-R.I.) and Mr. Smith met on Jan. 5 in St. Louis.", "They left at noon."]


def test_quotes_close_sentences_and_nbsp_is_space(rules):
    text = "Intro line that is long enough to be body text, really it is.\n“It is over,” he said.\u00a0“We go.” Then he left."
    assert [s for s, _ in sentences(text, rules)][1:] == ["“It is over,” he said.", "“We go.”", "Then he left."]


def test_roles_of_headline_caption_and_credit(rules):
    text = ("Chechnya Reportedly Resumes Arrests Of Gay Men\n\nThe network was tipped off.\n\n"
            "Marcos del Mazo/LightRocket via Getty Images\n\n"
            "BELFAST, UNITED KINGDOM - JUNE 17: Putin arrives at the airport. (Photo by Peter Muhly/Getty Images)\n\n"
            "Global leaders gather in Poland\n\nMore text follows here.")
    roles = [role for _, role in sentences(text, rules)]
    assert roles[0] == "headline" and roles[1] == "body" and roles[2] == "credit"
    assert set(roles[3:-2]) == {"caption"} and roles[-2] == "heading" and roles[-1] == "body"
