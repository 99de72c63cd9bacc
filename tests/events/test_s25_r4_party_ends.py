"""Session 25 (engineer R4, issue 14): ends of an act that name no party to it, found by
judging real news (PolNeAR: "denouncing the GOP presidential nominee" read as the party,
"vote for Hillary Clinton over Donald Trump" and "more radical upheaval than Clinton"
read as acts on the one compared, "would beat the New York businessman 52 to 38 percent"
read as an assault). Passages written for these tests; each test shows the
relation with the rule off and none with it on (shipped on since session 25).
"""

from __future__ import annotations

from relation_probe import relation_score

RELATED = "events.args.related_person_head"
COMPARED = "events.args.compared_no_party"
PERCENT = "events.sense.percent_score"
# session 26's electoral rules read the same score: the off-half switches them off too
ELECTORAL = ["events.sense.dash_score", "events.sense.rival_standing"]
# session 27: "could lead", "would beat" are hypothetical, and a relation resting only on
# unreal evidence is none (alignment.relations.unreal_no_relation): the off-halves switch it off
UNREAL = "alignment.relations.unreal_no_relation"


def test_a_nominee_is_not_the_party_that_modifies_the_noun(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Talk show host Mark Levin attacked the GOP presidential nominee on Friday."
    assert relation_score(analyzer, text, "Levin", "Republican", disable=[RELATED]) is not None
    assert relation_score(analyzer, text, "Levin", "Republican") is None


def test_officials_still_act_for_the_body_that_modifies_them(analyzer) -> None:  # type: ignore[no-untyped-def]
    from stancemap.events.arguments import related_person

    doc = analyzer.nlp("The GOP nominee met Kremlin officials and Clinton aides.")
    heads = {t.lower_: related_person(t) for t in doc if t.pos_ == "NOUN"}
    assert heads == {"nominee": True, "officials": False, "aides": False}


def test_the_one_passed_over_is_no_target(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Hillary Clinton said she would vote for herself over Donald Trump."
    assert relation_score(analyzer, text, "Clinton", "Trump", disable=[COMPARED]) is not None
    assert relation_score(analyzer, text, "Clinton", "Trump") is None


def test_a_comparisons_second_term_is_no_target(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Jane Roe said Donald Trump could lead to more radical upheaval than Hillary Clinton."
    # session 28: the refitted reality (events.reality.refit_s28) drops "could lead" too
    off = [COMPARED, UNREAL, "events.reality.drop"]
    assert relation_score(analyzer, text, "Trump", "Clinton", disable=off) is not None
    assert relation_score(analyzer, text, "Trump", "Clinton") is None


def test_a_score_in_percent_is_a_poll_not_an_assault(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "A new poll found that Bernie Sanders would beat Donald Trump 52 to 38 percent."
    assert (
        relation_score(analyzer, text, "Sanders", "Trump", disable=[PERCENT, *ELECTORAL, UNREAL])
        is not None
    )
    assert relation_score(analyzer, text, "Sanders", "Trump") is None
