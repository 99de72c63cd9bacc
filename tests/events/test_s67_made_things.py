"""Session 67 (AP): a made thing is no party (events/made_things.py; on by default since the session 67 lead).

- ``events.sense.made_thing_struck``: force whose struck things are works or products;
- ``events.sense.unarmed_mobilization``: MOBILIZE of things with nothing armed around;
- ``events.sense.product_supply``: AGREE/AID of a product or a measure offered to no one.

The sentences were written for this test; each runs the whole pipeline with the rule off
and on."""

from __future__ import annotations

import pytest
from party_runner import on_off_pipelines

from stancemap.config import Settings
from stancemap.datafiles import word_list
from stancemap.events.made_things_import import MADE, made_nouns

STRUCK = "events.sense.made_thing_struck"
MOBILIZATION = "events.sense.unarmed_mobilization"
SUPPLY = "events.sense.product_supply"


def _reader(analyzer, rule):
    pipelines = on_off_pipelines(analyzer, rule)

    def run(text: str, on: bool) -> list[tuple[str, str]]:
        analysis = pipelines["on" if on else "off"].analyze(text, date="2005-02-10")
        return [(e.trigger.text, e.type) for e in analysis.events]

    return run


@pytest.fixture(scope="module")
def struck(analyzer):
    return _reader(analyzer, STRUCK)


@pytest.fixture(scope="module")
def mobilized(analyzer):
    return _reader(analyzer, MOBILIZATION)


@pytest.fixture(scope="module")
def supplied(analyzer):
    return _reader(analyzer, SUPPLY)


@pytest.mark.parametrize("rule", [STRUCK, MOBILIZATION, SUPPLY])
def test_on_by_default(rule):
    # switched on by the session 67 lead after blind A/B (9/0, 9/0) and the check-file net (+2)
    assert rule not in Settings().rules.disable


def test_the_noun_list_is_the_importers():
    # the importer reproduces the shipped list (needs /usr/share/wordnet)
    from stancemap.wordnet_files import WORDNET

    if not (WORDNET / "index.noun").exists():
        pytest.skip("WordNet 3.0 not installed")
    assert frozenset(made_nouns()) == word_list(MADE)
    assert {"film", "edition", "software", "product"} <= word_list(MADE)
    assert not {"gun", "missile", "embassy", "car"} & word_list(MADE)


@pytest.mark.parametrize(
    "text",
    [
        "The strength of the pound has cut the number of US films shot in the UK during 2004.",
        "The number of American films shot in Britain fell last year.",
    ],
)
def test_a_work_struck_is_no_force(struck, text):
    assert any(t == "ASSAULT" for _, t in struck(text, on=False))
    assert not any(t == "ASSAULT" for _, t in struck(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "Troops shot the driver of the car.",
        "Rebels attacked the convoy near the border.",
        "Gunmen bombed the embassy on Monday.",
        "The militants threatened the hospital.",
        "Soldiers shot at the cars in the square.",
    ],
)
def test_force_on_people_or_targets_is_kept(struck, text):
    assert struck(text, on=True) == struck(text, on=False)
    assert any(t in ("ASSAULT", "THREATEN") for _, t in struck(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "We are expanding our network and deploying EV-DO technology to meet customer demand, "
        "the vice president said.",
    ],
)
def test_deployed_technology_is_no_mobilization(mobilized, text):
    assert any(t == "MOBILIZE" for _, t in mobilized(text, on=False))
    # the token's clause goes with it: no reading of "meet" in its place
    assert mobilized(text, on=True) == []


@pytest.mark.parametrize(
    "text",
    [
        "The army deployed 5,000 troops to the border.",
        "Nato deployed warships in the Baltic.",
    ],
)
def test_armed_deployment_is_kept(mobilized, text):
    assert mobilized(text, on=True) == mobilized(text, on=False)
    assert any(t == "MOBILIZE" for _, t in mobilized(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "It offers 15 editions of the service, including one tailored for China.",
        "The Commission wants people to get content no matter who supplies the software, "
        "network, content or services.",
    ],
)
def test_a_product_offered_is_no_event(supplied, text):
    assert any(t in ("AGREE", "AID") for _, t in supplied(text, on=False))
    assert not any(t in ("AGREE", "AID") for _, t in supplied(text, on=True))


@pytest.mark.parametrize(
    "text",
    [
        "Russia supplied weapons to the rebels.",
        "Iran supplied missiles.",
        "The United States offered aid to the flood victims.",
        "The government offered talks to the rebels.",
    ],
)
def test_aid_and_offers_to_parties_are_kept(supplied, text):
    assert supplied(text, on=True) == supplied(text, on=False)
    assert any(t in ("AGREE", "AID") for _, t in supplied(text, on=True))
