"""Whom a concession yields to, named by the talks it follows: "after talks with X".

"The union called off its strike after deliberations with the government", "the rebels
pulled back following negotiations with the army": a yielding act (PLOVER CONCEDE,
RETREAT) often names no one it yields to; the talks it follows or ends do. Rule
``events.args.talks_counterpart_target`` fills an empty target of such an act from the
"with" object of a noun of talks - one the trigger lexicon reads as a consultation
(CONSULT: talks, a meeting) or a WordNet exchange of views (deliberations, mediation;
``data/events/talks_counterparts.tsv``, by ``talks_counterparts_import``) - that an
"after"/"following"/"during" phrase puts on the predicate. Only that object's own actor counts,
and never the act's source ("after talks with its own members" names no other party).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.tokens import Token

from ..datafiles import words_by_kind
from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry
from .parts import DocContext, Frame, Tuning, fill_empty_target

TALKS_COUNTERPART_TARGET = declare(
    "events.args.talks_counterpart_target",
    "'called off the strike after talks with X': a yielding act (CONCEDE, RETREAT) with no "
    "target yields to the other party of the talks ('with' of a CONSULT noun) it follows",
    order=66.2,
)
KINDS = ("noun", "type", "prep")
CONSULT = "CONSULT"


@lru_cache(maxsize=1)
def talks_words() -> dict[str, frozenset[str]]:
    """kind -> words, from ``data/events/talks_counterparts.tsv`` (types upper-cased)."""
    found = words_by_kind("events/talks_counterparts.tsv", KINDS)
    found["type"] = frozenset(w.upper() for w in found["type"])
    return found


def talks_nouns(frame: Frame, match_noun: Callable[[Token], TriggerEntry | None]) -> list[Token]:
    """The talks nouns an "after"/"following"/"during" phrase puts on the predicate."""
    preps = sorted(talks_words()["prep"])
    heads = list(frame.tokens)
    if frame.nominal and frame.head.head.i != frame.head.i:
        heads.append(frame.head.head)  # "ended the strike after talks with X"
    found: list[Token] = []
    for head in heads:
        for noun in args.prep_objects(head, preps):
            if noun.lemma_.lower() in talks_words()["noun"] or noun.lower_ in talks_words()["noun"]:
                found.append(noun)
                continue
            row = match_noun(noun)
            if row is not None and row.type == CONSULT:
                found.append(noun)
    return found


def counterpart_finder(
    match_noun: Callable[[Token], TriggerEntry | None],
) -> Callable[[Frame, DocContext], list[str]]:
    def finder(frame: Frame, ctx: DocContext) -> list[str]:
        if frame.type not in talks_words()["type"]:
            return []
        for noun in talks_nouns(frame, match_noun):
            for party in args.prep_objects(noun, ["with"]):
                found = [
                    a
                    for a in args.phrase_actors(party, ctx.actors, head_only=True)
                    if a not in frame.source
                ]
                if found:
                    return found
        return []

    return finder


def aim_by_talks(
    frame: Frame,
    ctx: DocContext,
    tuning: Tuning,
    match_noun: Callable[[Token], TriggerEntry | None],
) -> Frame:
    """Fill an empty yielding target from the talks it follows (rule
    ``TALKS_COUNTERPART_TARGET``)."""
    return fill_empty_target(
        frame, ctx, tuning, TALKS_COUNTERPART_TARGET, counterpart_finder(match_noun)
    )
