"""A subject he/she is not the person a name later in its own clause names (binding
condition C; session 38, engineer AC, rule ``actors.coref.chains_name_commanded``).
Sentences written for these tests; each case is run with the rule on and off."""

from __future__ import annotations

from typing import Any

import pytest

from .rule_twins import rule_layer
from .rule_twins import who as _who

RULE = "actors.coref.chains_name_commanded"


def _layer(analyzer: Any, text: str, on: bool) -> Any:
    return rule_layer(analyzer, text, RULE, on)


COMMANDED = (
    "Donald Trump met Bruce LeVell in Georgia. "
    "He dismisses accusations that Trump has exploited racial tensions."
)
POSSESSOR = (
    "Donald Trump met Bruce LeVell in Georgia. "
    "He is trying to persuade other people to support Trump's campaign."
)
COORDINATED = "Donald Trump met Bruce LeVell in Georgia. He left and Trump stayed."
QUOTED = 'Donald Trump met Bruce LeVell in Georgia. He said: "Trump will win."'


@pytest.mark.parametrize("on", [True, False])
def test_not_the_name_in_its_own_clause(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, COMMANDED, on)
    assert _who(layer, "He") == ("Bruce LeVell" if on else "Donald Trump")


@pytest.mark.parametrize("on", [True, False])
def test_not_the_possessor_in_its_own_clause(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, POSSESSOR, on)
    assert _who(layer, "He") == ("Bruce LeVell" if on else "Donald Trump")


@pytest.mark.parametrize("on", [True, False])
def test_a_coordinated_clause_apart(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, COORDINATED, on)
    assert _who(layer, "He") == "Donald Trump"


@pytest.mark.parametrize("on", [True, False])
def test_a_quoted_name_apart(analyzer: Any, on: bool) -> None:
    layer = _layer(analyzer, QUOTED, on)
    assert _who(layer, "He") == "Donald Trump"
