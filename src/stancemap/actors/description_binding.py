"""A description is not the subject of its own clause (session 39, engineer LK).

"Governor Chris Christie met with the president": "the president" is an object of the
clause whose subject is Christie, so it cannot name Christie (binding condition C, which
holds for definite descriptions as for names). The bare-role and descriptive coreference
rules (``nominals.role_holder``, ``coref.descriptive``) skip that person and take the
next one that fits, or no one. Read from the parse: the description's head is a direct
object, a dative or the object of a preposition hung on the verb; the clause's subject
is that verb's (or, for a verb coordinated with or controlled by another without a subject
of its own, the verb above's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..rules import declare

if TYPE_CHECKING:
    from .resolve import DocumentResolver

DESCRIPTION_NOT_OWN_SUBJECT = declare(
    "actors.coref.description_not_own_subject",
    "'Governor X met with the president': a definite description (a bare role noun) that is "
    "an object of a clause is not the person the clause's subject names (binding condition "
    "C); the bare-role and descriptive rules take the next person that fits, or no one",
)
_OBJECTS = ("dobj", "dative", "obj")
_SUBJECTS = ("nsubj", "nsubjpass")
_UP = ("conj", "xcomp")


def _clause_verb(token: Token) -> Token | None:
    if token.dep_ in _OBJECTS:
        return token.head
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        verb = token.head.head
        return verb if verb.pos_ in ("VERB", "AUX") else None
    return None


def own_subject_actor(resolver: DocumentResolver, token: Token) -> str | None:
    """The actor the subject of the clause ``token`` is an object of names (None: the
    rule is off, ``token`` is no object, or the subject names no actor)."""
    if not resolver.switches.enabled(DESCRIPTION_NOT_OWN_SUBJECT):
        return None
    verb = _clause_verb(token)
    for _ in range(4):
        if verb is None:
            return None
        subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
        if subjects:
            at = subjects[0].idx
            found = next(
                (m.actor_id for m in resolver.mentions if m.start <= at < m.end),
                None,
            )
            return found
        verb = verb.head if verb.dep_ in _UP and verb.head.i != verb.i else None
    return None
