"""Firms named after a description of a body, one reading per article, and firms that
overtake one another (session 64, engineer FN, issues 12 and 14). Sentences written for
these tests (the firm names are made up).

Rules (firm_apposition ships on since session 65; the other two off):
- ``actors.names.firm_apposition``: 'oil giant Korvath', 'food group Korvath',
  'accountancy firm Dalton Greaves' - a person-tagged unknown name after (or in apposition
  to) a WordNet description of a body is a new organisation;
- ``actors.names.firm_one_reading``: a person-tagged name the article reads as an
  organisation elsewhere, in an article that writes 'the company', is that organisation;
- ``events.sense.market_rivalry_not_force``: 'X overtook Y in sales' between firms is no
  ASSAULT.
"""

from __future__ import annotations

from typing import Any

import pytest

from rule_settings import S68_PRIVATE, with_rules
from stancemap.actors.firm_head_import import firm_heads as import_heads
from stancemap.actors.firm_names import firm_heads
from stancemap.config import Settings
from stancemap.datafiles import read_table
from stancemap.events.market_rivalry import rivalry_words
from stancemap.events.market_rivalry_import import rivalry_table
from stancemap.wordnet_files import WORDNET

APPOSITION = "actors.names.firm_apposition"
ONE_READING = "actors.names.firm_one_reading"
RIVALRY = "events.sense.market_rivalry_not_force"
RULES = (APPOSITION, ONE_READING, RIVALRY)

GIANT = "Russian oil giant Korvath said it would appeal against the ruling."
APPOSED = "Korvath, the oil giant, said it would appeal against the ruling."
GIVEN_FIRM = "Accountancy firm Dalton Greaves said the figures were wrong."
FILM_MAKER = "Film maker Dalton Greaves said the figures were wrong. Mr Greaves left."
TITLED = "Russian oil giant Korvath said profits fell. Mr Korvath said he would resign."


@pytest.fixture(scope="module")
def pipelines(analyzer: Any) -> dict[str, Any]:
    # firm_apposition ships on since session 65: "off" is the tree without it, and the
    # other two rules are read each on their own
    # (the session 68 private-party rules, on since then, kept off on both sides)
    out = {"off": analyzer.derive(with_rules(disable=[APPOSITION, *S68_PRIVATE]))}
    out[APPOSITION] = analyzer.derive(with_rules(disable=S68_PRIVATE))
    for rule in (ONE_READING, RIVALRY):
        out[rule] = analyzer.derive(with_rules(disable=[APPOSITION, *S68_PRIVATE], enable=[rule]))
    return out


def _kinds(pipeline: Any, text: str) -> dict[str, tuple[str, str]]:
    """Each written mention -> (its actor's id, type)."""
    result = pipeline.analyze(text, date="2005-02-01")
    return {m.text: (a.id, a.type) for a in result.actors for m in a.mentions}


def _events(pipeline: Any, text: str) -> list[str]:
    return [e.type for e in pipeline.analyze(text, date="2005-02-01").events]


def test_the_rules_are_shipped_off() -> None:
    assert {ONE_READING, RIVALRY} <= set(Settings().rules.disable)
    assert APPOSITION not in Settings().rules.disable  # on since session 65 (blind A/B, net)


@pytest.mark.parametrize("text", [GIANT, APPOSED])
def test_a_name_after_an_industry_giant_is_a_firm(pipelines: dict[str, Any], text: str) -> None:
    assert _kinds(pipelines["off"], text)["Korvath"][1] == "person"
    actor_id, kind = _kinds(pipelines[APPOSITION], text)["Korvath"]
    assert kind == "organization" and actor_id.startswith("new:organization:")


def test_a_given_name_after_a_firm_noun_is_a_firm(pipelines: dict[str, Any]) -> None:
    assert _kinds(pipelines["off"], GIVEN_FIRM)["Dalton Greaves"][1] == "person"
    assert _kinds(pipelines[APPOSITION], GIVEN_FIRM)["Dalton Greaves"][1] == "organization"


@pytest.mark.parametrize("text", [FILM_MAKER, TITLED])
def test_a_person_stays_a_person(pipelines: dict[str, Any], text: str) -> None:
    # a maker is no firm noun before a given name; a courtesy title names a person
    assert _kinds(pipelines[APPOSITION], text) == _kinds(pipelines["off"], text)
    assert "person" in {kind for _, kind in _kinds(pipelines[APPOSITION], text).values()}


def test_one_article_one_reading(pipelines: dict[str, Any]) -> None:
    text = (
        "Ericsson reported higher profits. The company said demand was strong. "
        "Ericsson said it would hire."
    )
    off = pipelines["off"].analyze(text, date="2005-02-01")
    assert {a.type for a in off.actors if a.name == "Ericsson"} == {"organization", "person"}
    on = pipelines[ONE_READING].analyze(text, date="2005-02-01")
    assert [a.type for a in on.actors if a.name == "Ericsson"] == ["organization"]


def test_one_reading_needs_a_firm_in_the_article(pipelines: dict[str, Any]) -> None:
    text = "Ericsson reported higher profits. Demand was strong. Ericsson said it would hire."
    off = pipelines["off"].analyze(text, date="2005-02-01")
    assert {a.type for a in off.actors if a.name == "Ericsson"} == {"organization", "person"}
    assert _kinds(pipelines[ONE_READING], text) == _kinds(pipelines["off"], text)


@pytest.mark.parametrize(
    "text",
    [
        "Toyota overtook Ford in sales last year.",
        "Reuters beat profit forecasts, posting a rise in profits.",
    ],
)
def test_firms_overtaking_in_a_market_is_no_force(pipelines: dict[str, Any], text: str) -> None:
    assert "ASSAULT" in _events(pipelines["off"], text)
    assert "ASSAULT" not in _events(pipelines[RIVALRY], text)


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops overtook the rebels in Grozny.",
        "Toyota overtook the rebels in Grozny.",
    ],
)
def test_force_stays_without_a_market_or_with_armed_parties(
    pipelines: dict[str, Any], text: str
) -> None:
    assert _events(pipelines[RIVALRY], text) == _events(pipelines["off"], text)


def test_the_word_lists() -> None:
    heads = firm_heads()
    assert {"group", "club", "team"} <= heads["body"]
    assert {"giant", "maker"} <= heads["described"]
    assert not {"firm", "company", "person", "member"} & (heads["body"] | heads["described"])
    words = rivalry_words()
    assert {"overtake", "surpass", "outsell", "beat", "top"} <= words["surpass"]
    assert {"forecast", "market", "ranking", "estimate"} <= words["measure"]
    assert not {"attack", "bomb"} & words["surpass"]


@pytest.mark.skipif(not (WORDNET / "data.noun").exists(), reason="WordNet 3.0 not installed")
def test_the_tables_are_what_wordnet_gives() -> None:
    heads = read_table("lexicon/firm_heads.tsv", required=("word", "kind"))
    assert [(r["word"], r["kind"]) for r in heads] == import_heads(WORDNET)
    rivalry = read_table("events/market_rivalry.tsv", required=("word", "kind"))
    assert [(r["word"], r["kind"]) for r in rivalry] == rivalry_table(WORDNET)


def test_one_reading_reads_whole_names_only() -> None:
    # "Coal" inside the organisation "Patriot Coal" is no organisation named "Coal"; the
    # name tagged ORG on its own is
    from spacy.tokens import Span

    from stancemap.actors.firm_names import _read_otherwise
    from stancemap.nlp.pipeline import load_pipeline

    nlp = load_pipeline(Settings().nlp)
    doc = nlp("Patriot Coal filed for bankruptcy. The company said Coal would pay.")
    coal = [t.i for t in doc if t.text == "Coal"]
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert not _read_otherwise(doc[coal[-1] : coal[-1] + 1])
    doc.ents = [Span(doc, 1, 2, label="ORG")]
    assert _read_otherwise(doc[coal[-1] : coal[-1] + 1])
