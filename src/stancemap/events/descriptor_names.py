"""A descriptor noun right before a name is the name's description, not a party of its own.

Session 65 (engineer EV, issue 12: arguments that generalise). In "Japanese carmaker Toyota
accused Ford", "US envoy John Bolton said", the parser often makes the descriptor noun the
phrase's head ("carmaker" nsubj) and the name its apposition ("Toyota" appos), with no comma
between them. The actors stage reads "Japanese carmaker" as a generic agent (a business of
Japan) and "Toyota" as the named actor; the events stage took the mention covering the
head word, so the generic agent became the source and the name it describes was lost.

Rule ``events.args.descriptor_names_head``: where a phrase's head word is read only as
generic agents (``records.is_agent_id``) and has a close apposition - a proper-name child
that starts on the very next word, with no punctuation between ("carmaker Toyota", not
"the carmaker, Toyota," which ``events.args.appositive_names_description`` and the
renaming rules read) - whose own word is a mention of a named actor, the phrase is that
named actor. The parse alone decides; no list of descriptor words.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..actors import ActorLayer
from ..records import is_agent_id
from ..rules import declare

DESCRIPTOR_NAMES_HEAD = declare(
    "events.args.descriptor_names_head",
    "'Japanese carmaker Toyota accused Ford', 'US envoy John Bolton said': a head word read "
    "only as a generic agent ('Japanese carmaker') with a close apposition (a proper name on "
    "the next word, no comma) naming a named actor is that actor, not the generic agent",
    order=24.86,
)


def close_apposition_name(head: Token, found: list[str], actors: ActorLayer) -> list[str]:
    """The named actor of ``head``'s close apposition ("carmaker Toyota") when ``found``
    (what ``head`` was read as) is only generic agents; else []."""
    if not found or not all(is_agent_id(a) for a in found):
        return []
    if head.pos_ not in ("NOUN", "PROPN"):
        return []
    for child in head.children:
        if child.dep_ != "appos" or child.pos_ != "PROPN" or child.i < head.i:
            continue
        if child.left_edge.i != head.i + 1:
            continue  # "the carmaker, Toyota,": a renaming with a comma is read elsewhere
        mention = actors.mention_at(child.idx, child.idx + len(child))
        if mention is None or is_agent_id(mention.actor_id) or mention.actor_id in found:
            continue
        return [mention.actor_id]
    return []
