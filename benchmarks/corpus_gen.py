"""Generate varied, realistic-looking news articles for benchmarks (seeded, no copies)."""
from __future__ import annotations

import random
from datetime import date, timedelta

PLACES = ["Aceh", "Hamburg", "Sonoma County", "Biloxi", "Yida", "Canterbury", "Paris", "Kiev",
          "Medan", "Santa Rosa", "Belfast", "Grozny", "Lakeport", "Takengon", "Juba", "Padang",
          "Tromso", "Valdivia", "Mosul", "Cebu", "Arequipa", "Tabriz", "Kumasi", "Galway"]
PEOPLE = ["Maria Lopez", "Ahmed Saleh", "John Carter", "Li Wei", "Anna Novak", "Dave Gaskin",
          "Sutopo Nugroho", "Miabek Lang", "Igor Petrov", "Sarah Jones", "Tom Weeks", "Ravi Shah",
          "Elena Ruiz", "Kofi Mensah", "Hana Sato", "Pieter Smit", "Olga Ivanova", "Samir Haddad"]
ROLES = ["a spokesman for the local authorities", "the regional governor", "a police spokeswoman",
         "the head of the rescue service", "a local council member", "an engineer at the university",
         "a senior aid worker", "the deputy mayor", "a hospital director", "the fire chief"]
EVENTS = ["earthquake", "storm", "flood", "attack", "fire", "landslide", "explosion", "raid"]
NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "ten", "twelve", "dozens of", "hundreds of"]
HEDGES = ["", "at least ", "more than ", "about ", "nearly ", "up to ", "some ", "over "]
SAID = ["said", "told reporters", "said on {day}", "told local radio", "said in a statement",
        "told a news conference", "wrote on social media", "said late on {day}"]
COUNTED = ["people", "residents", "workers", "children", "passengers", "villagers", "soldiers", "tourists"]
HARMED = ["killed", "injured", "left homeless", "evacuated", "treated in hospital", "reported missing"]
THINGS = ["houses", "schools", "bridges", "shops", "vehicles", "boats", "power lines", "clinics"]
TEMPLATES = [
    "The {event} in {place} {harmed} {hedge}{n} {counted}, {person} {said}.",
    "{person}, {role}, said {hedge}{n} {things} were damaged near {place}.",
    "\u201cWe have recorded {n} {counted} {harmed} and {n2} {things} destroyed,\u201d {person} {said}.",
    "Police said {hedge}{n} men were arrested after the {event} in {place}, and {n3} were later released.",
    "The {event} struck at a depth of {depth} kilometers, about {dist} miles {side} of {place}.",
    "Rescue teams searched for {num_word} {counted} still missing in {place} on {day}.",
    "In {year}, a similar {event} {harmed} {big:,} {counted} across the region.",
    "Shares of the insurer fell {pct} per cent on {day} as losses were estimated at ${money} million.",
    "Residents of {place} said the {event} lasted around {secs} seconds before {things} collapsed.",
    "{person} said the government would send {n} trucks of aid to {place} by {day}.",
    "About {n} {counted} spent the night in {n3} shelters set up in {place}, {person} {said}.",
    "The {event} cut power to {big:,} homes in {place} for {n3} hours, the utility {said2}.",
]
OPENERS = ["Witnesses", "Residents of {place}", "{person}", "Aid agencies", "Officials in {place}",
           "Engineers", "Volunteers", "Neighbours", "Critics", "Local television", "{person}, {role},",
           "Journalists in {place}", "Doctors", "Shopkeepers", "Teachers", "Farmers near {place}"]
VERBS = ["described", "reported", "complained about", "spoke of", "warned of", "pointed to",
         "recalled", "criticised", "welcomed", "played down"]
OBJECTS = ["scenes of confusion", "long queues for water", "the slow delivery of aid", "damaged roads",
           "the lack of warnings", "a shortage of tents", "the response of the authorities",
           "fears of aftershocks", "rising prices for food", "cracks in the walls of homes",
           "the closure of schools", "the work of the volunteers", "gaps in the emergency plan"]
ADJUNCTS = ["as officials arrived to assess the damage", "while rescue workers searched the rubble",
            "after a night spent outdoors", "in the hours after the {event}", "on {day} morning",
            "as rain hampered the search", "before the roads were reopened", "while power was still out",
            "as the army set up field kitchens", "in interviews with local media", "", ""]
TAILS = ["", "", " in {place}", " across the area", " near the town square", " along the coast"]
SIDES = ["north", "south", "east", "west", "north-east", "south-west"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
WIRE_SHARE = 0.03  # sentences copied from another article (wire copy): about 3 % repeat in real news


def fields(rng: random.Random) -> dict:
    return dict(event=rng.choice(EVENTS), place=rng.choice(PLACES), person=rng.choice(PEOPLE),
                role=rng.choice(ROLES), said=rng.choice(SAID).format(day=rng.choice(DAYS)),
                said2=rng.choice(SAID).format(day=rng.choice(DAYS)), counted=rng.choice(COUNTED),
                harmed=rng.choice(HARMED), things=rng.choice(THINGS), side=rng.choice(SIDES),
                hedge=rng.choice(HEDGES), n=rng.randrange(1, 400), n2=rng.randrange(1, 900),
                n3=rng.randrange(1, 50), day=rng.choice(DAYS), depth=rng.randrange(1, 60),
                dist=rng.randrange(2, 90), num_word=rng.choice(NUMBER_WORDS), year=rng.randrange(1990, 2012),
                big=rng.randrange(1000, 300000), pct=round(rng.uniform(0.1, 9.9), 1),
                money=round(rng.uniform(1, 90), 1), secs=rng.randrange(5, 90))


def prose(rng: random.Random, values: dict) -> str:
    """A sentence without figures, put together from parts: seldom the same twice."""
    adjunct = rng.choice(ADJUNCTS)
    words = f"{rng.choice(OPENERS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)}{rng.choice(TAILS)}" \
            + (f" {adjunct}" if adjunct else "") + "."
    return words.format(**values)


def sentence(rng: random.Random, wire: list[str]) -> str:
    if wire and rng.random() < WIRE_SHARE:
        return rng.choice(wire)
    values = fields(rng)
    # nearly half the sentences give figures: about 6 quantities per KB, as in the real corpus
    made = rng.choice(TEMPLATES).format(**values) if rng.random() < 0.45 else prose(rng, values)
    wire.append(made) if len(wire) < 2000 else wire.__setitem__(rng.randrange(2000), made)
    return made


def article(rng: random.Random, index: int, wire: list[str] | None = None) -> str:
    published = date(2013, 1, 1) + timedelta(days=rng.randrange(0, 365))
    wire = [] if wire is None else wire
    sentences = [sentence(rng, wire) for _ in range(rng.randrange(15, 40))]
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    headline = f"{rng.choice(EVENTS).title()} hits {rng.choice(PLACES)}, {rng.randrange(2, 90)} {rng.choice(HARMED)}"
    return f"---\ntitle: \"{headline}\"\nsource: \"Outlet {index % 40}\"\ndate: {published}\n---\n" \
           f"{headline}\n\n" + "\n\n".join(paragraphs) + "\n"


def long_article(size: int, seed: int = 1) -> str:
    """One article of about `size` characters of varied sentences (not one repeated)."""
    rng, wire, parts, total = random.Random(seed), [], [], 0
    while total < size:
        paragraph = " ".join(sentence(rng, wire) for _ in range(3))
        parts.append(paragraph)
        total += len(paragraph) + 2
    return "\n\n".join(parts)[:size]


def folder_repetition(folder) -> float:
    """The share of sentences under `folder` that repeat an earlier one, split by factcheck's
    own segmenter (the real corpus in ../shared/corpus: 3.0 %)."""
    from factcheck.ingest import read_file
    from factcheck.rules import load_rules
    from factcheck.segment import segment
    rules, seen, repeated, total = load_rules(None), set(), 0, 0
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        for document in read_file(path, path.name, path.name)[0]:
            for part in segment(document, rules):
                text = document.text[part.span[0]:part.span[1]]
                total, repeated = total + 1, repeated + (text in seen)
                seen.add(text)
    return repeated / max(total, 1)


def write_corpus(folder, count: int, seed: int = 1) -> int:
    """Write `count` articles into `folder`; returns the bytes written."""
    rng, wire = random.Random(seed), []
    total = 0
    for index in range(count):
        text = article(rng, index, wire)
        (folder / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def story_article(rng: random.Random, story: dict, index: int, wire: list[str] | None = None) -> str:
    """An article of one story: the story's event, place and figures, which some outlets get wrong."""
    text = article(rng, index, wire)
    toll = story["toll"] + (rng.randrange(-3, 4) if rng.random() < 0.3 else 0)
    lead = (f"The {story['event']} in {story['place']} killed {rng.choice(HEDGES)}{max(toll, 1)} people on "
            f"{story['day']}, {rng.choice(PEOPLE)} said.")
    head, _, body = text.partition("---\n")[2].partition("---\n")
    return f"---\n{head}---\n{lead}\n\n{body}"


def write_stories(root, count: int, seed: int = 1, per_story: tuple[int, int] = (5, 15)) -> tuple[int, int]:
    """Write `count` articles as story folders of 5 to 15 articles under `root`;
    returns (stories, bytes written)."""
    rng = random.Random(seed)
    written = total = stories = 0
    while written < count:
        size = min(rng.randrange(*per_story), count - written)
        story = {"event": rng.choice(EVENTS), "place": rng.choice(PLACES), "toll": rng.randrange(2, 300),
                 "day": rng.choice(DAYS)}
        folder, wire = root / f"story-{stories:06d}", []
        folder.mkdir()
        for _ in range(size):
            text = story_article(rng, story, written, wire)
            (folder / f"{written:07d}.txt").write_text(text, encoding="utf-8")
            total += len(text.encode("utf-8"))
            written += 1
        stories += 1
    return stories, total
