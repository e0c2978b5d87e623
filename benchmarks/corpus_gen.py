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
PROSE = [
    "Witnesses described scenes of confusion as {person} and other officials arrived in {place} to assess the damage and coordinate the response.",
    "The {event} has renewed questions about how prepared the authorities in {place} were, and whether warnings had been issued early enough.",
    "\u201cThis is a tragedy for the whole community, and we are doing everything we can to help the families,\u201d {person} said in a statement.",
    "Aid agencies said they were sending food, water and medical supplies, although damaged roads were slowing the delivery of help.",
    "Local television showed residents sifting through rubble while rescue workers in orange uniforms searched collapsed buildings nearby.",
    "{person}, who has covered the region for years, said the response had been faster than after previous disasters but still uneven.",
    "Critics said the government had ignored repeated calls to strengthen building codes and improve the emergency services in {place}.",
    "The national weather service warned that further disruption was possible and urged people to stay away from damaged structures.",
    "Officials in {place} declined to comment on the investigation, saying it was too early to draw conclusions about the cause.",
    "Schools and government offices were closed while engineers inspected bridges, power lines and water mains across the area.",
    "Neighbouring governments offered assistance, and the United Nations said it was ready to support the relief effort if asked.",
    "Many families spent the night outdoors, fearing aftershocks, as volunteers handed out blankets and hot meals in the town square.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def article(rng: random.Random, index: int) -> str:
    published = date(2013, 1, 1) + timedelta(days=rng.randrange(0, 365))
    sentences = []
    for _ in range(rng.randrange(15, 40)):
        # nearly half the sentences give figures: about 6 quantities per KB, as in the real corpus
        template = rng.choice(TEMPLATES) if rng.random() < 0.45 else rng.choice(PROSE)
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


def story_article(rng: random.Random, story: dict, index: int) -> str:
    """An article of one story: the story's event, place and figures, which some outlets get wrong."""
    text = article(rng, index)
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
        folder = root / f"story-{stories:06d}"
        folder.mkdir()
        for _ in range(size):
            text = story_article(rng, story, written)
            (folder / f"{written:07d}.txt").write_text(text, encoding="utf-8")
            total += len(text.encode("utf-8"))
            written += 1
        stories += 1
    return stories, total
