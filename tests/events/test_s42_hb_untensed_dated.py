"""Session 42 (engineer HB, issue 12): ``events.mode.untensed_act_dated`` - an act with no
tense of its own (a gerund or past-participle adjunct, a noun under a verb's preposition)
takes the date of the verb it hangs from, so a dated-back governor makes it background.
The "on" half switches the rule on explicitly; the "off" half fails without it. Sentences
written for these tests.
"""

from __future__ import annotations

import pytest

from mode_helpers import dated_events, parser
from mode_helpers import word as _word
from stancemap.events.shared_time import untensed_governor, untensed_governors

RULE = "events.mode.untensed_act_dated"


@pytest.fixture(scope="module")
def parse(analyzer):  # type: ignore[no-untyped-def]
    return parser(analyzer)


@pytest.fixture(scope="module")
def dated(analyzer):  # type: ignore[no-untyped-def]
    """Text, on -> each event's (mode, date) by its trigger's words, the rule on or off."""
    return dated_events(analyzer, RULE)


def test_untensed_governor_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The ministry sent a letter in 2019, signed by the minister, praising Moscow.")
    chain = untensed_governors(_word(doc, "praising"), nominal=False)
    assert _word(doc, "sent") in chain  # through the participle "signed" it hangs from
    doc = parse("The stadium opened in 1990 as host to the cup.")
    assert untensed_governor(_word(doc, "host"), nominal=True) == _word(doc, "opened")
    doc = parse("Putin met Merkel in 2010 to discuss the gas deal.")
    assert untensed_governor(_word(doc, "discuss"), nominal=False) is None  # purpose
    doc = parse("Merkel praised Macron.")
    assert untensed_governor(_word(doc, "praised"), nominal=False) is None  # tensed
    doc = parse("The protest angered Merkel.")
    assert untensed_governor(_word(doc, "protest"), nominal=True) is None  # a subject


def test_a_participle_adjunct_shares_its_verb_s_date(dated) -> None:  # type: ignore[no-untyped-def]
    text = "In 2019, the ministry sent a letter to Kyiv, signed by the minister, praising Poland."
    off = dated(text, on=False).get("praising")
    on = dated(text, on=True).get("praising")
    assert off is not None and off[0] != "historical"
    assert on is not None and on[0] == "historical" and on[1] == "2019-01-01"
    # a verb dated this week lends its adjunct no background
    text = (
        "On Tuesday, the ministry sent a letter to Kyiv, signed by the minister, praising Poland."
    )
    assert dated(text, on=True).get("praising", (None, None))[0] != "historical"


def test_a_noun_under_a_dated_verb_s_preposition(dated) -> None:  # type: ignore[no-untyped-def]
    text = "Merkel travelled to Kyiv in 2014 after the attack on the parliament by Russian troops."
    off = dated(text, on=False).get("attack")
    on = dated(text, on=True).get("attack")
    assert off is not None and off[0] != "historical"
    assert on is not None and on[0] == "historical" and on[1] == "2014-01-01"
    text = (
        "Merkel travelled to Kyiv on Tuesday after the attack on the parliament by Russian troops."
    )
    assert dated(text, on=True).get("attack", (None, None))[0] != "historical"


def test_a_since_date_dates_no_act(analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.config import RuleSettings, Settings

    rule = "events.mode.since_open_period"
    default_off = [r for r in RuleSettings().disable if r != rule]
    text = "Since May, Merkel has criticized Putin. In March, Merkel criticized Erdogan."
    modes = {}
    for on in (False, True):
        disable = default_off if on else [*default_off, rule]
        pipeline = analyzer.derive(Settings.model_validate({"rules": {"disable": disable}}))
        analysis = pipeline.analyze(text, date="2023-11-01")
        modes[on] = [(text[e.trigger.start : e.trigger.end], e.mode) for e in analysis.events]
    assert ("criticized", "historical") in modes[False][:1]
    assert modes[True][0][1] != "historical"  # since May: a period reaching the story
    assert modes[True][1] == ("criticized", "historical")  # in March: dated back
