"""A breakaway republic is a side of its own (``alignment.sides.breakaway_own_side``).

The KB files a quasi-state under the state it is recognised as part of (type country,
that state's code, sector PRE, as CAMEO and NGEC code them). Read as that state's own,
it was one side with the state it broke away from, and a relation carried from the
state's leaders ("Putin ~ Ukraine") could land on it instead of on the state.
"""

from __future__ import annotations

from stancemap.alignment.sides import BREAKAWAY, Sides

ACTORS = [
    {"id": "country:UKR", "type": "country", "country": "UKR", "sector": None},
    {"id": "quasi:east-republic", "type": "country", "country": "UKR", "sector": "PRE"},
    {"id": "country:RUS", "type": "country", "country": "RUS", "sector": None},
    {"id": "person:vlad", "type": "person", "country": "RUS", "sector": "GOV"},
]


def test_a_breakaway_republic_is_no_side_of_the_state_it_broke_from() -> None:
    sides = Sides(ACTORS)
    assert sides.state_of("quasi:east-republic") == "quasi:east-republic"
    assert not sides.affiliated("quasi:east-republic", "country:UKR")
    assert sides.country_actor("UKR") == "country:UKR"  # whatever the order of the actors
    assert Sides(list(reversed(ACTORS))).country_actor("UKR") == "country:UKR"


def test_with_the_rule_off_it_is_the_state_s_own() -> None:
    sides = Sides(ACTORS, enabled=lambda name: name != BREAKAWAY)
    assert sides.state_of("quasi:east-republic") == "UKR"
    assert sides.affiliated("quasi:east-republic", "country:UKR")
    # and the carried pair of the state can land on the republic
    assert (
        Sides(list(reversed(ACTORS)), enabled=lambda n: n != BREAKAWAY).country_actor("UKR")
        == "quasi:east-republic"
    )
