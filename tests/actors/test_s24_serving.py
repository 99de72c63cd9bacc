"""Session 24 (engineer A): "X, communications director for President Y,": the title
after "for/to/of" is Y's, not X's; X's role is read from the words before it and X takes
Y's country where those words name none (rule ``actors.descriptor.role_for_person``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from stancemap.actors.descriptors import ROLE_FOR_PERSON

from .test_real_news_actors import _at

SERVING = "Fahrettin Altun, communications director for President Erdogan, said Turkey was ready."
ADVISER = "Jane Brown, a former economic adviser to President Emmanuel Macron, criticised the plan."


def test_the_served_persons_title_is_not_the_role(layer_of: Any) -> None:
    layer, _ = layer_of(SERVING, "2020-03-01")
    found = _at(layer, SERVING, "Fahrettin Altun")
    assert found is not None and found.role != "President" and found.country == "TUR", found


def test_the_served_persons_title_is_taken_with_the_rule_off(layer_off: Any) -> None:
    found = _at(layer_off(SERVING, [ROLE_FOR_PERSON], "2020-03-01"), SERVING, "Fahrettin Altun")
    assert found is not None and found.role == "President", found


def test_the_own_role_words_are_kept(layer_of: Any) -> None:
    layer, _ = layer_of(ADVISER, "2020-03-01")
    found = _at(layer, ADVISER, "Jane Brown")
    assert found is not None and found.country == "FRA", found
    assert "President" not in (found.role or ""), found
