"""The subject of a known or perceived claim is no target (session 41, engineer WR).

"Republicans learned that the Solid South no longer gave them a lock", "Merkel recognized
that Putin would not back down": the verb's complement is a finite, indicative clause -
something held to be so - and its subject is what is known, not the one acted on.
``RoleFinder.targets`` reads a clausal complement's subject as the target ("allowed the
leader to hold a rally"); where the trigger verb's most frequent WordNet sense is one of
knowing, perceiving or feeling (lexicographer files verb.cognition, verb.perception,
verb.emotion, from ``lexnames.py``), such a clause's subject is no target, unless the event
is a hostile verbal one (ACCUSE, THREATEN, REJECT: "suspected that Murphy was behind it").
A speech verb keeps it (its claim often names whom it is about: "suggested that Rogan was
hypocritical"), and a subjunctive or deontic content ("demanded that Russia withdraw",
"urged that Trump should release") is no claim. Read from the parse only: the clause
verb's tense tag (VBD, VBZ, VBP) or a tensed or epistemic auxiliary.
``events.args.claim_subject_no_target``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .lexnames import lexnames

CLAIM_SUBJECT_NO_TARGET = declare(
    "events.args.claim_subject_no_target",
    "'learned that the South no longer gave them', 'argued that the Fed needs to': the "
    "subject of a finite indicative complement clause (a claim) is no target of an event "
    "whose verb is one of knowing, perceiving or feeling (WordNet's first sense) unless it "
    "is ACCUSE, THREATEN or REJECT; subjunctive and should/must clauses stay",
)

# event types whose stated claim names the one acted on: a charge, a threat, a denial
CLAIM_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_DEONTIC = frozenset({"should", "must", "shall", "ought"})
# WordNet lexicographer files of the verbs of the mind (``lexnames.py``): what one knows,
# perceives or feels that a clause states is no act on the clause's subject
MIND_FILES = frozenset({"verb.cognition", "verb.perception", "verb.emotion"})


def claim_clause(clause: Token) -> bool:
    """``clause`` (a ``ccomp``) is finite and indicative: its verb is tensed, or it has a
    tensed auxiliary or a modal other than should / must / shall / ought."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in _DEONTIC for a in auxes):
        return False
    if clause.tag_ in _TENSED:
        return True
    return any(a.tag_ in _TENSED or a.tag_ == "MD" for a in auxes)


def keeps_claim_subject(event_type: str | None, lemma: str) -> bool:
    """An event of ``event_type`` whose trigger verb is ``lemma`` may take a claim clause's
    subject as its target: a hostile verbal type, or a verb whose most frequent WordNet
    sense is not one of knowing, perceiving or feeling (a speech verb's claim often names
    the one it is about: "suggested that Rogan was hypocritical")."""
    if (event_type or "") in CLAIM_TYPES:
        return True
    return lexnames().get((lemma.lower(), "V")) not in MIND_FILES
