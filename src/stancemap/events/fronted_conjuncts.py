"""Whose subject a verb shares when the parser made its first conjunct a clause of it.

"But she has also promised to push harder, opposed his trade deal and outstripped
his plans": the parser reads "she has also promised ..." as a clausal complement
("ccomp") of "opposed", as if it were a quotation ("..., X said"), and "opposed" is
left with no subject. A finite verb with no subject of its own cannot report a
clause that has one in front of it unless it is a verb of saying with its speaker
after it; otherwise the two are coordinated and share the first one's subject.
Read from the parse only (tags, dependencies, the comma); no word list beyond the
project's speech verbs.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..nlp import modality as mod
from ..rules import declare

FRONTED_CONJUNCT = declare(
    "events.args.fronted_conjunct",
    "'she has promised X, opposed Y and outstripped Z': a finite verb with no subject whose "
    "first conjunct the parse made its clausal complement (before it, with its own subject, "
    "a comma between) has that clause's subject; never a verb of saying",
    order=22.6,
)
_FINITE = ("VBD", "VBZ", "VBP")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_QUOTE_MARKS = frozenset({'"', "“", "”", "''", "``", "‘", "’", "'"})


def fronted_subject(verb: Token) -> Token | None:
    """The subject of the clause the parse hung before ``verb`` as its complement, when
    ``verb`` is a finite active verb with no subject and is no verb of saying."""
    if verb.tag_ not in _FINITE or mod.is_speech(verb.lemma_):
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ == "auxpass" for c in verb.children):
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.i > verb.i:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        between = verb.doc[clause.right_edge.i + 1 : verb.i]
        if not any(t.text == "," or t.dep_ == "cc" for t in between):
            return None
        if any(t.text in _QUOTE_MARKS for t in verb.doc[clause.left_edge.i : verb.i]):
            return None  # a quotation before its (subjectless) cue
        return subjects[0]
    return None
