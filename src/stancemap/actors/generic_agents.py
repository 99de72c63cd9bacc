"""Generic agents named by no one in particular (session 25, engineer R4).

"even with a court order", "the era of big government", "meet with any candidate from
any party", "a farmer killing himself", "politicians and activists are decrying":
the linker reads a common noun as a generic agent (``agent:<country>:<sector>``) wherever
the agents lexicon lists it, which serves event data (a source's sector), but on real
news most such agents refer to no one a relation could hold with. An agent is
*generic* when none of its mentions has a specific referent: no name in it (a proper
noun, a named entity or a capitalised word inside a sentence: "Cologne police", "German
authorities", "Wall Street banks", "Internet activists"), no
pronoun the actors stage resolved to it (an antecedent was found), no definite
determiner, count or resolved possessor on its head ("the court", "95 retired generals",
"his party"). A generic agent is flagged on its record (``Actor.generic``);
``alignment.relations.generic_no_party`` gives it no relation. Only the parse is read,
no list of words.
"""

from __future__ import annotations

from typing import Any

from ..nlp.words import pronouns
from ..records import is_agent_id, is_new_id
from ..rules import declare

GENERIC_GROUPS = declare(
    "actors.generic.common_groups",
    "a group the linker made from a common noun the KB does not know (a new group: "
    "'insiders said', 'Applicants', 'false or squishy Republicans') none of whose mentions "
    "names anyone in particular (the generic agents' test: no name inside a sentence, "
    "pronoun, definite determiner, count or possessor) is generic like such an agent: no "
    "party to a document's relation under alignment.relations.generic_no_party; events keep "
    "it (session 29 NA)",
)

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PRONOUNS = pronouns()


def _specific(doc: Any, layer: Any, start: int, end: int) -> bool:
    """The mention at [start, end) refers to someone in particular (module doc)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return True  # not read: keep the actor
    if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in NAME_LABELS for t in span):
        return True
    if any(t.is_title and not t.is_sent_start for t in span):
        return True  # a capitalised word inside a sentence: a name ("Internet activists")
    if len(span) == 1 and span[0].lower_ in PRONOUNS:
        return True
    head = span.root
    for child in head.children:
        if child.i >= head.i:
            continue
        if child.dep_ == "det" and child.lower_ in DEFINITE:
            return True
        if child.dep_ == "nummod":
            return True
        if child.dep_ == "poss" and (
            child.pos_ == "PRON" or layer.mention_at(child.idx, child.idx + len(child)) is not None
        ):
            return True
    return False


def generic_agents(layer: Any, groups: bool = False) -> set[str]:
    """Ids of the layer's generic agents none of whose mentions is specific; with
    ``groups`` (``GENERIC_GROUPS``) also its new groups none of whose mentions is."""
    doc = getattr(layer, "doc", None)
    if doc is None:
        return set()
    spans: dict[str, list[tuple[int, int]]] = {}
    for m in layer.mentions:
        if is_agent_id(m.actor_id) or (groups and is_new_id(m.actor_id, "group")):
            spans.setdefault(m.actor_id, []).append((m.start, m.end))
    return {
        actor_id
        for actor_id, found in spans.items()
        if not any(_specific(doc, layer, s, e) for s, e in found)
    }


def with_generic(layer: Any, actors: list[Any], groups: bool = False) -> list[Any]:
    """The actor records, each generic agent (and with ``groups`` each generic new group)
    flagged ``generic``."""
    generic = generic_agents(layer, groups)
    if not generic:
        return actors
    return [a.model_copy(update={"generic": True}) if a.id in generic else a for a in actors]
