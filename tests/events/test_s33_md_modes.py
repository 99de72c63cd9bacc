"""Session 33 (engineer MD, issue 12): event mode marks read by syntax.

Rules (each half "off" fails without the rule; sentences written for these tests):
- ``events.mode.contracted_would``: "he'd support X" is "he would support X";
- ``events.mode.subjunctive_clause``: "it is essential that Germany support X" is asked for;
- ``events.mode.time_clause_shares_mode``: "likely to meet X when he visits Y": the visit is
  as likely as the meeting;
- ``events.mode.past_relative_background``: "Merkel, who praised Macron, spoke" after the
  lead: the praise is background (historical).
"""

from __future__ import annotations

import pytest

from mode_helpers import event_modes as _event_modes
from mode_helpers import parser
from mode_helpers import word as _word
from stancemap.datafiles import word_list
from stancemap.nlp import modality as mod

CONTRACTED = "events.mode.contracted_would"
SUBJUNCTIVE = "events.mode.subjunctive_clause"
TIME_CLAUSE = "events.mode.time_clause_shares_mode"
PAST_RELATIVE = "events.mode.past_relative_background"
# three sentences of lead before the one a background rule reads
LEAD = "The talks began in Geneva on Monday. Nothing was agreed. The delegations left on Tuesday. "


@pytest.fixture(scope="module")
def parse(analyzer):  # type: ignore[no-untyped-def]
    return parser(analyzer)


# ---------------------------------------------------------------- contracted_would


def test_contracted_would_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("The minister said he'd support the new sanctions against Iran.")
    support = _word(doc, "support")
    assert not mod.is_future([support])  # "'d" is no "would" without the switch
    reset = mod.contracted_would_on.set(True)
    try:
        assert mod.is_future([support])  # a reported "would"
        # "'d" as "had" (tagged VBD) stays what it is
        visited = _word(parse("He'd visited Kiev before the war."), "visited")
        assert "would" not in mod._aux_words(visited)
        # the speaker's own "'d" is a conditional
        doc = parse("I'd welcome a visit by the Iranian president.")
        assert mod.is_hypothetical([_word(doc, "welcome")])
    finally:
        mod.contracted_would_on.reset(reset)
    assert not mod.contracted_would_on.get()


def test_contracted_would_event(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "The minister said he'd support the new sanctions against Iran."
    off = _event_modes(pipeline_off(text, (CONTRACTED,)), text)
    on = _event_modes(pipeline_off(text), text)
    assert off.get("support") is None
    assert on.get("support") == "future"
    # the same sentence with "would" in full reads the same
    full = "The minister said he would support the new sanctions against Iran."
    assert _event_modes(pipeline_off(full), full).get("support") == "future"


# ---------------------------------------------------------------- subjunctive_clause


def test_subjunctive_clause_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("It is essential that Germany support the sanctions against Russia.")
    assert mod.subjunctive_clause(_word(doc, "support"))
    # the indicative ("supports"), a tense of its own, or no "that" clause: told as fact
    doc = parse("It is clear that Germany supports the sanctions against Russia.")
    assert not mod.subjunctive_clause(_word(doc, "supports"))
    doc = parse("Officials said that Germany supported the sanctions against Russia.")
    assert not mod.subjunctive_clause(_word(doc, "supported"))
    # a plural subject's bare verb is an indicative ...
    doc = parse("Officials said that France and Japan support Ukraine in the war.")
    assert not mod.subjunctive_clause(_word(doc, "support"))
    # ... unless a mandative adjective asks for it
    doc = parse("It is vital that France and Japan support Ukraine in the war.")
    assert mod.subjunctive_clause(_word(doc, "support"))
    # a bare "be": "that the ambassador be expelled"
    doc = parse("The senators insisted that the Russian ambassador be expelled from Poland.")
    assert mod.subjunctive_clause(_word(doc, "expelled"))
    doc = parse("The senators said that the Russian ambassador was expelled from Poland.")
    assert not mod.subjunctive_clause(_word(doc, "expelled"))


def test_subjunctive_clause_event(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "It is essential that Germany support the sanctions against Russia."
    assert _event_modes(pipeline_off(text, (SUBJUNCTIVE,)), text).get("support") is None
    assert _event_modes(pipeline_off(text), text).get("support") == "hypothetical"
    text = "It is vital that France and Japan support Ukraine in the war."
    assert _event_modes(pipeline_off(text, (SUBJUNCTIVE,)), text).get("support") is None
    assert _event_modes(pipeline_off(text), text).get("support") == "hypothetical"
    text = "Officials said that France and Japan support Ukraine in the war."
    assert _event_modes(pipeline_off(text), text).get("support") is None


def test_mandative_adjectives_are_wordnet_adjectives() -> None:
    from stancemap.wordnet_files import WORDNET, senses

    if not (WORDNET / "index.adj").exists():
        pytest.skip("WordNet is not installed")
    adjectives = senses(WORDNET / "index.adj")
    words = word_list("lexicon/mandative_adjectives.txt")
    assert {"essential", "important", "vital", "necessary"} <= words
    assert all(word in adjectives for word in words)


# ---------------------------------------------------------------- time_clause_shares_mode


def test_time_clause_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Putin is likely to meet Erdogan when he visits Ankara.")
    governor = mod.future_time_clause(_word(doc, "visits"))
    assert governor is not None and governor.text == "meet"
    # a present the tagger reads as the base form ("when the members get to vote")
    doc = parse("The plan is likely to face resistance when the members get to vote on it.")
    governor = mod.future_time_clause(_word(doc, "vote"))
    assert governor is not None and governor.text == "face"
    # a past time clause, or no conjunction of time, tells its own time
    doc = parse("Putin met Erdogan when he visited Ankara.")
    assert mod.future_time_clause(_word(doc, "visited")) is None
    doc = parse("Putin is likely to meet Erdogan because he visits Ankara.")
    assert mod.future_time_clause(_word(doc, "visits")) is None


def test_time_clause_event(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = "Putin is likely to meet Erdogan when he visits Ankara."
    off = _event_modes(pipeline_off(text, (TIME_CLAUSE,)), text)
    on = _event_modes(pipeline_off(text), text)
    assert off.get("meet") == on.get("meet") == "hypothetical"
    assert off.get("visits") not in ("hypothetical", "future")
    assert on.get("visits") == "hypothetical"
    text = "Putin will meet Erdogan when he visits Ankara next month."
    assert _event_modes(pipeline_off(text), text).get("visits") == "future"
    # a habit in the present shares no mode: the meeting is told as fact
    text = "Putin meets Erdogan whenever he visits Ankara."
    assert _event_modes(pipeline_off(text), text).get("meets") is None
    text = "Putin met Erdogan when he visited Ankara."
    assert _event_modes(pipeline_off(text), text).get("visited") not in ("hypothetical", "future")


# ---------------------------------------------------------------- past_relative_background


def test_past_relative_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("Merkel, who praised Macron for his courage, spoke in Berlin.")
    assert mod.past_relative(_word(doc, "praised"))
    # a relative clause in the present, or one whose subject is not the relative word
    doc = parse("Merkel, who praises Macron for his courage, spoke in Berlin.")
    assert not mod.past_relative(_word(doc, "praises"))
    doc = parse("The report that Macron praised was published in Berlin.")
    assert not mod.past_relative(_word(doc, "praised"))
    # the main clause is no relative clause
    doc = parse("Merkel praised Macron for his courage in Berlin.")
    assert not mod.past_relative(_word(doc, "praised"))


def test_past_relative_event(pipeline_off) -> None:  # type: ignore[no-untyped-def]
    text = LEAD + "Merkel, who praised Macron for his courage, spoke in Berlin."
    assert _event_modes(pipeline_off(text, (PAST_RELATIVE,)), text).get("praised") is None
    assert _event_modes(pipeline_off(text), text).get("praised") == "historical"
    # in the lead the relative clause may be the news itself
    text = "Merkel, who praised Macron for his courage, spoke in Berlin."
    assert _event_modes(pipeline_off(text), text).get("praised") is None
