"""Posts: what a person is called beside the name, in the three ways news writes it: an
appositive after or before the name ('Aino Lehtola, the board's chair', 'The branch manager,
Helen Marsh,'), a descriptor right before it ('council leader Priya Halloran', 'District
Judge Harriet Okafor'), and 'as' after a verb ('resigned as housing minister'). Each is a
role mention with its post as written; rules/names.toml [posts] says which words are posts."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..model import Document, Mention, Role, Sentence
from ..rules import Rules
from ..segment import sentence_at
from .people import normalise, one_per_surname
from .words import POSSESSIVE_END, alternation, stem

SPACE = r"[ \u00a0]+"
OWNER = rf"(?:(?:the{SPACE})?[\w.&-]+(?:{SPACE}[\w.&-]+){{0,3}}?['’]s{SPACE}|(?:its|their){SPACE})"
PREVIOUS = re.compile(r"([A-Za-z]+)[ \u00a0-]+$")
UNIT_TAIL = re.compile(rf"(?P<of>{SPACE}(?:of|for){SPACE})[^,.;:()\"“”]+")
UNIT_ENDS = frozenset(("who", "which", "that", "said", "says", "and", "at", "in", "with", "from", "on", "to",
                       "has", "had", "have", "is", "was", "will", "would", "since", "until", "after", "before"))
WORD = re.compile(r"[\w'’-]+")
UNIT_SPLIT = re.compile(rf"{SPACE}(?:of|for){SPACE}")  # 'head of quality', 'general manager for cloud computing'
NAME_WORD = re.compile(r"[^\W\d_][\w'’-]*")  # a word, its first letter any script's
WINDOW = 90  # characters before a name searched for a post: an owner and three words fit


@dataclass(frozen=True)
class Post:
    """A post taken apart: its head as one name ('chair' for 'chairman'), the rank words
    that make it a lower post (vice, deputy) and the word that says which one (housing)."""
    head: str
    ranks: frozenset
    domain: str
    unit: frozenset = frozenset()  # the words of the part of a body it runs: 'head of quality'


@lru_cache(maxsize=8)
def _patterns(rules: Rules) -> tuple[re.Pattern, ...]:
    # a listed head, or any noun after a word that makes a post ('the chief arbiter', 'deputy registrar')
    heads = rf"(?:{alternation(rules.post_rules.open_after)})(?:-|{SPACE})[a-z]{{3,}}|{alternation(rules.post_rules.heads)}"
    lower_post = rf"(?P<post>(?:[a-z][\w]*(?:-|{SPACE})){{0,3}}(?i:{heads}))(?![\w'’-])"
    # the body it is a post of, when written: 'chair of the judges', 'an astronomer at the University of Ardenne'
    of_body = rf"(?P<body>{SPACE}(?:of|for|at|in|with){SPACE}(?:the{SPACE})?[\w'’-]+(?:{SPACE}(?:[A-Z][\w'’-]*|of|for|and)){{0,6}}"
    of_body += rf"(?:{SPACE}[\w'’-]+){{0,2}})?"
    # ('the Kestrel programme manager': a name before the post's own words)
    # ('the Karrow County fire warden': up to three)
    after = re.compile(rf",{SPACE}(?:(?:the|a|an){SPACE})?(?:{OWNER}|(?:[A-Z][\w-]+{SPACE}){{1,3}}(?=[a-z]))?{lower_post}{of_body}(?=[ \u00a0,.;:)]|$)")
    # an appositive before the name opens its clause: 'The board's vice-chair, Aino Lehtola',
    # 'The museum's head of security, Tomas Greer' (the part of the body it runs kept)
    before = re.compile(rf"(?<![\w'’-])(?P<owner>(?i:the|its|their|his|her){SPACE}{OWNER}?|{OWNER})?"
                        rf"(?P<post>(?:[A-Za-z][\w]*(?:-|{SPACE})){{0,3}}?(?i:{heads}))"
                        rf"(?P<unit>{SPACE}(?:of|for){SPACE}[a-z][\w'’-]*(?:{SPACE}[a-z][\w'’-]*){{0,2}})?,{SPACE}$")
    # a descriptor: lower-case words, or words in capitals before a head in capitals ('District Judge')
    descriptor = re.compile(rf"(?<![\w'’-])(?P<post>(?:[a-z][\w]*(?:-|{SPACE})){{0,3}}?(?:{heads})"
                            rf"|(?:[A-Z][a-z]+{SPACE}){{0,2}}(?:{_capitalised(rules)})){SPACE}$")
    # a descriptor opening the sentence, its first word in capitals: 'Deputy chief fire officer
    # Bryn Talgarth said', 'Tournament referee Gwen Alderley said'
    opening = re.compile(rf"[\"“'‘(]?(?P<post>[A-Z][a-z]+(?:-|{SPACE})(?:[a-z][\w]*(?:-|{SPACE})){{0,2}}?(?:{heads})){SPACE}")
    # ('Mabry, who took over as Glenmarrow's chief executive': a relative clause's post is hers)
    as_post = re.compile(rf"(?:,{SPACE}who(?={SPACE}))?{SPACE}(?:(?P<verb>[a-z]+){SPACE}){{1,2}}?as{SPACE}"
                         rf"(?:(?:the|a|an){SPACE})?{OWNER}?{lower_post}")
    # the first of two posts before a name: 'SeaMicro CEO and new AMD general manager Andrew Feldman'
    coordinated = re.compile(rf"(?<![\w'’-])(?P<post>(?:[a-z][\w]*(?:-|{SPACE})){{0,2}}(?i:{heads}))"
                             rf"{SPACE}(?:and|&){SPACE}(?:[\w.-]+{SPACE}){{0,3}}$")
    also = re.compile(rf"{SPACE}and{SPACE}{lower_post}{of_body}(?=[ \u00a0,.;:)]|$)")
    return after, before, descriptor, as_post, coordinated, opening, also


@lru_cache(maxsize=8)
def one_word_heads(rules: Rules) -> frozenset:
    """The posts of one word ('officer', 'constable'): what stands last before a name."""
    return frozenset(h for h in rules.post_rules.heads if " " not in h)


def _capitalised(rules: Rules) -> str:
    return "|".join(re.escape(h[:1].upper() + h[1:]) for h in rules.post_rules.heads if " " not in h) + "|MP"


def post_head(post: str, rules: Rules) -> str:
    """The head of a post as written ('chief executive' of 'Acme chief executive'), or ''."""
    words = re.split(r"[\s\u00a0-]+", post.lower())
    known = next((" ".join(words[-size:]) for size in (3, 2, 1)
                  if len(words) >= size and " ".join(words[-size:]) in rules.post_rules.canonical), "")
    if not known and len(words) >= 2 and words[-2] in rules.post_rules.open_after and words[-1].isalpha():
        return words[-1]  # 'arbiter' of 'chief arbiter': a head no list holds
    return known


def parse_post(post: str, rules: Rules) -> Post | None:
    """The head, rank words and domain word of a post as written; None for a post no
    longer held ('former chair')."""
    split = UNIT_SPLIT.search(post)
    unit = unit_words(post[split.end():], rules) if split else frozenset()
    post = post[:split.start()] if split else post
    words = re.split(r"[\s\u00a0-]+", post.lower())
    posts = rules.post_rules
    head = post_head(post, rules)
    if not head:
        return None
    mods = words[:-len(head.split())]
    if any(w in rules.past_title_words or w in posts.temporary for w in mods):
        return None  # 'former chair'; 'acting mayor' is held beside another post
    ranks = frozenset(w for w in mods if w in posts.rank_words)
    domain = [w for w in mods if w not in posts.rank_words and w not in posts.plain_words]
    return Post(posts.canonical.get(head, head), ranks, domain[-1] if domain else "", unit)


def unit_words(unit: str, rules: Rules) -> frozenset:
    """The words naming the part of a body a post runs ('AMD's products division': products,
    division; 'the new Global Business Units': global, business, unit), its owner, function
    and plain words left out; none when it is a body's bare name ('of Intel', 'of the Trust')."""
    words = WORD.findall(unit)
    owned = [w for w in words if POSSESSIVE_END.search(w) or w.lower() in ("its", "their", "his", "her")]
    words = [w for w in words if w not in owned]
    if not owned and all(w[0].isupper() or w.lower() in rules.stop_words for w in words):
        return frozenset()  # a body's name: an organisation, not a part of one
    return frozenset(stem(w.lower()) for w in words if w.lower() not in rules.stop_words
                     and w.lower() not in rules.post_rules.plain_words)


def _with_unit(match: re.Match, text: str, limit: int, rules: Rules) -> tuple[tuple[int, int], int]:
    """The span of a post, and where its citation ends, with the part of a body it runs when one follows ('head of
    quality', 'general manager of Intel's data center business unit'): its words up to a
    comma or a word that opens a clause or place; a body's bare name stays out."""
    tail = UNIT_TAIL.match(text, match.end("post"), min(limit, match.end("post") + 90))
    if tail is None:
        return match.span("post"), match.end()
    end = tail.end("of")
    for word in WORD.finditer(text, end, tail.end()):
        if word[0].lower() in UNIT_ENDS:
            break
        end = word.end()
    if end == tail.end("of") or not unit_words(text[tail.end("of"):end], rules):
        return match.span("post"), match.end()
    return (match.start("post"), end), end


def _not_modifier(word: str, rules: Rules) -> bool:
    word = word.lower()
    return word in rules.post_rules.not_modifiers or word in rules.stop_words or word in rules.speech_verbs


def _clean(post: str, rules: Rules) -> str:
    """A post from its last function word on ('said council leader' is 'council leader')."""
    words = post.split()
    cut = max((i + 1 for i, word in enumerate(words[:-1]) if _not_modifier(word, rules)), default=0)
    return " ".join(words[cut:])


def surnames_alone(text: str, people) -> set[tuple[int, str, str]]:
    """(offset, surname, full name) of each surname written alone that one full name of the
    article ends in ('Mabry, who took over as ...' after 'Helen Mabry')."""
    full_of = {surname: name for surname, name in one_per_surname((n, n) for _, n in people if len(n.split()) > 1).items()
               if surname[:1].isupper()}
    found = set()
    for match in NAME_WORD.finditer(text) if full_of else ():  # one pass, however many names
        surname, previous = match[0], text[match.start() - 1:match.start()]
        if surname not in full_of or (previous and (previous.isalnum() or previous in "_'’.-")):
            continue
        before = text[max(0, match.start() - 40):match.start()].split()
        if not before or not before[-1][:1].isupper() or before[-1].endswith((".", ",")):
            found.add((match.start(), surname, full_of[surname]))  # not the end of the full name, nor another's
    return found


def extract_posts(document: Document, sentences: tuple[Sentence, ...], people, mentions: list[Mention],
                  rules: Rules) -> list[Mention]:
    """A role mention for each post written beside a person's full name (`people`, and the
    names that a title in capitals opens: 'District Judge Harriet Okafor')."""
    after, before, descriptor, as_post, coordinated, opening, also = _patterns(rules)
    text, found = document.text, []
    titled = [(m.span[1] - len(m.value.person), m.value.person) for m in mentions
              if m.kind == "role" and m.value.title and not m.value.organisation]
    named = {(offset, name, name) for offset, name in set(people) | set(titled)}
    for offset, name, person in sorted(named | surnames_alone(text, people)):
        sentence = sentence_at(sentences, offset)
        if sentence is None:
            continue
        end = offset + len(name)
        spans = []  # (post, the span cited)
        if (match := after.match(text, end, sentence.span[1])) \
                and not any(_not_modifier(w, rules) for w in match["post"].split()[:-1]):
            spans.append(_with_unit(match, text, sentence.span[1], rules))
            # 'Lisa Su, senior vice president and general manager for AMD's products division'
            if (second := also.match(text, match.end("post"), sentence.span[1])) \
                    and not any(_not_modifier(w, rules) for w in second["post"].split()[:-1]):
                spans.append(_with_unit(second, text, sentence.span[1], rules))
        elif (match := as_post.match(text, end, sentence.span[1])) and match["verb"] not in rules.post_rules.not_before:
            spans.append((match.span("post"), match.end()))
        floor = max(sentence.span[0], offset - WINDOW)
        match = before.search(text, floor, offset)
        while match and not match["owner"] and text[sentence.span[0]:match.start()].strip(" \u00a0\"“'‘(") != "":
            # no post opening a clause ('Kell Ltd, whose sole director, Ned Rawle'): try a later start
            match = before.search(text, match.start() + 1, offset)
        if match := match or opening.fullmatch(text, sentence.span[0], offset) or descriptor.search(text, floor, offset):
            unit = match.groupdict().get("unit")
            spans.append(((match.start("post"), match.end("unit") if unit else match.end("post")), match.end()))
            if first := coordinated.search(text, floor, match.start("post")):
                spans.append((first.span("post"), match.end()))
        for (start, stop), cited in spans:
            previous = PREVIOUS.search(text, max(sentence.span[0], start - 30), start)
            if previous and (previous[1].lower() in rules.post_rules.temporary
                             or previous[1].lower() in rules.past_title_words):
                continue  # 'Acting mayor Anita Kholi', 'Former chair Ann Lee': held beside another, or no more
            written = text[start:stop]
            split = UNIT_SPLIT.search(written)
            post = _clean(written[:split.start()] if split else written, rules) + (written[split.start():] if split else "")
            if previous and previous[1][0].isupper() and post[:1].isupper():
                # 'Human Rights Council President': words in capitals after a name's are the name's
                post = " ".join(post.split()[-len(post_head(post, rules).split()):])
            if parse_post(post, rules) is None:
                continue
            span = (min(start, offset), max(cited, stop, end))
            found.append(Mention(document.id, sentence.index, "role", span, text[span[0]:span[1]],
                                 Role(person, normalise(person), "", "", post=post.lower())))
    return found
