"""Session 42 (engineer MO, issue 12): ``events.mode.adjunct_shares_time`` (shipped off) -
an act in a gerund adjunct is dated by the verb it hangs from: "threw a scare two years ago
by proposing X" makes the proposing background. The "on" half switches the rule on
explicitly; the "off" half (as shipped) fails without it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from mode_helpers import dated_events, parser
from mode_helpers import word as _word
from stancemap.events.shared_time import time_governor

RULE = "events.mode.adjunct_shares_time"
WIDER = "events.mode.untensed_act_dated"


@pytest.fixture(scope="module")
def parse(analyzer):  # type: ignore[no-untyped-def]
    return parser(analyzer)


@pytest.fixture(scope="module")
def dated(analyzer):  # type: ignore[no-untyped-def]
    """Text, on -> each event's (mode, date) by its trigger's words, the rule on or off."""
    # HB's untensed_act_dated (on) dates a gerund adjunct too: the off half has both off
    return dated_events(analyzer, RULE, (WIDER,))


def test_time_governor_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The ministry angered Kyiv two years ago by praising Moscow.")
    assert time_governor(_word(doc, "praising")) == _word(doc, "angered")
    doc = parse("In 2010, Merkel attacked Putin, calling him a danger to Europe.")
    assert time_governor(_word(doc, "calling")) == _word(doc, "attacked")
    doc = parse("Putin met Merkel in 2010 to discuss the gas deal.")
    assert time_governor(_word(doc, "discuss")) is None  # an infinitive of purpose
    doc = parse("Merkel praised Macron.")
    assert time_governor(_word(doc, "praised")) is None  # no gerund


def test_a_gerund_adjunct_shares_its_verb_s_date(dated) -> None:  # type: ignore[no-untyped-def]
    text = "The ministry angered Kyiv two years ago by praising the Kremlin's plan."
    off = dated(text, on=False).get("praising")
    on = dated(text, on=True).get("praising")
    assert off is not None and off[0] != "historical"
    assert on is not None and on[0] == "historical" and on[1] == "2021-03-01"
    # a verb dated this week lends its adjunct no background
    text = "The ministry angered Kyiv on Tuesday by praising the Kremlin's plan."
    assert dated(text, on=True).get("praising", (None, None))[0] != "historical"
