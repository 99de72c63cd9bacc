"""An attempt shows its source's intent, as a request does (session 70 RE; issue 14).

"X led the effort to defeat Y", "X tried to meet Y", "a bid by X to oust Y": since session
69 ``events.mode.attempted_act`` marks the attempted act hypothetical - right for event
data (the act did not happen, or not yet) - and the relations stage counts no evidence of
an unreal mode (``alignment.relations.unreal_no_relation``): a pair whose only evidence is
an attempt lost its relation (the judged PolNeAR check file s43: 'led the effort to defeat'
no longer relation evidence, a right reading lost). But the attempt itself happened: who
tries to defeat Y stands against Y now, as who asks for Y's resignation does (the request
types, constants ``asked_types``, are real evidence in ``relations.reality_table``).

``alignment.relations.attempt_shows_intent``: an event the events stage made unreal only by
a word of attempt that is itself told as done (``Event.prospect`` "attempt", set from the
parse by ``events.prospects.attempted_events``; not "would try to", "will try to") is real
evidence of its source's intent towards its target: the pair keeps its relation. The event
still weighs as a hypothetical act (``alignment.score.mode_weight``: 0.3 of an act of the
story), so an act that happened between the two outweighs it; the event's own mode is
unchanged. Also in the corpus series' reality (``alignment.corpus.unreal_rules``, off).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from ..rules import declare

ATTEMPT_INTENT = declare(
    "alignment.relations.attempt_shows_intent",
    "an event unreal only by a word of attempt told as done ('X led the effort to defeat Y', "
    "'tried to meet Y', 'a bid to oust Y': Event.prospect 'attempt', events.mode.attempted_act) "
    "is real evidence of its source's intent, as a request is (asked_types): "
    "unreal_no_relation keeps the pair; the act still weighs as a hypothetical one "
    "(mode_weight 0.3) (session 70 RE)",
)
ATTEMPT = "attempt"  # ``Event.prospect`` of such an event


def attempt_rule(on: Callable[[str], bool] | None) -> bool:
    """Whether ``ATTEMPT_INTENT`` applies: only where the caller's switches name it on."""
    return on is not None and on(ATTEMPT_INTENT)


def attempt_ids(marks: Iterable[tuple[str, str | None]]) -> frozenset[str]:
    """The ids of the events marked as attempts, from (id, prospect) pairs."""
    return frozenset(ref for ref, prospect in marks if (prospect or "").lower() == ATTEMPT)
