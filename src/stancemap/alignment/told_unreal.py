"""Another's words on what a third party might do are no evidence of a relation (session 50 RE).

"I think Bernie would probably encourage people to back Clinton if he lost", said by an
actress; "one of my criteria was whether or not they support Trump", said by a party
official; "You think that Comey would like to indict both Hillary and Huma?", asked by a
host: the stances stage reads a position of the third party (Sanders, the applicants,
Comey) from the speaker's clause and marks its mode (``stances.modes``: hypothetical,
question, conditional). The holder neither said nor did it: the speaker guesses, asks or
supposes. On the judged real-news tune relations every relation resting only on such a
statement was no relation (5 of 5), while the nearby cases that were right stay:

- the holder's own conditional or question ("if they attack, we will respond": a threat
  taken now; ``alignment.relations.said_mode_unreal`` drops it);
- another's *future* ("the Times reports Beck will endorse Cruz on Saturday": judged
  right; ``said_mode_unreal`` drops it);
- a statement with no quoted speaker ("callers who said they could not bear to insult
  Obama": judged right; nobody else's words are known).

The statement becomes unreal evidence at its mode's weight, so that
``alignment.relations.unreal_no_relation`` drops a relation resting only on such evidence
(and ``alignment.score.unreal_evidence``, where on, weighs it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from ..rules import declare

TOLD_UNREAL = declare(
    "alignment.relations.told_unreal_of_another",
    "a statement of one actor read from another speaker's quote in a mode of what is not "
    "so - a question ('whether or not they support Trump'), a conditional or a hypothetical "
    "('Bernie would probably encourage people to back Clinton', said by another) - is "
    "unreal evidence, so a relation resting only on such statements is none "
    "(unreal_no_relation): the speaker guesses or asks, the holder did nothing; the "
    "holder's own conditional or question, another's future ('reports Beck will endorse "
    "Cruz') and a statement with no quoted speaker stay real evidence (session 50 RE)",
)

# the modes of a clause that does not say its holder did or does it; a future told by
# another stays real (a reported plan or schedule was judged right on real news)
TOLD_MODES = frozenset({"question", "conditional", "hypothetical"})


def told_rule(on: Callable[[str], bool] | None) -> bool:
    """Whether ``TOLD_UNREAL`` applies: only where the caller's switches name it on (it
    ships off; hand-built calls without switches keep the shipped behaviour)."""
    return on is not None and on(TOLD_UNREAL)


def told_of_another(
    actor: str,
    evidence: Iterable[str],
    speakers: Mapping[str, str],
    voices: Mapping[str, frozenset[str]],
) -> bool:
    """Whether a statement of ``actor`` rests on quotes and every quote whose speaker is
    known is someone else's: not the holder's, her spokesperson's or (for a state) her
    own official's (``relations.quote_voices``)."""
    told = [e for e in evidence if e in speakers]
    return bool(told) and all(actor not in voices.get(e, frozenset({speakers[e]})) for e in told)


def told_unreal(
    actor: str,
    evidence: Iterable[str],
    mode: str | None,
    speakers: Mapping[str, str],
    voices: Mapping[str, frozenset[str]],
) -> bool:
    """A statement ``TOLD_UNREAL`` makes unreal evidence: of a ``TOLD_MODES`` mode and
    told by another (``told_of_another``)."""
    return (mode or "").lower() in TOLD_MODES and told_of_another(
        actor, list(evidence), speakers, voices
    )
