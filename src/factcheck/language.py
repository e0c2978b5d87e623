"""Whether an article is English: a cheap count of common English words first, and only
for a text that has too few of them the language identifier (py3langid, which ships its
model but takes most of a second to load, so it is imported only then)."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

from .rules import default_rules_dir

WORD = re.compile(r"[^\W\d_]+")
KEYS = {"share", "confidence", "min_words", "common"}


@dataclass(frozen=True)
class LanguageRules:
    share: float
    confidence: float
    min_words: int
    common: frozenset[str]


@lru_cache(maxsize=1)
def language_rules() -> LanguageRules:
    path = default_rules_dir() / "language.toml"
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    unknown = set(data) - KEYS
    if unknown:
        raise ValueError(f"{path}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(KEYS))})")
    return LanguageRules(float(data["share"]), float(data["confidence"]), int(data["min_words"]),
                         frozenset(w.lower() for w in data["common"]))


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def foreign_language(text: str) -> str | None:
    """The code of the language a text is written in when that is surely not English,
    else None (English, or too short to tell)."""
    rules = language_rules()
    words = WORD.findall(text[:20_000].lower())
    if len(words) < rules.min_words or sum(w in rules.common for w in words) >= rules.share * len(words):
        return None
    language, probability = _identifier().classify(text[:5_000])
    return language if language != "en" and probability >= rules.confidence else None
