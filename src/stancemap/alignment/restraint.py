"""A hostile act not done is no alignment (session 50 RE).

"The United States has not publicly accused Russia of being behind the hack", "Sanders
did not attack Mrs. Clinton directly in his remarks": the events stage codes the act with
its mode, negated, and ``alignment.score.negated_no_act`` (on) keeps such an event out of
the relation. But the stances stage also reads a position from it - the negation of a
hostile act read as a weak position *for* the target (``stances.polarity.
negation_asymmetry``) - and that statement, resting on nothing but the act not done,
still signs the pair +1: on the judged real-news tune relations each such relation was
judged the wrong sign (Russia ~ the United States and its two carries, Sanders ~
Clinton). Restraint says nothing of which way the two lean.

Only statements whose every piece of evidence is a negated event are left out: a position
read from a quote ("Y was not opposed by X", said by another) is
``stances.polarity.negated_hostile_no_position``'s (off since session 40); a negative
position read from a negated friendly act ("will not be supporting Trump") keeps its
sign - not backing someone is a stance.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Event, Statement
from ..rules import declare

RESTRAINT = declare(
    "alignment.relations.restraint_no_position",
    "a position for another actor resting only on negated events ('has not publicly "
    "accused Russia', 'did not attack Mrs. Clinton': a hostile act not done, which the "
    "stances stage reads as a weak sign for the target) is no evidence of a relation, as "
    "the negated event itself is none (alignment.score.negated_no_act); a negative "
    "position from a negated friendly act ('will not be supporting Trump') stays; one "
    "document's relations only (session 50 RE)",
)

NEGATED = "negated"


def restraints(statements: Iterable[Statement], events: Iterable[Event]) -> set[str]:
    """Ids of the positive statements whose evidence is all negated events."""
    negated = {e.id for e in events if (e.mode or "").lower() == NEGATED}
    return {
        s.id
        for s in statements
        if s.polarity > 0 and s.evidence and all(e in negated for e in s.evidence)
    }


def without_restraints(statements: list[Statement], events: list[Event]) -> list[Statement]:
    """``statements`` less the positions read from a hostile act not done."""
    drop = restraints(statements, events)
    return [s for s in statements if s.id not in drop] if drop else statements
