"""Session 65 lead: ``settle_acronym_expansions`` walks a snapshot of the document's actors
while moving an acronym to the name the text spells it out as; that move drops the actors
whose every mention lay inside the spelt-out name. A dropped actor later in the snapshot
crashed the actors stage (KeyError) on a real BBC business article; it is skipped now."""

from __future__ import annotations

from types import SimpleNamespace

from stancemap.actors.acronym_expansions import settle_acronym_expansions
from stancemap.records import Actor, ActorMention

TEXT = "Workers at Walker Food Products walked out. WFP said it would talk."
KB_ID = "Q999001"  # a KB organisation known by the acronym only, under another name
PERSON = "new:person:walker"


def _resolver() -> SimpleNamespace:
    run = TEXT.index("Walker Food Products")
    acronym = TEXT.index("WFP")
    known = SimpleNamespace(name="World Food Programme", aliases=("WFP",))
    return SimpleNamespace(
        switches=SimpleNamespace(enabled=lambda name: True),
        document=SimpleNamespace(text=TEXT, is_excluded=lambda start, end: False),
        linker=SimpleNamespace(kb=SimpleNamespace(actors={KB_ID: known})),
        # the KB organisation first, the person inside the spelt-out name after it
        actors={
            KB_ID: Actor(id=KB_ID, name="World Food Programme", type="organization"),
            PERSON: Actor(id=PERSON, name="Walker", type="person"),
        },
        mentions=[
            ActorMention(start=run, end=run + 6, text="Walker", actor_id=PERSON, how="new"),
            ActorMention(start=acronym, end=acronym + 3, text="WFP", actor_id=KB_ID, how="alias"),
        ],
        surface={KB_ID: {"WFP"}, PERSON: {"Walker"}},
        gender={},
        _people={PERSON: None},
    )


def test_an_actor_dropped_by_an_earlier_move_is_skipped() -> None:
    resolver = _resolver()
    settle_acronym_expansions(resolver)  # raised KeyError before the fix
    assert KB_ID not in resolver.actors
    assert PERSON not in resolver.actors
    spelt = [m for m in resolver.mentions if m.text == "Walker Food Products"]
    assert len(spelt) == 1
    assert resolver.actors[spelt[0].actor_id].type == "organization"
    assert {m.actor_id for m in resolver.mentions} == {spelt[0].actor_id}
