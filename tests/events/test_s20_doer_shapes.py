"""Session 20 (engineer E): parties in less obvious places (events/listed_parties.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from misread_helpers import StageRunner, codes, one

LISTED = "events.args.listed_appositive"


@pytest.fixture(scope="module")
def runner(analyzer):
    return StageRunner(analyzer)


# -- a comma list parsed as an appositive is a list of parties ---------------------------


def test_every_item_of_a_listed_appositive_is_a_party(runner):
    text = "Turkey, the Syrian government, Iraq and Iran condemned the strike."
    assert codes(one(runner, text, "condemned").source) == ["IRN", "IRQ", "SYR", "TUR"]
    assert codes(one(runner, text, "condemned", (LISTED,)).source) == ["TUR"]


def test_a_renaming_appositive_is_no_list(runner):
    text = "Minister Haddad, the envoy of Kenya, met Minister Moreau in Nairobi on Monday."
    assert one(runner, text, "met").source == ["p:Haddad"]
