"""Session 21 (engineer S, issue 14): a spokesperson whose title names a body without its
country ("Foreign ministry spokeswoman X") is of the country of the story's body of that
name ("Chile's foreign ministry"): ``actors.agent.title_body_country``. Sentences written
for these tests; the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from stancemap.config import load_settings

TITLE_BODY = "actors.agent.title_body_country"

SAME_BODY = (
    "Chile's foreign ministry summoned the Bolivian envoy on Monday. Foreign ministry "
    "spokeswoman Laura Quintanilla Reyes said the envoy's remarks were unacceptable."
)
OTHER_BODY = (
    "Chile's foreign ministry summoned the Bolivian envoy on Monday. Defence ministry "
    "spokeswoman Laura Quintanilla Reyes said the troops would stay in their barracks."
)


def _country(analyzer: Any, text: str, off: tuple[str, ...] = ()) -> Any:
    """The country of the analysed person whose name holds "Quintanilla"."""
    settings = load_settings()
    shipped = [r for r in settings.rules.disable if r != TITLE_BODY]  # shipped off
    rules = settings.rules.model_copy(update={"disable": [*shipped, *off]})
    pipeline = analyzer.derive(settings.model_copy(update={"rules": rules}))
    result = pipeline.analyze(text, doc_id="s21", date="2024-03-01")
    person = next(a for a in result.actors if "Quintanilla" in a.name)
    return person.country


def test_the_title_body_gives_the_spokeswoman_its_country(analyzer: Any) -> None:
    assert _country(analyzer, SAME_BODY) == "CHL"


def test_with_the_rule_off_the_spokeswoman_has_no_chilean_country(analyzer: Any) -> None:
    assert _country(analyzer, SAME_BODY, (TITLE_BODY,)) != "CHL"


def test_a_title_naming_another_body_takes_nothing(analyzer: Any) -> None:
    # "defence ministry" is no "foreign ministry": the story names no defence ministry
    assert _country(analyzer, OTHER_BODY) != "CHL"
