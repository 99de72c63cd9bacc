"""An order with "or face" is an ultimatum.

Rule ``events.trigger.or_face_ultimatum`` (session 19): "gave the junta one week to
reinstate the president or face the use of force", "told Iran to halt enrichment or face
new sanctions": a verb whose infinitive complement is coordinated by "or" with "face" (the
consequence of not doing it) gives an ultimatum (CAMEO 139, THREATEN), by its subject,
aimed at the one told; its own rows (a request, the dictionary's bare code) come after.
Read from the parse; "or" and "face" are the words named. (A threat "unless" X acts is
aimed at X by ``events.args.aimed_threat_condition``, aimed_at.py.)
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args
from .lexicon import TriggerEntry

OR_FACE_ULTIMATUM = declare(
    "events.trigger.or_face_ultimatum",
    "'gave the junta a week to reinstate him or face force', 'told Iran to halt or face "
    "sanctions': an infinitive complement coordinated with 'or face' is an ultimatum (CAMEO "
    "139, THREATEN) by the subject, aimed at the one told",
    order=29,
)
ULTIMATUM_CODE = "139"
ULTIMATUM_ROW = "rule:or_face_ultimatum"
CONSEQUENCE = "face"


def _or_face(clause: Token) -> bool:
    """ "to reinstate him or face ...": a conjunct "face" after "or"."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in clause.children):
        return False
    return any(c.dep_ == "conj" and c.lemma_.lower() == CONSEQUENCE for c in clause.children)


def ultimatum_row(verb: Token) -> TriggerEntry | None:
    """A threat row for a verb whose infinitive is "to X or face Y", or None."""
    if verb.pos_ != "VERB":
        return None
    for clause in args.children(verb, "xcomp", "advcl", "ccomp"):
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        if infinitive and _or_face(clause):
            return TriggerEntry(
                verb.lemma_.lower(), "V", "event", ULTIMATUM_CODE, (), "THREATEN", ULTIMATUM_ROW
            )
    return None
