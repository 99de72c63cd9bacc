"""The subject of a stated claim is no target of a friendly or neutral act (session 41, engineer WR).

"Republicans learned that the Solid South no longer gave them a lock", "Brainard has argued
that the Fed needs to consider ...", "he suggested that the United States could default":
the verb's complement is a finite, indicative clause - something held or said to be so -
and its subject is what the claim is about, not the one acted on. ``targets`` reads a
clausal complement's subject as the target ("allowed the leader to hold a rally"); for an
event whose type is not a hostile verbal one (ACCUSE, THREATEN, REJECT: "alleged that the
Russian government was behind the release", "warned that Russia would pay": the claim's
subject is the one charged or threatened), such a clause's subject is no target. A
subjunctive or deontic content ("demanded that Russia withdraw", "urged that Trump should
release") is a request's content and stays. Read from the parse only: the clause verb's
tense tag (VBD, VBZ, VBP) or a tensed or epistemic auxiliary. ``events.args.claim_subject_no_target``.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare

CLAIM_SUBJECT_NO_TARGET = declare(
    "events.args.claim_subject_no_target",
    "'learned that the South no longer gave them', 'argued that the Fed needs to': the "
    "subject of a finite indicative complement clause (a claim) is no target of an event "
    "that is not ACCUSE, THREATEN or REJECT; subjunctive and should/must clauses stay",
)

# event types whose stated claim names the one acted on: a charge, a threat, a denial
CLAIM_TYPES = frozenset({"ACCUSE", "THREATEN", "REJECT"})
_TENSED = frozenset({"VBD", "VBZ", "VBP"})
_DEONTIC = frozenset({"should", "must", "shall", "ought"})


def claim_clause(clause: Token) -> bool:
    """``clause`` (a ``ccomp``) is finite and indicative: its verb is tensed, or it has a
    tensed auxiliary or a modal other than should / must / shall / ought."""
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" and a.lower_ in _DEONTIC for a in auxes):
        return False
    if clause.tag_ in _TENSED:
        return True
    return any(a.tag_ in _TENSED or a.tag_ == "MD" for a in auxes)


def keeps_claim_subject(event_type: str | None) -> bool:
    """An event of ``event_type`` may take a claim clause's subject as its target."""
    return (event_type or "") in CLAIM_TYPES
