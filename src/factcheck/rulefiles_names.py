"""The knowledge of names in rules/names.toml beyond organisations and titles: how
English spelling varies (orthography), which given names are two names, and the words
beside which a name stands (kin words, descriptors)."""
from __future__ import annotations

from dataclasses import dataclass

from .rulefiles import _get, _load_toml, _str_list
from .ruletypes import RulesError


@dataclass(frozen=True)
class NameRules:
    orthography: tuple[tuple[str, str], ...]   # endings that are one ending spelt two ways: ('ence', 'ense')
    name_endings: frozenset                     # endings that make another given name of one stem
    given_name_ratio: float
    given_name_prefix: int
    kin: frozenset                              # brother, sister, ... (lower case)
    owners: frozenset                           # his, her, whose: whose kin
    before: frozenset                           # words for what a name is, before it: weekly, ship
    after: frozenset                            # ... after it: gang, family
    called: tuple[str, ...]                     # called, known as: a name follows
    places: tuple[str, ...]                     # near, village of: a place's name follows
    list_min: int
    not_in_titles: frozenset                    # words no title between a person and 'of' holds
    not_names: frozenset = frozenset()          # 'many', 'nobody': capitalised at a sentence's start, no name


@dataclass(frozen=True)
class PostRules:
    """names.toml [posts]: what a person is called beside the name, and when two posts conflict."""
    heads: tuple[str, ...]                      # lower case, longest first: 'chief executive', 'chair'
    canonical: dict                             # head -> the one name of its post ('chairman' -> 'chair')
    shared: frozenset                           # posts that sit beside any other: founder, MP
    rank_words: frozenset                       # vice, deputy: a lower post of the same head
    plain_words: frozenset                      # senior, acting: say nothing of which post
    not_before: frozenset                       # such, well: no post follows 'as'
    not_modifiers: frozenset                    # the, to, whose: words no post begins with or holds
    open_after: frozenset                       # chief, deputy: the noun after them is a post's head, listed or not
    held_together: frozenset                    # chair, president, chief executive: one person often holds two
    temporary: frozenset                        # acting, interim: a post held beside another
    portfolios: frozenset                       # minister, judge: heads whose domain word says which post


def _load_posts(data: dict, file: str) -> PostRules:
    for key in _get(data, file, "posts", dict, {}):
        if key not in ("heads", "aliases", "shared", "rank_words", "plain_words", "not_before", "not_modifiers", "portfolios", "temporary", "held_together", "open_after"):
            raise RulesError(file, f"posts.{key}", "unknown key")
    heads = tuple(sorted(_lower(data, file, "posts.heads"), key=len, reverse=True))
    canonical = {head: head for head in heads}
    aliases = _get(data, file, "posts.aliases", list, [])
    if not all(isinstance(group, list) and group and all(isinstance(w, str) for w in group) for group in aliases):
        raise RulesError(file, "posts.aliases", "expected lists of heads")
    for group in aliases:
        canonical.update((w.lower(), group[0].lower()) for w in group)
    shared = frozenset(canonical.get(w, w) for w in _lower(data, file, "posts.shared"))
    together = frozenset(canonical.get(w, w) for w in _lower(data, file, "posts.held_together"))
    words = {key: _lower(data, file, f"posts.{key}")
             for key in ("rank_words", "plain_words", "not_before", "not_modifiers", "temporary", "open_after")}
    return PostRules(heads, canonical, shared, held_together=together, **words,
                     portfolios=frozenset(canonical.get(w, w) for w in _lower(data, file, "posts.portfolios")))


def _pairs(data: dict, file: str, key: str) -> tuple[tuple[str, str], ...]:
    pairs = _get(data, file, key, list, [])
    if not all(isinstance(p, list) and len(p) == 2 and all(isinstance(x, str) for x in p) for p in pairs):
        raise RulesError(file, key, "expected a list of pairs of endings")
    return tuple((a.lower(), b.lower()) for a, b in pairs)


def _lower(data: dict, file: str, key: str) -> frozenset:
    return frozenset(w.lower() for w in _str_list(data, file, key))


def _load_name_rules(dirs) -> dict:
    file = "names.toml"
    data = _load_toml(file, dirs)
    known = {"orthography", "name_endings", "given_name_ratio", "given_name_prefix", "transliterations",
             "spelling_ratio", "min_length", "shared_words"}
    for table, keys in (("variants", known), ("mentions", {"kin", "owners", "before", "after", "called", "places", "list_min", "not_in_titles",
                                                                 "not_names"})):
        for key in _get(data, file, table, dict, {}):
            if key not in keys:
                raise RulesError(file, f"{table}.{key}", "unknown key")
    return dict(name_rules=NameRules(
        orthography=_pairs(data, file, "variants.orthography"),
        name_endings=_lower(data, file, "variants.name_endings"),
        given_name_ratio=_get(data, file, "variants.given_name_ratio", float, 70.0),
        given_name_prefix=_get(data, file, "variants.given_name_prefix", int, 2),
        kin=_lower(data, file, "mentions.kin"),
        owners=_lower(data, file, "mentions.owners"),
        before=_lower(data, file, "mentions.before"),
        after=_lower(data, file, "mentions.after"),
        called=tuple(w.lower() for w in _str_list(data, file, "mentions.called")),
        places=tuple(w.lower() for w in _str_list(data, file, "mentions.places")),
        list_min=_get(data, file, "mentions.list_min", int, 3),
        not_in_titles=_lower(data, file, "mentions.not_in_titles"),
        not_names=_lower(data, file, "mentions.not_names")),
        post_rules=_load_posts(data, file))
