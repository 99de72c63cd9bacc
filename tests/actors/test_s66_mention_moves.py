"""Session 66 RF: one helper moves every mention of an actor to another and drops it.

``actors.merging`` serves the settling passes that each wrote the loop out (acronyms,
namesakes, surnames, described people, story parties); no rule, no reading changed.
These tests run it on a real ``DocumentResolver`` holding real actor records and mentions.
"""

from __future__ import annotations

import pytest

from stancemap.actors.merging import (
    EVERY,
    drop_actor,
    drop_if_unmentioned,
    merge_actor,
    move_mentions,
)
from stancemap.records import Actor, ActorMention

TEXT = "FICO said on Monday it would raise scores. He added that FICO and Smith agreed."


@pytest.fixture
def resolver(analyzer):
    """A resolver of TEXT with FICO wrongly read as a KB person, a new body and Smith."""
    from stancemap.actors.resolve import DocumentResolver
    from stancemap.ingest import make_document
    from stancemap.nlp import parse_documents

    doc = next(parse_documents(analyzer.nlp, [TEXT], analyzer.settings.nlp))
    found = DocumentResolver(analyzer.actors.linker, doc, make_document(TEXT, date="2024-03-01"))
    found.actors = {
        a.id: a
        for a in (
            Actor(id="Q_fico", name="Robert Fico", type="person", country="SVK"),
            Actor(id="new:org:fico", name="FICO", type="organization", confidence=0.6),
            Actor(id="new:person:smith", name="Smith", type="person"),
        )
    }

    def at(word: str, nth: int, actor_id: str, how: str, confidence: float) -> ActorMention:
        start = -1
        for _ in range(nth):
            start = TEXT.index(word, start + 1)
        return ActorMention(
            start=start,
            end=start + len(word),
            text=word,
            actor_id=actor_id,
            how=how,
            confidence=confidence,
        )

    found.mentions = [
        at("FICO", 1, "Q_fico", "alias", 0.9),
        at("He", 1, "Q_fico", "pronoun", 0.8),
        at("FICO", 2, "Q_fico", "name", 0.95),
        at("Smith", 1, "new:person:smith", "new", 0.7),
    ]
    found.surface = {"Q_fico": {"fico"}, "new:org:fico": {"fico corp"}}
    found._people = {"Q_fico": None, "new:person:smith": None}
    return found


def _of(resolver, actor_id: str) -> list[ActorMention]:
    return [m for m in resolver.mentions if m.actor_id == actor_id]


def test_merge_moves_every_mention_and_drops_the_actor(resolver) -> None:
    spans = [(m.start, m.end, m.text) for m in resolver.mentions]
    moved = merge_actor(
        resolver, "Q_fico", "new:org:fico", people=True, how="new", cap=0.6, cap_pronouns=False
    )
    assert [m.text for m in moved] == ["FICO", "He", "FICO"]
    assert _of(resolver, "Q_fico") == []
    assert _of(resolver, "new:org:fico") == moved
    # spelt mentions re-read and capped; the pronoun keeps its reading and confidence
    assert [(m.how, m.confidence) for m in moved] == [("new", 0.6), ("pronoun", 0.8), ("new", 0.6)]
    assert [(m.start, m.end, m.text) for m in resolver.mentions] == spans  # no span moved
    # the other actor is untouched
    assert [(m.actor_id, m.how, m.confidence) for m in _of(resolver, "new:person:smith")] == [
        ("new:person:smith", "new", 0.7)
    ]
    # the lookups: the dropped actor is gone from the actors, the people and the surface
    assert set(resolver.actors) == {"new:org:fico", "new:person:smith"}
    assert set(resolver._people) == {"new:person:smith"}
    assert resolver.surface == {"new:org:fico": {"fico", "fico corp"}}


def test_the_pronouns_cap_and_the_readings_renamed_are_parameters(resolver) -> None:
    merge_actor(resolver, "Q_fico", "new:person:smith", how="short", renamed=EVERY, cap=0.85)
    moved = _of(resolver, "new:person:smith")[:3]
    assert [(m.how, m.confidence) for m in moved] == [
        ("short", 0.85),
        ("short", 0.8),  # the pronoun renamed too, and capped (below the cap already)
        ("short", 0.85),
    ]
    assert "Q_fico" in resolver._people  # people left alone unless asked


def test_only_the_readings_named_are_renamed(resolver) -> None:
    moved = move_mentions(
        resolver, "Q_fico", "new:person:smith", how="short", renamed=("name",), confidence=0.5
    )
    assert [(m.how, m.confidence) for m in moved] == [
        ("alias", 0.5),
        ("pronoun", 0.5),
        ("short", 0.5),
    ]
    # move_mentions alone leaves the actor and the lookups to the caller
    assert "Q_fico" in resolver.actors
    assert resolver.surface["Q_fico"] == {"fico"}


def test_reread_sees_each_moved_mention_after_the_move(resolver) -> None:
    seen = []

    def reread(mention: ActorMention) -> None:
        seen.append((mention.actor_id, mention.how))
        if mention.how != "pronoun":  # a caller may re-spell or widen a spelt mention
            mention.text = mention.text.lower()

    merge_actor(resolver, "Q_fico", "new:org:fico", how="new", reread=reread)
    assert seen == [("new:org:fico", "new"), ("new:org:fico", "pronoun"), ("new:org:fico", "new")]
    assert [m.text for m in _of(resolver, "new:org:fico")] == ["fico", "He", "fico"]


def test_without_surface_the_spellings_stay_with_the_dropped_id(resolver) -> None:
    merge_actor(resolver, "Q_fico", "new:org:fico", surface=False)
    assert "Q_fico" not in resolver.actors
    assert resolver.surface == {"Q_fico": {"fico"}, "new:org:fico": {"fico corp"}}
    assert [m.how for m in _of(resolver, "new:org:fico")] == ["alias", "pronoun", "name"]
    assert [m.confidence for m in _of(resolver, "new:org:fico")] == [0.9, 0.8, 0.95]


def test_drop_actor_into_a_target_without_spellings(resolver) -> None:
    drop_actor(resolver, "Q_fico", "new:person:smith", people=True)
    assert resolver.surface["new:person:smith"] == {"fico"}
    assert "Q_fico" not in resolver.surface
    assert "Q_fico" not in resolver.actors and "Q_fico" not in resolver._people


def test_an_actor_still_mentioned_is_kept(resolver) -> None:
    assert drop_if_unmentioned(resolver, "Q_fico", people=True) is False
    assert "Q_fico" in resolver.actors and "Q_fico" in resolver._people
    resolver.mentions = [m for m in resolver.mentions if m.actor_id != "Q_fico"]
    assert drop_if_unmentioned(resolver, "Q_fico", people=True) is True
    assert "Q_fico" not in resolver.actors and "Q_fico" not in resolver._people
    assert resolver.surface["Q_fico"] == {"fico"}  # no target: the spellings are not moved
    assert drop_if_unmentioned(resolver, "Q_fico") is True  # gone already: no error
