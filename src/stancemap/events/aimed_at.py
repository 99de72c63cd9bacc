"""Who an act is aimed at when the verb's own arguments name no one.

Each rule (group ``events.args.aimed_*``) only fills an empty target (or, for the
opposed party, replaces a target that is merely a place), from a construction that
names the one the act answers or opposes:

* ``threat_condition``: "threatened to strike unless Israel rescinded the law": the
  condition's subject is the one threatened;
* ``opposed_in_phrase``: "blocked streets in Hong Kong in defiance of Chinese
  authorities", "in protest against X", "in opposition to X";
* ``transfer_recipient``: "handed over a suspect to the United States": the one a verb
  of giving goes to, not the one handed over (this one replaces a target);
* ``retreat_from_place``: "pulled out of the Georgian city of Gori", "withdrew from
  Lebanon": the place withdrawn from (not a person) is the target.

The words live in ``data/events/aimed_at.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import constants, words_by_kind
from ..rules import declare
from . import arguments as args
from .calls import call_media
from .parts import DocContext, Frame, Tuning

KINDS = (
    "condition_mark",
    "condition_type",
    "opposed_noun",
    "opposed_prep",
    "doer_type",
    "retreat_prep",
    "transfer_verb",
)
THREAT_CONDITION = declare(
    "events.args.aimed_threat_condition",
    "'threatened to strike unless Israel rescinded the law': the subject of a threat's "
    "condition clause is its target",
    order=60,
)
OPPOSED_IN_PHRASE = declare(
    "events.args.aimed_opposed_in_phrase",
    "'in defiance of X', 'in protest against X', 'in opposition to X' on the act: X is the "
    "target (of an act answering another's, before a target that is only a place)",
    order=61,
)
RETREAT_FROM_PLACE = declare(
    "events.args.aimed_retreat_from_place",
    "'pulled out of the Georgian city of Gori', 'withdrew from Lebanon': the place withdrawn "
    "from (never a person) is the target of a retreat",
    order=63,
)
MEDIATED_BETWEEN = declare(
    "events.args.aimed_mediated_between",
    "'mediated between the government and the rebels', 'offered mediation between X and Y': "
    "the parties a mediation (CAMEO 045), or an intent to mediate or to meet (039, 036: "
    "'offered to mediate'), goes between are its target",
    order=64,
)
CALL_PARTNER = declare(
    "events.args.aimed_call_partner",
    "'spoke by telephone with X', 'talked on the phone with X': the 'with' object of a call "
    "medium (data/events/call_media.txt) in the verb's own phrase is the partner of a "
    "consultation (PLOVER CONSULT)",
    order=65,
)
TRANSFER_RECIPIENT = declare(
    "events.args.aimed_transfer_recipient",
    "'handed over a suspect to the United States', 'granted asylum to X': the one a verb of "
    "giving or sending goes 'to' is the target, not the person or thing handed over",
    order=59,
)


@lru_cache(maxsize=1)
def aimed_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/aimed_at.tsv`` (types upper-cased)."""
    found = words_by_kind("events/aimed_at.tsv", KINDS)
    for kind in ("condition_type", "doer_type"):
        found[kind] = frozenset(w.upper() for w in found[kind])
    return found


def _not_people(ids: list[str], ctx: DocContext, exclude: list[str]) -> list[str]:
    return [a for a in ids if a not in exclude and not args.is_person(ctx.actors, a)]


def _named(tokens: list[Token], ctx: DocContext, exclude: list[str]) -> list[str]:
    for tok in tokens:
        found = [a for a in args.phrase_actors(tok, ctx.actors) if a not in exclude]
        if found:
            return found
    return []


def _heads(frame: Frame) -> list[Token]:
    """The predicate's tokens and, for a noun handed an event by a support verb, the verb."""
    heads = list(frame.tokens)
    if frame.nominal and frame.head.head.i != frame.head.i:
        heads.append(frame.head.head)
    return heads


def threat_condition(frame: Frame, ctx: DocContext) -> list[str]:
    words = aimed_words()
    if frame.type not in words["condition_type"]:
        return []
    clauses = []
    for head in _heads(frame):
        # the threatened act: an infinitive parsed as xcomp or as an unmarked advcl
        acts = [
            c
            for c in args.children(head, "xcomp", "advcl")
            if not any(m.dep_ == "mark" for m in c.children)
        ]
        for verb in [head, *acts]:
            clauses += args.children(verb, "advcl")
    for clause in clauses:
        if any(c.dep_ == "mark" and c.lower_ in words["condition_mark"] for c in clause.children):
            found = _named(args.children(clause, "nsubj", "nsubjpass"), ctx, frame.source)
            if found:
                return found
    return []


def opposed_in_phrase(frame: Frame, ctx: DocContext) -> list[str]:
    words = aimed_words()
    for head in _heads(frame):
        for noun in args.prep_objects(head, ["in"]):
            if noun.lemma_.lower() not in words["opposed_noun"]:
                continue
            found = _named(args.prep_objects(noun, words["opposed_prep"]), ctx, frame.source)
            if found:
                return found
    return []


def retreat_from_place(frame: Frame, ctx: DocContext) -> list[str]:
    if frame.type != "RETREAT":
        return []
    preps = aimed_words()["retreat_prep"]
    places = []
    for head in _heads(frame):
        places += args.prep_objects(head, preps)
        for out in args.children(head, "prep", "prt", "advmod"):
            if out.lower_ in ("out", "away", "back"):  # "pulled out of X", "back from X"
                places += args.prep_objects(out, preps)
    for place in places:
        found = _not_people(args.phrase_actors(place, ctx.actors), ctx, frame.source)
        if found:
            return found
    return []


def transfer_recipient(frame: Frame, ctx: DocContext) -> list[str]:
    if frame.nominal or frame.head.lemma_.lower() not in aimed_words()["transfer_verb"]:
        return []
    recipients = args.prep_objects(frame.head, ["to"])
    for handed in args.children(frame.head, "dobj", "obj"):  # the parse may hang "to X" there
        recipients += args.prep_objects(handed, ["to"])
    return _named(recipients, ctx, frame.source)


def mediated_between(frame: Frame, ctx: DocContext) -> list[str]:
    """The parties a mediation goes "between" (on the verb, the noun or its support verb)."""
    codes = tuple(constants("events")["mediation_codes"])
    if not (frame.code or "").startswith(codes):
        return []
    between = [p for head in _heads(frame) for p in args.prep_objects(head, ["between"])]
    for head in _heads(frame):  # "offered mediation between X and Y" on the object noun
        for obj in args.children(head, "dobj", "obj"):
            between += args.prep_objects(obj, ["between"])
    named = [a for p in between for a in args.phrase_actors(p, ctx.actors, head_only=True)]
    found = [a for a in named if a not in frame.source]
    return list(dict.fromkeys(found))


def call_partner(frame: Frame, ctx: DocContext) -> list[str]:
    """The "with" object of a call medium in a consultation's phrase ("spoke by telephone
    with X": the parse hangs "with X" on "telephone")."""
    if frame.type != "CONSULT":
        return []
    media = call_media()
    partners = [
        partner
        for head in _heads(frame)
        for medium in args.prep_objects(head, ["by", "on", "over", "in"])
        if medium.lemma_.lower() in media or medium.lower_ in media
        for partner in args.prep_objects(medium, ["with"])
    ]
    return _named(partners, ctx, frame.source)


def _only_places(ids: list[str], ctx: DocContext) -> bool:
    """Every target is a place ("blocked streets in Hong Kong"), no one acted against."""
    found = [ctx.actors.actor(a) for a in ids]
    return bool(found) and all(a is not None and a.type in ("location", "country") for a in found)


def aim(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill the frame's empty target from the first construction that names one."""
    if tuning.on(TRANSFER_RECIPIENT):
        recipient = transfer_recipient(frame, ctx)
        if recipient:
            frame.target = recipient
            return frame
    answering = frame.type in aimed_words()["doer_type"]
    if tuning.on(OPPOSED_IN_PHRASE) and (
        not frame.target or answering and _only_places(frame.target, ctx)
    ):
        opposed = opposed_in_phrase(frame, ctx)
        if opposed:
            frame.target = opposed
            return frame
    if frame.target:
        return frame
    for name, find in (
        (THREAT_CONDITION, threat_condition),
        (RETREAT_FROM_PLACE, retreat_from_place),
        (MEDIATED_BETWEEN, mediated_between),
        (CALL_PARTNER, call_partner),
    ):
        if tuning.on(name):
            found = find(frame, ctx)
            if found:
                frame.target = found
                return frame
    return frame
