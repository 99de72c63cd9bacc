"""Session 23 (J): rule ``stances.claims.judged_subject_own_side`` - with
``stances.claims.judged_subject`` on, a speaker's clause on an actor of her own side (her
own prime minister's government, her own state) judges no one. Sentences written for these
tests."""

from __future__ import annotations

from stancemap.actors import ActorLayer
from stancemap.config import load_settings
from stancemap.pipeline import Analyzer
from stancemap.records import Actor
from stancemap.stances.judged_gates import GATES
from stancemap.stances.judged_subject import one_side

SUBJECT = "stances.claims.judged_subject"
GUARD = "stances.claims.judged_subject_own_side"
OWN_LEADER = (
    "Pakistan's Foreign Office spokesperson Mumtaz Zahra Baloch on Friday rejected remarks "
    "by Afghan officials about the border crossings, calling them baseless. She said Prime "
    "Minister Shehbaz Sharif's government had always acted in good faith and wanted good "
    "relations with its neighbours."
)


def pairs(text: str, *, guard: bool) -> dict[frozenset[str], float]:
    settings = load_settings()
    off = [r for r in settings.rules.disable if r != SUBJECT]
    if not guard:
        off.append(GUARD)
    off += GATES  # session 37's gates off: this file reads the rule alone
    off.append("stances.claims.judged_subject_defers")  # session 45: the rule alone, too
    off.append("alignment.sides.voice_of_state_body")  # session 38's sides rule: apart too
    rules = settings.rules.model_copy(update={"disable": off})
    result = Analyzer(settings.model_copy(update={"rules": rules})).analyze_text(
        text, doc_id="s23j", date="2024-06-07"
    )
    names = {a.id: a.name for a in result.actors}
    return {frozenset((names[r.a], names[r.b])): r.score for r in result.relations}


def test_a_spokeswoman_on_her_own_prime_minister_is_no_relation() -> None:
    own = frozenset(("Mumtaz Zahra Baloch", "Shehbaz Sharif"))
    assert own in pairs(OWN_LEADER, guard=False)  # judged_subject alone relates them
    guarded = pairs(OWN_LEADER, guard=True)
    assert own not in guarded
    # her words on the foreign side stay
    assert any("Mumtaz Zahra Baloch" in p and v < 0 for p, v in guarded.items())


def _layer(*actors: Actor) -> ActorLayer:
    return ActorLayer(actors={a.id: a for a in actors})


SPOKESWOMAN = Actor(
    id="a1", name="A", type="person", country="PAK", sector="GOV", role="Foreign Office"
)
PREMIER = Actor(
    id="a2", name="B", type="person", country="PAK", sector="GOV", role="Prime Minister"
)
FOREIGN = Actor(id="a3", name="C", type="person", country="AFG", sector="GOV", role="Minister")
STATE = Actor(id="a4", name="Pakistan", type="country", country="PAK")
RIVAL = Actor(
    id="a5", name="D", type="person", country="PAK", sector="GOV", role="Leader of the Opposition"
)


def test_one_side_reads_the_title_of_her_quotes_and_her_own_state() -> None:
    layer = _layer(SPOKESWOMAN, PREMIER, FOREIGN, STATE, RIVAL)
    title = ("Foreign Office spokesperson A",)
    assert not one_side("a1", "a2", layer)  # the KB role alone names no spokesperson
    assert one_side("a1", "a2", layer, titles=title)
    assert one_side("a1", "a4", layer)  # her own state
    assert one_side("a1", "a3", layer, principal="a3")  # whom she speaks for
    assert not one_side("a1", "a3", layer, titles=title)  # a foreign minister
    assert not one_side("a2", "a5", layer)  # two office holders of one state may differ
