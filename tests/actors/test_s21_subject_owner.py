"""Session 21 (engineer S, issue 14): "the government" / "a government spokesman" after
"Botswana's government accused Namibian President X" is Botswana's (the country owning
the nearest subject), not the country a demonym merely named later
(``actors.referring.subject_owner``, shipped off: no gold or real-news change measured).
Sentences written for these tests; the rule has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from stancemap.config import load_settings

OWNER = "actors.referring.subject_owner"

ACCUSED = (
    "Botswana's government on Monday accused Namibian President Nangolo Mbumba of ignoring "
    "the cattle disease. A government spokesman said the border posts would stay closed."
)


def _spokesman(analyzer: Any, off: tuple[str, ...] = ()) -> Any:
    """The speaker of the unnamed government spokesman's quote."""
    settings = load_settings()
    shipped = [r for r in settings.rules.disable if r != OWNER]
    rules = settings.rules.model_copy(update={"disable": [*shipped, *off]})
    pipeline = analyzer.derive(settings.model_copy(update={"rules": rules}))
    result = pipeline.analyze(ACCUSED, doc_id="s21", date="2024-05-20")
    quote = next(q for q in result.quotes if q.source and "spokesman" in q.source.text)
    return quote.speaker


def test_the_government_is_the_accusing_subjects_country(analyzer: Any) -> None:
    assert _spokesman(analyzer) == "country:BWA"


def test_with_the_rule_off_the_government_is_the_country_named_last(analyzer: Any) -> None:
    assert _spokesman(analyzer, (OWNER,)) == "country:NAM"
