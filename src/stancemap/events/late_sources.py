"""Sources read late: an actor resolution fills an event's empty source, never more.

Some actor resolutions are read after the events stage's decisions were fitted without
them (``actors.agent.definite_body_sole_country_source_only``: "Kenya held elections. The
government criticized ..."). Which events the tree codes, how it merges their mentions
and which of them the learned reality keeps (``events.reality``) all read the events'
arguments: the reality model was fitted on the arguments as the actors stage gave them,
so a source found late changes whether an event is kept (session 44: events the default
dropped as no event came back once they had a source). The events stage therefore decides
its events on the actor layer without the late resolution (``ActorLayer.before``), and
codes the document once more on the whole layer only to read, for each event it kept with
no source, the source the late resolution gives the same trigger and type. Only the late
actors fill it, only an empty source, and never with the event's own target.

The twin is a mention as its own sentence read it, never a merged event: where the whole
layer's coding merges two mentions ("Some state officials praised X." ... "some groups
acknowledge X's work"), the merged event's source may come from the later mention's
sentence, and handing it to the first mention would make a group the doer of an act its
own sentence gives no one (session 47 GN). Each mention takes the late source its own
sentence reads, the event the one its first mention reads.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Literal

from .parts import Coded

Twins = dict[tuple[tuple[int, int], str], Coded]
Role = Literal["source", "target"]


def _twins(full: list[Coded]) -> Twins:
    """Each mention of ``full`` by its trigger and type: a merged event's mentions as each
    was read (its first among them), not the merged event, whose parties may be another
    mention's."""
    twins: Twins = {}
    for item in full:
        for own in item.own or [item]:
            twins.setdefault((own.trigger, own.type), own)
    return twins


def _fill(kept: list[Coded], full: list[Coded], late: Collection[str], role: Role) -> int:
    """Each event of ``kept`` (and each merged mention) whose ``role`` is empty takes the
    late actors its twin in ``full`` has in that role, never one of its other party."""
    if not late:
        return 0
    twins = _twins(full)
    other: Role = "target" if role == "source" else "source"

    def late_of(item: Coded) -> list[str]:
        twin = twins.get((item.trigger, item.type))
        if twin is None:
            return []
        return [a for a in getattr(twin, role) if a in late and a not in getattr(item, other)]

    filled = 0
    for item in kept:
        for own in item.own:
            if not getattr(own, role):
                setattr(own, role, late_of(own))
        if getattr(item, role):
            continue
        setattr(item, role, late_of(item))
        filled += bool(getattr(item, role))
    return filled


def fill_late_sources(kept: list[Coded], full: list[Coded], late: Collection[str]) -> int:
    """Give each event of ``kept`` (decided without the late resolution) with an empty
    source the late actors its twin in ``full`` (coded with it: the mention with the same
    trigger and type, as its own sentence read it) has as its source; the same for each
    merged mention. Returns how many events it filled."""
    return _fill(kept, full, late, "source")


def fill_late_targets(kept: list[Coded], full: list[Coded], late: Collection[str]) -> int:
    """As ``fill_late_sources`` for the target-only late actors (``actors.agent.
    object_group_target_only``): each kept event (and merged mention) with an empty
    target takes the late actors its twin has as its target, never its own source."""
    return _fill(kept, full, late, "target")
