"""Session 70 RE (issue 14): an attempt shows intent; 'X, an ally of Y' is a standing.

- ``alignment.relations.attempt_shows_intent``: an event the events stage made
  hypothetical only by a word of attempt told as done ("tried to meet Y":
  ``events.mode.attempted_act``, on) is marked ``Event.prospect`` "attempt" and is real
  evidence of its source's intent, so ``unreal_no_relation`` keeps the pair.
- ``stances.mode.standing_agent_apposition``: "X, an ally of Y" (``stances.campaign.agent``'s
  apposition) has the statement mode ``standing`` as ``ally_possessor``'s readings do.

Both ship off. Sentences written for these tests.
"""

from __future__ import annotations

from rule_pairs import pairs_of, rule_analyzer
from stancemap.alignment import relate_document
from stancemap.alignment.relations import reality_table
from stancemap.config import Settings
from stancemap.rules import RuleSwitches

ATTEMPT = "alignment.relations.attempt_shows_intent"
AGENT = "stances.mode.standing_agent_apposition"

TRIED = "Hillary Clinton tried to meet Vladimir Putin in Moscow on Monday."
WOULD_TRY = "Hillary Clinton would try to meet Vladimir Putin in Moscow on Monday."
ALLY_OF = "Newt Gingrich, a longtime ally of Donald Trump, spoke in Ohio on Monday."
IS_ALLY = "Newt Gingrich is an ally of Donald Trump."


def _analyse(rule: str, on: bool, text: str):
    return rule_analyzer(rule, on).analyze_text(text, doc_id="s70re", date="2016-05-02")


def test_both_ship_off() -> None:
    disabled = set(Settings().rules.disable)
    assert ATTEMPT in disabled and AGENT in disabled
    assert "events.mode.attempted_act" not in disabled


def test_an_attempt_is_marked_on_the_event_whatever_the_relation_rule() -> None:
    for on in (True, False):
        events = _analyse(ATTEMPT, on, TRIED).events
        marked = [e for e in events if e.prospect == "attempt"]
        assert marked, [(e.type, e.mode, e.prospect) for e in events]
        assert all(e.mode == "hypothetical" for e in marked)
    # a modal over the word of attempt: the attempt itself is unreal, no mark
    events = _analyse(ATTEMPT, True, WOULD_TRY).events
    assert not [e for e in events if e.prospect == "attempt"]


def test_an_attempt_keeps_its_pair_only_with_the_rule() -> None:
    key = frozenset({"Hillary Clinton", "Vladimir Putin"})
    assert key in pairs_of(_analyse(ATTEMPT, True, TRIED))
    assert key not in pairs_of(_analyse(ATTEMPT, False, TRIED))
    assert key not in pairs_of(_analyse(ATTEMPT, True, WOULD_TRY))


def test_relations_without_the_parse_read_the_mark() -> None:
    analysis = _analyse(ATTEMPT, True, TRIED)
    on = RuleSwitches.shipped(on=[ATTEMPT])
    again = relate_document(
        analysis.statements,
        analysis.events,
        actors=analysis.actors,
        quotes=analysis.quotes,
        switches=on,
    )
    assert pairs_of(analysis.model_copy(update={"relations": again})) == pairs_of(analysis)


def test_reality_table_counts_an_attempt_real() -> None:
    events = [("e1", "CONSULT", "hypothetical", None, ("a",))]
    assert reality_table(events, [], {}) == {"e1": 0.3}
    assert reality_table(events, [], {}, attempts=frozenset({"e1"})) == {}


def _modes(rule_on: bool, text: str) -> set[str | None]:
    analysis = _analyse(AGENT, rule_on, text)
    return {s.mode for s in analysis.statements if s.issue.id.startswith("alignment")}


def test_an_ally_of_in_apposition_is_a_standing() -> None:
    assert "standing" in _modes(True, ALLY_OF)
    assert "standing" not in _modes(False, ALLY_OF)
    # the same relation either way
    assert pairs_of(_analyse(AGENT, True, ALLY_OF)) == pairs_of(_analyse(AGENT, False, ALLY_OF))
    # a copular clause is a statement of the day, not an apposition
    assert "standing" not in _modes(True, IS_ALLY)


ALONGSIDE = "stances.relations.acting_alongside"


def _pairs(on: bool, text: str) -> dict[frozenset[str], float]:
    return pairs_of(_analyse(ALONGSIDE, on, text))


def test_acting_alongside_ships_off() -> None:
    assert ALONGSIDE in set(Settings().rules.disable)


def test_parties_acting_alongside_are_aligned() -> None:
    for text, pair in (
        ("David Hicks fought alongside the Taliban in Afghanistan.", {"David Hicks", "Taliban"}),
        (
            "Rahm Emanuel worked alongside Hillary Clinton in the Obama administration.",
            {"Rahm Emanuel", "Hillary Clinton"},
        ),
    ):
        key = frozenset(pair)
        assert _pairs(True, text).get(key, 0) > 0, _pairs(True, text)
        assert key not in _pairs(False, text)


def test_no_joint_act_no_alignment() -> None:
    # a verb of perception, and a verb of contest: no joint act
    for text in (
        "Ted Cruz appeared alongside Donald Trump at the debate.",
        "Ted Cruz competed alongside Donald Trump in Iowa.",
    ):
        assert _pairs(True, text) == _pairs(False, text)
