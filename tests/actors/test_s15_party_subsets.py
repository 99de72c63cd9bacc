"""A qualified party plural is some of its members (session 15 round 3, engineer C).
Sentences written for these tests; each has a twin with the rule off."""

from __future__ import annotations

from typing import Any

from .test_real_news_actors import _at

RULE = "actors.names.party_subset"
SUBSET = "Senator Dale Harmon mocked timid Republicans at the rally on Tuesday."
CLAUSE = "Republicans who back the tax plan met Governor Ann Ruiz on Friday."
WHOLE = "Republicans won the Senate, and Democrats lost three seats."


def test_a_qualified_party_plural_is_a_group(layer_of: Any) -> None:
    for text in (SUBSET, CLAUSE):
        layer, _ = layer_of(text, "2016-10-01")
        found = _at(layer, text, "Republicans")
        assert found is not None and found.type == "group", found
        assert found.country == "USA", found


def test_a_qualified_party_plural_is_the_party_with_the_rule_off(layer_off: Any) -> None:
    layer = layer_off(SUBSET, [RULE], "2016-10-01")
    found = _at(layer, SUBSET, "Republicans")
    assert found is not None and found.sector == "PTY", found


def test_a_bare_party_plural_stays_the_party(layer_of: Any) -> None:
    layer, _ = layer_of(WHOLE, "2016-10-01")
    found = _at(layer, WHOLE, "Republicans")
    assert found is not None and found.sector == "PTY", found


COMMA = "The plan angered Republicans, who want lower taxes, on Monday."


def test_a_party_plural_with_a_comma_clause_stays_the_party(layer_of: Any) -> None:
    layer, _ = layer_of(COMMA, "2016-10-01")
    found = _at(layer, COMMA, "Republicans")
    assert found is not None and found.sector == "PTY", found
