"""A noun whose clause tells what was done to it is no doer (issue 12, session 14).

* ``events.args.passive_relative_patient``: "The village, which was shelled overnight,
  ...", "soldiers who were captured last year", "X, whose son was killed in the attack":
  a passive relative clause with no "by" agent says what was done to its head noun (or
  to what the head owns), so the head is never the clause's doer; the source stays
  empty and the head is read as the target (the relative pronoun stands for it). The
  relative-head reading (``events.args.relative_head``) made the patient the attacker.
* ``events.args.reduced_passive_patient``: the same for a past participle with no
  auxiliary and no agent on a noun that is not the sentence's root ("Ukrainian soldiers
  captured last year returned home"): the noun is the patient of the participle, and
  its target. Not where the parse shows the "participle" is a misread finite verb: its
  noun shares its verb with a second subject, or the sentence's root is itself a bare
  participle.

Neither applies where the verb names where its patient is moved ("troops who were
deployed to X", "troops sent into X"): what is moved is the mover's own means, and the
head keeps standing for its side as before. Reads the parse only; adds no actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from . import arguments as args

PASSIVE_RELATIVE_PATIENT = declare(
    "events.args.passive_relative_patient",
    "'the village, which was shelled', 'soldiers who were captured': a passive relative "
    "clause with no agent makes its head noun the patient, never the doer",
    order=19.5,
)
REDUCED_PASSIVE_PATIENT = declare(
    "events.args.reduced_passive_patient",
    "'soldiers captured last year returned home': a past participle with no agent on a "
    "non-root noun makes that noun the patient, never the doer (not where the parse shows "
    "a misread finite verb)",
    order=19.6,
)

# prepositions that name where the patient is moved (the mover's own means)
_DESTINATIONS = ("to", "into", "toward", "towards", "onto")
_NOUNS = ("NOUN", "PROPN", "PRON")


def _moved_or_agented(clause: Token) -> bool:
    """The clause names a "by" agent (read as the source elsewhere) or a destination."""
    return bool(args.prep_objects(clause, ("by", *_DESTINATIONS)))


def passive_relative(clause: Token) -> bool:
    """A relative clause with a passive auxiliary on a noun, no agent, no destination."""
    if clause.dep_ != "relcl" or clause.head.pos_ not in _NOUNS:
        return False
    if not args.children(clause, "auxpass"):
        return False
    return not _moved_or_agented(clause)


def reduced_passive(clause: Token) -> bool:
    """A bare past participle on a noun that is not the root ("soldiers captured last
    year"): no subject, auxiliary or "to" of its own, no agent, no destination. On the
    root noun it is too often a misread finite verb ("A newspaper called on X")."""
    if clause.dep_ != "acl" or clause.tag_ != "VBN" or clause.head.pos_ not in _NOUNS:
        return False
    if clause.head.dep_ == "ROOT":
        return False
    if args.children(clause, "nsubj", "nsubjpass", "aux", "auxpass"):
        return False
    if _misread_finite(clause):
        return False
    return not _moved_or_agented(clause)


def _misread_finite(clause: Token) -> bool:
    """Signs that the parser hung a finite verb on a noun: the noun is one of two subjects
    of one verb ("The candidates debated on Tuesday, and their rivals were having none
    of it"), or the sentence's root is itself a bare participle ("Dozens of them
    affiliated with the campaign protested outside"): the sentence then has no finite
    verb but the one read as a participle."""
    noun = clause.head
    if noun.dep_ in ("nsubj", "nsubjpass") and len(args.children(noun.head, "nsubj")) > 1:
        return True
    root = clause.sent.root
    bare = root.tag_ in ("VBN", "VBG") and not args.children(root, "aux", "auxpass")
    return bare and root.i != clause.i
