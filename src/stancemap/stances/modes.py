"""The mode of the clause a stance was read from: asserted, negated, hypothetical,
conditional, question or future (issue 14, session 28).

The mode itself is read by ``nlp.clause_mode`` (session 29; written here in session 28),
with the shared clause tests the events stage reads its modes with (``nlp.modality``):
"X would probably encourage people to back Y" is hypothetical (an unreported "would",
could, might, may, or a modal above the cue's clause: ``is_hypothetical``,
``in_unreal_clause``, ``modal_above_preposition``), "if he wins, we will oppose him" is
conditional (the cue's clause has, or sits in, an if/unless clause:
``conditional_consequent``), "Does Iran back Hamas?" is a question (``yes_no_question``;
also when the question is quoted inside a longer sentence), "will back", "going to", a
reported "would" is future (``is_future``, ``future_above``), "did not back" is negated
(``is_negated``, ``counterfactual``, ``unwished``; the stance's polarity has read that
negation already). Words of obligation, wish or plan
("Y should resign", "I hope to work with Y", "plans to vote for Y") are positions taken
now: they stay asserted here.

Whether a statement of such a mode is real evidence is decided in one place,
``unreal``: a conditional or a question is not; a hypothetical or future one is not
unless its holder says it of herself ("I would never vote for him", "we will back
her": a position taken now, as ``alignment.relations.reality_of`` reads an event told in
its speaker's own quote).
"""

from __future__ import annotations

from ..nlp.clause_mode import ASSERTED, MODES, RANK, clause_mode
from .standing_mode import STANDING

__all__ = ["ASSERTED", "MODES", "RANK", "clause_mode", "most_real", "unreal"]

_RANK_STANDING = 0.5
# modes of what is not said to be so, whoever says it
NEVER_REAL = frozenset({"conditional", "question"})
# modes of what is not (yet) so, unless the holder says it of herself
OWN_REAL = frozenset({"hypothetical", "future"})


def unreal(mode: str | None, own: bool) -> bool:
    """Whether a statement of ``mode`` says what is not (so): conditional and questions
    always, hypothetical and future ones unless ``own`` (the holder speaks of herself)."""
    m = (mode or "").lower()
    return m in NEVER_REAL or (m in OWN_REAL and not own)


def most_real(modes: list[str | None]) -> str | None:
    """The most real of a statement's findings' modes (None where none was read)."""
    known = [m for m in modes if m]
    if not known:
        return None
    # 'standing' (stances.mode.standing_undated) just after the asserted and negated modes:
    # a pair also read from a clause of the day keeps that clause's mode
    return min(known, key=lambda m: _RANK_STANDING if m == STANDING else RANK.get(m, 0))
