"""Session 38 (lead): rule ``alignment.sides.voice_of_state_body`` - a person the quotes
name speaking for a body of their state (a spokesperson) is one side with that state's
office holders, whatever role word the actors stage kept. Sentences written for this test."""

from __future__ import annotations

from stancemap.config import load_settings
from stancemap.pipeline import Analyzer

RULE = "alignment.sides.voice_of_state_body"
TEXT = (
    "Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch on Friday criticised "
    "remarks by Indian Prime Minister Narendra Modi, calling them reckless. She said Prime "
    "Minister Shehbaz Sharif's government wanted peaceful relations with its neighbours."
)


def _relations(*, on: bool) -> dict[frozenset[str], float]:
    settings = load_settings()
    off = list(settings.rules.disable) + ([] if on else [RULE])
    rules = settings.rules.model_copy(update={"disable": off})
    result = Analyzer(settings.model_copy(update={"rules": rules})).analyze_text(
        TEXT, doc_id="s38vs", date="2024-05-31"
    )
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_a_spokeswoman_and_her_own_prime_minister_are_one_side() -> None:
    own = frozenset(("Mumtaz Zahra Baloch", "Shehbaz Sharif"))
    assert own in _relations(on=False)  # without the rule: a pair of one side
    with_rule = _relations(on=True)
    assert own not in with_rule
    assert with_rule[frozenset(("Mumtaz Zahra Baloch", "Narendra Modi"))] < 0  # others stay
