"""Session 19 (engineer S, issue 14): a spokesperson whose state is named only in the
title before the name ("Iranian foreign ministry spokesman X") speaks for that state
(``quotes.principal.state_in_title``, shipped off with a gain on tune passages only, was
removed in session 21: such a title names no principal); and "Prime Minister X's government" is a body, not a person
(``actors.agent.possessed_body_type``). Sentences written for these tests; each rule has
a twin with the rule off."""

from __future__ import annotations

from typing import Any

from stancemap.config import load_settings
from stancemap.records import Analysis

BODY_TYPE = "actors.agent.possessed_body_type"

DEMONYM = (
    "Iranian foreign ministry spokesman Karim Rostami condemned French President Emmanuel "
    "Macron on Tuesday for the new sanctions."
)
GOVERNMENT = (
    "Prime Minister Donald Tusk's government condemned Hungarian Prime Minister Viktor "
    "Orbán's visit to Moscow on Friday."
)


def _run(analyzer: Any, text: str, off: tuple[str, ...] = (), on: tuple[str, ...] = ()) -> Analysis:
    settings = load_settings()
    shipped = [r for r in settings.rules.disable if r not in on]
    rules = settings.rules.model_copy(update={"disable": [*shipped, *off]})
    pipeline = analyzer.derive(settings.model_copy(update={"rules": rules}))
    return pipeline.analyze(text, doc_id="s19", date="2024-03-01")


def _pair(result: Analysis, a: str, b: str) -> Any:
    return next((r for r in result.relations if {r.a, r.b} == {a, b}), None)


def _speaker_quote(result: Analysis, surname: str) -> Any:
    return next(q for q in result.quotes if q.source is not None and surname in q.source.text)


def test_the_title_names_no_principal(analyzer: Any) -> None:
    result = _run(analyzer, DEMONYM)
    assert _speaker_quote(result, "Rostami").speaks_for is None
    # session 22 (S): the title in his quote's source names his state at the voice gate
    # (``alignment.sides.voice_title_names_state``): his word on Macron is Iran's
    relation = _pair(result, "country:IRN", "person:emmanuel-macron")
    assert relation is not None and relation.score < 0, result.relations
    off = _run(analyzer, DEMONYM, ("alignment.sides.voice_title_names_state",))
    assert _pair(off, "country:IRN", "person:emmanuel-macron") is None


def test_a_government_named_by_its_head_is_a_body(analyzer: Any) -> None:
    result = _run(analyzer, GOVERNMENT)
    government = next(a for a in result.actors if a.id == "agent:pol:gov")
    assert government.type == "group" and government.country == "POL", government
    # a body answers for its state's side: its head shares its word on Orbán
    relation = _pair(result, "person:donald-tusk", "person:viktor-orban")
    assert relation is not None and relation.score < 0, result.relations


def test_without_the_rule_the_government_is_typed_a_person(analyzer: Any) -> None:
    # session 22: ``possessor_name_no_place`` reads the body from the words after the
    # possessive too, so it also types the government a group; both off, the misreading
    result = _run(analyzer, GOVERNMENT, (BODY_TYPE, "actors.agent.possessor_name_no_place"))
    government = next(a for a in result.actors if a.id == "agent:pol:gov")
    assert government.type == "person", government
    assert _pair(result, "person:donald-tusk", "person:viktor-orban") is None
