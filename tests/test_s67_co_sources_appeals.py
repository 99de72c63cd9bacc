"""Session 67 (RQ, issue 14): co-sources are one side; an appeal to two sides takes none.

``stances.relations.co_sources_together``: two or more sources of a hostile act with no
target acted together - no rivals by the coordination - unless the act is mutual (a
reciprocal pronoun, or a WordNet word of a mutual contest with no aim of its own).
``stances.relations.joint_appeal_addressees``: a REQUEST the parse addresses to two or more
joined parties, all its targets, is a third party's appeal: no pair from it alone. The first
is on by default since the session 67 lead; the second ships off. Sentences written for these tests (countries and invented people).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.config import Settings
from stancemap.pipeline import Analyzer
from stancemap.stances.co_sources import mutual_nouns, mutual_verbs
from stancemap.stances.mutual_import import mutual_nouns as imported_nouns
from stancemap.stances.mutual_import import mutual_verbs as imported_verbs

TOGETHER = "stances.relations.co_sources_together"
APPEAL = "stances.relations.joint_appeal_addressees"


def pairs(text: str, analyzer: Analyzer) -> dict[frozenset[str], float]:
    return pair_scores(analyzer, text, "s67rq")


def test_co_sources_on_by_default_appeals_ship_off() -> None:
    # co_sources_together switched on by the session 67 lead (A/B 10/0, 10/0; net +8; shifts identical)
    disabled = set(Settings().rules.disable)
    assert TOGETHER not in disabled
    assert APPEAL in disabled


def test_the_mutual_words_come_from_wordnet() -> None:
    assert {"clash", "quarrel", "feud", "fight", "compete", "bicker"} <= mutual_verbs()
    # aimed acts take what they are aimed at: never mutual by the word alone
    assert not {"attack", "criticise", "criticize", "oppose", "bomb", "strike"} & mutual_verbs()
    assert {"clash", "quarrel", "feud", "war", "dispute"} <= mutual_nouns()
    assert "attack" not in mutual_nouns()


def test_the_data_files_are_what_the_importer_writes() -> None:
    root = Path("/usr/share/wordnet")
    if not (root / "data.verb").exists():
        pytest.skip("WordNet 3.0 is not installed (apt-get install wordnet-base)")
    assert frozenset(imported_verbs(root)) == mutual_verbs()
    assert frozenset(imported_nouns(root)) == mutual_nouns()


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (
            "US warplanes and Afghan forces had launched extensive attacks on the network of "
            "caves where the militants had been hiding.",
            ("US warplanes", "Afghan forces"),
        ),
        (
            "Banking staff at Westpac and the National Australia Bank are striking today.",
            ("Westpac", "National Australia Bank"),
        ),
    ],
)
def test_co_sources_of_an_aimed_act_are_no_rivals(text: str, ends: tuple[str, str]) -> None:
    off = pairs(text, rule_analyzer(TOGETHER, False))
    on = pairs(text, rule_analyzer(TOGETHER, True))
    rivals = [k for k, v in off.items() if v < 0]
    assert rivals, off  # the default reads the two subjects against each other
    assert not [k for k, v in on.items() if v < 0], on


@pytest.mark.parametrize(
    "text",
    [
        "Turkey and Romania clashed on Monday.",
        "Israel and Syria fought a bitter war in 1973.",
    ],
)
def test_a_mutual_act_keeps_its_rivals(text: str) -> None:
    off = pairs(text, rule_analyzer(TOGETHER, False))
    on = pairs(text, rule_analyzer(TOGETHER, True))
    assert on == off
    assert any(v < 0 for v in on.values())


QUARREL = "Indian and Pakistani troops clashed along the border on Sunday. "
APPEAL_TEXT = (
    "The United States and the European Union have called on India and Pakistan to "
    "exercise restraint and resolve the stand-off through dialogue."
)


def test_an_appeal_to_both_sides_of_a_quarrel_is_no_pair() -> None:
    text = QUARREL + APPEAL_TEXT
    off = pairs(text, rule_analyzer(APPEAL, False))
    on = pairs(text, rule_analyzer(APPEAL, True))
    assert frozenset(("United States", "India")) in off
    assert off[frozenset(("India", "Pakistan"))] < 0  # the quarrel
    assert frozenset(("United States", "India")) not in on
    assert frozenset(("European Union", "Pakistan")) not in on
    assert on[frozenset(("India", "Pakistan"))] == off[frozenset(("India", "Pakistan"))]


def test_joined_addressees_with_no_quarrel_keep_their_pairs() -> None:
    off = pairs(APPEAL_TEXT, rule_analyzer(APPEAL, False))
    on = pairs(APPEAL_TEXT, rule_analyzer(APPEAL, True))
    assert frozenset(("United States", "India")) in off
    assert on == off


@pytest.mark.parametrize(
    "text",
    [
        # the targets are what the request is about, not whom it asks
        "Senator Rita Vance called for steep new tariffs on goods from China and Mexico.",
        # one party asked
        "The United States urged Pakistan to exercise restraint.",
    ],
)
def test_a_request_about_parties_or_to_one_party_keeps_its_pairs(text: str) -> None:
    off = pairs(text, rule_analyzer(APPEAL, False))
    on = pairs(text, rule_analyzer(APPEAL, True))
    assert off
    assert on == off
