"""A conjunct with a tense of its own keeps its own mode and subject (session 67, engineer
MD, issue 12: unreal acts marked, conjuncts' own subject and mode). Sentences written for
these tests.

``events.mode.tensed_conjunct`` and ``events.args.modal_conjunct_subject`` (shipped off).
"""

from __future__ import annotations

from typing import Any

import pytest

import rule_settings
from stancemap.config import Settings
from stancemap.events.conjunct_modes import TENSED_CONJUNCT
from stancemap.events.finite_conjuncts import MODAL_CONJUNCT_SUBJECT

BOTH = [TENSED_CONJUNCT, MODAL_CONJUNCT_SUBJECT]


@pytest.fixture(scope="module")
def off(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules())


@pytest.fixture(scope="module")
def on(analyzer: Any) -> Any:
    return analyzer.derive(rule_settings.with_rules(enable=BOTH))


def _event(pipeline: Any, text: str, trigger: str) -> Any:
    result = pipeline.analyze(text, date="2014-05-20")
    found = [e for e in result.events if e.trigger.text == trigger]
    assert found, [(e.type, e.trigger.text) for e in result.events]
    return found[0]


def test_off_by_default() -> None:
    disabled = Settings().rules.disable
    assert TENSED_CONJUNCT in disabled
    assert MODAL_CONJUNCT_SUBJECT in disabled
    assert "events.mode.bare_conjunct_prospect" in disabled
    assert "events.mode.adjunct_future" in disabled


@pytest.mark.parametrize(
    "text, trigger",
    [
        ("France could impose sanctions on Iran and has condemned its nuclear programme.",
         "condemned"),
        ("Iran may attack Israel, but it has also condemned the United States.", "condemned"),
        ("Germany might sanction Russia, and yesterday it criticised Moscow over Ukraine.",
         "criticised"),
        ("China would not condemn Russia but urged restraint.", "urged"),
    ],
)  # fmt: skip
def test_tensed_conjunct_is_not_under_the_modal(off: Any, on: Any, text: str, trigger: str) -> None:
    assert _event(off, text, trigger).mode == "hypothetical"
    event = _event(on, text, trigger)
    assert event.mode not in ("hypothetical", "negated", "future")


def test_bare_conjunct_shares_the_modal(on: Any) -> None:
    text = "Russia could attack Ukraine and seize Crimea."
    assert _event(on, text, "attack").mode == "hypothetical"
    assert _event(on, text, "seize").mode == "hypothetical"


def test_first_conjunct_keeps_its_modal(on: Any) -> None:
    text = "France could impose sanctions on Iran and has condemned its nuclear programme."
    assert _event(on, text, "impose sanctions").mode == "hypothetical"


def test_conjunct_of_reported_modal_clause_has_the_reporter_as_subject(off: Any, on: Any) -> None:
    text = "Putin warned that sanctions could hurt Russia and then criticised the United States."
    before = _event(off, text, "criticised")
    assert before.mode == "hypothetical" and before.source == []
    after = _event(on, text, "criticised")
    assert after.source == ["person:vladimir-putin"]
    assert after.mode not in ("hypothetical", "negated", "future")


def test_reported_would_conjunct_takes_the_speaker(off: Any, on: Any) -> None:
    text = "Merkel said Russia would attack Ukraine and condemned NATO on Monday."
    assert _event(off, text, "condemned").source == ["country:RUS"]
    assert _event(on, text, "condemned").source == ["person:angela-merkel"]
    assert _event(on, text, "attack").source == ["country:RUS"]


def test_bare_infinitive_stranded_on_tensed_verb_takes_the_prospect(
    off: Any, analyzer: Any
) -> None:
    from stancemap.events.conjunct_modes import BARE_CONJUNCT_PROSPECT

    on3 = analyzer.derive(rule_settings.with_rules(enable=[BARE_CONJUNCT_PROSPECT]))
    text = (
        "Clinton touted her proposals to invest $275 billion in infrastructure, expand "
        "Social Security benefits, and enable debt-free college."
    )
    assert _event(off, text, "enable").mode is None
    assert _event(on3, text, "enable").mode == "hypothetical"
    done = "Obama went to Berlin to meet Merkel and signed a trade deal."
    assert _event(on3, done, "signed").mode not in ("hypothetical", "negated", "future")


def test_gerund_adjunct_of_a_future_verb_is_future(off: Any, analyzer: Any) -> None:
    from stancemap.events.adjunct_futures import ADJUNCT_FUTURE

    assert ADJUNCT_FUTURE in Settings().rules.disable
    on4 = analyzer.derive(rule_settings.with_rules(enable=[ADJUNCT_FUTURE]))
    text = "NATO will respond by imposing sanctions on Russia."
    assert _event(off, text, "imposing sanctions").mode != "future"
    assert _event(on4, text, "imposing sanctions").mode == "future"
    past = "Obama met Putin after criticising Russia."
    assert _event(on4, past, "met").mode is None
    refused = "Obama said he would hold off on backing Clinton."
    assert _event(on4, refused, "backing").mode != "future"


def test_typographic_contraction_reads_as_straight(off: Any, analyzer: Any) -> None:
    from stancemap.events.contractions import TYPOGRAPHIC_CONTRACTION

    assert TYPOGRAPHIC_CONTRACTION in Settings().rules.disable
    on5 = analyzer.derive(rule_settings.with_rules(enable=[TYPOGRAPHIC_CONTRACTION]))
    curly = "Putin said they\u2019ll attack Ukraine next week."
    straight = "Putin said they'll attack Ukraine next week."
    before = _event(off, curly, "attack")
    assert (before.type, before.mode) == ("ASSAULT", None)
    after, typed = _event(on5, curly, "attack"), _event(on5, straight, "attack")
    assert (after.type, after.mode) == (typed.type, typed.mode) == ("THREATEN", "future")
    would = "Obama says he\u2019d support Clinton in November."
    assert _event(off, would, "support").mode is None
    assert _event(on5, would, "support").mode == "future"
