"""Who backs a party is not the party (issue 12, session 13).

* ``events.args.backer_not_party``: "Iranian-backed militias attacked US bases", "the
  army struck Iranian-backed militias": a name hyphened to the participle of a verb of
  support ("Iranian-backed", "US-armed") names who backs the phrase's own actor, not that
  actor. Where the phrase itself names no one else (the actors stage knows no
  "militias"), the event read the backer as its source or target. The backer is
  dropped from the phrase's actors unless the phrase names it again after the
  participle; "Saudi-led", "Russian-controlled" are no support and stay. The verbs of
  support are the actors stage's (``actors.supporters``: the event lexicon's SUPPORT
  and AID rows), so the two stages read the same phrase the same way.

Reads the parse and the mentions only; adds no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..actors.supporters import after_supporter
from ..rules import declare
from . import arguments as args

BACKER_NOT_PARTY = declare(
    "events.args.backer_not_party",
    "'Iranian-backed militias attacked X': a name hyphened to a participle of a verb of "
    "support backs the phrase's actor and is not itself the source or target",
    order=24.6,
)


def backers(head: Token, actors: ActorLayer) -> set[str]:
    """Actors named only as backers inside the phrase of ``head`` (see the module doc)."""
    out: set[str] = set()
    for conj in args.conjuncts(head):
        tokens = args.own_tokens(conj)
        first, last = tokens[0].i, conj.i
        cut = after_supporter(conj.doc, first, last + 1)
        if cut <= first:
            continue
        doc = conj.doc
        before = {m.actor_id for m in actors.mentions_in(doc[first].idx, doc[cut].idx)}
        end = max(t.idx + len(t) for t in tokens)
        after = {m.actor_id for m in actors.mentions_in(doc[cut].idx, end)}
        out |= before - after
    return out
