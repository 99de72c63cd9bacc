"""No relation from co-occurrence, on passages written for this test (issue 14).

An event relates exactly its source and target actors: a clash of two states
sets the states against each other, not their officials named nearby; a
state's relation follows its office holder's, never the reverse.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow

CLASH = """Greece and Bulgaria clash over pipeline route

Greek Foreign Minister Giorgos Gerapetritis said on Tuesday that talks on the route would continue next week. Bulgarian Prime Minister Nikolai Denkov said his government wanted a decision by May."""


def _names(analysis):  # type: ignore[no-untyped-def]
    by_id = {a.id: a for a in analysis.actors}
    return [(by_id[r.a], by_id[r.b], r) for r in analysis.relations]


def test_a_clash_of_states_reaches_no_official(analyzer) -> None:  # type: ignore[no-untyped-def]
    analysis = analyzer.analyze_text(CLASH, doc_id="clash", date="2024-03-05")
    pairs = _names(analysis)
    states = [r for a, b, r in pairs if a.type == b.type == "country"]
    assert len(states) == 1 and states[0].score < 0
    # the two ministers are named in the story but are no party to the clash: they hold
    # nothing of their own; what they hold is only carried from the states' words
    # (alignment.sides.holders_answer_for_state, session 12), weaker than the states'
    for a, b, rel in pairs:
        assert rel.evidence and rel.evidence_spans
        if "person" in (a.type, b.type):
            assert rel.carried is not None and rel.carried.via == [
                f"leaders:{states[0].a}~{states[0].b}"
            ]
            assert rel.confidence < states[0].confidence
    # ... which reach them (session 64: said, so that the test fails without the rule)
    assert any("person" in (a.type, b.type) for a, b, _rel in pairs)
    # and without that rule, no relation at all
    from stancemap.alignment import relate_document
    from stancemap.rules import RuleSwitches

    off = RuleSwitches.shipped(off=["alignment.sides.holders_answer_for_state"])
    bare = relate_document(analysis.statements, analysis.events, actors=analysis.actors,
                           quotes=analysis.quotes, switches=off)  # fmt: skip
    kinds = {a.id: a.type for a in analysis.actors}
    assert [r for r in bare if "person" in (kinds[r.a], kinds[r.b])] == []


def test_a_state_follows_its_minister_not_the_reverse(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Polish Foreign Minister Radosław Sikorski thanked Lithuania on Monday for its "
        "support at the border. Lithuania and Latvia discussed power lines. "
        "Poland will host the next regional summit in June."
    )
    analysis = analyzer.analyze_text(text, doc_id="follow", date="2024-04-08")
    by_name = {frozenset((a.name, b.name)): r for a, b, r in _names(analysis)}
    minister = next(a.name for a in analysis.actors if "Sikorski" in a.name)
    assert by_name[frozenset((minister, "Lithuania"))].score > 0
    assert by_name[frozenset(("Poland", "Lithuania"))].score > 0  # the state follows
    # the Lithuanian-Latvian talks are theirs alone: not the Polish minister's, nor Poland's.
    # (Session 23: "signed a deal" is now a tie with WordNet's tie words, a position of each
    # partner towards the other, and two positions towards one actor are a shared issue while
    # co-critics and co-endorsers stay a pair (session 40 CV) - so the deal would pair Latvia with
    # everyone friendly to Lithuania; that is the shared-target choice, not co-occurrence.)
    assert frozenset((minister, "Latvia")) not in by_name
    assert frozenset(("Poland", "Latvia")) not in by_name
