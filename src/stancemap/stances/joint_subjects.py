"""Joined subjects of one verb of criticism share the act (session 58 JS, issue 14).

"Donald Trump and Ted Cruz lamented illegal immigration": the events stage reads an ACCUSE
with both subjects as its sources and no target (immigration is no actor), and
``alignment.score.co_sources`` reads a hostile event of several sources and no target as
one between its sources ("Turkey and Romania clash") - Trump against Cruz. Issue 14: an
event never sets actors against each other that merely share it. Where the parse shows the
act aimed at a thing of its own - the trigger is the verb, its subject joined by a
conjunction ("X and Y"), and the verb takes a direct object that is no reciprocal pronoun
("attacked each other" stays) - the subjects did the act together on that object: no
rivals by the coordination, as with "both" (``alignment.score.co_sources_each``). Only the
verbal and coercive conflict types are read (ACCUSE, REJECT, THREATEN, COERCE: "lamented",
"criticised", "rejected", "threatened" with an object); a physical act of two sides is left
to ``alignment.relations.aimed_together_apart`` ("fought a war" is reciprocal). A verb with
no object ("X and Y clashed"), or only a prepositional one ("clashed over immigration",
"complained about the rules": English does not tell which is mutual from the parse), is
left alone. The parse is read here, where the stage has it; alignment reads the ids.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Doc, Token

from ..datafiles import words_by_kind
from ..records import Event
from ..rules import declare

JOINT_SUBJECT_ACT = declare(
    "stances.relations.joint_subject_act",
    "the joined subjects of one verb of criticism, rejection or threat that takes a direct "
    "object of its own and names no target ('X and Y lamented illegal immigration', 'X and "
    "Y criticised the cuts': conj of the subject, dobj no 'each other') did the act together: "
    "no rivals by the coordination (alignment.score.co_sources reads 'X and Y clash' as one "
    "against the other); 'X and Y clashed', 'attacked each other' stay (session 58 JS, "
    "issue 14)",
)
TYPES = frozenset({"ACCUSE", "REJECT", "THREATEN", "COERCE"})
_OBJECTS = frozenset({"dobj", "obj"})
_DATA = "stances/aimed_together.tsv"  # its 'reciprocal' kind: "each other", "one another"


@lru_cache(maxsize=1)
def _reciprocal() -> frozenset[str]:
    return words_by_kind(_DATA, ("aim_prep", "act_aim_prep", "reciprocal"))["reciprocal"]


def _trigger_verb(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    if span is None:
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    return verbs[0] if len(verbs) == 1 else None


def _joined_subject(verb: Token) -> bool:
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and any(k.dep_ == "conj" for k in c.children)
        for c in verb.children
    )


def _own_object(verb: Token) -> bool:
    for c in verb.children:
        if c.dep_ not in _OBJECTS:
            continue
        words = " ".join(t.lower_ for t in c.subtree)
        if words in _reciprocal() or c.lower_ in ("each", "themselves", "one"):
            return False
        # "them", "us": a party, not a thing
        return not (c.pos_ == "PRON" and c.lower_ not in ("it", "this", "that"))
    return False


def joint_subject_acts(doc: Doc, events: Iterable[Event]) -> frozenset[str]:
    """Ids of conflict events of several sources and no target whose trigger verb has
    joined subjects and a direct object of its own."""
    out: set[str] = set()
    for e in events:
        if e.type.upper() not in TYPES or len(set(e.source)) < 2 or e.target:
            continue
        verb = _trigger_verb(doc, e)
        if verb is not None and _joined_subject(verb) and _own_object(verb):
            out.add(e.id)
    return frozenset(out)
