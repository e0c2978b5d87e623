"""The English a figure's clause is read with (rules/grammar.toml): which words are verbs
and their lemmas, and the words that merge open slots; clauses.py reads sentences with it.

A rule-based reading over a small part-of-speech lexicon: news sentences are mostly past
tense, so a regular -ed form, an auxiliary or a listed irregular form is a verb."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from .rulefiles import _get, _load_toml, _read_toml, _str_list
from .ruletypes import RulesError

FILE = "grammar.toml"
# stems that lost an e before -ed ('confiscat-ed', 'caus-ed', 'nam-ed', 'announc-ed'), unless a
# vowel pair stands before ('treat-ed', 'join-ed', 'claim-ed'); a lemma only has to be the same
# for every form of a verb, and readable in a label
E_ENDINGS = ("at", "iz", "ur", "as", "ag", "uc", "ut", "ov", "ar", "ir", "is", "us", "in", "am", "nc", "rc",
             "ng", "iv", "ot", "ud", "id", "ak", "ap", "ib", "ul", "ic", "rv", "rg", "let", "pet", "ac", "tr", "um", "av",
             "bl", "cl", "dl", "fl", "gl", "kl", "pl", "tl", "zl", "os", "ps", "ns", "rs", "ls")
SUBJECT_PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you"})
KNOWN = {"clauses": {"subordinators", "relatives", "coordinators", "subject_words", "conditionals", "capacity", "ahead"},
         "verbs": {"auxiliaries", "irregular", "not_verbs", "modals", "adjective_after"},
         "slots": {"stand_ins", "restating", "restating_verbs", "severity", "synonyms", "heads", "kin", "generic", "vague_verbs", "prepositions", "scope_openers", "reports", "common_subjects", "sequence", "runs", "place_openers", "part_nouns", "contests",
                   "total_before", "total_after", "age_band",
                   "scope_after", "light_verbs", "nominals", "earlier_before", "time_openers", "event_heads",
                   "forecasts", "locating", "on_board", "place_words", "stock_all", "stock_parts", "part_owners", "things"},
         "parts": {"people", "determiners", "person_endings", "not_people"}}


@dataclass(frozen=True, eq=False)
class Grammar:
    subordinators: frozenset
    relatives: frozenset
    coordinators: frozenset
    subject_words: int
    auxiliaries: frozenset
    irregular: MappingProxyType       # form -> lemma
    not_verbs: frozenset
    synonyms: MappingProxyType        # lemma -> the slot's name (its group's first word)
    things: MappingProxyType          # a noun of a kind of thing -> the kind ('the bridge' is 'the structure')
    heads: MappingProxyType           # head noun or phrase -> what it counts
    kin: frozenset
    generic: frozenset
    vague_verbs: frozenset
    prepositions: frozenset
    reports: frozenset
    sequence: frozenset
    runs: frozenset
    place_openers: tuple
    part_nouns: frozenset
    contests: frozenset               # one game of many: 'In the 17-14 victory over the Falcons, ...'
    total_before: tuple
    total_after: tuple
    age_band: tuple
    common_subjects: frozenset
    scope_openers: tuple
    scope_after: tuple
    part_people: frozenset
    part_determiners: frozenset
    person_endings: tuple = ()
    not_people: frozenset = frozenset()
    light_verbs: frozenset = frozenset()
    conditionals: frozenset = frozenset()
    capacity: frozenset = frozenset()
    ahead: tuple = ()
    stand_ins: frozenset = frozenset()
    restating: frozenset = frozenset()
    restating_verbs: frozenset = frozenset()
    severity: frozenset = frozenset()
    earlier_before: tuple = ()
    time_openers: tuple = ()
    event_heads: frozenset = frozenset()
    forecasts: frozenset = frozenset()   # 'forecast', 'expected': a figure of its clause is no result
    locating: frozenset = frozenset()    # 'centre', 'strike': an event noun's place is the event's
    on_board: tuple = ()                 # 'on board', 'aboard': what a vessel carries
    place_words: frozenset = frozenset()  # 'at', 'during': a possessive count limited to a place or time
    stock_all: frozenset = frozenset()    # 'all': 'all 38 turbines' is the whole stock
    stock_parts: frozenset = frozenset()  # 'one', 'some': 'one of its 46 turbines' names the whole stock
    part_owners: frozenset = frozenset()  # 'its', 'the': ... of whose stock
    nominals: MappingProxyType = field(default_factory=lambda: MappingProxyType({}))  # event noun -> its verb ('seizure' -> 'seize')
    modals: frozenset = frozenset()           # 'will', 'could': a base form follows
    adjective_after: frozenset = frozenset()  # 'the', 'its': an -ed form after is an adjective
    _verbs: dict = field(default_factory=dict, repr=False)  # a cache of is_verb by word

    def is_person(self, noun: str) -> bool:
        """A singular noun of a person: listed, or a role by its ending ('skipper')."""
        return noun in self.part_people or (noun.endswith(self.person_endings) and noun not in self.not_people
                                            and len(noun) > 4)

    def is_verb(self, word: str) -> bool:
        return (word in self.auxiliaries or word in self.irregular
                or (len(word) > 4 and word.endswith("ed") and word not in self.not_verbs and "-" not in word))

    def verb_flags(self, words: list[str]) -> tuple:
        """is_verb for each word, looked up once per distinct word of the run."""
        known = self._verbs
        flags = []
        for word in words:
            flag = known.get(word)
            if flag is None:
                flag = known[word] = self.is_verb(word)
            flags.append(flag)
        return tuple(flags)

    def lemma(self, word: str) -> str:
        """The verb a form is of: listed irregular forms, else the regular suffixes taken off."""
        if word in self.irregular:
            return self.irregular[word]
        if word.endswith("eeing"):
            return word[:-3]  # 'freeing', 'agreeing'
        if word.endswith("ing") and len(word) > 5:
            return self.lemma(word[:-3] + "ed")  # 'scoring' as 'scored'
        if word.endswith("ied") and len(word) > 4:
            return word[:-3] + "y"
        if word.endswith("ceed"):
            return word  # 'proceed', 'exceed': no past forms
        if word.endswith("eed") and len(word) > 4:
            return word[:-1]  # 'freed', 'agreed' -> free, agree
        if word.endswith("ed") and len(word) > 4:
            stem = word[:-2]
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
                return stem[:-1]  # 'stopped' -> stop
            if stem.endswith("u"):
                return stem + "e"  # 'rescued', 'issued', 'argued' -> rescue, issue, argue
            if len(stem) > 5 and stem.endswith("ell"):
                return stem[:-1]  # British 'cancelled', 'travelled' -> cancel, travel, as 'canceled' is
            # 'confiscated' -> confiscate, but 'treated' -> treat
            wants_e = stem.endswith(E_ENDINGS) and not (stem[-2] in "aeiou" and stem[-3] in "aeiou" and
                                                        not stem.endswith(("us", "eas", "uir", "ais", "aus")))  # released, increased, acquired
            return stem + "e" if wants_e else stem
        return word

    def predicate(self, word: str) -> str:
        """The open slot's verb for a form: its lemma, or the name of its synonym group."""
        lemma = self.lemma(word)
        return self.synonyms.get(lemma, lemma)

    def predicate_at(self, words, index: int) -> str:
        """The predicate of the verb at `index`, a phrasal verb with its particle when the
        synonyms list it ('picked up' is in the group of 'sign', 'sat out' of 'miss')."""
        if index + 1 < len(words) and (phrase := f"{self.lemma(words[index])} {words[index + 1]}") in self.synonyms:
            return self.synonyms[phrase]
        return self.predicate(words[index])


def longest_first(words) -> tuple:
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def load_grammar(dirs: list[Path]) -> Grammar:
    data = _load_toml(FILE, dirs)
    for table, value in data.items():
        if table not in KNOWN or not isinstance(value, dict):
            raise RulesError(FILE, table, "unknown table")
        for key in value:
            if key not in KNOWN[table]:
                raise RulesError(FILE, f"{table}.{key}", "unknown key")
    words = lambda key: frozenset(w.lower() for w in _str_list(data, FILE, key))  # noqa: E731
    irregular = _get(data, FILE, "verbs.irregular", dict, {})
    if not all(isinstance(v, str) for v in irregular.values()):
        raise RulesError(FILE, "verbs.irregular", "expected a table of strings")
    synonyms: dict[str, str] = {}
    # a user's groups add to the defaults ('[["steal", "pilfer"]]' keeps seize = confiscate)
    groups = [g for directory in dirs for g in _get(_read_toml(directory, FILE), FILE, "slots.synonyms", list, [])]
    for group in groups:
        if not isinstance(group, list) or not group or not all(isinstance(w, str) for w in group):
            raise RulesError(FILE, "slots.synonyms", "expected lists of words")
        synonyms.update({w.lower(): group[0].lower() for w in group})
    things: dict[str, str] = {}
    for group in _get(data, FILE, "slots.things", list, []):
        if not isinstance(group, list) or not group or not all(isinstance(w, str) for w in group):
            raise RulesError(FILE, "slots.things", "expected lists of words")
        things.update({w.lower(): group[0].lower() for w in group})
    heads = _get(data, FILE, "slots.heads", dict, {})
    if not all(isinstance(v, str) for v in heads.values()):
        raise RulesError(FILE, "slots.heads", "expected a table of strings")
    nominals = _get(data, FILE, "slots.nominals", dict, {})
    if not all(isinstance(v, str) for v in nominals.values()):
        raise RulesError(FILE, "slots.nominals", "expected a table of strings")
    return Grammar(
        subordinators=words("clauses.subordinators"), relatives=words("clauses.relatives"),
        coordinators=words("clauses.coordinators"),
        subject_words=_get(data, FILE, "clauses.subject_words", int, 5),
        auxiliaries=words("verbs.auxiliaries"),
        irregular=MappingProxyType({k.lower(): v.lower() for k, v in irregular.items()}),
        not_verbs=words("verbs.not_verbs"), modals=words("verbs.modals"),
        adjective_after=words("verbs.adjective_after"), synonyms=MappingProxyType(synonyms), things=MappingProxyType(things),
        heads=MappingProxyType({k.lower(): v.lower() for k, v in heads.items()}),
        kin=words("slots.kin"), generic=words("slots.generic"), vague_verbs=words("slots.vague_verbs"),
        prepositions=words("slots.prepositions"), reports=words("slots.reports"), sequence=words("slots.sequence"), runs=words("slots.runs"),
        place_openers=longest_first(words("slots.place_openers")), part_nouns=words("slots.part_nouns"), contests=words("slots.contests"), total_before=longest_first(words("slots.total_before")),
        total_after=longest_first(words("slots.total_after")), age_band=longest_first(words("slots.age_band")),
        common_subjects=words("slots.common_subjects"),
        scope_openers=longest_first(words("slots.scope_openers")),
        scope_after=longest_first(words("slots.scope_after")),
        part_people=words("parts.people"), part_determiners=words("parts.determiners"),
        person_endings=tuple(sorted(words("parts.person_endings"))), not_people=words("parts.not_people"),
        light_verbs=words("slots.light_verbs"), conditionals=words("clauses.conditionals"),
        capacity=words("clauses.capacity"), ahead=longest_first(words("clauses.ahead")), stand_ins=words("slots.stand_ins"),
        restating=words("slots.restating"), restating_verbs=words("slots.restating_verbs"),
        severity=words("slots.severity"),
        earlier_before=longest_first(words("slots.earlier_before")),
        time_openers=longest_first(words("slots.time_openers")), event_heads=words("slots.event_heads"),
        forecasts=words("slots.forecasts"), locating=words("slots.locating"),
        on_board=longest_first(words("slots.on_board")), place_words=words("slots.place_words"),
        stock_all=words("slots.stock_all"), stock_parts=words("slots.stock_parts"), part_owners=words("slots.part_owners"),
        nominals=MappingProxyType({k.lower(): v.lower() for k, v in nominals.items()}))
