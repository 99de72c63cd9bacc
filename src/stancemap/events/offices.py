"""Who an official acts for: the intergovernmental body named before the name.

"U.N. envoy X met the rebels": the United Nations met them, through its
envoy. Whatever the person's own nationality, the event is the
body's; the official is kept beside it. Rule ``events.args.igo_official``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from .arguments import conjuncts


def body_acted_for(head: Token, actor_id: str, actors: ActorLayer) -> str | None:
    """The intergovernmental body (sector IGO) mentioned in the premodifiers of the
    phrase in which ``actor_id``, a person, is named ("EU foreign policy chief X")."""
    person = actors.actor(actor_id)
    if person is None or person.type != "person":
        return None
    for conj in conjuncts(head):
        start = conj.left_edge.idx
        if start >= conj.idx:
            continue  # a bare name: nothing written before it
        covering = actors.mention_at(conj.idx, conj.idx + len(conj))
        if covering is None or covering.actor_id != actor_id:
            continue
        for mention in actors.mentions_in(start, covering.start):
            body = actors.actor(mention.actor_id)
            if mention.end <= covering.start and body is not None and body.sector == "IGO":
                return mention.actor_id
    return None
