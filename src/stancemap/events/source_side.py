"""An actor named inside the source's own phrase is on the source's side, never the
event's target.

"North Korea's foreign ministry warned that it would strike": "it" is the speaker
and the speaker's possessor is its country, so neither is the one warned. "The two
NATO members failed to agree": NATO is the members' own body. "A spokesman for
President X, Y, said": X is whom Y speaks for. The phrase is the subject (or the
passive's "by" agent) that gave the event its source: its head, possessors,
modifiers, appositions, conjuncts and the objects of the prepositions in
``lexicon/source_side_preps.txt`` ("of", "for", "from"). Clauses on the phrase
("the rebels who attacked X") and other prepositions ("the envoy to the UN") are
left out: they name other parties.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..datafiles import word_list
from ..nlp.text import doc_text
from ..rules import declare
from . import arguments as args
from .joint_things import JOINT_THING_NO_PARTY, modifier_parties
from .parts import DocContext, Frame, Tuning
from .party_phrases import (
    JUDGED_ACT_OF_PATIENT,
    JUDGED_ACT_PATIENT,
    TALK_TOPIC_ON,
    TOPIC_OWNER_ONE_SIDED,
    judged_patients,
    topic_only,
    topic_owners,
)
from .roles import RoleFinder

SOURCE_SIDE = declare(
    "events.args.source_side_not_target",
    "'North Korea's foreign ministry warned that it would ...', 'a spokesman for "
    "President X, Y, warned ...': an actor named inside the source's own phrase (possessor, "
    "modifier, apposition, 'of'/'for'/'from' object) is the source's side, never the target",
    order=45,
)
SIDE_PREPS = word_list("lexicon/source_side_preps.txt")
# children that stay inside the phrase's own side ("prep" only through SIDE_PREPS)
_SIDE_DEPS = frozenset(
    {"poss", "amod", "compound", "nmod", "appos", "conj", "cc", "det", "nummod", "flat"}
    | {"case", "punct", "pobj", "quantmod", "npadvmod"}
)


def side_tokens(head: Token) -> list[Token]:
    """The tokens of ``head``'s own phrase that name its side (no clauses, no other
    prepositions than SIDE_PREPS)."""
    out: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        out.append(token)
        for child in token.children:
            side_prep = child.dep_ == "prep" and child.lower_ in SIDE_PREPS
            if child.dep_ in _SIDE_DEPS or side_prep:
                stack.append(child)
    return out


def source_phrases(frame: Frame, roles: RoleFinder) -> list[Token]:
    """The phrase heads that can have given the frame its source: the subject and a
    passive's "by" agents."""
    heads = args.prep_objects(frame.head, ["by"])
    subject = roles.subject(frame.head) if not frame.nominal else None
    return ([subject] if subject is not None else []) + heads


def source_side(frame: Frame, ctx: DocContext, roles: RoleFinder) -> set[str]:
    """Actors named in the source's own phrase, when that phrase gave the source, and
    nowhere else in the sentence but by a pronoun ("Egypt's government imposed a curfew
    on Cairo": Cairo names Egypt again, as the place acted on)."""
    for head in source_phrases(frame, roles):
        spans = [(t.idx, t.idx + len(t)) for t in side_tokens(head)]
        sent = head.sent
        text = doc_text(head.doc)
        inside: set[str] = set()
        outside: set[str] = set()  # named again away from the phrase: "... on Cairo"
        for m in ctx.actors.mentions_in(sent.start_char, sent.end_char):
            if any(m.start < end and start < m.end for start, end in spans):
                inside.add(m.actor_id)
            elif text[m.start : m.end].lower() not in args.PRONOUNS:
                outside.add(m.actor_id)
        if inside & set(frame.source):
            return inside - outside
    return set()


def keep_sides(frame: Frame, ctx: DocContext, tuning: Tuning, roles: RoleFinder) -> Frame:
    """The frame with its source's own side taken out of its target (and, by
    ``events.args.talk_topic_on``, an actor named only in the topic of a talk, and by
    ``events.args.judged_act_patient``, the patient of a judged act, and by
    ``events.args.joint_thing_no_party``, a party named only as a modifier of a deal)."""
    if frame.target and tuning.on(TALK_TOPIC_ON):
        topic = topic_only(frame.type, frame.tokens, frame.target, ctx.actors)
        if topic and len(frame.source) == 1 and tuning.on(TOPIC_OWNER_ONE_SIDED):
            # "Republican attacks on Clinton's record": Clinton is attacked, not a topic
            topic -= topic_owners(frame.tokens, ctx.actors) - set(frame.source)
        frame.target = [a for a in frame.target if a not in topic]
    # "condemned the attack on Syria"; not where the object word is part of the trigger's
    # own pattern ("offered an apology to X", "fired a broadside at X")
    idiom = any(r.slot == "obj" and r.words for r in frame.row.requires)
    if frame.target and not idiom and tuning.on(JUDGED_ACT_PATIENT):
        judged, doers = judged_patients(
            frame.type,
            frame.tokens,
            frame.trigger,
            frame.target,
            ctx.actors,
            of_patient=tuning.on(JUDGED_ACT_OF_PATIENT),
        )
        frame.target = [a for a in frame.target if a not in judged]
        if judged and not frame.target:  # "condemned the attack on X by NATO": NATO
            found = [a for d in doers for a in roles.actors(d, ctx) if a not in frame.source]
            frame.target = list(dict.fromkeys(found))
    if frame.target and not idiom and tuning.on(JOINT_THING_NO_PARTY):
        # "protest the Iran nuclear deal": Iran is a party to the deal, not the one protested
        joint = modifier_parties(frame.type, frame.tokens, frame.target, ctx.actors)
        frame.target = [a for a in frame.target if a not in joint]
    if not frame.target or not frame.source or not tuning.on(SOURCE_SIDE):
        return frame
    side = source_side(frame, ctx, roles)
    if side:
        frame.target = [a for a in frame.target if a not in side]
    return frame
