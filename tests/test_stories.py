"""Invented stories of kinds the checker was not developed on (tests/stories/*/): each folder holds
two or three articles and expected.toml, the discrepancies planted in them. Measures, over all stories,
the planted discrepancies found and the false alarms (warnings or errors that match no planted
one), prints a table, and asserts no story does worse than the checker did when the stories were
written. The stories are not a target to tune on: fix a mechanism, then lower or raise TODAY."""
from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcheck.cli import app

STORIES = Path(__file__).parent / "stories"
runner = CliRunner()

# story -> (planted found, planted, false alarms): a floor, raised as mechanisms land. Four
# batches were written blind by helpers and scored before anyone read them: ten on 2026-12-02
# (2/12 found, 8 false alarms), and on 2026-12-07 ten (bank results to train derailment: 9/20,
# 6), ten (airline outage to zoo escape: 4/19, 9) and eight (casino raid, cruise norovirus, drug
# trial, gas explosion, landslide, painter's death, politician's expenses, rugby final: 4/17, 3,
# which that session's changes did not move). Two more batches of eight were written blind on
# 2026-12-07 in session 7: one scored at its start (bank robbery trial to wessery cup final: 4/22,
# 6 false alarms), one late in it after most of its changes (brackenford strike to morvenna
# salvage: 7/22, 3). Batch 7 (brannock hospice fraud to vessbridge flood) was written blind
# at session 8's start and scored 3/27 with 2 false alarms before anyone read it; batch 8
# (aldenmoor chess to vrouwe aleida shipwreck), written blind mid-session, scored 3/29 with 3
# false alarms on the session's starting code and 9/29 with 5 on the code of that hour.
# Session 9's batches 9 and 10 scored 15/32 with 8 false alarms and 6/30 with 5; batch 11
# (bellmere cheese recall to vossberg museum theft), written blind at session 10's start,
# scored 13/37 with 5; batch 12 (brackenford factory closure to veldhorn avalanche), written
# blind mid-session, 12/35 with 5 on that hour's code and on the session's starting code alike.
# Batch 13 (ashcombe by-election recount to skerrin head trawler sinking), written blind at
# session 11's start, scored 16/40 with 2 false alarms (the helper had written L001 for
# places; read as P001, the checker's code, before scoring). Batch 14 (corvenna museum theft
# to pellow ridge wildfire evacuation), written blind at session 12's start, scored 22/42
# with 4 false alarms. Batch 15 (brackwater arson appeal to wexhaven substation blackout),
# written blind at session 13's start, scored 15/42 with 2 false alarms before anyone read it.
TODAY = {
    "actor-obituary": (0, 1, 0),
    "airline-it-outage": (2, 2, 0),
    "aldenmoor-chess-classic": (1, 3, 1),
    "ashcombe-by-election-recount": (1, 5, 0),
    "bank-results": (2, 3, 0),
    "basketball-game": (1, 1, 0),
    "bellmere-cheese-listeria-recall": (2, 5, 0),
    "brackenford-factory-closure": (1, 4, 0),
    "brackenford-hospital-strike": (3, 3, 1),
    "brackwater-arson-appeal": (3, 5, 0),
    "brannock-hospice-fraud-sentencing": (2, 3, 0),
    "brantwell-museum-coin-theft": (2, 4, 0),
    "brennecke-auction-record": (1, 2, 0),
    "cadwell-water-boil-notice": (2, 3, 0),
    "calderbank-open-final": (3, 3, 0),
    "calmafen-syrup-recall": (4, 4, 0),
    "cardenholm-charity-marathon": (3, 5, 0),
    "carn-dubhar-hiker-search": (1, 4, 0),
    "carn-ulla-wind-farm": (2, 3, 0),
    "carrick-port-cocaine-seizure": (1, 4, 0),
    "casino-raid": (1, 2, 0),
    "castlegate-bank-robbery-trial": (3, 3, 0),
    "chess-championship": (1, 2, 0),
    "coach-crash-serra-calda": (3, 3, 1),
    "company-takeover": (1, 2, 0),
    "corrabeg-hiker-found": (2, 3, 1),
    "corvenna-museum-theft": (6, 6, 1),
    "corvid-2-satellite-launch": (2, 4, 0),
    "court-sentencing": (1, 1, 0),
    "cruise-norovirus": (1, 2, 0),
    "cumbre-roja-eruption": (1, 5, 1),
    "cycling-crash": (1, 2, 0),
    "dam-failure": (1, 2, 0),
    "drellingham-tyre-plant-closure": (1, 3, 0),
    "drennick-tram-derailment": (2, 5, 0),
    "drug-trial-results": (1, 2, 0),
    "duloprane-tablet-recall": (3, 4, 1),
    "dunmore-general-nurses-strike": (4, 6, 0),
    "dunmore-nurse-acquittal": (1, 5, 0),
    "earthquake-velmar": (1, 2, 2),
    "fenmoor-airport-drone": (2, 5, 0),
    "fernhollow-council-ransomware": (0, 4, 0),
    "fernlea-academy-fire": (2, 3, 0),
    "ferry-collision-kilbrannock": (2, 4, 0),
    "ferry-sinking": (2, 2, 1),
    "food-recall": (2, 2, 0),
    "football-match": (2, 2, 0),
    "gas-explosion-flats": (3, 3, 0),
    "glenmarrow-striker-transfer": (3, 5, 0),
    "glenvarra-ostmark-merger-vote": (2, 4, 0),
    "greywater-fields-festival-flood": (3, 4, 0),
    "halden-crestway-bank-merger": (4, 5, 0),
    "halloran-prize-salt-orchard": (1, 4, 0),
    "halstock-airbag-recall": (2, 5, 0),
    "halverton-city-blackout": (1, 5, 0),
    "halvorsen-creek-wildfire-evacuation": (1, 4, 1),
    "harcourt-house-gas-explosion": (2, 4, 1),
    "harlow-dene-westmarch-merger": (4, 4, 0),
    "harlowe-housing-fraud-sentencing": (4, 5, 0),
    "hawks-rovers-semi-final": (1, 3, 0),
    "hollinford-footbridge-collapse": (0, 3, 2),
    "hospital-ransomware": (2, 2, 0),
    "house-fire": (1, 1, 0),
    "jeweller-heist": (0, 2, 0),
    "kallmark-aurelis-satellite-launch": (4, 5, 0),
    "kellerby-mayoral-election": (1, 3, 0),
    "kelmoor-housing-fraud-sentencing": (2, 5, 0),
    "kessler-118c-discovery": (0, 3, 0),
    "kestrel-3-satellite-launch": (3, 5, 0),
    "landslide-highway": (0, 2, 0),
    "local-election": (1, 1, 0),
    "lumora-data-fine": (3, 3, 0),
    "mairead-tollan-obituary": (0, 3, 0),
    "marathon-record": (1, 1, 0),
    "marrowby-budget-vote": (3, 3, 0),
    "marrowby-stags-title": (3, 3, 0),
    "marrowdale-stage-three-crash": (2, 5, 1),
    "mayor-resignation": (1, 2, 0),
    "merrow-trench-expedition": (3, 5, 0),
    "morvenna-star-salvage": (0, 2, 0),
    "mount-skarvell-eruption": (3, 5, 0),
    "mountain-rescue": (1, 2, 1),
    "museum-art-theft": (2, 2, 0),
    "nurses-strike": (1, 2, 0),
    "okafor-reyes-leaked-letter": (3, 4, 0),
    "orlwick-bridge-collapse": (2, 5, 0),
    "orvik-tessel-recall": (1, 3, 0),
    "otis-rainford-obituary": (2, 4, 0),
    "painter-death": (2, 2, 0),
    "pellbury-exam-paper-leak": (3, 5, 0),
    "pellinghurst-east-recount": (2, 5, 1),
    "pellow-ridge-wildfire-evacuation": (4, 6, 0),
    "pellworth-hospital-data-breach": (3, 4, 0),
    "politician-expenses": (2, 2, 0),
    "port-drugs-seizure": (1, 2, 0),
    "portugal-bridge-collapse": (3, 4, 2),
    "product-launch": (0, 0, 0),
    "rugby-cup-final": (1, 2, 0),
    "saffi-delmont-cancellation": (1, 2, 0),
    "sarrowen-new-frog-species": (2, 4, 0),
    "scarrow-pike-rescue": (2, 4, 0),
    "skerrin-head-trawler-sinking": (4, 5, 0),
    "skylance-launch-failure": (3, 4, 0),
    "space-launch": (1, 2, 0),
    "storm": (1, 1, 0),
    "tarnby-ferry-capsize": (3, 6, 0),
    "tarrow-hills-wildfire": (2, 4, 1),
    "tennis-final": (1, 2, 0),
    "tolliver-fire-evacuation": (2, 3, 2),
    "train-derailment": (1, 1, 0),
    "tram-derailment-pennant-square": (3, 4, 0),
    "university-data-breach": (1, 2, 0),
    "vallorne-tour-stage-nine": (4, 5, 0),
    "veldhorn-avalanche": (0, 4, 0),
    "vellingham-port-cyberattack": (2, 3, 0),
    "vennor-drywave-dryer-recall": (3, 5, 0),
    "veridane-corvastin-settlement": (2, 3, 0),
    "verinth-heart-drug-trial": (6, 6, 0),
    "vesey-corriston-transfer": (3, 5, 1),
    "vessbridge-flood-evacuation": (2, 4, 0),
    "vos-orchard-auction": (1, 3, 0),
    "vossberg-museum-gold-theft": (3, 5, 0),
    "vrouwe-aleida-shipwreck": (0, 4, 0),
    "wessery-cup-final": (1, 2, 0),
    "wexhaven-substation-blackout": (2, 5, 0),
    "zoo-lynx-escape": (1, 2, 0),
}


def has_value(claims: list[dict], value: str) -> bool:
    """A value as written appears in a claim's text as a whole word ('25' in 'About 25', not in '250')."""
    pattern = re.compile(rf"(?<!\w){re.escape(value)}(?!\w)", re.IGNORECASE)
    return any(pattern.search(claim["text"]) for claim in claims)


def matches(discrepancy: dict, finding: dict) -> bool:
    """Same code, and each value in a claim's text or, for whom a claim is credited to or
    what title it gives (A001, R001), in the finding's message."""
    claims = discrepancy["claims"] + [{"text": discrepancy["message"]}]
    return discrepancy["code"] == finding["code"] and all(has_value(claims, v) for v in finding["values"])


def score(folder: Path) -> tuple[list[dict], list[dict], list[dict]]:
    """The planted findings found, those missed, and the false alarms of one story."""
    planted = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8")).get("finding", [])
    articles = [str(p) for p in sorted(folder.glob("*.txt"))]  # (expected.toml is no article)
    result = runner.invoke(app, ["compare", *articles, "--format", "json", "--fail-on", "never"],
                           env={"NO_COLOR": "1"})
    assert result.exit_code == 0, result.output
    shown = [d for d in json.loads(result.output)["discrepancies"] if d["severity"] in ("warning", "error")]
    found = [f for f in planted if any(matches(d, f) for d in shown)]
    missed = [f for f in planted if f not in found]
    false_alarms = [d for d in shown if not any(matches(d, f) for f in planted)]
    return found, missed, false_alarms


def test_every_story_has_two_to_four_articles_and_an_expectation():
    folders = sorted(p for p in STORIES.iterdir() if p.is_dir())
    assert [p.name for p in folders] == sorted(TODAY)
    for folder in folders:
        assert len(list(folder.glob("*.txt"))) in (2, 3, 4), folder.name
        expected = tomllib.loads((folder / "expected.toml").read_text(encoding="utf-8"))
        assert set(expected) <= {"notes", "finding"} and expected["notes"], folder.name
        for finding in expected.get("finding", []):
            assert set(finding) == {"code", "values"} and len(finding["values"]) >= 2, folder.name


def test_stories_recall_and_false_alarms(capsys):
    rows, worse = [], []
    for name in sorted(TODAY):
        found, missed, false_alarms = score(STORIES / name)
        was_found, planted, was_false = TODAY[name]
        rows.append(f"{name:<20} found {len(found)}/{planted}  false alarms {len(false_alarms)}")
        rows += [f"    missed {f['code']} {' vs '.join(f['values'])}" for f in missed]
        for d in false_alarms:
            rows.append(f"    false alarm {d['code']} {d['message']}")
            rows += [f"        {c['doc']}: {c['sentence']}" for c in d["claims"]]
        if len(found) < was_found or len(false_alarms) > was_false:
            worse.append(f"{name}: found {len(found)} (was {was_found}), false alarms {len(false_alarms)} (was {was_false})")
    totals = [sum(t[i] for t in TODAY.values()) for i in range(3)]
    rows.append(f"today's floor: found {totals[0]}/{totals[1]}, false alarms at most {totals[2]}")
    with capsys.disabled():
        print("\n" + "\n".join(rows))
    # a story that gets better is fine (lower TODAY to keep the gain); one that gets worse is not
    assert not worse, worse


@pytest.mark.parametrize("name", sorted(TODAY))
def test_planted_values_are_in_the_articles(name):
    """Every planted value is written in the story, so a miss is the checker's, not a typo's."""
    text = " ".join(p.read_text(encoding="utf-8") for p in (STORIES / name).glob("*.txt"))
    planted = tomllib.loads((STORIES / name / "expected.toml").read_text(encoding="utf-8")).get("finding", [])
    for finding in planted:
        for value in finding["values"]:
            assert re.search(rf"(?<!\w){re.escape(value)}(?!\w)", text, re.IGNORECASE), (name, value)
