"""Session 18 (lead): a negative pronoun as a cue's object negates the cue
(``stances.polarity.negative_object``): "the mission achieved nothing" is a claim against
the mission, not for it. Invented people."""

from __future__ import annotations

import pytest
from stance_builders import layer_for, quote

import rule_settings
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Quote, Statement
from stancemap.stances import StanceStage

ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV")
PEOPLE = {"arin": (ARIN, ["Lena Arin", "Arin"]), "bosk": (BOSK, ["Piotr Bosk", "Bosk"])}
TEXT = "Arin said the deployment had achieved its goals. Bosk said the deployment had achieved nothing."
QUOTES = [
    quote("q1", TEXT, "the deployment had achieved its goals", "arin"),
    quote("q2", TEXT, "the deployment had achieved nothing", "bosk"),
]


def _claims(stage: StanceStage, nlp, text: str, quotes: list[Quote]) -> dict[str, Statement]:  # type: ignore[no-untyped-def]
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    doc = next(parse_documents(nlp, [text], stage.settings.nlp))
    out = stage(doc, document, layer_for(text, PEOPLE), quotes, [])
    return {s.actor: s for s in out if s.target_kind == "proposition"}


@pytest.fixture(scope="module")
def stages(analyzer):  # type: ignore[no-untyped-def]
    # shipped off (worth nothing measured, session 18): switched on here
    on = StanceStage(rule_settings.with_rules(enable=["stances.polarity.negative_object"]))
    off = StanceStage(rule_settings.with_rules(disable=["stances.polarity.negative_object"]))
    return analyzer.nlp, on, off


def test_achieving_nothing_is_the_opposite_claim_of_achieving_the_goals(stages) -> None:  # type: ignore[no-untyped-def]
    nlp, on, _ = stages
    claims = _claims(on, nlp, TEXT, QUOTES)
    assert claims["arin"].issue.id == claims["bosk"].issue.id
    assert claims["arin"].polarity == 1 and claims["bosk"].polarity == -1


def test_with_the_rule_off_nothing_achieved_reads_as_achieved(stages) -> None:  # type: ignore[no-untyped-def]
    nlp, _, off = stages
    claims = _claims(off, nlp, TEXT, QUOTES)
    assert claims["bosk"].polarity == 1


def test_an_ordinary_object_does_not_negate(stages) -> None:  # type: ignore[no-untyped-def]
    nlp, on, _ = stages
    text = "Bosk said the deployment had achieved something."
    claims = _claims(
        on, nlp, text, [quote("q1", text, "the deployment had achieved something", "bosk")]
    )
    assert claims["bosk"].polarity == 1
