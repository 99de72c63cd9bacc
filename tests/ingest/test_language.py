"""Language identification is deterministic and abstains on short texts."""

from __future__ import annotations

from stancemap.ingest.language import detect_language, normalize_language

from .conftest import ARTICLE_A

GERMAN = (
    "Die Bundesregierung hat am Montag beschlossen, die Hilfen für die Ukraine "
    "auszuweiten. Der Kanzler sagte, man werde die Partner nicht im Stich lassen."
)


def test_english_and_german_are_told_apart() -> None:
    assert detect_language(ARTICLE_A).code == "en"
    assert detect_language(GERMAN).code == "de"


def test_same_answer_every_time() -> None:
    answers = {detect_language(GERMAN[:80]).probability for _ in range(5)}
    assert len(answers) == 1


def test_too_short_or_no_letters_abstains() -> None:
    assert detect_language("Yes.").code is None
    assert detect_language("12345 67890 https://example.com/a/b " * 5).code is None


def test_metadata_tags_are_normalised() -> None:
    assert normalize_language("en-US") == "en"
    assert normalize_language("DE") == "de"
    assert normalize_language(None) is None
    assert normalize_language("??") is None
