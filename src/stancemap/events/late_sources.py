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

from .parts import Coded


def _late_source(
    item: Coded, full: dict[tuple[tuple[int, int], str], Coded], late: Collection[str]
) -> list[str]:
    twin = full.get((item.trigger, item.type))
    if twin is None:
        return []
    return [a for a in twin.source if a in late and a not in item.target]


def _twins(full: list[Coded]) -> dict[tuple[tuple[int, int], str], Coded]:
    """Each mention of ``full`` by its trigger and type: a merged event's mentions as each
    was read (its first among them), not the merged event, whose parties may be another
    mention's."""
    twins: dict[tuple[tuple[int, int], str], Coded] = {}
    for item in full:
        for own in item.own or [item]:
            twins.setdefault((own.trigger, own.type), own)
    return twins


def fill_late_sources(kept: list[Coded], full: list[Coded], late: Collection[str]) -> int:
    """Give each event of ``kept`` (decided without the late resolution) with an empty
    source the late actors its twin in ``full`` (coded with it: the mention with the same
    trigger and type, as its own sentence read it) has as its source; the same for each
    merged mention. Returns how many events it filled."""
    if not late:
        return 0
    twins = _twins(full)
    filled = 0
    for item in kept:
        for own in item.own:
            if not own.source:
                own.source = _late_source(own, twins, late)
        if item.source:
            continue
        item.source = _late_source(item, twins, late)
        filled += bool(item.source)
    return filled


def fill_late_targets(kept: list[Coded], full: list[Coded], late: Collection[str]) -> int:
    """As ``fill_late_sources`` for the target-only late actors (``actors.agent.
    object_group_target_only``): each kept event (and merged mention) with an empty
    target takes the late actors its twin has as its target, never its own source."""
    if not late:
        return 0
    twins = _twins(full)

    def target_of(item: Coded) -> list[str]:
        twin = twins.get((item.trigger, item.type))
        if twin is None:
            return []
        return [a for a in twin.target if a in late and a not in item.source]

    filled = 0
    for item in kept:
        for own in item.own:
            if not own.target:
                own.target = target_of(own)
        if item.target:
            continue
        item.target = target_of(item)
        filled += bool(item.target)
    return filled
