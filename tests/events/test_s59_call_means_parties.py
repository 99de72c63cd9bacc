"""Session 59 (TG): a 'with' phrase the parser hangs on the call medium of the verb's
'by' phrase ("talked by telephone with X") names the verb's party
(events/call_means_parties.py, rule ``events.args.call_means_party``, shipped off). The
sentences were written for this test; each runs the whole pipeline with the rule on and
off."""

from __future__ import annotations

import pytest
from party_runner import country_readings

from stancemap.config import Settings

RULE = "events.args.call_means_party"


@pytest.fixture(scope="module")
def read(analyzer):
    return country_readings(analyzer, RULE)


def test_the_rule_ships_off():
    assert RULE in Settings().rules.disable


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        (
            "Chilean President Gabriel Boric talked by telephone with Argentine President "
            "Alberto Fernandez on Friday.",
            "CHL",
            "ARG",
        ),
        (
            "Uruguayan President Luis Lacalle Pou talked by telephone with Paraguayan "
            "President Mario Abdo on Monday.",
            "URY",
            "PRY",
        ),
    ],
)
def test_the_party_on_the_medium_is_the_target(read, text, source, target):
    assert read(text, on=False) == [("talked", "CONSULT", [source], [])]
    assert read(text, on=True) == [("talked", "CONSULT", [source], [target])]


@pytest.mark.parametrize(
    "text",
    [
        # the 'with' phrase on the verb itself: read as before
        "Croatian Prime Minister Andrej Plenkovic talked by telephone with Slovenian Prime "
        "Minister Robert Golob.",
        # a call with no one named
        "The Irish premier spoke by phone on Friday.",
        # a 'by' phrase of no call medium lends no party
        "The Swedish king met by the lake with Finnish farmers.",
        "The Kenyan senate approved the bill by a wide margin with support from Tanzania.",
    ],
)
def test_other_phrases_are_left_alone(read, text):
    assert read(text, on=True) == read(text, on=False)
