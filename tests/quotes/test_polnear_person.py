"""Session 44 (SK): the PolNeAR person key - who a gold source is from its own words,
independent of the actors stage. Sentences and actors written for the tests."""

from __future__ import annotations

import pytest

from stancemap.evaluate.polnear_person import gold_person_key, normalise_words, speaker_is
from stancemap.nlp import parse_documents
from stancemap.records import Actor, Span


@pytest.fixture(scope="module")
def nlp(analyzer):  # type: ignore[no-untyped-def]
    return lambda text: next(parse_documents(analyzer.nlp, [text], analyzer.settings.nlp))


def _key(nlp, text: str, source: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    start = text.index(source)
    return gold_person_key(doc, (start, start + len(source)))


def test_a_named_source_gives_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Sen. Tim Kaine said the plan would fail."
    assert _key(nlp, text, "Sen. Tim Kaine") == ("tim", "kaine")


def test_a_pronoun_and_a_description_are_unresolvable(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He said the plan would fail, and Carter's lawyer said the case was weak."
    assert _key(nlp, text, "He") == "pronoun"
    assert _key(nlp, text, "Carter's lawyer") == "description"


def _actor(name: str, kind: str, *mentions: str) -> Actor:
    return Actor(
        id="a1",
        name=name,
        type=kind,  # type: ignore[arg-type]
        mentions=[Span(start=0, end=len(m), text=m) for m in mentions],
    )


def test_a_country_is_not_the_person_named_after_it() -> None:
    key = normalise_words(["Chief", "Chuck", "Jordan"])
    assert not speaker_is(key, _actor("Jordan", "country", "Jordan"))
    assert speaker_is(key, _actor("Chuck Jordan", "person", "Chuck Jordan"))
    assert speaker_is(normalise_words(["Obama"]), _actor("Barack Obama", "person", "Obama"))
    assert not speaker_is(key, None)


def test_the_key_folds_case_accents_titles_and_hyphens() -> None:
    assert normalise_words(["The", "Rep.", "Doris", "Crouse-Mays's"]) == ("doris", "crouse", "mays")
    assert normalise_words(["Gonzàlez"]) == ("gonzalez",)
