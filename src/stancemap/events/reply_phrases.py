"""Whom an act answers: "in response to X", "in retaliation for X's ...", "in reply to X".

"Iran closed its airspace in retaliation for the Saudi blockade", "Pakistan recalled its
envoy in response to India's decision": the act answers a party's act, and a PLOVER coder
makes that party the target where the act's own arguments name none. Until session 71 the
target came from a misreading: the "in" phrase was taken for the act's place, and the
place's actor for the target of a material act (``finish._place``); rule
``events.args.abstract_head_no_place`` (a place phrase with an abstract head is no place)
rightly drops that reading and with it these targets. Rule
``events.args.reply_phrase_target`` reads them as what they are:

* a noun of answering or paying back (``data/events/reply_nouns.txt``, a WordNet walk from
  the verbs react, answer and retaliate: ``reply_nouns_import.py``) under "in" on the
  predicate, on its object or, for an event noun, on the noun's governor;
* its "to" or "for" complement names what is answered; the party answered is that
  complement's own name ("in response to Washington"), else the doer of the act it names:
  its owner or a name before it ("India's decision", "the Saudi blockade"), its "by" or
  "from" phrase ("drills by South Korea"), or the "of" complement of a noun that is no act
  or event ("the demands of the protesters"; not "the killing of three soldiers": the
  killed are no party answered);
* the target only of an act whose arguments name no target (a place struck stays); never
  the act's own source.
"""

from __future__ import annotations

from collections.abc import Collection
from functools import lru_cache

from spacy.tokens import Token

from ..actors import ActorLayer
from ..datafiles import word_list
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning

REPLY_PHRASE_TARGET = declare(
    "events.args.reply_phrase_target",
    "'closed its airspace in retaliation for the Saudi blockade', 'recalled its envoy in "
    "response to India's decision': a noun of answering or paying back (WordNet: nouns "
    "derived from react, answer, retaliate and their kinds, data/events/reply_nouns.txt) "
    "under 'in' on the predicate or its object, with a 'to'/'for' complement, names the "
    "party answered - the complement's own name, else the doer of the act it names (owner, "
    "name before it, 'by'/'from' phrase, the 'of' complement of a noun that is no act) - "
    "which is the target of an act whose own arguments name none",
    order=65.2,
)
REPLY_PREPS = ("to", "for")
DOER_PREPS = ("by", "from")
_MODIFIERS = ("poss", "amod", "compound", "nmod")
# lexicographer files of a noun naming an act: its "of" complement is its patient
_ACT_FILES = frozenset({"noun.act", "noun.event"})


@lru_cache(maxsize=1)
def reply_nouns() -> frozenset[str]:
    return word_list("events/reply_nouns.txt")


def _noun_of_act(token: Token) -> bool:
    from .lexnames import noun_lexnames  # lexnames reads WordNet tables on first use

    return noun_lexnames().get(token.lemma_.lower()) in _ACT_FILES


def reply_phrases(frame: Frame) -> list[Token]:
    """The reply nouns ("response", "retaliation") "in" puts on the predicate or on the
    governor of an event noun, or on their object, passive subject or "at"/"on"/"against"
    object (the words ``arguments.location_of`` looks for a place on)."""
    anchor = list(frame.tokens)
    if frame.nominal and frame.head.head.i != frame.head.i:
        anchor.append(frame.head.head)  # "launched strikes in retaliation for X"
    return _reply_nouns_on(anchor)


def _reply_nouns_on(anchor: list[Token]) -> list[Token]:
    heads = list(anchor)
    for token in anchor:
        heads += [c for c in token.children if c.dep_ in ("dobj", "obj", "nsubjpass")]
        heads += args.prep_objects(token, ("at", "on", "against"))
    nouns = reply_nouns()
    out: list[Token] = []
    for head in heads:
        for noun in args.prep_objects(head, ["in"]):
            if noun.pos_ == "NOUN" and noun.lemma_.lower() in nouns and noun not in out:
                out.append(noun)
    return out


def answered(head: Token, actors: ActorLayer) -> list[str]:
    """The party a reply's complement ``head`` names: its own name, else the doer of the
    act it names (see the module doc)."""
    if actors.mention_at(head.idx, head.idx + len(head)) is not None:
        return args.phrase_actors(head, actors, head_only=True)
    before = [c for c in head.children if c.dep_ in _MODIFIERS and c.i < head.i]
    if before:  # "India's decision", "Turkish troop movements": the widest names before it
        named = actors.mentions_in(min(c.left_edge.idx for c in before), head.idx)
        widest = [
            m
            for m in named
            if not any(
                o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                for o in named
            )
        ]
        doers = list(dict.fromkeys(m.actor_id for m in widest))
        if doers:
            return doers
    for pobj in args.prep_objects(head, DOER_PREPS):
        found = args.phrase_actors(pobj, actors, head_only=True)
        if found:
            return found
    if _noun_of_act(head):
        return []
    for pobj in args.prep_objects(head, ["of"]):
        found = args.phrase_actors(pobj, actors, head_only=True)
        if found:
            return found
    return []


def parties_answered(
    nouns: list[Token], actors: ActorLayer, source: Collection[str] = ()
) -> list[str]:
    """The parties the first reply noun whose "to"/"for" complement names any answers
    (``answered``, conjuncts too), the act's own ``source`` left out."""
    for noun in nouns:
        for pobj in args.prep_objects(noun, REPLY_PREPS):
            named = [a for conj in args.conjuncts(pobj) for a in answered(conj, actors)]
            found = [a for a in dict.fromkeys(named) if a not in source]
            if found:
                return found
    return []


def reply_target(frame: Frame, ctx: DocContext) -> list[str]:
    return parties_answered(reply_phrases(frame), ctx.actors, frame.source)


def place_reply_target(anchor: list[Token], ctx: DocContext, source: list[str]) -> list[str]:
    """For the place step (``finish._place``) of an act that takes a place as its target
    and has none yet: the party a reply phrase on the ``anchor`` answers (the phrase's
    place reading gave it before ``events.args.abstract_head_no_place``). Only the party
    answered: a country merely named inside the phrase is none ("began an operation in
    response to what it says was an attack by X")."""
    return parties_answered(_reply_nouns_on(anchor), ctx.actors, source)[:1]


def aim_by_reply(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill an empty target from a reply phrase (rule ``REPLY_PHRASE_TARGET``); a place
    the act names is kept ("struck Gaza in retaliation for X": the place struck)."""
    if not tuning.on(REPLY_PHRASE_TARGET) or frame.target:
        return frame
    found = reply_target(frame, ctx)
    if found:
        frame.target = found
    return frame
