"""Firms typed by what they own, firms named like people, and a near-spelt country refused
for a name the text types as a firm (session 63, engineer FT, issues 12 and 14); and the one
WordNet table of firm nouns both session-62 rules read. Sentences written for these tests
(the firm names are made up).

Rules, all shipped off:
- ``actors.names.firm_possession``: 'Korvath shares fell', 'Korvath's profits' - an unknown
  person-tagged name that owns a noun of what a firm has is a new organisation;
- ``actors.names.firm_given_name``: the same for a name with a given name first whose last
  word the text never gives a person;
- ``actors.names.fuzzy_country_not_firm``: 'Spanish airline Iberia' is not Liberia (a name
  tagged ORG, or with a firm noun beside it, is no near-spelt country).
"""

from __future__ import annotations

from typing import Any

import pytest

from rule_settings import with_rules
from stancemap.actors.firm_import import firm_nouns as import_named
from stancemap.actors.firm_import import firm_table, trading_nouns
from stancemap.actors.firm_names import commercial_nouns, firm_nouns
from stancemap.config import Settings
from stancemap.datafiles import read_table
from stancemap.events.firm_parties import firm_nouns as event_firm_nouns
from stancemap.wordnet_files import WORDNET

POSSESSION = "actors.names.firm_possession"
GIVEN = "actors.names.firm_given_name"
FUZZY = "actors.names.fuzzy_country_not_firm"
RULES = (POSSESSION, GIVEN, FUZZY)

OWNED = "Korvath shares fell sharply on Monday. Korvath said output had dropped."
POSSESSIVE = "Korvath's profits fell by a third. Korvath said demand was weak."
TITLED = "Korvath shares fell sharply. Mr Korvath said he would resign."
NOTHING_OWNED = "Korvath said output had dropped. Korvath said he would resign."
GIVEN_NAME = "Dalton Greaves shares fell on Monday. Dalton Greaves said demand was weak."
GIVEN_PERSON = "Dalton Greaves shares fell on Monday. Greaves said he would resign."
AIRLINE = "Spanish airline Iberia said its profits rose. Iberia flies to Madrid."


@pytest.fixture(scope="module")
def pipelines(analyzer: Any) -> dict[str, Any]:
    out = {"off": analyzer.derive(with_rules())}
    for rule in RULES:
        out[rule] = analyzer.derive(with_rules(enable=[rule]))
    return out


def _kinds(pipeline: Any, text: str) -> dict[str, tuple[str, str]]:
    """Each written mention -> (its actor's id, type)."""
    result = pipeline.analyze(text, date="2005-02-01")
    return {m.text: (a.id, a.type) for a in result.actors for m in a.mentions}


def test_the_rules_are_shipped_off() -> None:
    disabled = set(Settings().rules.disable)
    assert set(RULES) <= disabled


def test_a_name_owning_shares_is_a_firm(pipelines: dict[str, Any]) -> None:
    assert _kinds(pipelines["off"], OWNED)["Korvath"][1] == "person"
    actor_id, kind = _kinds(pipelines[POSSESSION], OWNED)["Korvath"]
    assert kind == "organization" and actor_id.startswith("new:organization:")


def test_a_possessive_of_profits_makes_a_firm(pipelines: dict[str, Any]) -> None:
    assert _kinds(pipelines["off"], POSSESSIVE)["Korvath"][1] == "person"
    assert _kinds(pipelines[POSSESSION], POSSESSIVE)["Korvath"][1] == "organization"


@pytest.mark.parametrize("text", [TITLED, NOTHING_OWNED])
def test_a_titled_or_unowning_name_stays(pipelines: dict[str, Any], text: str) -> None:
    assert _kinds(pipelines[POSSESSION], text) == _kinds(pipelines["off"], text)
    assert _kinds(pipelines[POSSESSION], text)["Korvath"][1] == "person"


def test_a_given_name_firm_owning_shares(pipelines: dict[str, Any]) -> None:
    assert _kinds(pipelines["off"], GIVEN_NAME)["Dalton Greaves"][1] == "person"
    # firm_possession alone leaves a given name alone; firm_given_name reads it
    assert _kinds(pipelines[POSSESSION], GIVEN_NAME)["Dalton Greaves"][1] == "person"
    assert _kinds(pipelines[GIVEN], GIVEN_NAME)["Dalton Greaves"][1] == "organization"


def test_a_surname_used_alone_keeps_the_person(pipelines: dict[str, Any]) -> None:
    assert _kinds(pipelines[GIVEN], GIVEN_PERSON) == _kinds(pipelines["off"], GIVEN_PERSON)


def test_a_firm_is_no_near_spelt_country(pipelines: dict[str, Any]) -> None:
    assert _kinds(pipelines["off"], AIRLINE)["Iberia"][0] == "country:LBR"
    actor_id, kind = _kinds(pipelines[FUZZY], AIRLINE)["Iberia"]
    assert kind == "organization" and actor_id.startswith("new:organization:")


def test_a_misspelt_country_still_links(pipelines: dict[str, Any]) -> None:
    text = "Troops were sent to Liberria on Monday, officials said."
    assert _kinds(pipelines[FUZZY], text) == _kinds(pipelines["off"], text)


def test_one_table_serves_both_readers() -> None:
    kinds = {r["kind"] for r in read_table("lexicon/firm_nouns.tsv", required=("word", "kind"))}
    assert kinds == {"firm", "institution", "trader", "commercial"}
    # typing reads institutions, not traders ("businessman X" is a person); acts the reverse
    assert {"airline", "carmaker", "bank", "agency", "newspaper"} <= firm_nouns()
    assert not {"retailer", "businessman", "share"} & firm_nouns()
    assert {"airline", "carmaker", "retailer", "supplier"} <= event_firm_nouns()
    assert not {"agency", "charity", "newspaper", "share"} & event_firm_nouns()
    assert {"share", "profit", "sale", "shareholder", "executive", "factory"} <= commercial_nouns()
    assert not {"president", "pledge", "bet"} & commercial_nouns()


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_table_is_what_wordnet_gives() -> None:
    rows = read_table("lexicon/firm_nouns.tsv", required=("word", "kind"))
    assert [(r["word"], r["kind"]) for r in rows] == firm_table(WORDNET)
    # each reader reads exactly its session-62 criterion's words
    assert firm_nouns() == frozenset(import_named(WORDNET))
    assert event_firm_nouns() == frozenset(trading_nouns(WORDNET))
