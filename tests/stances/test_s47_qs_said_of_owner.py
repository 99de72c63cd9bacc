"""Session 47 (QS): rules ``stances.claims.said_of_owner`` - a his/her in a quote whose
reporting verb names one person with "of", "about" or "on" owns the judged noun as that
person ("'His conduct was shameful,' X said of Y") - and ``stances.claims.said_of_learned``
- the learned model of ``judged_subject`` reads a clause whose subject is such a he/she -
and ``stances.claims.judged_subject_clear_pronoun`` - that model reads a clause whose he/she
subject has a clear antecedent. All ship off. Sentences written for these tests."""

from __future__ import annotations

import pytest

from rule_pairs import pairs_of
from rule_settings import with_rules
from stancemap.pipeline import Pipeline
from stancemap.stances.said_of import CLEAR_PRONOUN, SAID_OF, SAID_OF_LEARNED, SAID_OF_OWNER

RULES = [SAID_OF, SAID_OF_OWNER, SAID_OF_LEARNED, CLEAR_PRONOUN]


@pytest.fixture(scope="module")
def on(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=RULES), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def off(analyzer):  # type: ignore[no-untyped-def]
    # switched off by name, so the test still means "off" once the lead ships them on
    return Pipeline(with_rules(disable=RULES), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def no_learned(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=RULES[:2], disable=RULES[2:]), nlp=analyzer.nlp)


@pytest.fixture(scope="module")
def clear(analyzer):  # type: ignore[no-untyped-def]
    return Pipeline(with_rules(enable=[CLEAR_PRONOUN], disable=RULES[:3]), nlp=analyzer.nlp)


def pairs(pipeline: Pipeline, text: str) -> dict[frozenset[str], float]:
    return pairs_of(pipeline.analyze(text, date="2016-03-02"))


HAINES = frozenset(("Walter Brandt", "Gregory Haines"))
LOPEZ = frozenset(("Walter Brandt", "Maria Lopez"))


@pytest.mark.parametrize(
    ("text", "pair", "sign"),
    [
        ('"His conduct was shameful," Walter Brandt said of Senator Gregory Haines.', HAINES, -1),
        (
            '"Her leadership has been outstanding," Walter Brandt said of Governor Maria Lopez.',
            LOPEZ,
            1,
        ),
        (
            '"His conduct was shameful," Walter Brandt said on Tuesday about Senator Gregory '
            "Haines.",
            HAINES,
            -1,
        ),
        (
            'Asked about Senator Gregory Haines, Walter Brandt said, "His conduct was shameful."',
            HAINES,
            -1,
        ),
    ],
)
def test_a_possessive_in_a_quote_said_of_someone_is_theirs(  # type: ignore[no-untyped-def]
    on, off, text: str, pair: frozenset[str], sign: int
) -> None:
    assert pair not in pairs(off, text)
    assert pairs(on, text)[pair] * sign > 0


def test_the_learned_model_reads_a_he_said_of_someone(on, off, no_learned) -> None:  # type: ignore[no-untyped-def]
    # no lexicon word signs "never listens": the learned claim model does, for Haines
    text = (
        '"He never listens to anyone and he lies to voters," Walter Brandt said of Senator '
        "Gregory Haines."
    )
    assert HAINES not in pairs(off, text)
    assert pairs(on, text)[HAINES] < 0
    # the same clause with the learned rule alone off: nothing reads it
    assert HAINES not in pairs(no_learned, text)


@pytest.mark.parametrize(
    "text",
    [
        # the other gender: "her" is not Mr. Haines
        '"Her conduct was shameful," Walter Brandt said of Mr. Gregory Haines.',
        # "of Haines's campaign" names a campaign, not a person
        '"His conduct was shameful," Walter Brandt said of Senator Gregory Haines\'s campaign.',
        # another man the quote names first may own "his": his view is not read as Haines
        '"Robert Kline praised him, but his conduct was shameful," Walter Brandt said of '
        "Senator Gregory Haines.",
        # reported words of a man: "his" is as often the speaker's own
        "Walter Brandt said of Senator Gregory Haines that his conduct was shameful.",
    ],
)
def test_no_owner_where_the_pronoun_is_not_clear(on, text: str) -> None:  # type: ignore[no-untyped-def]
    assert HAINES not in pairs(on, text)


LISTENS = '"He never listens to anyone and he lies to voters," Walter Brandt said.'


def test_the_learned_model_reads_a_he_with_a_clear_antecedent(clear, off) -> None:  # type: ignore[no-untyped-def]
    text = f"Senator Gregory Haines spoke in Ohio on Tuesday. {LISTENS}"
    assert HAINES not in pairs(off, text)
    assert pairs(clear, text)[HAINES] < 0


def test_no_clear_antecedent_when_two_men_are_named(clear) -> None:  # type: ignore[no-untyped-def]
    text = f"Senator Gregory Haines and Robert Kline spoke in Ohio on Tuesday. {LISTENS}"
    assert HAINES not in pairs(clear, text)
