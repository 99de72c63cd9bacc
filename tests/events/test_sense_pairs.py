"""Figurative and literal readings of the same trigger (tests/events/data/sense_pairs.tsv).

The sentences were written for these tests. Actors are fixed by hand (the CAST
below) so that the test measures the events stage's sense rules, not the actor
linker. Politicians are persons of the GOV sector; countries and their
adjectives are countries; armed words are left to the sense rules.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

import rule_settings
from stancemap.actors import ActorLayer
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, ActorMention

PAIRS = Path(__file__).parent / "data" / "sense_pairs.tsv"
FORCE = {"ASSAULT", "COERCE", "THREATEN"}
POLITICIANS = ("Novak", "Haddad", "Moreau", "Minister Haddad", "Senator Novak", "Minister Moreau")
COUNTRIES = {
    "Russia": "RUS",
    "Russian": "RUS",
    "Ukraine": "UKR",
    "Israel": "ISR",
    "Israeli": "ISR",
    "Syria": "SYR",
    "Syrian": "SYR",
    "Turkey": "TUR",
    "Turkish": "TUR",
    "India": "IND",
    "Indian": "IND",
    "Pakistan": "PAK",
    "Pakistani": "PAK",
    "China": "CHN",
    "Japan": "JPN",
    "Iran": "IRN",
    "Iraq": "IRQ",
    "Sudan": "SDN",
    "Ethiopian": "ETH",
    "Kenya": "KEN",
    "Somalia": "SOM",
    "Armenian": "ARM",
    "Azerbaijani": "AZE",
    "Serbian": "SRB",
    "Mali": "MLI",
    "Niger": "NER",
    "Nigeria": "NGA",
    "Gaza": "PSE",
    "Yemen": "YEM",
    "Georgia": "GEO",
    "Lithuania": "LTU",
    "North Korean": "PRK",
    "Kurdish": None,
}
PLACES = {
    "Khartoum": "SDN",
    "Tehran": "IRN",
    "Warsaw": "POL",
    "Ankara": "TUR",
    "Lagos": "NGA",
    "Belgrade": "SRB",
    "Nairobi": "KEN",
    "Kharkiv": "UKR",
    "Ashkelon": "ISR",
    "Baghdad": "IRQ",
    "Caracas": "VEN",
    "Paris": "FRA",
    "Hong Kong": "HKG",
}


def read_pairs() -> list[dict[str, str]]:
    lines = [x for x in PAIRS.read_text("utf-8").splitlines() if x and not x.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def cast_layer(text: str) -> ActorLayer:
    layer = ActorLayer()

    def add(name: str, actor: Actor) -> None:
        layer.actors.setdefault(actor.id, actor)
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            mention = ActorMention(
                start=match.start(), end=match.end(), text=name, actor_id=actor.id
            )
            if not any(m.start <= match.start() < m.end for m in layer.mentions):
                layer.mentions.append(mention)

    for name in sorted(POLITICIANS, key=len, reverse=True):
        surname = name.split()[-1]
        add(
            name, Actor(id=f"p:{surname}", name=surname, type="person", country="XXA", sector="GOV")
        )
    for name, code in sorted(COUNTRIES.items(), key=lambda kv: -len(kv[0])):
        add(name, Actor(id=f"c:{code or name}", name=name, type="country", country=code))
    for name, code in PLACES.items():
        add(name, Actor(id=f"l:{name}", name=name, type="location", country=code))
    layer.__post_init__()
    return layer


PAIRS_ROWS = read_pairs()


def test_the_pair_list_is_long_enough_and_paired():
    pairs: dict[str, set[str]] = {}
    for row in PAIRS_ROWS:
        pairs.setdefault(row["pair"], set()).add(row["reading"])
    assert len(pairs) >= 60
    assert all(readings == {"figurative", "literal"} for readings in pairs.values())


@pytest.fixture(scope="module")
def events_of(analyzer):
    def run(text: str):
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return analyzer.events(doc, document, cast_layer(text), [])

    return run


@pytest.fixture(scope="module")
def outcomes(events_of):
    """(row, event types on the trigger word) for every sentence, parsed once."""
    out = []
    for row in PAIRS_ROWS:
        events = events_of(row["sentence"])
        on_trigger = [e.type for e in events if row["trigger"] in e.trigger.text]
        out.append((row, on_trigger))
    return out


def _holds(expect: str, types: list[str]) -> bool:
    if expect == "no-force":
        return not FORCE & set(types)
    if expect == "no-protest":
        return "PROTEST" not in types
    if expect == "no-event":
        return not types
    return expect in types


def test_figurative_readings_are_not_force_or_protest(outcomes):
    wrong = [
        (row["sentence"], types)
        for row, types in outcomes
        if row["reading"] == "figurative" and not _holds(row["expect"], types)
    ]
    # every figurative sentence is held to its expectation; the failures are listed
    assert not wrong, wrong


def test_literal_readings_keep_their_sense(outcomes):
    wrong = [
        (row["sentence"], types)
        for row, types in outcomes
        if row["reading"] == "literal" and not _holds(row["expect"], types)
    ]
    assert not wrong, wrong


def test_sense_rules_make_the_difference(outcomes, analyzer):
    """With the sense rules off, figurative force verbs are read as force."""
    from stancemap.config import Settings
    from stancemap.events import EventStage

    plain = EventStage(Settings())
    plain.coder.tuning.switches = rule_settings.switches(["events.sense.*"])
    forced = 0
    for row, _types in outcomes:
        if row["reading"] != "figurative" or row["expect"] not in ("no-force", "no-event"):
            continue
        text = row["sentence"]
        document = make_document(text, doc_id="t", date="2022-06-17", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        events = plain(doc, document, cast_layer(text), [])
        forced += any(e.type in FORCE and row["trigger"] in e.trigger.text for e in events)
    assert forced >= 10
