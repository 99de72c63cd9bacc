"""Session 31 (engineer MD, issues 12 and 14): more mode marks read by syntax.

Rules (each fails without itself; sentences written for these tests):
- ``events.mode.direct_quote_would``: '"X would Y," said Z' is Z's own conditional;
- ``nlp.mode.inverted_condition``: "had Clinton congratulated him" is an "if" clause;
- ``nlp.mode.agent_gerund``: "can be added by threatening to" is under the modal.
"""

from __future__ import annotations

import pytest

from mode_helpers import event_modes as _event_modes
from mode_helpers import parser
from mode_helpers import word as _word
from stancemap.nlp import modality as mod
from stancemap.nlp.clause_mode import ModeRules, clause_mode

DIRECT_WOULD = "events.mode.direct_quote_would"
INVERTED = "nlp.mode.inverted_condition"
AGENT = "nlp.mode.agent_gerund"


@pytest.fixture(scope="module")
def parse(analyzer):  # type: ignore[no-untyped-def]
    return parser(analyzer)


# ---------------------------------------------------------------- direct_quote_would


def test_direct_quote_would_function(parse) -> None:  # type: ignore[no-untyped-def]
    text = '"Russia would attack Ukraine," said Smith.'
    doc = parse(text)
    attack = _word(doc, "attack")
    quote = (1, text.index('," said'))
    assert mod.reported_by_speech(attack)  # without the quotation: a reported future
    assert mod.is_future([attack])
    assert not mod.reported_by_speech(attack, quote)
    assert not mod.is_future([attack], quote)
    assert mod.is_hypothetical([attack], quote=quote)
    # a speech verb inside the quotation still reports: "he told me he would come"
    text = '"Smith told me Russia would attack Ukraine," Jones said.'
    doc = parse(text)
    attack = _word(doc, "attack")
    assert mod.is_future([attack], (1, text.index('," Jones')))
    # a first-person speech verb under "would" is said, what it asks for is not done
    text = '"We would urge them to attack Ukraine," said Smith.'
    doc = parse(text)
    quote = (1, text.index('," said'))
    assert mod.hedged_performative(_word(doc, "urge"))
    assert not mod.is_hypothetical([_word(doc, "urge")], quote=quote)
    assert not mod.hedged_performative(_word(parse("They would urge him to go."), "urge"))


def test_direct_quote_would_event(pipeline_off, parse) -> None:  # type: ignore[no-untyped-def]
    text = '"Russia would attack Ukraine again," said the minister.'
    on = _event_modes(pipeline_off(text), text)
    off = _event_modes(pipeline_off(text, (DIRECT_WOULD,)), text)
    assert off.get("attack") == "future"
    assert on.get("attack") == "hypothetical"
    # a first-person speech verb under "would" is a hedge: the suggestion is made
    text = '"I would suggest that Russia stop attacking Ukraine," said the minister.'
    assert _event_modes(pipeline_off(text, (DIRECT_WOULD,)), text).get("suggest") == "future"
    assert _event_modes(pipeline_off(text), text).get("suggest") is None
    # a reported clause with a quoted phrase in it stays reported
    text = 'The minister said Russia would attack Ukraine on "the old border" again.'
    doc_quote = (text.index("Russia"), len(text))  # a quotes stage calling it direct
    assert mod.is_future([_word(parse(text), "attack")], doc_quote)
    # a quoted speech verb the parser hangs under the clause it reports still reports it
    text = '"I have always said, before this war began, that I would support Ukraine," said Smith.'
    doc = parse(text)
    support = _word(doc, "support")
    quote = (1, text.index('," said'))
    assert _word(doc, "said").head.i == support.i  # the parse this guards against
    assert mod.is_future([support], quote)
    # an indirect report keeps the future in the past
    text = "The minister said Russia would attack Ukraine again."
    assert _event_modes(pipeline_off(text), text).get("attack") == "future"


# ---------------------------------------------------------------- inverted_condition


def test_inverted_condition_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse('Trump said that it would "have been cool" had Clinton congratulated him.')
    assert mod.inverted_condition(_word(doc, "congratulated"))
    doc = parse("Were Russia to attack Ukraine, NATO would respond.")
    assert mod.inverted_condition(_word(doc, "attack"))
    assert not mod.inverted_condition(_word(doc, "respond"))  # the consequent
    # a question, a plain pluperfect and a main clause are no conditions
    assert not mod.inverted_condition(_word(parse("Had Russia attacked Ukraine?"), "attacked"))
    doc = parse("Smith said Russia had attacked Ukraine.")
    assert not mod.inverted_condition(_word(doc, "attacked"))


def test_inverted_condition_event_and_clause(pipeline_off, parse) -> None:  # type: ignore[no-untyped-def]
    text = 'Smith said Friday that it would "have been nice" had Russia praised Ukraine.'
    assert _event_modes(pipeline_off(text, (INVERTED,)), text).get("praised") is None
    assert _event_modes(pipeline_off(text), text).get("praised") == "hypothetical"
    doc = parse("Smith said it would have been cool had Clinton congratulated him.")
    congratulated = _word(doc, "congratulated")
    assert clause_mode(congratulated) == "conditional"
    assert clause_mode(congratulated, rules=ModeRules(inverted_condition=False)) == "asserted"


# ---------------------------------------------------------------- agent_gerund


def test_agent_gerund_function(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("How many can be saved by threatening to impose sanctions on Russia?")
    threatening = _word(doc, "threatening")
    assert threatening.head.dep_ == "agent"
    assert not mod.modal_above_preposition(threatening)
    assert mod.modal_above_preposition(threatening, agent=True)
    # no modal above: the act stands
    doc = parse("How many were saved by threatening to impose sanctions on Russia?")
    assert not mod.modal_above_preposition(_word(doc, "threatening"), agent=True)


def test_agent_gerund_clause(parse) -> None:  # type: ignore[no-untyped-def]
    doc = parse("How many can be saved by threatening to impose sanctions on Russia?")
    threatening = _word(doc, "threatening")
    assert clause_mode(threatening) == "hypothetical"
    assert clause_mode(threatening, rules=ModeRules(agent_gerund=False)) == "asserted"
