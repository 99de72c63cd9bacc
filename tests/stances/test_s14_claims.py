"""Session 14 claims judged by their predicate (``stances.claims.predicate``): words AFINN
and VADER do not sign, signed through WordNet (``stances.claims.wordnet_sign``,
``data/stances/wordnet_signs.tsv`` from ``wordnet_sign_import``); "nothing wrong with X"
(``stances.claims.nothing_about``); an issue held in a country ("Chile's referendum",
``stances.claims.country_issue``); an act noun's nationality adjective names its state
("the Chilean raid", ``stances.claims.demonym_owner``). Each rule is switched on here and off in its own
pipeline; passages written for these tests.
"""

from __future__ import annotations

import pytest

from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.records import Analysis, Relation
from stancemap.stances import claims
from stancemap.stances.wordnet_sign_import import _agree, build

PREDICATE = "stances.claims.predicate"
WORDNET = "stances.claims.wordnet_sign"
NOTHING = "stances.claims.nothing_about"
COUNTRY = "stances.claims.country_issue"
DEMONYM = "stances.claims.demonym_owner"
MINE = (WORDNET, NOTHING, COUNTRY, DEMONYM)


@pytest.fixture(scope="module")
def rules_on(analyzer):  # type: ignore[no-untyped-def]
    # these tests pin the session-14 claim rules; the learned claim-polarity model (on since
    # session 20, its own tests in test_s20_c_*) is left out: it reads "the audit revealed
    # nothing new about the contract" as unfavourable and would oppose the two speakers
    return Pipeline(
        with_rules(enable=[PREDICATE, *MINE], disable=["stances.claims.learned_polarity"]),
        nlp=analyzer.nlp,
    )


def _without(analyzer, rule: str) -> Pipeline:  # type: ignore[no-untyped-def]
    on = [r for r in MINE if r != rule]
    return Pipeline(with_rules(enable=[PREDICATE, *on], disable=[rule]), nlp=analyzer.nlp)


def _relation(analysis: Analysis, a: str, b: str) -> Relation | None:
    x = next(i.id for i in analysis.actors if a == i.name or a in i.name.split())
    y = next(i.id for i in analysis.actors if b == i.name or b in i.name.split())
    return next((r for r in analysis.relations if {r.a, r.b} == {x, y}), None)


def _opposed(pipeline: Pipeline, text: str, a: str, b: str) -> bool:
    rel = _relation(pipeline.analyze(text), a, b)
    return rel is not None and rel.score < 0


def test_wordnet_signs_are_read_from_the_generated_file() -> None:
    signs = claims.wordnet_signs()
    assert signs["historic"][0] == 1  # a satellite of "important"
    assert signs["turning point"][0] == 1  # a collocation, a synonym of "landmark"
    assert signs["baseless"][0] == -1  # a satellite of "unsupported"
    assert signs["legitimate"][0] == 1  # the antonym of "illegitimate"


def test_the_importer_signs_only_what_its_sources_agree_on() -> None:
    signed = {"good": (1, 0.8), "bad": (-1, 0.8), "fine": (1, 0.6)}
    assert _agree(["good", "fine", "odd"], signed) == (1, 0.7, "good")
    assert _agree(["good", "bad"], signed) is None  # two signs: nothing
    adj = {
        "001": (False, ["good"], [("&", "002", 0, 0), ("!", "003", 1, 1)]),
        "002": (True, ["grand"], [("&", "001", 0, 0)]),
        "003": (False, ["bad"], [("!", "001", 1, 1)]),
        "004": (False, ["plain"], [("!", "005", 1, 1)]),
        "005": (False, ["fancy"], [("!", "004", 1, 1)]),
    }
    index = {w: [o] for o, (_s, ws, _l) in adj.items() for w in ws}
    rows = {w: (s, src) for w, s, _wt, src in build(signed, adj, index, {}, {})}
    assert rows["grand"] == (1, "head=good")  # a satellite takes its head's sign
    assert "plain" not in rows and "fancy" not in rows  # no signed word reached


@pytest.mark.parametrize(
    "praise",
    [
        "The mayor Anna Berg said the river treaty was historic.",
        "The mayor Anna Berg said the river treaty had been a turning point.",
    ],
    ids=["satellite", "collocation"],
)
def test_a_word_only_wordnet_signs_meets_the_opposite_claim(rules_on, analyzer, praise) -> None:  # type: ignore[no-untyped-def]
    text = praise + " The senator Paul Crane said the river treaty was a mistake."
    assert _opposed(rules_on, text, "Berg", "Crane")
    assert not _opposed(_without(analyzer, WORDNET), text, "Berg", "Crane")


def test_nothing_wrong_with_a_thing_praises_it(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Anna Berg said there was nothing wrong with the bridge contract. "
        "The senator Paul Crane said the bridge contract was a disaster."
    )
    assert _opposed(rules_on, text, "Berg", "Crane")
    assert not _opposed(_without(analyzer, NOTHING), text, "Berg", "Crane")


def test_nothing_wrong_agrees_with_praise(rules_on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Anna Berg said there was nothing wrong with the bridge contract. "
        "The senator Paul Crane said the bridge contract was a success."
    )
    assert not _opposed(rules_on, text, "Berg", "Crane")  # the sign is turned, not kept


def test_an_issue_held_in_a_country_is_a_claim_on_the_issue(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The minister Anna Berg said Chile's referendum was a triumph. "
        "The senator Paul Crane said the referendum was a fraud."
    )
    assert _opposed(rules_on, text, "Berg", "Crane")
    assert not _opposed(_without(analyzer, COUNTRY), text, "Berg", "Crane")


def test_a_states_act_named_by_its_demonym_is_the_states(rules_on, analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Chile's government said on Monday that it had sent troops to the border. "
        "The mediator Anna Berg said the Chilean raid on the village was unacceptable."
    )
    assert _opposed(rules_on, text, "Berg", "Chile")
    assert not _opposed(_without(analyzer, DEMONYM), text, "Berg", "Chile")


def test_nothing_new_revealed_is_no_judgement(rules_on) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The mayor Anna Berg said the audit revealed nothing new about the bridge contract. "
        "The senator Paul Crane said the bridge contract was a success."
    )
    assert not _opposed(rules_on, text, "Berg", "Crane")  # "nothing" is the verb's object
