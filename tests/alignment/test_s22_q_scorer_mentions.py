"""Session 22 (engineer Q): the relation-set scorer's ``--mentions`` matching.

A set that writes a state by its capital ("Moscow", "Manila") names the country the text's
"Moscow" was resolved to. ``match_actor`` matches names only unless asked; with ``mentions`` a
mention's exact words rank after an exact name and before any part of a name. Since session 23
the scorer asks by default (``SetResult.mentions``; ``--no-mentions`` gives earlier sessions'
figures). Records built here, no pipeline.
"""

from __future__ import annotations

from stancemap.evaluate.relation_set import SetResult, match_actor
from stancemap.records import Actor, Analysis, DocumentInfo, Span


def _analysis() -> Analysis:
    text = "Moscow said people in Moscow were calm."
    russia = Actor(
        id="country:RUS",
        name="Russia",
        type="country",
        mentions=[Span(start=0, end=6, text="Moscow")],
    )
    people = Actor(
        id="agent:rus:cvl",
        name="people in Moscow",
        type="group",
        mentions=[Span(start=12, end=28, text="people in Moscow")],
    )
    return Analysis(
        document=DocumentInfo(id="t", sha256="0" * 64), text=text, actors=[russia, people]
    )


def test_by_default_a_capital_matches_only_a_name_containing_it() -> None:
    assert match_actor(_analysis(), "Moscow").id == "agent:rus:cvl"


def test_with_mentions_a_capital_matches_the_state_it_was_resolved_to() -> None:
    assert match_actor(_analysis(), "Moscow", mentions=True).id == "country:RUS"
    assert match_actor(_analysis(), "Russia", mentions=True).id == "country:RUS"
    assert match_actor(_analysis(), "people in Moscow", mentions=True).id == "agent:rus:cvl"


def test_with_mentions_a_word_of_a_mention_matches_like_a_word_of_a_name() -> None:
    text = "Volodymyr Zelenskiy spoke."
    person = Actor(
        id="person:volodymyr-zelensky",
        name="Volodymyr Zelensky",
        type="person",
        mentions=[Span(start=0, end=19, text="Volodymyr Zelenskiy")],
    )
    analysis = Analysis(document=DocumentInfo(id="t", sha256="0" * 64), text=text, actors=[person])
    assert match_actor(analysis, "Zelenskiy").id is None
    assert match_actor(analysis, "Zelenskiy", mentions=True).id == "person:volodymyr-zelensky"


def test_the_scorer_matches_mentions_by_default() -> None:
    import inspect

    from stancemap.evaluate.relation_set import evaluate_relation_set

    assert SetResult().mentions is True
    assert inspect.signature(evaluate_relation_set).parameters["mentions"].default is True
