"""Co-subjects of a joint act are all its sources, and neither is its target.

Session 55, engineer PA (issue 12, arguments). "Russia and China agreed to ...", "X and Y
held talks", "X and his Tongan counterpart Y reached an agreement": the sets disagree on
how to code a coordinated subject of a joint act. The project's wire sets W4, W6 and W15
code the first conjunct as the source and the second as the target; the PLOVER dev gold
(its markup ``SRC/TAR``, comment "Compound actor": every such record of its tune part)
and W23 code both as sources with an empty target. Issue 12 is measured on the PLOVER
gold, so the convention follows it (``docs/judging.md``, "Events": co-subjects).

The tree already reads "X and Y agreed" so on most parses. Rule
``events.args.co_subject_parties`` (shipped off) codes the convention where the other
argument rules strayed from it, for any verb of a joint act (the cooperative types,
``counterparts.COOPERATIVE_TYPES``: AGREE, SUPPORT, COOPERATE, CONSULT, AID): when the
act's subject phrase coordinates ('and') two or more actors,
- the co-subjects are the act's sources, also where the parse handed them to the target
  ("X and Y conferred by phone": the 'by' phrase read as a headline passive's agent,
  which names no actor);
- neither co-subject, nor a co-subject's own side - its country, a place in it, a generic
  group of its people - is the act's target, unless the act names it as its partner: the
  verb's or its object's 'with' phrase or its direct object ("X and Y agreed with Z",
  "met German unions" keep Z and the unions). A place in a co-subject's country ("an
  agreement ... in Suva") or its people in a clause under the act ("agreed that their
  countries should encourage Romanian refugees to ...") is no counterpart of the act; a
  named person or body of its country may be (news of one country names every party so).
A subject read as the patient of a real passive ("were received by Z": a 'by' agent that
names an actor) is left alone, and so is an act whose source came from elsewhere (a
speaker, a clause above).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..records import is_agent_id
from ..rules import declare
from . import arguments as args
from .counterparts import COOPERATIVE_TYPES
from .parts import DocContext, Frame, Tuning
from .roles import RoleFinder
from .source_side import side_tokens

CO_SUBJECT_PARTIES = declare(
    "events.args.co_subject_parties",
    "'X and Y agreed / met / signed / held talks': the co-subjects of a joint act (AGREE, "
    "SUPPORT, COOPERATE, CONSULT, AID) are all its sources, none its target (the PLOVER "
    "gold's 'Compound actor'); a co-subject's own land or people (its country, a place, a "
    "generic group) leaves the target unless named as the act's partner ('with', object)",
    order=45.8,
)
# a coordination of parties: "X and Y", "X & Y" ("X or Y" names one of them)
_AND = ("and", "&")
# where a joint act names its partner: "met with Z", "signed a deal with Z", "met Z"
_PARTNER_PREPS = ("with",)
_OBJECTS = ("dobj", "obj", "dative")
# actors that stand for a co-subject's own side when of its country: its land, a place in it
_OWN_SIDE_TYPES = ("country", "location")


def _coordinated(head: Token) -> bool:
    """The subject phrase joins parties by 'and': its head or a word of its own side
    ("Hungarian and Romanian officials", "the leaders of Russia and China")."""
    tokens = side_tokens(head)
    return any(
        t.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _AND for c in t.head.children)
        for t in tokens
    )


def _subject_phrase(frame: Frame, roles: RoleFinder, ctx: DocContext) -> Token | None:
    """The active subject of the act, when no 'by' agent names an actor (a real passive's
    subject is its patient)."""
    head = frame.head
    for agent in args.prep_objects(head, ["by"]):
        if args.phrase_actors(agent, ctx.actors):
            return None
    subject = roles.subject(head)
    if subject is None or subject.dep_ == "nsubjpass":
        return None
    return subject


def co_subjects(frame: Frame, ctx: DocContext, roles: RoleFinder) -> list[str]:
    """The actors of a joint act's coordinated subject, two or more, else none."""
    if frame.nominal or frame.type not in COOPERATIVE_TYPES:
        return []
    subject = _subject_phrase(frame, roles, ctx)
    if subject is None or not _coordinated(subject):
        return []
    parties = roles.actors(subject, ctx)
    return parties if len(parties) >= 2 else []


def _partners(frame: Frame, ctx: DocContext) -> set[str]:
    """Actors the act names as its partner: its direct objects, 'with' phrases on it or on
    its objects."""
    heads = list(dict.fromkeys([frame.head, *frame.tokens]))
    phrases: list[Token] = []
    for head in heads:
        objects = args.children(head, *_OBJECTS)
        phrases += objects + args.prep_objects(head, _PARTNER_PREPS)
        for obj in objects:
            phrases += args.prep_objects(obj, _PARTNER_PREPS)
    found: set[str] = set()
    for phrase in phrases:
        found.update(args.phrase_actors(phrase, ctx.actors, head_only=True))
    return found


def code_co_subjects(frame: Frame, ctx: DocContext, tuning: Tuning, roles: RoleFinder) -> Frame:
    """Co-subjects of a joint act as its sources and out of its target (rule
    ``CO_SUBJECT_PARTIES``)."""
    if not tuning.on(CO_SUBJECT_PARTIES):
        return frame
    parties = co_subjects(frame, ctx, roles)
    if not parties or not set(frame.source) <= set(parties):
        return frame  # a source read from elsewhere: the subject is not the act's doer
    frame.source = list(dict.fromkeys([*frame.source, *parties]))
    if not frame.target:
        return frame
    countries = {a.country for a in map(ctx.actors.actor, parties) if a is not None and a.country}
    partners = _partners(frame, ctx)

    def counterpart(actor_id: str) -> bool:
        if actor_id in frame.source:
            return False
        actor = ctx.actors.actor(actor_id)
        if actor is None or actor.country not in countries or actor_id in partners:
            return True
        # a named person or body of a co-subject's country may be acted on ("agreed to
        # back Senator X": news of one country names all its parties so); its land or its
        # people in general are the co-subject's own side
        return not (actor.type in _OWN_SIDE_TYPES or is_agent_id(actor_id))

    frame.target = [a for a in frame.target if counterpart(a)]
    return frame
