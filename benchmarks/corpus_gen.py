"""Generate varied, realistic-looking news articles for benchmarks (seeded, no copies)."""
from __future__ import annotations

import random
from datetime import date, timedelta

PLACES = ["Aceh", "Hamburg", "Sonoma County", "Biloxi", "Yida", "Canterbury", "Paris", "Kiev",
          "Medan", "Santa Rosa", "Belfast", "Grozny", "Lakeport", "Takengon", "Juba", "Padang"]
PEOPLE = ["Maria Lopez", "Ahmed Saleh", "John Carter", "Li Wei", "Anna Novak", "Dave Gaskin",
          "Sutopo Nugroho", "Miabek Lang", "Igor Petrov", "Sarah Jones", "Tom Weeks", "Ravi Shah"]
EVENTS = ["earthquake", "storm", "flood", "attack", "fire", "landslide", "explosion", "raid"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "ten", "twelve", "dozens of", "hundreds of"]
HEDGES = ["", "at least ", "more than ", "about ", "nearly ", "up to ", "some ", "over "]
TEMPLATES = [
    "The {event} in {place} killed {hedge}{n} people and injured {n2} others, officials said on {day}.",
    "{person}, a spokesman for the local authorities, said {hedge}{n} houses were damaged near {place}.",
    "\u201cWe have recorded {n} people dead and {n2} people injured,\u201d {person} told reporters.",
    "Police said {hedge}{n} men were arrested after the {event}, and {n3} were later released.",
    "The {event} struck at a depth of {depth} kilometers, about {dist} miles north of {place}.",
    "Rescue teams searched for {num_word} people still missing in {place} on {day}.",
    "In {year}, a similar {event} killed {big:,} people across the region.",
    "Shares of the insurer fell {pct} per cent as losses were estimated at ${money} million.",
    "Residents said the shaking lasted around {secs} seconds before buildings collapsed.",
    "{person} said the government would send {n} trucks of aid to {place} by {day}.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random, index: int) -> str:
    published = date(2013, 1, 1) + timedelta(days=rng.randrange(0, 365))
    sentences = []
    for _ in range(rng.randrange(12, 30)):
        template = rng.choice(TEMPLATES)
        sentences.append(template.format(
            event=rng.choice(EVENTS), place=rng.choice(PLACES), person=rng.choice(PEOPLE),
            hedge=rng.choice(HEDGES), n=rng.randrange(1, 400), n2=rng.randrange(1, 900),
            n3=rng.randrange(1, 50), day=rng.choice(DAYS), depth=rng.randrange(1, 60),
            dist=rng.randrange(2, 90), num_word=rng.choice(NUMBER_WORDS), year=rng.randrange(1990, 2012),
            big=rng.randrange(1000, 300000), pct=round(rng.uniform(0.1, 9.9), 1),
            money=round(rng.uniform(1, 90), 1), secs=rng.randrange(5, 90)))
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    headline = f"{rng.choice(EVENTS).title()} hits {rng.choice(PLACES)}"
    return f"---\ntitle: \"{headline}\"\nsource: \"Outlet {index % 40}\"\ndate: {published}\n---\n" \
           f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder, count: int, seed: int = 1) -> int:
    """Write `count` articles into `folder`; returns the bytes written."""
    rng = random.Random(seed)
    total = 0
    for index in range(count):
        text = article(rng, index)
        (folder / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total
