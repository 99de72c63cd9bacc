"""Session 71 (JS, issue 14): ``stances.claims.felt_clause`` (ships off).

"I am appalled that Y would endorse him", said by X: the speaker tells her own feeling about
a that-clause whose subject is another named party. With the rule the feeling's sign (times
a passive verb's) is her position towards that party; without it no relation. A feeling of
someone else, a negated feeling, a verb of what one undergoes ("disappointed that Y lost"),
a passive verb no list signs and the speaker's own state stay as they were. Sentences
written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rule_pairs import named_stances, pair_scores, rule_analyzer

RULE = "stances.claims.felt_clause"
DATE = "2016-03-01"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s71js-f", DATE)


def stances(text: str, on: bool) -> dict[tuple[str, str], int]:
    return named_stances(rule_analyzer(RULE, on), text, "s71js-f", DATE)


def score(text: str, a: str, b: str, on: bool) -> float:
    """The relation's score where the holder's statement on the other is read, else 0."""
    if (a, b) not in stances(text, on):
        return 0.0
    return pairs(text, on).get(frozenset((a, b)), 0.0)


def test_a_feeling_about_a_party_is_a_position() -> None:
    for text, a, b, sign in (
        (
            '"I am angry that Chris Christie would endorse him," Jeb Bush said.',
            "Jeb Bush",
            "Chris Christie",
            -1,
        ),
        (
            '"I am pleased that Iran has agreed to talks," Secretary of State John Kerry said.',
            "John Kerry",
            "Iran",
            1,
        ),
        (
            "Jeb Bush said he was dismayed that Chris Christie had praised the tycoon.",
            "Jeb Bush",
            "Chris Christie",
            -1,
        ),
    ):
        assert score(text, a, b, False) == 0.0, text
        assert score(text, a, b, True) * sign > 0.3, text


def test_what_it_must_leave_alone() -> None:
    for text in (
        # someone else's feeling
        "Jeb Bush said voters were appalled that Chris Christie would endorse the tycoon.",
        # a negated feeling
        '"I am not disappointed that Chris Christie campaigned in Iowa," Jeb Bush said.',
        # a verb of what one undergoes
        '"I am disappointed that Chris Christie lost the race," Jeb Bush said.',
        # the speaker's own state
        '"I am disappointed that Russia was criticised," President Vladimir Putin said.',
        # the deed's own word signs the other way
        "Jeb Bush said he was confident that Chris Christie would cheat again.",
        # the narrator's own words
        "Jeb Bush was appalled that Chris Christie would endorse the tycoon.",
    ):
        assert pairs(text, True) == pairs(text, False), text
        assert stances(text, True) == stances(text, False), text


def test_the_feeling_words_regenerate_from_wordnet() -> None:
    wordnet = Path("/usr/share/wordnet")
    if not (wordnet / "data.adj").exists():
        pytest.skip("WordNet 3.0 (wordnet-base) is not installed")
    from stancemap.stances.feeling_import import OUT, feelings

    listed = [w for w in OUT.read_text("utf-8").splitlines() if w and not w.startswith("#")]
    assert listed == feelings(wordnet)
    assert {"glad", "angry", "disappointed"} <= set(listed)
    assert not {"terrible", "proud"} & set(listed)
