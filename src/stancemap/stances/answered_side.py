"""Session 55 (SP, issue 14): a rejection answers the other side, not its own.

"Aliyev said Armenia was moving artillery to the border. Officials in Yerevan met late into
the evening. Pashinyan waved away the accusation": the response readings of
``stances.relations`` (``response``, ``response_prep``, the dismissing phrases and
particles, ``response_nominal``, ``judged_claim``, ...) set the answerer against the
claimant the claim noun names, else against an earlier claimant ``_nearest_claimant``
finds: the latest accuser of the answerer, the latest who said the claim's words, else the
merely nearest speaker or source of an event within a few sentences. That nearest one may
be of the answerer's own side - his own government's officials meeting, his ministry, his
spokesman ("Aides rejected any implication ..." after her own spokesman spoke) - and the
answerer is then read against his own side while the one he answers gets nothing.

With ``stances.relations.claimant_other_side`` on (shipped off) the search skips every
earlier claimant of the answerer's own side by the alignment step's ``Sides`` (a state,
its bodies and office holders with their spokespeople, a spokesperson and whom she speaks
for, staff of one actor: ``judged_subject.one_side``), so the nearest claim of another side
is the one answered; where no other side spoke, nothing is read. An event's sources of the
answerer's side are passed over the same way, and a sentence where only his own side spoke
does not use up the search's lookback (``claim_lookback_sentences``): the search reaches one
sentence further back for each (``other_side_window``).

Reaching further back, the merely nearest source of an event of another side can be a
meeting or a mediation ("the two governments have talked under EU mediation"): with
``stances.relations.claimant_verbal_event`` on (shipped off) an event stands as the claim a
rejection answers only where it is words aimed at someone - PLOVER's verbal-conflict quad
(a request, an accusation, a rejection, a threat); a quote answers as before.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Span

from ..actors import ActorLayer
from ..records import Event, Quote
from ..rules import declare

CLAIMANT_OTHER_SIDE = declare(
    "stances.relations.claimant_other_side",
    "'Y said P. Officials in X's capital met. X waved away the accusation': the earlier "
    "claimant a rejection answers is never of the answerer's own side (alignment's sides: "
    "his state, its bodies, office holders and spokespeople, his staff); the nearest claim "
    "of another side is answered",
    order=30.61,
)

CLAIMANT_SAID_WORDS = declare(
    "stances.relations.claimant_verbal_event",
    "'Y said P. The two sides have talked under EU mediation. X rejected the accusation': an "
    "event stands as the earlier claim a rejection answers only where it is words aimed at "
    "someone (PLOVER's verbal-conflict quad: a request, accusation, rejection or threat), not "
    "a meeting, a mediation or a deed; quotes answer as before",
    order=30.62,
)


@lru_cache(maxsize=64)
def verbal_conflict(event_type: str) -> bool:
    """An event type of PLOVER's verbal-conflict quad (``data/events/plover.toml``)."""
    from ..events.ontology import load_ontology  # late: read once, where a claim is sought

    try:
        return load_ontology().type_of(event_type).quad == "verbal-conf"
    except KeyError:
        return False


def own_side_claimant(actors: ActorLayer, holder: str, claimant: str) -> bool:
    """Whether ``claimant`` is of the answerer ``holder``'s own side (and so not the one a
    rejection answers): the same actor, or one side by ``judged_subject.one_side``."""
    from .judged_subject import one_side  # late: judged_subject imports claims, as relations

    return claimant == holder or one_side(holder, claimant, actors)


def other_side_window(
    actors: ActorLayer,
    quotes: Sequence[Quote],
    events: Sequence[Event],
    sents: Sequence[Span],
    here: int,
    lookback: int,
    holder: str,
) -> int:
    """The first sentence the claimant search of a rejection in sentence ``here`` reads:
    ``lookback`` sentences back, and one more for each sentence among them where someone
    other than the holder made a claim (a quote's speaker, an event's source; an act told
    inside a quote is its speaker's) and every such one was of the holder's own side."""
    starts = [s.start_char for s in sents]
    # sentence index -> whether each claimant there is of the holder's own side
    sides: dict[int, list[bool]] = {}
    claims: list[tuple[int, tuple[str, ...]]] = [
        (q.content.start, (q.speaker,)) for q in quotes if q.speaker
    ]
    claims += [(e.trigger.start, tuple(e.source)) for e in events if not e.reported_by]
    for at, who in claims:
        n = bisect_right(starts, at) - 1
        if 0 <= n <= here:
            sides.setdefault(n, []).extend(
                own_side_claimant(actors, holder, c) for c in who if c != holder
            )
    first = max(0, here - lookback)
    while True:
        own_only = sum(1 for n in range(first, here + 1) if sides.get(n) and all(sides[n]))
        wider = max(0, here - lookback - own_only)
        if wider == first:
            return first
        first = wider
