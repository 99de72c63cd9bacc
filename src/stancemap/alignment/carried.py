"""What a relation holds only through the two sides' leaders (one place for it).

A pair of countries whose relation follows their presidents' (``sides.settle``)
has evidence ``via`` "leaders:<a>~<b>", while its own ``agree``/``disagree``/
``cooperation``/``conflict`` count the pair's own statements and events alone, so
for a pair carried whole they stay empty. ``carried_part`` says what the carried
evidence holds in the same terms: the analysis JSON's ``Relation.carried``
(``relations.to_relation``) and the web's Windows table (``web.queries_extra``)
both read it from here, so the two cannot drift.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import CarriedPart
from .intensity import Intensity, default_intensity
from .scoring import PairScore

LEADERS = "leaders"  # the prefix ``sides`` gives every carried observation's ``via``


def carried_part(
    pair: PairScore, intensity: Mapping[str, Intensity] | None = None
) -> CarriedPart | None:
    """The issues (ids) and events ``pair`` holds through its sides' leaders, apart
    from those it holds of its own; ``None`` when nothing is carried.

    An issue counts where a carried observation agrees (> 0) or disagrees (< 0) on it
    and the pair's own lists do not name it already; an event counts once per event
    (by its reference), as cooperation or conflict by the intensity table.
    """
    table = intensity if intensity is not None else default_intensity()
    own_agree, own_disagree = set(pair.agree), set(pair.disagree)
    agree: set[str] = set()
    disagree: set[str] = set()
    acts: dict[str, str] = {}  # event ref -> cooperation / conflict
    via: list[str] = []
    for obs in pair.observations:
        if not obs.via.startswith(LEADERS):
            continue
        if obs.via not in via:
            via.append(obs.via)
        if obs.kind == "issue" and obs.value > 0 and obs.key not in own_agree:
            agree.add(obs.key)
        elif obs.kind == "issue" and obs.value < 0 and obs.key not in own_disagree:
            disagree.add(obs.key)
        elif obs.kind == "event" and (info := table.get(obs.key)) is not None:
            for ref in obs.refs:
                acts.setdefault(ref, info.relation)
    if not via:
        return None
    relations = list(acts.values())
    return CarriedPart(
        agree=sorted(agree),
        disagree=sorted(disagree),
        cooperation=relations.count("cooperation"),
        conflict=relations.count("conflict"),
        via=via,
    )
