"""Session 17 (E): with the learned relation confidence on, a relation's confidence is the
mean of the learned chance and the noisy-or of its witnesses
(``alignment.relations.blend_confidence``). Records written by hand; invented people."""

from __future__ import annotations

from stancemap.alignment import relate_document
from stancemap.alignment.confidence import Doc, predict, relation_features
from stancemap.alignment.relations import (
    BLEND_CONFIDENCE,
    DROP_UNLIKELY,
    LEARNED_CONFIDENCE,
)
from stancemap.records import Actor, Event, Relation, Span
from stancemap.rules import RuleSwitches

TEXT = "Mayor Tova Rensch thanked the harbour workers. Rensch later condemned Olek Farran."


def _at(word: str) -> Span:
    start = TEXT.index(word)
    return Span(start=start, end=start + len(word), text=word)


RENSCH = Actor(id="new:person:rensch", name="Tova Rensch", type="person",
               mentions=[_at("Tova Rensch"), _at("Rensch later")])  # fmt: skip
WORKERS = Actor(id="new:group:workers", name="harbour workers", type="group",
                mentions=[_at("harbour workers")])  # fmt: skip
FARRAN = Actor(id="new:person:farran", name="Olek Farran", type="person",
               mentions=[_at("Olek Farran")])  # fmt: skip
ACTORS = [RENSCH, WORKERS, FARRAN]
FIRST = _at("Mayor Tova Rensch thanked the harbour workers.")
SECOND = _at("Rensch later condemned Olek Farran.")
EVENTS = [
    Event(id="e1", type="SUPPORT", trigger=_at("thanked"), source=[RENSCH.id],
          target=[WORKERS.id], confidence=0.7, evidence=FIRST),
    Event(id="e2", type="ACCUSE", trigger=_at("condemned"), source=[RENSCH.id],
          target=[FARRAN.id], confidence=0.9, evidence=SECOND),
]  # fmt: skip


def _relations(*off: str) -> list[Relation]:
    return relate_document([], EVENTS, actors=ACTORS, switches=RuleSwitches([DROP_UNLIKELY, *off]))


def test_the_confidence_is_the_mean_of_the_learned_chance_and_the_noisy_or() -> None:
    noisy = {(r.a, r.b): r.confidence for r in _relations(LEARNED_CONFIDENCE)}
    blended = _relations()
    learned = {(r.a, r.b): r.confidence for r in _relations(BLEND_CONFIDENCE)}
    doc = Doc(ACTORS, EVENTS, [], [])
    assert len(blended) == 2
    for r in blended:
        chance = predict(relation_features(r, doc))
        assert learned[(r.a, r.b)] == round(chance, 3)
        assert noisy[(r.a, r.b)] is not None
        assert r.confidence == round((chance + noisy[(r.a, r.b)]) / 2, 3)
        # off, the confidence is the learned chance alone, not the mean
        assert r.confidence != learned[(r.a, r.b)]


def test_without_the_learned_confidence_the_blend_changes_nothing() -> None:
    both_off = _relations(LEARNED_CONFIDENCE, BLEND_CONFIDENCE)
    assert both_off == _relations(LEARNED_CONFIDENCE)
