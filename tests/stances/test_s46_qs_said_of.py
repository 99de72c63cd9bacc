"""Session 46 (QS): rule ``stances.claims.said_of`` - a he/she in a quote whose reporting
verb names one person with "of" or "about" ("'He is a liar,' X said of Y", "Asked about
Y, X said he ...") is that person, so judged_party / judged_deed read the speaker's
judgement of Y. It ships off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pairs_of
from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.said_of import SAID_OF


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[SAID_OF]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    # switched off explicitly, so the test still means "off" once the lead ships it on
    return Pipeline(with_rules(disable=[SAID_OF]), nlp=analyzer.nlp)


def pairs(pipeline: Pipeline, text: str) -> dict[frozenset[str], float]:
    return pairs_of(pipeline.analyze(text, date="2016-03-02"))


PAIR = frozenset(("Walter Brandt", "Gregory Haines"))
SHE = frozenset(("Anna Brandt", "Gregory Haines"))


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ('"He is a liar and a fraud," Walter Brandt said of Senator Gregory Haines.', -1),
        (
            '"He betrayed the voters of this state," Walter Brandt said of Senator Gregory Haines.',
            -1,
        ),
        ('"He is a great leader," Walter Brandt said about Senator Gregory Haines.', 1),
    ],
)
def test_the_person_a_quote_is_said_of_is_its_pronoun(on, off, text: str, sign: int) -> None:  # type: ignore[no-untyped-def]
    assert PAIR not in pairs(off, text)
    score = pairs(on, text)[PAIR]
    assert score * sign > 0


def test_an_owned_thing_said_of_is_not_its_owner(on) -> None:  # type: ignore[no-untyped-def]
    # "of Haines's plan" names a plan, not a person: "he" is not read as Haines
    text = '"He is a liar," Walter Brandt said of Senator Gregory Haines\'s plan.'
    assert PAIR not in pairs(on, text)


def test_reported_words_only_when_the_speaker_cannot_be_he(on, off) -> None:  # type: ignore[no-untyped-def]
    # in reported words "he" is often the speaker himself: read only for a speaker she
    said = "who worked for Tom Keller, said of Senator Gregory Haines that he was a dangerous man."
    assert PAIR not in pairs(on, f"Walter Brandt, {said}")
    text = f"Mrs. Anna Brandt, {said}"
    assert SHE not in pairs(off, text)
    assert pairs(on, text)[SHE] < 0


def test_another_person_named_first_in_the_quote_keeps_the_pronoun(on) -> None:  # type: ignore[no-untyped-def]
    # "he" may be Tom Keller, who the quote names before it: no reading of Haines
    text = '"Tom Keller told me he is a liar," Walter Brandt said of Senator Gregory Haines.'
    assert PAIR not in pairs(on, text)


def test_the_speaker_is_never_the_one_said_of(on) -> None:  # type: ignore[no-untyped-def]
    # "of himself": the only person named with "of" is the speaker, no relation with anyone
    text = '"He is a fighter," Walter Brandt said of himself, standing by Gregory Haines.'
    assert PAIR not in pairs(on, text)
