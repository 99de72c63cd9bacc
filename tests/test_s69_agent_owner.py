"""Session 69 (MP, issue 14): an act or message told with the participle that made it is its
agent's (``stances.claims.participle_agent_owner``, shipped off).

"the proceedings brought by Y were unfair", said by X: for ``judged_act``, a judged act or
message noun whose past participle modifier has an agent naming an actor is that actor's.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from rule_pairs import pair_scores, rule_analyzer
from stancemap.config import Settings

RULE = "stances.claims.participle_agent_owner"


def pairs(text: str, on: bool) -> dict[frozenset[str], float]:
    return pair_scores(rule_analyzer(RULE, on), text, "s69mp")


def test_ships_off() -> None:
    assert RULE in set(Settings().rules.disable)


@pytest.mark.parametrize(
    "text, pair, sign",
    [
        (
            '"The remarks made by Ken Livingstone were offensive and wrong," Tony Blair said.',
            ("Tony Blair", "Ken Livingstone"),
            -1,
        ),
        (
            '"The proposals put forward by Michael Howard are excellent," said Charles Kennedy.',
            ("Charles Kennedy", "Michael Howard"),
            1,
        ),
    ],
)
def test_a_judged_act_made_by_another_party_relates_the_speaker(
    text: str, pair: tuple[str, str], sign: int
) -> None:
    key = frozenset(pair)
    assert key not in pairs(text, False)
    assert pairs(text, True)[key] * sign > 0


@pytest.mark.parametrize(
    "text",
    [
        # the agent did not make the noun: not an act or message
        '"The soldiers killed by the Taliban were brave men," said Donald Rumsfeld.',
        # the narrator's own words, no speaker
        "The remarks made by Ken Livingstone were offensive.",
    ],
)
def test_no_act_of_another_party_reads_nothing_new(text: str) -> None:
    assert pairs(text, True) == pairs(text, False)
