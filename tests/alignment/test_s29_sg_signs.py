"""Session 29 (engineer SG, issue 14): the sign of a relation.

- ``stances.relations.advice_request``: a request made with a verb of advising or proposing
  (WordNet advise.v.01, propose.v.01; not the pressure of urge.v.01) whose content is no
  act done to the one asked and no finite clause is the asker's position for the one named:
  advice between partners, not a demand on an opponent;
- ``alignment.corpus.document_rules``: the corpus series applies membership_act and
  contest_apart as a document's relations do.

Sentences and records written for these tests (invented people).
"""

from __future__ import annotations

from typing import Any

from relation_probe import relation_score
from stancemap.alignment import relate_document
from stancemap.alignment.corpus import build_corpus
from stancemap.alignment.relations import advice_positions
from stancemap.alignment.scoring import EventObs
from stancemap.config import RuleSettings
from stancemap.records import Actor, Event, Issue, Span, Statement
from stancemap.rules import RuleSwitches
from stancemap.stances.relations import advice_verbs

ADVICE = "stances.relations.advice_request"
# session 40 RP: the advising request's own sign is none (on); "off" below reads both off
ADVICE_NO_SIGN = "alignment.relations.advice_no_sign"
CORPUS = "alignment.corpus.document_rules"


def _on_off(analyzer: Any, text: str, a: str, b: str) -> tuple[float | None, float | None]:
    """The score with ADVICE on (shipped off by the session 29 lead) and off (with
    session 40's ADVICE_NO_SIGN off too, as session 29 read it)."""
    return relation_score(analyzer, text, a, b, enable=[ADVICE]), relation_score(
        analyzer, text, a, b, disable=[ADVICE, ADVICE_NO_SIGN]
    )


def test_the_advice_verbs_come_from_wordnet() -> None:
    words = advice_verbs()
    assert {"advise", "counsel", "propose", "suggest"} <= words
    # hyponyms of advising are not read (a warning is no advice between partners), nor the
    # verbs of pressure (urge.v.01, recommend.v.01), put on opponents as often as on partners
    assert not {"warn", "dissuade", "demand", "ask", "call", "urge", "press"} & words


def test_an_adviser_is_for_the_one_advised(analyzer: Any) -> None:
    text = "Economist Lena Marsh, who advised Governor Tom Okafor on the budget, praised the plan."
    on, off = _on_off(analyzer, text, "Marsh", "Okafor")
    assert on is not None and on > 0
    assert off is not None and off < 0  # the request read as a (mild) conflict
    # as shipped (ADVICE off, ADVICE_NO_SIGN on): no mild conflict, no relation
    assert relation_score(analyzer, text, "Marsh", "Okafor", disable=[ADVICE]) is None


def test_urging_is_pressure_not_advice(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to open the new bridge."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off and on is not None and on < 0


def test_advising_someone_to_act_is_no_conflict(analyzer: Any) -> None:
    text = "Senator Rita Vance advised Mayor Paul Dorsey to open the new bridge."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on is not None and on > 0
    assert off is not None and off < 0
    assert relation_score(analyzer, text, "Vance", "Dorsey", disable=[ADVICE]) is None


def test_a_proposal_for_someone_is_for_him(analyzer: Any) -> None:
    text = "Governor Ada Brenner proposed to appoint Carl Meyers as her economic adviser."
    on, off = _on_off(analyzer, text, "Brenner", "Meyers")
    assert on is not None and on > 0
    assert off is not None and off < 0


def test_a_suggestion_that_is_a_claim_is_left_alone(analyzer: Any) -> None:
    text = "Senator Rita Vance suggested that Mayor Paul Dorsey was vulnerable on taxes."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off and (on is None or on < 0)


def test_urging_someone_to_resign_stays_against_him(analyzer: Any) -> None:
    text = "Senator Rita Vance urged Mayor Paul Dorsey to resign."
    on = relation_score(analyzer, text, "Vance", "Dorsey", enable=[ADVICE])
    assert on is not None and on < 0  # request_effect reads the content; advice stays out


def test_a_plain_call_on_someone_is_no_advice(analyzer: Any) -> None:
    text = "Senator Rita Vance called on Mayor Paul Dorsey to open the new bridge."
    on, off = _on_off(analyzer, text, "Vance", "Dorsey")
    assert on == off


def _document(trigger: str, etype: str, source: list[str], target: list[str]) -> dict[str, Any]:
    actors = [
        {"id": "person:a", "name": "Ann Lee", "type": "person"},
        {"id": "person:b", "name": "Bob Ray", "type": "person"},
        {"id": "person:c", "name": "Cy Dunn", "type": "person"},
        {"id": "org:fund", "name": "Green Fund", "type": "organization"},
    ]
    text = f"{trigger} x"
    return {
        "schema": "stancemap/analysis-v1",
        "document": {"id": "d1", "date": "2016-03-01"},
        "text": text,
        "actors": actors,
        "events": [
            {
                "id": "e1",
                "type": etype,
                "trigger": {"start": 0, "end": len(trigger), "text": trigger},
                "source": source,
                "target": target,
                "confidence": 0.9,
                "evidence": {"start": 0, "end": len(text), "text": text},
            }
        ],
        "statements": [],
    }


# session 38's rules on pairs resting on one shared stance alone: off
ALONE = (
    "alignment.score.co_target_alone_no_pair",
    "alignment.score.co_opposed_alone_no_pair",
    "alignment.score.shared_alone_no_pair",
)


def _switches(*off: str) -> RuleSwitches:
    """The shipped switches with ``off`` also off (and session 38's ``ALONE``)."""
    return RuleSwitches(disabled=[*RuleSettings().disable, *ALONE, *off])


def _corpus_event(doc: dict[str, Any], *off: str) -> EventObs:
    return build_corpus([("d1", doc)], switches=_switches(*off)).events[0].obs


def test_the_corpus_reads_a_founding_as_membership() -> None:
    doc = _document("founded", "COOPERATE", ["person:a"], ["org:fund"])
    assert _corpus_event(doc, CORPUS).target == ("org:fund",)
    assert _corpus_event(doc).target == ()
    # either document rule switched off keeps the corpus as it was
    assert _corpus_event(doc, "alignment.sides.membership_act").target == ("org:fund",)


def test_the_corpus_reads_contest_co_subjects_apart() -> None:
    doc = _document("competing", "ACCUSE", ["person:a", "person:b", "person:c"], [])
    assert not _corpus_event(doc, CORPUS).each and _corpus_event(doc).each


GUARD = "alignment.score.advice_to_opponent"


def _advice_records(*extra: Event) -> tuple[list[Actor], list[Statement], list[Event]]:
    actors = [
        Actor(id="person:a", name="Rita Vance", type="person", country="USA"),
        Actor(id="person:b", name="Paul Dorsey", type="person", country="CAN"),
        Actor(id="person:c", name="Cy Dunn", type="person", country="GBR"),
    ]
    urged = Event(
        id="e1",
        type="REQUEST",
        trigger=Span(start=0, end=7, text="advised"),
        source=["person:a"],
        target=["person:b"],
        confidence=0.9,
    )
    stance = Statement(
        id="s1",
        actor="person:a",
        issue=Issue(id="alignment:person:b", label="alignment with Paul Dorsey"),
        polarity=1,
        evidence=["e1"],
        confidence=0.6,
        target="person:b",
        target_kind="actor",
    )
    return actors, [stance], [urged, *extra]


def _advice_score(*extra: Event, off: tuple[str, ...] = ()) -> float | None:
    actors, statements, events = _advice_records(*extra)
    rels = relate_document(statements, events, actors=actors, switches=_switches(*off))
    return next((r.score for r in rels if {r.a, r.b} == {"person:a", "person:b"}), None)


def test_advice_found_among_the_positions() -> None:
    _, statements, events = _advice_records()
    assert advice_positions(statements, events) == {"s1": ("person:a", "person:b")}


def test_advice_to_an_opponent_is_a_demand() -> None:
    accused = Event(
        id="e2",
        type="ACCUSE",
        trigger=Span(start=10, end=17, text="accused"),
        source=["person:a"],
        target=["person:b"],
        confidence=0.3,
    )
    on, off = _advice_score(accused), _advice_score(accused, off=(GUARD,))
    assert on is not None and on < 0
    assert off is not None and off > 0  # the advice outweighs the accusation


def test_advice_between_those_not_opposed_stays_support() -> None:
    third = Event(
        id="e2",
        type="ACCUSE",
        trigger=Span(start=10, end=17, text="accused"),
        source=["person:a"],
        target=["person:c"],
        confidence=0.9,
    )
    assert (_advice_score(third) or 0) > 0
    assert _advice_score(third) == _advice_score(third, off=(GUARD,))
