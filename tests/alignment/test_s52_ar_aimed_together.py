"""Session 52 (AR, issue 14): ``alignment.relations.aimed_together_apart`` (ships off).

Two subjects of one hostile act aimed at a third thing ("launched an offensive against the
militia") acted together: they are no rivals by the coordination, as "X and Y clashed"
makes them. Each test reads the rule on and off. Sentences and records written for these
tests.
"""

from __future__ import annotations

from functools import lru_cache

from rule_pairs import pair_scores
from rule_settings import with_rules
from stancemap.alignment.aimed_together import aimed_elsewhere, aimed_together
from stancemap.alignment.intensity import default_intensity
from stancemap.pipeline import Analyzer
from stancemap.records import Event, Span

RULE = "alignment.relations.aimed_together_apart"
# session 67 RQ's rule (on since the session 67 lead) also reads these shapes: it is kept
# off on both sides so that this test still measures RULE alone
CO_SOURCES = "stances.relations.co_sources_together"


@lru_cache(maxsize=2)
def _analyzer(on: bool) -> Analyzer:
    if on:
        return Analyzer(with_rules(enable=[RULE], disable=[CO_SOURCES]))
    return Analyzer(with_rules(disable=[RULE, CO_SOURCES]))


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(_analyzer(on), text, "s52ar-a", "2016-05-02")


def test_joint_attackers_are_no_rivals() -> None:
    for text, pair in (
        (
            "Ethiopian troops and Somali government forces launched an offensive against the "
            "militia.",
            ("Ethiopian troops", "Somali government forces"),
        ),
        (
            "Kenyan police and Ugandan soldiers fought against the militants in the forest.",
            ("Kenyan police", "Ugandan soldiers"),
        ),
    ):
        assert pairs(text, False)[frozenset(pair)] < 0, text  # read as fighting each other
        assert frozenset(pair) not in pairs(text, True), text


def test_a_clash_between_the_subjects_stays() -> None:
    text = "Armenia and Azerbaijan clashed on Monday over the disputed region."
    assert pairs(text, True)[frozenset(("Armenia", "Azerbaijan"))] < 0
    assert pairs(text, True) == pairs(text, False)


def _event(eid: str, text: str, trigger: str, kind: str = "ASSAULT", **kw: object) -> Event:
    at = text.index(trigger)
    fields: dict = {"source": ["a", "b"], "target": [], **kw}
    return Event(
        id=eid,
        type=kind,
        trigger=Span(start=at, end=at + len(trigger), text=trigger),
        confidence=0.8,
        evidence=Span(start=0, end=len(text), text=text),
        **fields,
    )


def test_aimed_reads_the_preposition_after_the_act() -> None:
    raids = "Their jets and troops launched raids on the camps."
    assert aimed_elsewhere(_event("e1", raids, "launched raids"))
    assert not aimed_elsewhere(_event("e2", raids, "launched"))  # "raids" stands between
    clash = "The two armies clashed on Monday."
    assert not aimed_elsewhere(_event("e3", clash, "clashed"))  # a bare verb: when, not what
    each = "The two armies launched raids on each other."
    assert not aimed_elsewhere(_event("e4", each, "launched raids"))
    against = "The two armies moved against the rebels."
    assert aimed_elsewhere(_event("e5", against, "moved"))


def test_aimed_together_needs_a_hostile_act_of_several_sources_and_no_target() -> None:
    text = "Their jets and troops launched raids on the camps."
    events = [
        _event("e1", text, "launched raids"),
        _event("e2", text, "launched raids", target=["c"]),  # a target: the act has its aim
        _event("e3", text, "launched raids", source=["a"]),  # one source
        _event("e4", text, "launched raids", kind="CONSULT"),  # not hostile
    ]
    assert aimed_together(events, default_intensity()) == {"e1"}
