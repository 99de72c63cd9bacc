"""The stances.relations.* and stances.claims.* rules, on hand-made actor layers."""

from __future__ import annotations

import pytest
from stance_builders import event, layer_for, quote

import rule_settings
from stancemap.alignment import relate_document
from stancemap.ingest import make_document
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Event, Quote, Statement
from stancemap.stances import StanceStage

ARIN = Actor(id="arin", name="Lena Arin", type="person", country="EST", sector="GOV")
BOSK = Actor(id="bosk", name="Piotr Bosk", type="person", country="LVA", sector="GOV")
CALA = Actor(id="cala", name="Marta Cala", type="person", country="LTU", sector="GOV")
PEOPLE = {
    "arin": (ARIN, ["Lena Arin", "Arin"]),
    "bosk": (BOSK, ["Piotr Bosk", "Bosk"]),
    "cala": (CALA, ["Marta Cala", "Cala"]),
}


@pytest.fixture(scope="module")
def run(analyzer):  # type: ignore[no-untyped-def]
    stage = StanceStage(analyzer.settings)

    def go(
        text: str, quotes: list[Quote] | None = None, events: list[Event] | None = None
    ) -> list[Statement]:
        document = make_document(text, doc_id="t", strip_boilerplate=False)
        doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
        return stage(doc, document, layer_for(text, PEOPLE), quotes or [], events or [])

    return go


def _towards(statements: list[Statement]) -> dict[tuple[str, str | None], int]:
    return {(s.actor, s.target): s.polarity for s in statements if s.target_kind == "actor"}


def test_coordinated_subjects_that_clash_are_opposed(run) -> None:  # type: ignore[no-untyped-def]
    out = _towards(run("Lena Arin and Piotr Bosk clashed over the budget on Monday."))
    assert out[("arin", "bosk")] == -1 and out[("bosk", "arin")] == -1


def test_a_rift_between_two_is_opposition(run) -> None:  # type: ignore[no-untyped-def]
    out = _towards(run("A rift between Lena Arin and Piotr Bosk deepened on Friday."))
    assert out[("arin", "bosk")] == -1


def test_failing_to_agree_is_a_rift_and_agreeing_is_not(run) -> None:  # type: ignore[no-untyped-def]
    assert (
        _towards(run("Lena Arin and Piotr Bosk failed to agree on the border."))[("arin", "bosk")]
        == -1
    )
    assert ("arin", "bosk") not in _towards(run("Lena Arin and Piotr Bosk met in Riga."))


def test_a_rejection_links_to_the_claimant(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin said Bosk had lied to parliament. Piotr Bosk rejected the accusations."
    q = quote("q1", text, "Bosk had lied to parliament", "arin")
    out = [s for s in run(text, [q]) if s.actor == "bosk" and s.target == "arin"]
    assert out and out[0].polarity == -1 and "q1" in out[0].evidence


def test_a_rejection_names_its_claimant(run) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Cala spoke first. Piotr Bosk dismissed Arin's claims about the port."
    out = _towards(run(text))
    assert out[("bosk", "arin")] == -1
    assert ("bosk", "cala") not in out


def test_opposite_judgements_of_one_thing_disagree(run) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Arin said the peace mission had failed. "
        "Piotr Bosk said the mission fulfilled its goals."
    )
    quotes = [
        quote("q1", text, "the peace mission had failed", "arin"),
        quote("q2", text, "the mission fulfilled its goals", "bosk"),
    ]
    statements = run(text, quotes)
    claims = {s.actor: s for s in statements if s.target_kind == "proposition"}
    assert claims["arin"].polarity == -1 and claims["bosk"].polarity == 1
    assert claims["arin"].target == claims["bosk"].target
    (rel,) = [r for r in relate_document(statements, []) if {r.a, r.b} == {"arin", "bosk"}]
    assert rel.score < 0 and rel.disagree


def test_a_pronoun_judges_the_last_thing_judged(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin said the allied forces had failed. Piotr Bosk said they fulfilled their duty."
    quotes = [
        quote("q1", text, "the allied forces had failed", "arin"),
        quote("q2", text, "they fulfilled their duty", "bosk"),
    ]
    claims = {s.actor: s for s in run(text, quotes) if s.target_kind == "proposition"}
    assert claims["arin"].target == claims["bosk"].target
    assert claims["arin"].polarity == -claims["bosk"].polarity


def test_campaign_verbs_between_people(run) -> None:  # type: ignore[no-untyped-def]
    assert _towards(run("Lena Arin mocked Piotr Bosk at a rally."))[("arin", "bosk")] == -1
    assert _towards(run("Lena Arin praised Marta Cala on Tuesday."))[("arin", "cala")] == 1
    assert (
        _towards(run("Piotr Bosk endorsed Marta Cala for the nomination."))[("bosk", "cala")] == 1
    )


def test_rules_can_be_switched_off(analyzer) -> None:  # type: ignore[no-untyped-def]
    settings = rule_settings.with_rules(analyzer.settings, disable=["stances.relations.*"])
    stage = StanceStage(settings)
    text = "Lena Arin and Piotr Bosk clashed over the budget on Monday."
    document = make_document(text, doc_id="t", strip_boilerplate=False)
    doc = next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))
    out = stage(doc, document, layer_for(text, PEOPLE), [], [])
    assert not [s for s in out if s.target_kind == "actor"]


def test_an_event_between_states_is_evidence_only_between_them() -> None:
    text = "Estonia sent aid to Latvia."
    ev = event("e1", text, "sent", "AID", ["EST"], ["LVA"])
    rels = relate_document([], [ev])
    assert [(r.a, r.b) for r in rels] == [("EST", "LVA")]
    assert rels[0].evidence == ["e1"] and rels[0].evidence_spans[0].span.text == "sent"


def test_an_endorsement_noun_names_who_backs_whom(run) -> None:  # type: ignore[no-untyped-def]
    assert (
        _towards(run("Piotr Bosk won the endorsement of Marta Cala on Friday."))[("cala", "bosk")]
        == 1
    )
    assert (
        _towards(run("Lena Arin's endorsement of Piotr Bosk surprised the party."))[
            ("arin", "bosk")
        ]
        == 1
    )


def test_an_endorsement_received_from_a_described_person(run) -> None:  # type: ignore[no-untyped-def]
    # the "from" phrase on the receiving verb, the giver named in an apposition
    text = "Bosk received an endorsement on Friday from a former rival, Cala."
    assert _towards(run(text))[("cala", "bosk")] == 1
    # a hoped-for endorsement is none
    assert ("cala", "bosk") not in _towards(run("Piotr Bosk hopes to win Marta Cala's support."))


def test_traded_barbs_and_clashed_with_are_opposition(run) -> None:  # type: ignore[no-untyped-def]
    text = "Lena Arin and Piotr Bosk traded barbs over the budget on Monday."
    traded = event("e1", text, "traded", "COOPERATE", ["arin", "bosk"], [])
    statements = run(text, events=[traded])
    assert _towards(statements)[("arin", "bosk")] == -1
    # the "trade" coded at the same word is no cooperation between them
    (rel,) = [r for r in relate_document(statements, [traded]) if {r.a, r.b} == {"arin", "bosk"}]
    assert rel.score < 0 and rel.cooperation <= 1
    out = _towards(run("Marta Cala clashed with Piotr Bosk over the budget."))
    assert out[("cala", "bosk")] == -1
    assert ("arin", "bosk") not in _towards(run("Lena Arin traded stories with Piotr Bosk."))


def test_progress_and_collapse_are_opposite_claims(run) -> None:  # type: ignore[no-untyped-def]
    text = "Arin said the talks had collapsed. Bosk said the talks had made real progress."
    quotes = [
        quote("q1", text, "the talks had collapsed", "arin"),
        quote("q2", text, "the talks had made real progress", "bosk"),
    ]
    claims = {s.actor: s for s in run(text, quotes=quotes) if s.target_kind == "proposition"}
    assert claims["arin"].issue.id == claims["bosk"].issue.id
    assert claims["arin"].polarity == -1 and claims["bosk"].polarity == 1
    text = "Bosk said the talks had not made progress."
    (claim,) = run(text, quotes=[quote("q1", text, "the talks had not made progress", "bosk")])
    assert claim.polarity == -1


def test_a_rejection_answers_the_quote_not_the_act_told_in_it(run) -> None:  # type: ignore[no-untyped-def]
    text = "Arin said Latvia was training troops. Bosk denied that his country was helping."
    q = quote("q1", text, "Latvia was training troops", "arin")
    told = event("e1", text, "training", "MOBILIZE", ["cala"], []).model_copy(
        update={"reported_by": "q1"}
    )
    out = _towards(run(text, quotes=[q], events=[told]))
    assert out[("bosk", "arin")] == -1 and ("bosk", "cala") not in out
