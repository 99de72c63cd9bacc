"""Session 16: a relative clause on a noun in apposition to a person's name is that
person's (``quotes.speaker.appositive_antecedent``). Sentences written for the test."""

from __future__ import annotations

RULE = "quotes.speaker.appositive_antecedent"


def _speaker(analyzer, text: str, cue: str, disable: tuple[str, ...] = ()) -> str | None:  # type: ignore[no-untyped-def]
    from rule_settings import with_rules
    from stancemap.pipeline import Pipeline

    analysis = Pipeline(with_rules(analyzer.settings, disable=disable)).analyze(text, doc_id="t")
    names = {a.id: a.name for a in analysis.actors}
    quote = next(q for q in analysis.quotes if q.cue is not None and q.cue.text == cue)
    return names.get(quote.speaker) if quote.speaker else None


def test_the_name_speaks_for_its_appositive_relative(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Tom Grady, a developer who said the council was corrupt, lost the vote in May."
    assert _speaker(analyzer, text, "said") == "Tom Grady"
    assert _speaker(analyzer, text, "said", (RULE,)) != "Tom Grady"


def test_a_party_word_in_apposition_is_not_the_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The race pits Mayor Lena Ortiz against Tom Grady, billionaire Republican who "
        "disparages the city council at every rally."
    )
    assert _speaker(analyzer, text, "disparages") == "Tom Grady"
