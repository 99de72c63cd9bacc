"""Who an act is aimed at when the verb's own arguments name no one.

Each rule (group ``events.args.aimed_*``) only fills an empty target (or, for the
transfer recipient, replaces one), from a construction that names the one the act is
aimed at:

* ``transfer_recipient``: "handed over a suspect to the United States": the one a verb
  of giving goes to, not the one handed over (this one replaces a target);
* ``retreat_from_place``: "pulled out of the Georgian city of Gori", "withdrew from
  Lebanon": the place withdrawn from (not a person) is the target.

The words live in ``data/events/aimed_at.tsv``.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import declare
from . import arguments as args
from .parts import DocContext, Frame, Tuning
from .pursuit_criticism import PURSUIT_CRITICISM, pursuit_target
from .sent_goods import SENT_GOODS, receivers, sending_verbs

KINDS = (
    "retreat_prep",
    "transfer_verb",
)
RETREAT_FROM_PLACE = declare(
    "events.args.aimed_retreat_from_place",
    "'pulled out of the Georgian city of Gori', 'withdrew from Lebanon': the place withdrawn "
    "from (never a person) is the target of a retreat",
    order=63,
)
TRANSFER_RECIPIENT = declare(
    "events.args.aimed_transfer_recipient",
    "'handed over a suspect to the United States', 'granted asylum to X': the one a verb of "
    "giving or sending goes 'to' is the target, not the person or thing handed over",
    order=59,
)


@lru_cache(maxsize=1)
def aimed_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/aimed_at.tsv``."""
    return words_by_kind("events/aimed_at.tsv", KINDS)


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


def aim(frame: Frame, ctx: DocContext, tuning: Tuning) -> Frame:
    """Fill the frame's empty target from the first construction that names one."""
    if tuning.on(TRANSFER_RECIPIENT):
        recipient = transfer_recipient(frame, ctx)
        if recipient:
            frame.target = recipient
            return frame
    if tuning.on(PURSUIT_CRITICISM):  # "went after Trump (for her speeches to X)"
        found = pursuit_target(frame, ctx)
        if found:
            frame.target = found  # the pursued one, not a phrase the finder read
            return frame
    if frame.target:
        return frame
    if tuning.on(SENT_GOODS) and not frame.nominal and frame.head.lemma_.lower() in sending_verbs():
        found = _named(receivers(frame.head), ctx, frame.source)  # "a plane loaded with X to Y"
        if found:
            frame.target = found
            return frame
    if tuning.on(RETREAT_FROM_PLACE):
        found = retreat_from_place(frame, ctx)
        if found:
            frame.target = found
    return frame
