"""A charge hedged by a weak modal over a perfect (``stances.claims.hedged_charge``).

"Reid told reporters that Trump 'may have violated the law'", "Mook suggested that what
the staffers did 'may have been a violation of the law'": a weak modal (the stance
lexicon's modals weighing under ``[stances] claim_asserted_modal_weight``: may, might,
could) over a perfect ("have" + a past participle) says what the speaker suspects was
done, not what will or would be: the speaker lays the charge, only less firmly.
``stances.claims.asserted`` drops every clause under a weak modal ("this could be a
disaster") and ``stances.claims.judged_forecast`` every clause whose mode is
hypothetical; with this rule a negative judgement of another named party read by
``stances.claims.judged_deed`` or ``stances.claims.judged_party`` under such a modal stays
the speaker's claim, weighed as a hypothetical statement (``stances.mode.unreal_said``,
``[alignment] mode_weight``). A clause under "if" stays dropped, as does a weak modal over
anything but a perfect ("may violate", "could be a disaster") and a praise so hedged ("may
have been a hero" is as often irony as praise).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..rules import declare
from .claims import unasserted

HEDGED_CHARGE = declare(
    "stances.claims.hedged_charge",
    "with stances.claims.judged_deed / judged_party: a negative judgement of another party "
    "under a weak modal over a perfect ('Y said X may have violated the law', 'may have been "
    "a violation') is Y's charge, kept at the weight of a hypothetical statement instead of "
    "dropped as unasserted or a forecast; 'if', a modal over no perfect, a praise: dropped",
    order=76.15,
)

NOTE = "hedged"


def hedged_clause(tok: Token, word: Token, ctx: object, on: frozenset[str]) -> bool:
    """With ``HEDGED_CHARGE`` on: the judgement at ``tok`` / ``word`` is unasserted only by
    a weak modal over a perfect ("may have violated", "might have been a violation")."""
    if HEDGED_CHARGE not in on:
        return False
    return unasserted(tok, word, ctx) and not unasserted(tok, word, ctx, hedged=True)
