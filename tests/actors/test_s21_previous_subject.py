"""Session 21 (engineer S, issue 14): "Ghana welcomed ... The foreign ministry thanked
Togolese President X" - a definite state body its own sentence gives no country is of the
state that is the subject of the sentence before
(``actors.agent.previous_subject_country``, shipped off: no gold figure moves). Sentences
written for these tests; the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from stancemap.config import load_settings

PREVIOUS = "actors.agent.previous_subject_country"

THANKED = (
    "Benin on Tuesday welcomed the return of the seized trawlers by Nigeria. The foreign "
    "ministry thanked Nigerian President Bola Tinubu for his personal intervention."
)
PLURAL = (
    "Benin on Tuesday welcomed the return of the seized trawlers by Nigeria. The two "
    "leaders spoke by telephone on Wednesday."
)


def _countries(analyzer: Any, text: str, words: str, off: tuple[str, ...] = ()) -> set[Any]:
    settings = load_settings()
    shipped = [r for r in settings.rules.disable if r != PREVIOUS]
    rules = settings.rules.model_copy(update={"disable": [*shipped, *off]})
    pipeline = analyzer.derive(settings.model_copy(update={"rules": rules}))
    result = pipeline.analyze(text, doc_id="s21", date="2024-05-20")
    return {a.country for a in result.actors if words in a.name.lower()}


def test_the_ministry_is_of_the_state_that_acted_before(analyzer: Any) -> None:
    assert _countries(analyzer, THANKED, "ministry") == {"BEN"}


def test_with_the_rule_off_the_ministry_is_not_benins(analyzer: Any) -> None:
    assert "BEN" not in _countries(analyzer, THANKED, "ministry", (PREVIOUS,))


def test_two_leaders_take_no_country_from_the_sentence_before(analyzer: Any) -> None:
    assert "BEN" not in _countries(analyzer, PLURAL, "leaders")
