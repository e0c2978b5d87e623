"""The clause reading of rules/grammar.toml: verbs, lemmas, where clauses begin."""
from __future__ import annotations

import pytest

from factcheck.clauses import clause_breaks, read_clauses
from factcheck.grammar import load_grammar
from factcheck.rules import RulesError, default_rules_dir


@pytest.fixture(scope="module")
def grammar():
    return load_grammar([default_rules_dir()])


@pytest.mark.parametrize("forms,lemma", [
    (("seized", "seizing"), "seize"), (("confiscated", "confiscating"), "confiscate"),
    (("declined", "declining"), "decline"), (("announced", "announcing"), "announce"),
    (("treated", "treating"), "treat"), (("saved", "saving"), "save"), (("acquired", "acquiring"), "acquire"), (("required",), "require"), (("paved",), "pave"), (("handled", "handling"), "handle"), (("settled",), "settle"), (("tackled",), "tackle"), (("doubled",), "double"), (("rolled",), "roll"), (("stopped", "stopping"), "stop"), (("visited", "visiting"), "visit"),
    (("caused", "causing"), "cause"), (("served", "serving"), "serve"),
    (("cancelled", "canceled", "cancelling"), "cancel"), (("travelled", "traveled"), "travel"),
    (("completed", "completing"), "complete"), (("charged", "charging"), "charge"),
    (("freed", "freeing"), "free"), (("rescued", "rescuing"), "rescue"), (("issued", "issuing"), "issue"), (("agreed",), "agree"), (("exceeded", "exceed"), "exceed"), (("had", "has", "having"), "have"), (("died", "dies"), "die"),
    (("closed", "closing"), "close"), (("raised", "raising"), "raise"), (("collapsed", "collapsing"), "collapse"),
    (("paused",), "pause"), (("licensed",), "license"), (("reversed",), "reverse"), (("proposed",), "propose"),
    (("pressed",), "press"), (("missed",), "miss"),
])
def test_every_form_of_a_verb_has_one_lemma(grammar, forms, lemma):
    assert {grammar.lemma(form) for form in forms} == {lemma}


def test_synonyms_name_one_slot(grammar):
    assert grammar.predicate("confiscated") == grammar.predicate("seized") == "seize"


def breaks_at(sentence: str, grammar) -> list[str]:
    clauses = read_clauses(sentence, 0, len(sentence), grammar)
    return [clauses.tokens[i][2] for i in clauses.breaks]


@pytest.mark.parametrize("sentence,opening", [
    ("A cyclist died and three women were treated for cuts.", ["and"]),
    ("The gunman killed 12 and injured 30 others.", []),
    ("Okoro was 10 of 17 and also had nine rebounds.", []),
    ("The crash killed two men and their driving instructor.", []),
    ("Officials said 12 yaks were stolen.", ["12"]),
    ("Sixty people died when a ferry sank.", ["when"]),
    ("Artino scored in the first half as he scored seven points.", ["as"]),
    ("The island, which has 3,000 residents, lost power; schools closed.", ["which", ";"]),
    # a comma opens a clause when a whole clause stands before it and a subject and verb after
    ("Halvorsen led with 31 points, Brisco had nine assists and Mbeki added 12.", [",", "and"]),
    ("For the visitors, Tandy scored 20 points.", []),
    ("Quill, a former banker, was jailed for six years.", []),
    ("During the late surge, Varga scored twice, won 4 rebounds, and blocked two shots.", []),
    # a clock time is one token: its colon opens no clause
    ("Early on Friday, around 1:30 a.m., the singer checked into a clinic.", []),
])
def test_where_clauses_begin(grammar, sentence, opening):
    assert breaks_at(sentence, grammar) == opening


def test_verbs_are_read_once_per_word(grammar):
    words = ["he", "killed", "the", "killed"]
    assert grammar.verb_flags(words) == (False, True, False, True)
    assert clause_breaks(words, grammar) == []


def test_an_unknown_key_names_the_file_and_key(tmp_path):
    (tmp_path / "grammar.toml").write_text('[slots]\nsynonym = [["a", "b"]]\n', encoding="utf-8")
    with pytest.raises(RulesError) as error:
        load_grammar([default_rules_dir(), tmp_path])
    assert "grammar.toml" in str(error.value) and "slots.synonym" in str(error.value)


def test_a_user_s_synonyms_add_to_the_defaults(tmp_path):
    (tmp_path / "grammar.toml").write_text('[slots]\nsynonyms = [["steal", "pilfer"]]\n', encoding="utf-8")
    grammar = load_grammar([default_rules_dir(), tmp_path])
    assert grammar.predicate("pilfered") == "steal" and grammar.predicate("confiscated") == "seize"


@pytest.mark.parametrize("sentence,verbs,not_verbs", [
    ("The merged lender will close 37 branches.", {"close"}, {"merged"}),
    ("Its planned move could soon cost 210 jobs.", {"cost"}, {"planned"}),
    ("The council would not demolish the tower but may sell 14 plots.", {"demolish", "sell"}, set()),
    ("The injured were taken to hospital.", {"taken"}, {"injured"}),
    ("Crews went to hospital 12 times.", set(), {"hospital"}),
    ("In May fares rose by 4%.", set(), {"fares"}),
    ("This forced 300 residents to leave.", {"forced"}, set()),
])
def test_the_words_beside_a_word_say_whether_it_is_a_verb(grammar, sentence, verbs, not_verbs):
    clauses = read_clauses(sentence, 0, len(sentence), grammar)
    flagged = {token[2] for token, verb in zip(clauses.tokens, clauses.verbs) if verb}
    assert verbs <= flagged and not (not_verbs & flagged)
